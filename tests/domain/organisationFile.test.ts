// Reading and writing the organisation file: defaults, JSON, unreadable files, formatProblems, generated organisations.
import assert from "node:assert/strict";
import { generateOrganisation } from "../../bench/generateOrganisation";
import { formatProblems, parseOrganisationFile, serialiseOrganisation, validateOrganisation } from "../../bot/src/domain/organisationFile";
import { DEMO_TEXT, MINIMAL, assertNoUndefinedKeys, demoRaw, fixture, organisationOf, problemsOf, type Raw } from "../helpers/organisationFile";

describe("organisation file", () => {
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
