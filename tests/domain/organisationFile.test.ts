import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { generateOrganisation } from "../../bench/generateOrganisation";
import type { Organisation } from "../../bot/src/domain/organisation";
import {
  MAX_PROBLEMS, formatProblems, parseOrganisationFile, serialiseOrganisation, validateOrganisation, type FileProblem, type ParseResult,
} from "../../bot/src/domain/organisationFile";

const DEMO_TEXT = readFileSync("data/demo-organisation.yaml", "utf8");
const fixture = (name: string): string => readFileSync(`tests/fixtures/organisation/${name}`, "utf8");

/** The demo file as plain data, for tests that change one thing in it. */
// `any` on purpose: each case reaches deep into the file to break one thing, which a precise type would forbid.
type Raw = Record<string, any>;
const DEMO_RAW = parse(DEMO_TEXT) as Raw;
const demoRaw = (): Raw => structuredClone(DEMO_RAW);

function organisationOf(result: ParseResult): Organisation {
  if (!result.ok) assert.fail(`expected no problems, got:\n${formatProblems(result.problems)}`);
  return result.organisation;
}

function problemsOf(result: ParseResult): FileProblem[] {
  assert.equal(result.ok, false, "expected problems, got an organisation");
  return result.ok ? [] : result.problems;
}

/** The formatted problems of the demo file after `change`. */
function linesAfter(change: (raw: Raw) => void): string[] {
  const raw = demoRaw();
  change(raw);
  return formatProblems(problemsOf(validateOrganisation(raw))).split("\n");
}

/** Fails when an object anywhere has a key whose value is undefined (the file format omits such keys). */
function assertNoUndefinedKeys(value: unknown, path = "org"): void {
  if (Array.isArray(value)) value.forEach((item, i) => assertNoUndefinedKeys(item, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      assert.notEqual(item, undefined, `${path}.${key} is an undefined key`);
      assertNoUndefinedKeys(item, `${path}.${key}`);
    }
  }
}

const MINIMAL = `
organisation: { name: Borgerservice, municipality: Eksempel Kommune, timezone: Europe/Copenhagen }
units: [{ id: bs, name: Borgerservice }]
people: [{ id: ak, name: Anne Kristensen, title: Medarbejder, unit: bs, role: medarbejder }]
rota: { slots: [], duties: [], cycleStart: 2026-01-05, cycle: [{}] }
`;

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

  describe("optional fields and defaults", () => {
    it("when optional fields are left out, then arrays default to [] and absent scalars are absent, not undefined", () => {
      const org = organisationOf(parseOrganisationFile(MINIMAL));
      assert.deepEqual(org.people[0], { id: "ak", name: "Anne Kristensen", title: "Medarbejder", unit: "bs", role: "medarbejder", competences: [], tillidshverv: [] });
      assert.deepEqual([org.areas, org.meetings, org.checks, org.rota.absences, org.rota.changes], [[], [], [], [], []]);
      assert.deepEqual(org.holidays, { extra: [], halfDays: [], dates: [] });
      assert.ok(!("parent" in org.units[0]));
      assertNoUndefinedKeys(org);
    });

    it("when every optional field is used, then a round trip keeps them all, null included", () => {
      const raw = demoRaw();
      raw.people[2].aadObjectId = "11111111-2222-4333-8444-555555555555";
      raw.areas[0].front = null;
      raw.areas[0].referTo = null;
      raw.meetings[0].from = "2026-02-01";
      raw.checks[0].from = "2026-01-05";
      raw.holidays.dates = ["2026-12-23"];
      raw.organisation.maxAreasPerPerson = 4;
      raw.units[2].leader = "kp";
      raw.rota.slots[1].synonyms = ["eftermiddagsvagten"];
      raw.rota.slots[1].days = ["mon", "thu"];
      for (const week of raw.rota.cycle) for (const day of ["tue", "wed", "fri"]) for (const duty of Object.values(week[day] ?? {}) as Raw[]) delete duty.em;
      const org = organisationOf(validateOrganisation(raw));
      assert.deepEqual(organisationOf(parseOrganisationFile(serialiseOrganisation(org))), org);
      assert.equal(org.areas[0].front, null);
      assert.equal(org.organisation.maxAreasPerPerson, 4);
      assert.deepEqual([org.rota.slots[1].synonyms, org.rota.slots[1].days], [["eftermiddagsvagten"], ["mon", "thu"]]);
    });

    it("when the file is JSON, then it is read like YAML", () => {
      const org = organisationOf(parseOrganisationFile(JSON.stringify(demoRaw(), null, 2)));
      assert.deepEqual(org, organisationOf(parseOrganisationFile(DEMO_TEXT)));
    });
  });

  describe("files that cannot be read", () => {
    const cases: ReadonlyArray<[string, string, RegExp]> = [
      ["an unclosed list", fixture("syntax-error.yaml"), /^linje 6, kolonne \d+: syntaksfejl: en liste i \[ \] er ikke lukket/],
      ["a tab as indentation", "organisation:\n\t name: x\n", /^linje 2, kolonne 1: syntaksfejl: tabulator/],
      ["a field twice", `${MINIMAL}units: []\n`, /^linje 6, kolonne 1: syntaksfejl: samme felt står to gange/],
      ["an unclosed quote", 'organisation: { name: "Borgerservice }\n', /^linje \d+, kolonne \d+: syntaksfejl/],
      ["two documents", `${MINIMAL}---\n${MINIMAL}`, /syntaksfejl: filen må kun indeholde ét dokument/],
      ["bad JSON", '{ "organisation": { "name": "x" ', /^linje 1, kolonne \d+: syntaksfejl/],
      ["an empty file", "", /^filen er tom/],
      ["only comments", "# intet her\n", /^filen er tom/],
      ["a list at the top", "- a\n- b\n", /^filen skal være en tabel .*\(fandt en liste\)$/],
      ["a single word", "hej\n", /^filen skal være en tabel .*\(fandt en tekst\)$/],
    ];
    for (const [what, text, expected] of cases) {
      it(`when the file has ${what}, then the problem says where and what`, () => {
        assert.match(formatProblems(problemsOf(parseOrganisationFile(text))).split("\n")[0], expected);
      });
    }
  });

  describe("files with wrong values", () => {
    // Each case changes one thing in the demo file and expects this exact line among the problems.
    const cases: ReadonlyArray<[string, (raw: Raw) => void, string]> = [
      ["an unknown fyrtårn", (r) => (r.areas[3].fyrtaarne[0] = "xx"), 'areas[3].fyrtaarne[0]: ukendt person "xx"'],
      ["an unknown backup", (r) => r.areas[8].backups.push("zz"), 'areas[8].backups[1]: ukendt person "zz"'],
      ["no fyrtårn", (r) => (r.areas[0].fyrtaarne = []), "areas[0].fyrtaarne: listen må ikke være tom"],
      ["a wrong type", (r) => (r.people[0].name = 42), "people[0].name: skal være en tekst, ikke et tal (sæt anførselstegn om værdien)"],
      ["a list where a text belongs", (r) => (r.people[1].title = ["a"]), "people[1].title: skal være en tekst, ikke en liste"],
      ["a missing field", (r) => delete r.people[2].title, "people[2].title: påkrævet felt mangler"],
      ["an empty field", (r) => (r.people[2].unit = null), "people[2].unit: feltet er tomt; skriv en tekst"],
      ["a missing section", (r) => delete r.rota, "rota: påkrævet felt mangler"],
      ["a misspelt field", (r) => (r.areas[0]["fyrtårne"] = ["ak"]), 'areas[0].fyrtårne: ukendt felt "fyrtårne" (mente du "fyrtaarne"?)'],
      ["an unknown role", (r) => (r.people[3].role = "chef"), "people[3].role: skal være en af: sektionsleder, koordinator, medarbejder"],
      ["an unknown tillidshverv", (r) => (r.people[3].tillidshverv = ["formand"]), "people[3].tillidshverv[0]: skal være en af: tr, amr"],
      ["a bad id", (r) => (r.areas[1].id = "Kørekort"), "areas[1].id: ugyldigt id: brug kun små bogstaver a-z, tal og bindestreg (æ, ø og å som ae, oe og aa)"],
      ["a duplicate person id", (r) => (r.people[5].id = "mj"), 'people[5].id: id "mj" er allerede brugt i people[1]'],
      ["a duplicate area id", (r) => (r.areas[2].id = "pas"), 'areas[2].id: id "pas" er allerede brugt i areas[1]'],
      ["a duplicate e-mail", (r) => (r.people[4].email = "MJ@eksempel.dk"), "people[4].email: e-mailadressen bruges allerede af people[1]"],
      ["an unknown parent unit", (r) => (r.units[1].parent = "xyz"), 'units[1].parent: ukendt enhed "xyz"'],
      ["a ring of units", (r) => (r.units[0].parent = "yk"), "units[0].parent: enhederne danner en ring: bsy → yk → bsy"],
      ["a unit that is its own parent", (r) => (r.units[1].parent = "bs"), "units[1].parent: enhederne danner en ring: bs → bs"],
      ["a unit led by an unknown person", (r) => (r.units[1].leader = "xyz"), 'units[1].leader: ukendt person "xyz"'],
      ["a person in an unknown unit", (r) => (r.people[0].unit = "ledelse"), 'people[0].unit: ukendt enhed "ledelse"'],
      ["a bad e-mail", (r) => (r.people[1].email = "mj@"), "people[1].email: ugyldig e-mailadresse"],
      ["a bad guide address", (r) => (r.areas[0].guides[0].url = "ftp://intra/x"), "areas[0].guides[0].url: ugyldig adresse: skal begynde med https:// eller http://"],
      ["a bad timezone", (r) => (r.organisation.timezone = "Europe/København"), "organisation.timezone: ukendt tidszone: brug et IANA-navn, fx Europe/Copenhagen"],
      ["a date that does not exist", (r) => (r.rota.absences[0].from = "2026-02-30"), "rota.absences[0].from: datoen findes ikke"],
      ["a date in Danish order", (r) => (r.rota.changes[0].date = "24-11-2026"), "rota.changes[0].date: ugyldig dato: skriv ÅÅÅÅ-MM-DD, fx 2026-01-05"],
      ["an absence that ends before it starts", (r) => (r.rota.absences[1].to = "2026-11-01"), "rota.absences[1].to: ligger før from (2026-11-23)"],
      ["an absence in an unknown slot", (r) => (r.rota.absences[3].slots = ["aften"]), 'rota.absences[3].slots[0]: ukendt tidsrum "aften"'],
      ["an absence of an unknown person", (r) => (r.rota.absences[0].person = "anne"), 'rota.absences[0].person: ukendt person "anne"'],
      ["a time without a leading zero", (r) => (r.rota.slots[0].start = "8:00"), 'rota.slots[0].start: ugyldigt klokkeslæt: skriv TT:MM, fx "08:00"'],
      ["a time past midnight", (r) => (r.meetings[0].start = "24:00"), 'meetings[0].start: ugyldigt klokkeslæt: skriv TT:MM, fx "08:00"'],
      ["a slot that ends before it starts", (r) => (r.rota.slots[0].end = "07:00"), "rota.slots[0].end: skal ligge efter start (08:00)"],
      ["a Saturday in a slot's byDay", (r) => (r.rota.slots[1].byDay = { sat: { start: "10:00", end: "12:00" } }), 'rota.slots[1].byDay.sat: ukendt ugedag "sat" (brug mon, tue, wed, thu, fri)'],
      ["a slot day that is not a weekday", (r) => (r.rota.slots[1].days = ["thu", "sat"]), "rota.slots[1].days[1]: skal være en af: mon, tue, wed, thu, fri"],
      ["a slot day twice", (r) => (r.rota.slots[1].days = ["thu", "thu"]), 'rota.slots[1].days[1]: "thu" står to gange'],
      ["an empty list of slot days", (r) => (r.rota.slots[1].days = []), "rota.slots[1].days: listen må ikke være tom"],
      ["byDay times on a day the slot does not run", (r) => (r.rota.slots[1].days = ["mon", "tue"]), "rota.slots[1].byDay.thu: tidsrummet findes ikke om torsdagen (se days)"],
      ["people planned in a slot on a day it does not run", (r) => (r.rota.slots[1].days = ["thu"]), 'rota.cycle[0].mon.skranke.em: tidsrummet "em" findes kun om torsdagen (se rota.slots)'],
      ["a change in a slot on a day it does not run", (r) => (r.rota.slots[0].days = ["mon"]), 'rota.changes[0].slot: tidsrummet "fm" findes kun om mandagen (se rota.slots); 2026-11-24 er en tirsdag'],
      ["an empty slot synonym", (r) => (r.rota.slots[0].synonyms = [""]), "rota.slots[0].synonyms[0]: må ikke være tom"],
      ["a bad duration", (r) => (r.meetings[0].remind[0] = "14D"), "meetings[0].remind[0]: ugyldig varighed: skriv ISO 8601, fx P14D (14 dage), P1W (en uge), PT2H (2 timer) eller PT30M"],
      ["a bad due", (r) => (r.checks[0].due = "3 dage"), "checks[0].due: ugyldig varighed: skriv ISO 8601, fx P14D (14 dage), P1W (en uge), PT2H (2 timer) eller PT30M"],
      ["an unknown FREQ", (r) => (r.meetings[0].rrule = "FREQ=FORTNIGHTLY"), "meetings[0].rrule: ugyldig rrule: FREQ skal være YEARLY, MONTHLY, WEEKLY eller DAILY"],
      ["no FREQ", (r) => (r.meetings[1].rrule = "BYDAY=MO"), "meetings[1].rrule: ugyldig rrule: FREQ mangler, fx FREQ=WEEKLY"],
      ["a bad BYDAY", (r) => (r.checks[0].rrule = "FREQ=WEEKLY;BYDAY=MA"), "checks[0].rrule: ugyldig rrule: BYDAY skal være ugedage som MO,TU,WE,TH,FR (evt. med nummer, fx 2TU)"],
      ["an unknown rrule part", (r) => (r.checks[0].rrule = "FREQ=WEEKLY;BYDAYS=MO"), 'checks[0].rrule: ugyldig rrule: ukendt del "BYDAYS"'],
      ["a DTSTART", (r) => (r.checks[1].rrule = "DTSTART:20260105T090000\nRRULE:FREQ=WEEKLY"), "checks[1].rrule: ugyldig rrule: skriv ikke DTSTART i reglen; brug feltet from"],
      ["a time in the rrule", (r) => (r.checks[1].rrule = "FREQ=WEEKLY;BYHOUR=9"), "checks[1].rrule: ugyldig rrule: klokkeslættet står i start/at, ikke i reglen"],
      ["a rule without dates", (r) => (r.meetings[2].rrule = "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), "meetings[2].rrule: ugyldig rrule: giver ingen datoer inden for 10 år"],
      ["a cycleStart that is not a Monday", (r) => (r.rota.cycleStart = "2026-01-07"), "rota.cycleStart: skal være en mandag (2026-01-07 er en onsdag)"],
      ["a Saturday in the cycle", (r) => (r.rota.cycle[1].sat = { skranke: { fm: ["ak"] } }), 'rota.cycle[1].sat: ukendt ugedag "sat" (brug mon, tue, wed, thu, fri; der er ingen rulleplan i weekenden)'],
      ["an unknown duty in the cycle", (r) => (r.rota.cycle[0].mon.kasse = { fm: ["ak"] }), 'rota.cycle[0].mon.kasse: ukendt opgave "kasse" (se rota.duties)'],
      ["an unknown slot in the cycle", (r) => (r.rota.cycle[0].tue.skranke.aften = ["ak"]), 'rota.cycle[0].tue.skranke.aften: ukendt tidsrum "aften" (se rota.slots)'],
      ["an unknown person in the cycle", (r) => (r.rota.cycle[1].fri.post.em = ["anne"]), 'rota.cycle[1].fri.post.em[0]: ukendt person "anne"'],
      ["a person twice in one slot", (r) => (r.rota.cycle[0].mon.skranke.fm = ["ak", "ak"]), 'rota.cycle[0].mon.skranke.fm[1]: "ak" står to gange'],
      ["a change of an unknown duty", (r) => (r.rota.changes[0].duty = "kasse"), 'rota.changes[0].duty: ukendt opgave "kasse"'],
      ["a change of an unknown slot", (r) => (r.rota.changes[1].slot = "nat"), 'rota.changes[1].slot: ukendt tidsrum "nat"'],
      ["a change to an unknown person", (r) => (r.rota.changes[0].people = ["lm", "qq"]), 'rota.changes[0].people[1]: ukendt person "qq"'],
      ["a minStaff of 0", (r) => (r.rota.duties[0].minStaff = 0), "rota.duties[0].minStaff: skal være mindst 1"],
      ["a fractional number of minutes", (r) => (r.meetings[0].minutes = 1.5), "meetings[0].minutes: skal være et helt tal"],
      ["an unknown audience", (r) => (r.meetings[4].audience = ["hbl", "xx"]), 'meetings[4].audience[1]: ukendt person "xx"'],
      ["an audience that is neither channel nor people", (r) => (r.meetings[0].audience = "kanal"), "meetings[0].audience: skal være \"channel\" eller en liste af person-id'er"],
      ["an unknown onHoliday", (r) => (r.meetings[0].onHoliday = "later"), "meetings[0].onHoliday: skal være en af: next, skip"],
      ["an unknown check owner", (r) => (r.checks[0].owner = "mette"), 'checks[0].owner: ukendt person "mette"'],
      ["an unknown escalateTo", (r) => (r.checks[0].escalateTo = "helle"), 'checks[0].escalateTo: ukendt person "helle"'],
      ["a day off that does not exist", (r) => (r.holidays.extra = ["12-32"]), "holidays.extra[0]: dagen findes ikke"],
      ["a half day in the wrong order", (r) => (r.holidays.halfDays = ["1-5"]), 'holidays.halfDays[0]: ugyldig dag: skriv MM-DD, fx "12-24"'],
      ["a bad one-off day off", (r) => (r.holidays.dates = ["2026-13-01"]), "holidays.dates[0]: datoen findes ikke"],
      ["a bad aadObjectId", (r) => (r.people[0].aadObjectId = "abc"), "people[0].aadObjectId: ugyldigt Entra-objekt-id: forventede et GUID som 00000000-0000-0000-0000-000000000000"],
    ];
    for (const [what, change, expected] of cases) {
      it(`when the file has ${what}, then the problem reads '${expected}'`, () => {
        const lines = linesAfter(change);
        assert.ok(lines.includes(expected), `got:\n${lines.join("\n")}`);
      });
    }

    it("when a file has many mistakes, then every one is listed at once, in file order", () => {
      assert.deepEqual(formatProblems(problemsOf(parseOrganisationFile(fixture("many-errors.yaml")))).split("\n"), [
        "organisation.timezone: ukendt tidszone: brug et IANA-navn, fx Europe/Copenhagen",
        'people[1].id: id "ak" er allerede brugt i people[0]',
        "people[1].role: skal være en af: sektionsleder, koordinator, medarbejder",
        'areas[0].fyrtaarne[0]: ukendt person "xx"',
        'rota.slots[0].start: ugyldigt klokkeslæt: skriv TT:MM, fx "08:00"',
        "rota.cycleStart: skal være en mandag (2026-01-07 er en onsdag)",
        'rota.cycle[0].sat: ukendt ugedag "sat" (brug mon, tue, wed, thu, fri; der er ingen rulleplan i weekenden)',
        "meetings[0].rrule: ugyldig rrule: FREQ skal være YEARLY, MONTHLY, WEEKLY eller DAILY",
        "meetings[0].remind[0]: ugyldig varighed: skriv ISO 8601, fx P14D (14 dage), P1W (en uge), PT2H (2 timer) eller PT30M",
      ]);
    });

    it(`when a file has more than ${MAX_PROBLEMS} problems, then ${MAX_PROBLEMS} are listed and a last line counts the rest`, () => {
      const lines = linesAfter((r) => (r.areas[0].fyrtaarne = Array.from({ length: 250 }, (_, i) => `ukendt-${i}`)));
      assert.equal(lines.length, MAX_PROBLEMS + 1);
      assert.equal(lines[0], 'areas[0].fyrtaarne[0]: ukendt person "ukendt-0"');
      assert.equal(lines[MAX_PROBLEMS], "… og 50 fejl mere");
    });
  });

  describe("CPR numbers", () => {
    const cases: ReadonlyArray<[string, (raw: Raw) => void, string]> = [
      ["a text field", (r) => (r.people[3].phone = "010190-1234"), "people[3].phone"],
      ["the middle of a sentence", (r) => (r.checks[0].instructions = "Tjek sagen for 0101901234 i dag"), "checks[0].instructions"],
      ["a person reference", (r) => (r.areas[3].fyrtaarne[0] = "010190-1234"), "areas[3].fyrtaarne[0]"],
      ["an unquoted number", (r) => (r.people[0].phone = 1201901234), "people[0].phone"],
      ["a field name", (r) => (r.rota.cycle[0].mon["010190-1234"] = { fm: ["ak"] }), "rota.cycle[0].mon.[CPR fjernet]"],
    ];
    for (const [where, change, path] of cases) {
      it(`when ${where} holds a CPR-like number, then it is a problem at its place and the digits are never shown`, () => {
        const lines = linesAfter(change);
        assert.ok(lines.some((line) => line.startsWith(path) && line.endsWith("ligner et CPR-nummer")), `got:\n${lines.join("\n")}`);
        for (const line of lines) assert.doesNotMatch(line, /010190|1201901234|0101901234|1234/);
      });
    }

    it("when a comment holds a CPR-like number, then its line is named and the digits are not shown", () => {
      const lines = formatProblems(problemsOf(parseOrganisationFile(fixture("comment-with-cpr.yaml")))).split("\n");
      assert.deepEqual(lines, ["linje 1, kolonne 9: indeholder noget der ligner et CPR-nummer (i en kommentar)"]);
    });

    it("when a file that cannot be parsed holds a CPR-like number, then its line is named and the digits are not shown", () => {
      const text = `${fixture("syntax-error.yaml")}\n# 010190-1234\n`;
      const output = formatProblems(problemsOf(parseOrganisationFile(text)));
      assert.match(output, /^linje 9, kolonne 3: indeholder noget der ligner et CPR-nummer$/m);
      assert.doesNotMatch(output, /010190/);
    });

    it("when numbers only resemble CPR numbers (phone numbers, an invalid date), then nothing is reported", () => {
      organisationOf(validateOrganisation(Object.assign(demoRaw(), { holidays: { extra: ["12-24"], halfDays: [] } })));
      const raw = demoRaw();
      raw.checks[0].instructions = "Ring 70 20 00 00 eller skriv sag 3213901234";
      organisationOf(validateOrganisation(raw));
    });
  });

  describe("formatProblems", () => {
    it("when problems are formatted, then there is one line each, and a problem without a place is just its message", () => {
      assert.equal(
        formatProblems([{ path: "areas[3].fyrtaarne[0]", message: 'ukendt person "xx"' }, { path: "", message: "… og 2 fejl mere" }]),
        'areas[3].fyrtaarne[0]: ukendt person "xx"\n… og 2 fejl mere',
      );
    });
  });

  describe("generated organisations (bench)", () => {
    const org = generateOrganisation(500, 50);

    it("when 500 people and 50 areas are generated, then the organisation validates and survives a round trip", () => {
      assert.deepEqual(organisationOf(validateOrganisation(org)), org);
      assert.deepEqual(organisationOf(parseOrganisationFile(serialiseOrganisation(org))), org);
    });

    it("when generated, then it has the size asked for, every area has fyrtårn and backup, and the unit tree is deep", () => {
      assert.equal(org.people.length, 500);
      assert.equal(org.areas.length, 50);
      for (const area of org.areas) assert.ok(area.fyrtaarne.length > 0 && area.backups.length > 0 && area.fyrtaarne[0] !== area.backups[0]);
      const parentOf = new Map(org.units.map((u) => [u.id, u.parent]));
      const depth = (id: string | undefined): number => (id === undefined ? 0 : 1 + depth(parentOf.get(id)));
      assert.ok(Math.max(...org.units.map((u) => depth(u.id))) >= 3);
      assert.equal(org.units.filter((u) => u.parent === undefined).length, 1);
    });

    it("when generated twice with the same sizes, then it is the same organisation", () => {
      assert.deepEqual(generateOrganisation(500, 50), org);
    });

    const small: ReadonlyArray<[number, number]> = [[1, 0], [2, 1], [7, 3], [40, 13]];
    for (const [people, areas] of small) {
      it(`when ${people} people and ${areas} areas are generated, then it still validates`, () => {
        organisationOf(validateOrganisation(generateOrganisation(people, areas)));
      });
    }
  });
});
