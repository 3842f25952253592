import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import type { Organisation } from "../../bot/src/domain/organisation";
import {
  cycleWeekOf, dutyRuns, findCell, nextDayWithDuty, resolveRota, resolveRotaOrNextWorkingDay, rotaForPerson, type RotaCell, type RotaDay,
} from "../../bot/src/domain/rota";
import { DEFAULT_CYCLE, buildOrganisation, type OrganisationOverrides } from "../helpers/orgBuilder";

function rotaOf(date: string, overrides: OrganisationOverrides = {}): RotaDay {
  const org: Organisation = buildOrganisation(overrides);
  return resolveRota(org, date, WorkCalendar.forOrganisation(org));
}

function cell(day: RotaDay, duty: string, slot: string): RotaCell {
  const found = findCell(day, duty, slot);
  assert.ok(found, `no cell ${duty}/${slot} on ${day.date}`);
  return found;
}

describe("resolveRota", () => {
  describe("cycle weeks", () => {
    // The default cycle starts Monday 2026-01-05 and has two weeks.
    const cases: ReadonlyArray<[string, number, string]> = [
      ["2026-01-05", 1, "the cycle's first day"],
      ["2026-01-09", 1, "the Friday of week 1"],
      ["2026-01-12", 2, "the next Monday"],
      ["2026-01-19", 1, "two weeks on (wrap-around)"],
      ["2026-11-23", 1, "46 weeks on"],
      ["2026-11-30", 2, "47 weeks on"],
      ["2026-01-04", 2, "the Sunday before cycleStart"],
      ["2025-12-29", 2, "the week before cycleStart"],
      ["2025-12-22", 1, "two weeks before cycleStart"],
      ["2024-01-03", 2, "two years before cycleStart"], // Monday 2024-01-01 is 105 weeks earlier
    ];
    for (const [date, week, what] of cases) {
      it(`when the date is ${date} (${what}), then cycle week ${week} applies`, () => {
        assert.equal(cycleWeekOf(buildOrganisation().rota, date), week);
      });
    }

    it("when the cycle has three weeks, then dates before cycleStart count backwards through it", () => {
      const rota = { cycleStart: "2026-01-05", cycle: [DEFAULT_CYCLE[0], DEFAULT_CYCLE[1], DEFAULT_CYCLE[0]] };
      assert.deepEqual(["2025-12-29", "2025-12-22", "2025-12-15", "2025-12-08", "2026-01-26"].map((d) => cycleWeekOf(rota, d)), [3, 2, 1, 3, 1]);
    });

    it("when cycleStart is not a Monday, then its whole week is week 1", () => {
      const rota = { cycleStart: "2026-01-07", cycle: DEFAULT_CYCLE };
      assert.deepEqual(["2026-01-05", "2026-01-11", "2026-01-12"].map((d) => cycleWeekOf(rota, d)), [1, 1, 2]);
    });

    it("when the date is in week 1, then the people come from week 1's plan", () => {
      const day = rotaOf("2026-01-05");
      assert.equal(day.cycleWeek, 1);
      assert.deepEqual(cell(day, "skranke", "fm").people, ["ak", "ph"]);
      assert.deepEqual(cell(day, "skranke", "em").people, ["ak", "lm"]);
      assert.deepEqual(cell(day, "hotline", "fm").people, ["mj"]);
    });

    it("when the date is in week 2, then the people come from week 2's plan", () => {
      const day = rotaOf("2026-01-12");
      assert.equal(day.cycleWeek, 2);
      assert.deepEqual(cell(day, "skranke", "fm").people, ["lm", "ph"]);
      assert.deepEqual(cell(day, "telefon", "fm").people, ["ak"]);
    });

    it("when the cycle is empty, then the day has slots but nothing planned", () => {
      const day = rotaOf("2026-01-05", { rota: { cycle: [] } });
      assert.equal(day.cycleWeek, 0);
      assert.ok(day.duties.every((row) => row.cells.every((c) => !c.planned && c.people.length === 0 && !c.understaffed)));
    });
  });

  describe("the shape of a day", () => {
    it("when a working day is resolved, then every duty has a cell per slot in org order, unplanned ones marked", () => {
      const day = rotaOf("2026-01-05");
      assert.deepEqual(day.duties.map((row) => row.duty), ["skranke", "telefon", "hotline"]);
      assert.deepEqual(day.slots.map((s) => [s.slot, s.name, s.start, s.end]), [["fm", "Formiddag", "08:00", "12:00"], ["em", "Eftermiddag", "12:00", "15:30"]]);
      assert.deepEqual(cell(day, "hotline", "em"), { slot: "em", planned: false, people: [], absent: [], changed: false, understaffed: false });
      assert.deepEqual(cell(day, "skranke", "fm"), { slot: "fm", planned: true, people: ["ak", "ph"], absent: [], changed: false, understaffed: false });
      assert.equal(day.understaffed, false);
      assert.deepEqual(day.absent, []);
    });

    it("when a day has no plan for the weekday, then all cells are unplanned", () => {
      const day = rotaOf("2026-01-05", { rota: { cycle: [{ tue: DEFAULT_CYCLE[0].tue }] } });
      assert.equal(day.working, true);
      assert.ok(day.duties.every((row) => row.cells.every((c) => !c.planned)));
    });
  });

  describe("absences", () => {
    it("when a planned person is away all day, then they are taken out of every slot and reported with the reason", () => {
      const day = rotaOf("2026-11-23", { rota: { absences: [{ person: "ak", from: "2026-11-20", to: "2026-11-23", reason: "ferie" }] } });
      assert.deepEqual(cell(day, "skranke", "fm"), {
        slot: "fm", planned: true, people: ["ph"], absent: [{ person: "ak", reason: "ferie" }], changed: false, understaffed: true,
      });
      assert.deepEqual(cell(day, "skranke", "em").people, ["lm"]);
      assert.deepEqual(day.absent, [{ person: "ak", reason: "ferie" }]);
      assert.equal(day.understaffed, true);
    });

    const edges: ReadonlyArray<[string, boolean]> = [["2026-11-19", false], ["2026-11-20", true], ["2026-11-23", true], ["2026-11-24", false]];
    for (const [date, away] of edges) {
      it(`when an absence runs 2026-11-20..2026-11-23 and the date is ${date}, then the person is ${away ? "" : "not "}away (inclusive dates)`, () => {
        const day = rotaOf(date, { rota: { absences: [{ person: "ph", from: "2026-11-20", to: "2026-11-23", reason: "kursus" }] } });
        assert.equal(day.absent.some((a) => a.person === "ph"), away);
        assert.equal(day.duties.some((row) => row.cells.some((c) => c.people.includes("ph"))), !away);
      });
    }

    it("when an absence is limited to slots, then the person stays in the other slots", () => {
      const day = rotaOf("2026-11-23", { rota: { absences: [{ person: "lm", from: "2026-11-23", to: "2026-11-23", reason: "afspadsering", slots: ["em"] }] } });
      assert.deepEqual(cell(day, "telefon", "fm").people, ["lm"]);
      assert.deepEqual(cell(day, "skranke", "em").people, ["ak"]);
      assert.deepEqual(cell(day, "skranke", "em").absent, [{ person: "lm", reason: "afspadsering" }]);
      assert.deepEqual(day.absent, [{ person: "lm", reason: "afspadsering", slots: ["em"] }]);
    });

    it("when someone not on the rota is away, then they are in the day's absent list only", () => {
      const day = rotaOf("2026-11-23", { rota: { absences: [{ person: "hbl", from: "2026-11-01", to: "2026-11-30", reason: "ferie" }] } });
      assert.deepEqual(day.absent, [{ person: "hbl", reason: "ferie" }]);
      assert.equal(day.understaffed, false);
    });

    it("when the day is a weekend, then absences are not listed", () => {
      const day = rotaOf("2026-11-22", { rota: { absences: [{ person: "ak", from: "2026-11-20", to: "2026-11-23", reason: "ferie" }] } });
      assert.deepEqual(day.absent, []);
    });
  });

  describe("changes", () => {
    it("when a change covers a duty and slot, then its people replace the plan's for that day only", () => {
      const changes = [{ date: "2026-11-24", duty: "skranke", slot: "fm", people: ["mj", "hbl"] }];
      const day = rotaOf("2026-11-24", { rota: { changes } });
      assert.deepEqual(cell(day, "skranke", "fm"), { slot: "fm", planned: true, people: ["mj", "hbl"], absent: [], changed: true, understaffed: false });
      assert.equal(cell(day, "skranke", "em").changed, false);
      assert.deepEqual(cell(rotaOf("2026-12-08", { rota: { changes } }), "skranke", "fm").people, ["lm", "ph"]);
    });

    it("when a change staffs a duty the plan leaves out, then that cell becomes planned", () => {
      const day = rotaOf("2026-11-24", { rota: { changes: [{ date: "2026-11-24", duty: "hotline", slot: "em", people: ["mj"] }] } });
      assert.deepEqual(cell(day, "hotline", "em"), { slot: "em", planned: true, people: ["mj"], absent: [], changed: true, understaffed: false });
    });

    it("when a change names someone who is away, then the absence still applies", () => {
      const day = rotaOf("2026-11-24", {
        rota: {
          changes: [{ date: "2026-11-24", duty: "skranke", slot: "fm", people: ["mj", "ak"] }],
          absences: [{ person: "ak", from: "2026-11-24", to: "2026-11-24", reason: "syg" }],
        },
      });
      assert.deepEqual(cell(day, "skranke", "fm"), {
        slot: "fm", planned: true, people: ["mj"], absent: [{ person: "ak", reason: "syg" }], changed: true, understaffed: true,
      });
    });

    it("when a change replaces someone who is away, then the replaced person is not reported in the cell", () => {
      // Week 1 Tuesday: skranke fm is lm + ph; ph is away and the coordinator puts mj in.
      const day = rotaOf("2026-11-24", {
        rota: {
          changes: [{ date: "2026-11-24", duty: "skranke", slot: "fm", people: ["lm", "mj"] }],
          absences: [{ person: "ph", from: "2026-11-24", to: "2026-11-24", reason: "kursus" }],
        },
      });
      assert.deepEqual(cell(day, "skranke", "fm").people, ["lm", "mj"]);
      assert.deepEqual(cell(day, "skranke", "fm").absent, []);
      assert.equal(cell(day, "skranke", "fm").understaffed, false);
    });
  });

  describe("understaffing", () => {
    const cases: ReadonlyArray<{ name: string; overrides: OrganisationOverrides; duty: string; slot: string; understaffed: boolean }> = [
      { name: "fully staffed", overrides: {}, duty: "skranke", slot: "fm", understaffed: false },
      {
        name: "a change empties a duty with minStaff 1",
        overrides: { rota: { changes: [{ date: "2026-11-23", duty: "telefon", slot: "fm", people: [] }] } },
        duty: "telefon", slot: "fm", understaffed: true,
      },
      {
        name: "the duty has no minStaff and nobody is there",
        overrides: { rota: { absences: [{ person: "mj", from: "2026-11-23", to: "2026-11-23", reason: "syg" }] } },
        duty: "hotline", slot: "fm", understaffed: false,
      },
      {
        name: "minStaff is set but the duty is not planned in the slot",
        overrides: { rota: { duties: [{ id: "hotline", name: "Hotline", synonyms: [], minStaff: 1 }] } },
        duty: "hotline", slot: "em", understaffed: false,
      },
    ];
    for (const { name, overrides, duty, slot, understaffed } of cases) {
      it(`when ${name}, then ${duty}/${slot} understaffed is ${understaffed}`, () => {
        assert.equal(cell(rotaOf("2026-11-23", overrides), duty, slot).understaffed, understaffed);
      });
    }
  });

  describe("days off", () => {
    const cases: ReadonlyArray<[string, string, OrganisationOverrides]> = [
      ["2026-11-28", "weekend", {}],
      ["2026-11-29", "weekend", {}],
      ["2026-12-25", "helligdag: Juledag", {}],
      ["2026-04-06", "helligdag: Anden påskedag", {}],
      ["2026-05-14", "helligdag: Kristi Himmelfartsdag", {}],
      ["2026-12-24", "fridag: 24. december", { holidays: { extra: ["12-24"] } }],
      ["2026-11-27", "fridag: 27. november", { holidays: { dates: ["2026-11-27"] } }],
    ];
    for (const [date, reason, overrides] of cases) {
      it(`when the date is ${date}, then there is no rota and the reason is "${reason}"`, () => {
        const day = rotaOf(date, overrides);
        assert.equal(day.working, false);
        assert.equal(day.day.reason, reason);
        assert.deepEqual([day.slots, day.duties, day.absent, day.understaffed], [[], [], [], false]);
      });
    }

    it("when the day asked for is a Saturday, then the next working day is shown", () => {
      const org = buildOrganisation();
      const { requested, shown } = resolveRotaOrNextWorkingDay(org, "2026-11-28", WorkCalendar.forOrganisation(org));
      assert.equal(requested.day.reason, "weekend");
      assert.equal(shown.date, "2026-11-30");
      assert.equal(shown.working, true);
    });

    it("when the day asked for is Skærtorsdag, then the Tuesday after Easter is shown", () => {
      const org = buildOrganisation();
      assert.equal(resolveRotaOrNextWorkingDay(org, "2026-04-02", WorkCalendar.forOrganisation(org)).shown.date, "2026-04-07");
    });

    it("when the day asked for is a working day, then it is shown itself", () => {
      const org = buildOrganisation();
      const answer = resolveRotaOrNextWorkingDay(org, "2026-11-24", WorkCalendar.forOrganisation(org));
      assert.equal(answer.shown, answer.requested);
    });
  });

  describe("half days", () => {
    it("when the day is a half day, then slots from 12:00 are dropped with their duties", () => {
      const day = rotaOf("2026-11-23", { holidays: { halfDays: ["11-23"] } });
      assert.equal(day.day.halfDay, true);
      assert.deepEqual(day.slots.map((s) => s.slot), ["fm"]);
      assert.ok(day.duties.every((row) => row.cells.length === 1 && row.cells[0].slot === "fm"));
      assert.deepEqual(cell(day, "skranke", "fm").people, ["ak", "ph"]);
    });

    it("when a slot runs past noon on a half day, then it ends at 12:00", () => {
      const day = rotaOf("2026-05-01", {
        holidays: { halfDays: ["05-01"] },
        rota: { slots: [{ id: "dag", name: "Dag", start: "10:00", end: "13:00" }] },
      });
      assert.deepEqual(day.slots.map((s) => [s.start, s.end, s.endsAt.toISOString()]), [["10:00", "12:00", "2026-05-01T10:00:00.000Z"]]);
    });
  });

  describe("slot times", () => {
    const cases: ReadonlyArray<[string, string, string, string, string]> = [
      // date, slot, local start-end, startsAt, endsAt
      ["2026-11-25", "em", "12:00-15:30", "2026-11-25T11:00:00.000Z", "2026-11-25T14:30:00.000Z"], // Wednesday
      ["2026-11-26", "em", "12:00-17:00", "2026-11-26T11:00:00.000Z", "2026-11-26T16:00:00.000Z"], // Thursday: longer
      ["2026-11-26", "fm", "08:00-12:00", "2026-11-26T07:00:00.000Z", "2026-11-26T11:00:00.000Z"],
      ["2026-03-27", "fm", "08:00-12:00", "2026-03-27T07:00:00.000Z", "2026-03-27T11:00:00.000Z"], // Friday before spring change: CET
      ["2026-03-30", "fm", "08:00-12:00", "2026-03-30T06:00:00.000Z", "2026-03-30T10:00:00.000Z"], // Monday after: CEST
      ["2026-03-30", "em", "12:00-15:30", "2026-03-30T10:00:00.000Z", "2026-03-30T13:30:00.000Z"],
      ["2026-10-23", "fm", "08:00-12:00", "2026-10-23T06:00:00.000Z", "2026-10-23T10:00:00.000Z"], // Friday before autumn change: CEST
      ["2026-10-26", "fm", "08:00-12:00", "2026-10-26T07:00:00.000Z", "2026-10-26T11:00:00.000Z"], // Monday after: CET
    ];
    for (const [date, slot, local, startsAt, endsAt] of cases) {
      it(`when the date is ${date}, then slot ${slot} runs ${local} local, ${startsAt}..${endsAt}`, () => {
        const found = rotaOf(date).slots.find((s) => s.slot === slot);
        assert.ok(found);
        assert.deepEqual([`${found.start}-${found.end}`, found.startsAt.toISOString(), found.endsAt.toISOString()], [local, startsAt, endsAt]);
      });
    }

    it("when the daylight-saving days are Sundays, then they have no rota", () => {
      assert.equal(rotaOf("2026-03-29").working, false);
      assert.equal(rotaOf("2026-10-25").working, false);
    });

    it("when the Monday after the spring change is resolved, then its cycle week follows on from the Friday before", () => {
      assert.equal(rotaOf("2026-03-27").cycleWeek, 2);
      assert.equal(rotaOf("2026-03-30").cycleWeek, 1);
    });
  });
});

describe("rotaForPerson", () => {
  const org = buildOrganisation({
    rota: {
      absences: [{ person: "ak", from: "2026-11-25", to: "2026-11-25", reason: "kursus", slots: ["em"] }],
      changes: [{ date: "2026-11-27", duty: "telefon", slot: "fm", people: ["ak"] }],
    },
  });
  const calendar = WorkCalendar.forOrganisation(org);

  it("when a person asks for their week, then each day lists their duties by slot, with absences and changes", () => {
    const week = rotaForPerson(org, "ak", calendar.weekOf("2026-11-25").days, calendar);
    const summary = week.map((d) => [d.date, d.duties.map((x) => `${x.slot}:${x.duty}${x.changed ? "*" : ""}`).join(","), d.absent.map((a) => a.reason).join(",")]);
    assert.deepEqual(summary, [
      ["2026-11-23", "fm:skranke,em:skranke", ""],
      ["2026-11-24", "fm:telefon,em:telefon", ""],
      ["2026-11-25", "fm:skranke", "kursus"],
      ["2026-11-26", "fm:skranke,em:telefon", ""],
      ["2026-11-27", "fm:skranke,fm:telefon*", ""],
    ]);
  });

  it("when a person asks for today, then the duty carries names and times", () => {
    const [today] = rotaForPerson(org, "ak", ["2026-11-26"], calendar);
    assert.deepEqual(today.duties[1], {
      duty: "telefon", dutyName: "Telefon", slot: "em", slotName: "Eftermiddag", start: "12:00", end: "17:00",
      startsAt: new Date("2026-11-26T11:00:00Z"), endsAt: new Date("2026-11-26T16:00:00Z"), changed: false,
    });
  });

  it("when the person is on no duty or the day is off, then the day has no duties", () => {
    const [weekday, saturday] = rotaForPerson(org, "hbl", ["2026-11-23", "2026-11-28"], calendar);
    assert.deepEqual(weekday.duties, []);
    assert.equal(saturday.day.working, false);
  });
});

describe("nextDayWithDuty (\"hvem har hotline fredag\" when the hotline runs other days)", () => {
  const next = (date: string, duty: string, overrides: OrganisationOverrides = {}) => {
    const org = buildOrganisation(overrides);
    return nextDayWithDuty(org, duty, date, WorkCalendar.forOrganisation(org));
  };

  it("when a duty runs only on Mondays of week 1, then from the Tuesday after the next day is two weeks on, and the Tuesday itself does not run it", () => {
    assert.equal(next("2026-11-24", "hotline"), "2026-12-07");
    assert.equal(dutyRuns(rotaOf("2026-11-24"), "hotline"), false);
    assert.equal(dutyRuns(rotaOf("2026-11-23"), "hotline"), true);
  });

  it("when a one-day change puts someone on the duty on Friday, then Friday is the next day", () => {
    assert.equal(next("2026-11-24", "hotline", { rota: { changes: [{ date: "2026-11-27", duty: "hotline", slot: "fm", people: ["ak"] }] } }), "2026-11-27");
  });

  it("when a duty runs on no day of two cycles, then there is no next day", () => {
    const withoutHotline = DEFAULT_CYCLE.map((week) => Object.fromEntries(Object.entries(week).map(([day, { hotline: _hotline, ...duties }]) => [day, duties])));
    assert.equal(next("2026-11-24", "hotline", { rota: { cycle: withoutHotline } }), undefined);
  });
});
