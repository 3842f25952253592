// The demo organisation file: the people, areas, rota, meetings and checks other tests rely on, and its round trip.
import assert from "node:assert/strict";
import { parse } from "yaml";
import { parseOrganisationFile, serialiseOrganisation, validateOrganisation } from "../../bot/src/domain/organisationFile";
import { DEMO_TEXT, assertNoUndefinedKeys, organisationOf } from "../helpers/organisationFile";

describe("organisation file", () => {
  describe("the demo organisation", () => {
    const org = organisationOf(parseOrganisationFile(DEMO_TEXT));
    const person = (id: string) => {
      const found = org.people.find((p) => p.id === id);
      assert.ok(found, `no person ${id}`);
      return found;
    };
    const underYk = new Set(org.units.filter((u) => u.id === "yk" || u.parent === "yk").map((u) => u.id));
    const bs = new Set(org.people.filter((p) => p.unit === "bs").map((p) => p.id));

    it("when the demo file is read, then it has about 40 people, 15 of them in Borgerservice and the rest in Ydelseskontoret", () => {
      assert.equal(org.people.length, 40);
      assert.equal(bs.size, 15);
      assert.equal(org.people.filter((p) => underYk.has(p.unit)).length, 24);
      assert.deepEqual(org.organisation, { name: "Borgerservice & Ydelse", municipality: "Eksempel Kommune", timezone: "Europe/Copenhagen" });
    });

    it("when the fixed people are looked up, then they are exactly as other tests expect", () => {
      assert.deepEqual(person("hbl"), {
        id: "hbl", name: "Helle Bach Larsen", title: "Sektionsleder", unit: "bsy", role: "sektionsleder",
        email: "hbl@eksempel.dk", phone: "+45 63 33 70 01", competences: ["ledelse", "budget", "personale"], tillidshverv: [],
      });
      assert.deepEqual([person("mj").name, person("mj").title, person("mj").unit, person("mj").role, person("mj").email],
        ["Mette Jensen", "Faglig koordinator, Borgerservice", "bs", "koordinator", "mj@eksempel.dk"]);
      assert.deepEqual([person("kp").name, person("kp").title, person("kp").unit, person("kp").role],
        ["Kirsten Poulsen", "Faglig koordinator, Ydelseskontoret", "yk", "koordinator"]);
      assert.deepEqual([person("ak").name, person("ak").unit, person("ak").email], ["Anne Kristensen", "bs", "ak@eksempel.dk"]);
      assert.deepEqual([person("ph").name, person("ph").unit], ["Peter Holm", "bs"]);
      assert.deepEqual([person("lm").name, person("lm").unit], ["Lars Møller", "bs"]);
    });

    it("when first names are compared, then every one is unique (so 'Mettes telefonnummer' is unambiguous)", () => {
      const firstNames = org.people.map((p) => p.name.split(" ")[0]);
      assert.equal(new Set(firstNames).size, firstNames.length);
      for (const p of org.people) {
        assert.match(p.email ?? "", new RegExp(`^${p.id}@eksempel\\.dk$`));
        assert.match(p.phone ?? "", /^\+45 63 33 7\d \d\d$/);
      }
    });

    it("when representatives are looked up, then there is one TR in Ydelseskontoret and one AMR in Borgerservice", () => {
      const tr = org.people.filter((p) => p.tillidshverv.includes("tr"));
      const amr = org.people.filter((p) => p.tillidshverv.includes("amr"));
      assert.equal(tr.length, 1);
      assert.ok(underYk.has(tr[0].unit));
      assert.equal(amr.length, 1);
      assert.equal(amr[0].unit, "bs");
    });

    it("when areas are listed, then all 13 of the domain brief are there, each with fyrtårn, backup, front and a guide", () => {
      assert.deepEqual(org.areas.map((a) => a.id), [
        "opkraevning", "pas", "koerekort", "mitid", "folkeregister", "sygesikring", "vielser", "helbredstillaeg", "valg", "ddh",
        "digital-post", "udbetaling-danmark", "skat",
      ]);
      for (const area of org.areas) {
        assert.ok(area.fyrtaarne.length >= 1 && area.backups.length >= 1, area.id);
        assert.ok(area.synonyms.length >= 3 && area.guides.length >= 1 && area.front, area.id);
        for (const guide of area.guides) assert.match(guide.url, /^https:\/\/intra\.eksempel\.dk\//);
      }
      const valg = org.areas.find((a) => a.id === "valg");
      assert.deepEqual([valg?.fyrtaarne, valg?.backups], [["ak"], ["ph"]]);
      assert.equal(org.areas.find((a) => a.id === "ddh")?.name, "Den Digitale Hotline");
    });

    it("when areas per person are counted, then exactly one person carries 4 or more and nobody else more than 3", () => {
      const count = new Map<string, number>();
      for (const area of org.areas) for (const id of [...area.fyrtaarne, ...area.backups]) count.set(id, (count.get(id) ?? 0) + 1);
      const counts = [...count.values()];
      assert.equal(counts.filter((n) => n >= 4).length, 1);
      assert.ok(counts.filter((n) => n < 4).every((n) => n <= 3));
    });

    it("when the rota is read, then a two-week cycle fills mon..fri, both slots, with Borgerservice people only", () => {
      assert.equal(org.rota.cycle.length, 2);
      assert.equal(org.rota.cycleStart, "2026-01-05");
      for (const week of org.rota.cycle) {
        assert.deepEqual(Object.keys(week), ["mon", "tue", "wed", "thu", "fri"]);
        for (const plan of Object.values(week)) {
          for (const duty of ["skranke", "telefon", "selvbetjening", "post", "udlevering"]) {
            assert.deepEqual(Object.keys(plan?.[duty] ?? {}), ["fm", "em"], duty);
          }
          for (const slot of ["fm", "em"]) {
            const skranke = plan?.skranke[slot].length ?? 0;
            assert.ok(skranke >= 2 && skranke <= 3);
            assert.equal(plan?.telefon[slot].length, 2);
          }
          for (const slots of Object.values(plan ?? {})) for (const who of Object.values(slots)) for (const id of who) assert.ok(bs.has(id), id);
        }
      }
      const hotlineDays = org.rota.cycle.flatMap((week) => Object.values(week).filter((plan) => plan?.hotline));
      assert.ok(hotlineDays.length > 0 && hotlineDays.length < 10);
    });

    it("when meetings and checks are listed, then those of the domain brief are there", () => {
      assert.deepEqual(org.meetings.map((m) => m.id), [
        "lokal-med", "ledelsesgruppe", "faggruppemoede-bs", "personalemoede", "trio", "fyrtaarnsmoede", "koordinatormoede", "arbejdsmiljoedroeftelse",
      ]);
      assert.deepEqual(org.checks.map((c) => c.id), ["mitid", "opslag-cpr", "ra-brugere", "pas", "pas-uafhentede", "koerekort", "digital-post-fritagelse"]);
      assert.equal(org.checks.find((c) => c.id === "ra-brugere")?.sample, undefined);
      assert.ok(!("sample" in (org.checks.find((c) => c.id === "ra-brugere") ?? {})));
      const trio = org.meetings.find((m) => m.id === "trio");
      const tr = org.people.find((p) => p.tillidshverv.includes("tr"))?.id;
      const amr = org.people.find((p) => p.tillidshverv.includes("amr"))?.id;
      assert.deepEqual(trio?.audience, ["hbl", tr, amr]);
      assert.deepEqual(org.holidays, { extra: ["12-24", "12-31", "06-05"], halfDays: ["05-01"], dates: [] });
    });

    it("when the organisation is written and read again, then it is the same organisation, and writing is stable", () => {
      const text = serialiseOrganisation(org);
      const again = organisationOf(validateOrganisation(parse(text)));
      assert.deepEqual(again, org);
      assert.equal(serialiseOrganisation(again), text);
      assert.match(text, /^ {4}- \{ id: lokal-med|^ {2}- id: lokal-med/m);
      assert.match(text, /phone: "\+45 63 33 70 01"/);
      assertNoUndefinedKeys(org);
    });
  });
});
