// The organisation file's problems: each wrong value named by its place in Danish, and CPR-like numbers never shown.
import assert from "node:assert/strict";
import { MAX_PROBLEMS, formatProblems, parseOrganisationFile, validateOrganisation } from "../../bot/src/domain/organisationFile";
import { demoRaw, fixture, linesAfter, organisationOf, problemsOf, type Raw } from "../helpers/organisationFile";

describe("organisation file", () => {
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
});
