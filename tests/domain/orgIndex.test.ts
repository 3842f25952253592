import assert from "node:assert/strict";
import { generateOrganisation } from "../../bench/generateOrganisation";
import type { Organisation, Person } from "../../bot/src/domain/organisation";
import { OrgIndex, type EntityKind } from "../../bot/src/domain/orgIndex";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, title: "Medarbejder", unit: "bs", role: "medarbejder", competences: [], tillidshverv: [], ...extra };
}

/** A small organisation of our own, so these tests do not move when the demo file does. */
const ORG: Organisation = {
  organisation: { name: "Borgerservice", municipality: "Testby Kommune", timezone: "Europe/Copenhagen" },
  units: [{ id: "bs", name: "Borgerservice" }, { id: "yk", name: "Ydelseskontoret" }],
  people: [
    person("mj", "Mette Jensen", { email: "MJ@Testby.dk", competences: ["budget", "IT-support"] }),
    person("ak", "Anne Kristensen", { aadObjectId: "AAAA-1111", competences: ["it support", "tysk"] }),
    person("ml", "Morten Larsen"),
    person("hbl", "Helle Bach Larsen"),
    person("so", "Søren Østergaard"),
  ],
  areas: [
    { id: "koerekort", name: "Kørekort", synonyms: ["lægeattest", "fornyelse", "driving licence"], fyrtaarne: ["ak"], backups: ["mj"], guides: [] },
    { id: "pas", name: "Pas", synonyms: ["pasfornyelse", "nødpas", "passport"], fyrtaarne: ["ak"], backups: ["mj"], guides: [] },
    { id: "ddh", name: "Den Digitale Hotline", synonyms: ["hotline", "ddh"], fyrtaarne: ["mj"], backups: ["ak"], guides: [] },
    { id: "digital-post", name: "Digital Post", synonyms: ["e-Boks", "mit.dk"], fyrtaarne: ["mj"], backups: ["ak"], guides: [] },
    { id: "valg", name: "Valg", synonyms: ["brevstemme", "election"], fyrtaarne: ["ak"], backups: ["mj"], guides: [] },
  ],
  rota: {
    slots: [{ id: "fm", name: "Formiddag", start: "08:00", end: "12:00" }],
    duties: [
      { id: "skranke", name: "Skranke", synonyms: ["ekspedition", "skranken", "counter"] },
      { id: "hotline", name: "Den Digitale Hotline", synonyms: ["hotline", "hotlinen"] },
    ],
    cycleStart: "2026-01-05", cycle: [{}], absences: [], changes: [],
  },
  meetings: [{ id: "lokal-med", title: "Lokal-MED", rrule: "FREQ=MONTHLY", start: "14:00", minutes: 90, remind: [], audience: "channel" }],
  checks: [
    { id: "mitid", title: "Ledelseskontrol af MitID-udstedelser", rrule: "FREQ=WEEKLY", at: "09:00", instructions: "", owner: "mj", due: "P3D" },
    { id: "pas-uafhentede", title: "Kontrol af uafhentede pas", rrule: "FREQ=MONTHLY", at: "09:00", instructions: "", owner: "mj", due: "P5D" },
  ],
  holidays: { extra: [], halfDays: [], dates: [] },
};

describe("OrgIndex", () => {
  const index = new OrgIndex(ORG);
  const top = (text: string, kinds?: readonly EntityKind[]): string | undefined => {
    const best = index.find(text, kinds)[0];
    return best && `${best.kind}:${best.id}`;
  };

  describe("find", () => {
    const cases: Array<[string, string]> = [
      ["Kørekort", "area:koerekort"],
      ["korekort", "area:koerekort"],
      ["koerekortet", "area:koerekort"],
      ["kørekrot", "area:koerekort"],
      ["kørekortfornyelse", "area:koerekort"],
      ["laegeattest", "area:koerekort"],
      ["driving licences", "area:koerekort"],
      ["pasfornyelser", "area:pas"],
      ["pasforny", "area:pas"],
      ["brevstemmer", "area:valg"],
      ["elections", "area:valg"],
      ["eboks", "area:digital-post"],
      ["e-boks", "area:digital-post"],
      ["mit.dk", "area:digital-post"],
      ["skranken", "duty:skranke"],
      ["ekspeditionen", "duty:skranke"],
      ["Mettes", "person:mj"],
      ["Helle Bach Larsen", "person:hbl"],
      ["Soren Ostergaard", "person:so"],
      ["Ydelseskontoret", "unit:yk"],
      ["budget", "competence:budget"],
    ];
    for (const [text, expected] of cases) {
      it(`when searching ${JSON.stringify(text)}, then the best match is ${expected}`, () => {
        assert.equal(top(text), expected, JSON.stringify(index.find(text).slice(0, 3)));
      });
    }

    it("when a check's distinctive words are given, then that check beats the others", () => {
      assert.equal(top("kontrol af uafhentede pas", ["check"]), "check:pas-uafhentede");
      assert.equal(top("vis kontrol mitid", ["check"]), "check:mitid");
    });

    it("when a name is matched in full, then coverage and exactness are 1 and the words used are given", () => {
      const [match] = index.find("hvem er fyrtårn for kørekort");
      assert.deepEqual(match, { kind: "area", id: "koerekort", label: "Kørekort", score: 1, coverage: 1, exactness: 1, words: [4] });
    });

    it("when a word has a typo, then it matches less exactly than the right spelling", () => {
      const exact = index.find("kørekort")[0];
      const typo = index.find("kørekrot")[0];
      assert.ok(typo.exactness < exact.exactness && typo.exactness >= 0.7, JSON.stringify(typo));
    });

    it("when a word is short, then it is matched only exactly (no typo, no prefix)", () => {
      assert.equal(top("pis"), undefined);
      assert.equal(top("pa"), undefined);
      assert.equal(top("val"), undefined);
    });

    it("when only part of a long name is given, then the coverage says so", () => {
      const match = index.find("digitale", ["area"]).find((m) => m.id === "ddh");
      assert.ok(match && match.coverage > 0 && match.coverage < 1, JSON.stringify(match));
    });

    it("when only some kinds are asked for, then only those are returned", () => {
      assert.deepEqual(new Set(index.find("hotline", ["duty"]).map((m) => m.kind)), new Set(["duty"]));
      assert.deepEqual(new Set(index.find("hotline").map((m) => m.kind)), new Set(["duty", "area"]));
    });

    it("when two people share a surname, then both match equally", () => {
      const [a, b] = index.find("Larsen");
      assert.deepEqual(new Set([a.id, b.id]), new Set(["ml", "hbl"]));
      assert.equal(a.score, b.score);
    });

    it("when the full name is given, then it beats a namesake sharing part of it", () => {
      assert.equal(top("Helle Larsen"), "person:hbl");
    });

    it("when searching the bot's own words or function words, then nothing is found", () => {
      for (const text of ["fyrtårn", "rulleplan", "hvem er det", "the", ""]) assert.deepEqual(index.find(text), [], text);
    });

    it("when initials are also an ordinary word, then they do not name the person", () => {
      assert.equal(index.find("so", ["person"]).length, 0);
      assert.equal(top("mj"), "person:mj");
    });

    it("when given pre-split words with blanks, then the word indices stay those of the input", () => {
      const [match] = index.findWords(["", "", "pas"]);
      assert.deepEqual(match.words, [2]);
    });
  });

  describe("suggest", () => {
    it("when a word is half typed, then the thing it starts is suggested with its label", () => {
      assert.deepEqual(index.suggest("korek")[0], { kind: "area", id: "koerekort", label: "Kørekort" });
    });

    it("when nothing is near, then there are no suggestions", () => {
      assert.deepEqual(index.suggest("xyzzy qwerty"), []);
    });

    it("when many things are near, then at most the limit is suggested", () => {
      assert.ok(index.suggest("digital hotline pas kørekort valg mette anne", 3).length <= 3);
    });
  });

  describe("look-ups", () => {
    it("when looking up by e-mail, then case and spaces do not matter", () => {
      assert.equal(index.personByEmail(" mj@testby.DK ")?.id, "mj");
      assert.equal(index.personByEmail("nobody@testby.dk"), undefined);
    });

    it("when looking up by Entra object id, then case does not matter", () => {
      assert.equal(index.personByAadObjectId("aaaa-1111")?.id, "ak");
    });

    it("when looking up by first name, then æøå may be missing", () => {
      assert.deepEqual(index.personsByFirstName("Soren").map((p) => p.id), ["so"]);
      assert.deepEqual(index.personsByFirstName("mette").map((p) => p.id), ["mj"]);
    });

    it("when people write one competence differently, then it is one competence with all of them", () => {
      const [match] = index.find("it support", ["competence"]);
      assert.equal(match.id, "it support");
      assert.deepEqual(index.peopleWithCompetence(match.id), ["mj", "ak"]);
      assert.deepEqual(index.peopleWithCompetence("unknown"), []);
    });

    it("when looking up a person by id, then the person is returned", () => {
      assert.equal(index.person("hbl")?.name, "Helle Bach Larsen");
    });
  });

  describe("at 25,000 people and 1,000 areas", function () {
    // A generous bound so a busy machine does not fail it; `npm run bench` measures it properly.
    this.timeout(60_000);
    const org = generateOrganisation(25_000, 1_000);
    let big: OrgIndex;
    let buildMs: number;
    before(() => {
      const started = performance.now();
      big = new OrgIndex(org);
      buildMs = performance.now() - started;
    });

    it("when built and searched, then the build takes seconds and a search milliseconds", () => {
      let started: number;
      const queries = ["kørekort", "hvem er fyrtårn for pas", "Anne Jensen", "rulleplam i morgen", org.areas[500].name, "xyzzy"];
      for (const q of queries) big.find(q);
      const times: number[] = [];
      for (let round = 0; round < 20; round++) {
        for (const q of queries) {
          started = performance.now();
          big.find(q);
          times.push(performance.now() - started);
        }
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      assert.ok(buildMs < 20_000, `build took ${buildMs.toFixed(0)} ms`);
      assert.ok(median < 10, `median search ${median.toFixed(2)} ms`);
      assert.equal(big.find(org.areas[500].name, ["area"])[0].id, org.areas[500].id);
    });

    it("when a word is in more names than are weighed, then it counts only for the names the other words meet", () => {
      const numbered = org.areas.filter((a) => / 2$/.test(a.name));
      assert.ok(numbered.length > 80, `${numbered.length} areas end in " 2"`);
      const asked = numbered[7];
      const words = `hvem er fyrtårn for ${asked.name}`.split(" ");
      const two = words.indexOf("2");
      const found = big.find(words.join(" "));
      assert.equal(found[0].id, asked.id);
      assert.deepEqual(found.filter((m) => m.words.every((w) => w === two)).map((m) => m.label), [], "no name met by the \"2\" alone");
      // Alone, the common word still finds every name it is in (up to those weighed).
      assert.ok(big.find("2", ["area"]).length >= 80);
    });
  });
});
