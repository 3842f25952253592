import assert from "node:assert/strict";
import { WorkCalendar, addDays, daysBetween } from "../../bot/src/domain/calendar";
import {
  formatDate, formatDateTime, formatDateTimeRange, formatInstant, formatShortDateTime, formatTimeRange,
} from "../../bot/src/domain/format";
import { buildOrganisation } from "../helpers/orgBuilder";

const ZONE = "Europe/Copenhagen";

describe("WorkCalendar", () => {
  const legal = new WorkCalendar(ZONE);
  const agreed = WorkCalendar.forOrganisation(buildOrganisation({
    holidays: { extra: ["12-24", "12-31", "06-05"], halfDays: ["05-01"], dates: ["2026-11-27"] },
  }));

  describe("public holidays by law", () => {
    const holidays: ReadonlyArray<[string, string]> = [
      ["2026-01-01", "helligdag: Nytårsdag"],
      ["2026-04-02", "helligdag: Skærtorsdag"],
      ["2026-04-03", "helligdag: Langfredag"],
      ["2026-04-05", "helligdag: Påskedag"],
      ["2026-04-06", "helligdag: Anden påskedag"],
      ["2026-05-14", "helligdag: Kristi Himmelfartsdag"],
      ["2026-05-24", "helligdag: Pinsedag"],
      ["2026-05-25", "helligdag: Anden Pinsedag"],
      ["2026-12-25", "helligdag: Juledag"],
      ["2026-12-26", "helligdag: Anden Juledag"],
      ["2027-01-01", "helligdag: Nytårsdag"],
      ["2027-03-25", "helligdag: Skærtorsdag"],
      ["2027-03-26", "helligdag: Langfredag"],
      ["2027-03-29", "helligdag: Anden påskedag"],
      ["2027-05-06", "helligdag: Kristi Himmelfartsdag"],
      ["2027-05-17", "helligdag: Anden Pinsedag"],
      ["2027-12-25", "helligdag: Juledag"],
    ];
    for (const [date, reason] of holidays) {
      it(`when the date is ${date}, then it is not a working day (${reason})`, () => {
        const info = legal.dayInfo(date);
        assert.equal(info.working, false);
        assert.equal(info.reason, reason);
      });
    }

    it("when the date was Store Bededag (abolished from 2024), then it is a working day", () => {
      // The fourth Friday after Easter: 2024-04-26, 2025-05-16, 2027-04-23 (2026-05-01 coincides with 1. maj).
      for (const date of ["2024-04-26", "2025-05-16", "2027-04-23"]) {
        assert.deepEqual(legal.dayInfo(date), { date, weekday: "fri", working: true, halfDay: false }, date);
      }
    });

    it("when the date is Store Bededag 2023, then it is still a holiday", () => {
      assert.equal(legal.dayInfo("2023-05-05").reason, "helligdag: Store Bededag");
    });

    it("when the day is only an observance (juleaftensdag, grundlovsdag, 1. maj) and not agreed off, then it is a working day", () => {
      for (const date of ["2026-12-24", "2026-06-05", "2026-05-01", "2026-12-31"]) assert.equal(legal.isWorkingDay(date), true, date);
    });
  });

  describe("days off by local agreement", () => {
    const cases: ReadonlyArray<{ date: string; working: boolean; halfDay: boolean; reason?: string }> = [
      { date: "2026-12-24", working: false, halfDay: false, reason: "fridag: 24. december" },
      { date: "2026-12-31", working: false, halfDay: false, reason: "fridag: 31. december" },
      { date: "2026-06-05", working: false, halfDay: false, reason: "fridag: 5. juni" },
      { date: "2027-12-24", working: false, halfDay: false, reason: "fridag: 24. december" },
      { date: "2026-11-27", working: false, halfDay: false, reason: "fridag: 27. november" },
      { date: "2027-11-26", working: true, halfDay: false },
      { date: "2026-05-01", working: true, halfDay: true, reason: "halv fridag: 1. maj" },
      { date: "2026-12-28", working: true, halfDay: false },
    ];
    for (const { date, working, halfDay, reason } of cases) {
      it(`when the date is ${date}, then working is ${working}, half day ${halfDay}`, () => {
        const info = agreed.dayInfo(date);
        assert.equal(info.working, working);
        assert.equal(info.halfDay, halfDay);
        assert.equal(info.reason, reason);
      });
    }

    it("when a half day falls on a weekend, then it is a weekend and no half day", () => {
      assert.deepEqual(agreed.dayInfo("2027-05-01"), { date: "2027-05-01", weekday: "sat", working: false, halfDay: false, reason: "weekend", off: { kind: "weekend" } });
    });

    it("when the department is asked if it is open on a half day, then only before 12:00", () => {
      assert.equal(agreed.isOpenAt("2026-05-01", "11:59"), true);
      assert.equal(agreed.isOpenAt("2026-05-01", "12:00"), false);
      assert.equal(agreed.isOpenAt("2026-05-04", "14:00"), true);
    });

    it("when a rule is malformed, then construction fails naming the field", () => {
      assert.throws(() => new WorkCalendar(ZONE, { extra: ["24-12"], halfDays: [], dates: [] }), /holidays\.extra: "24-12"/);
      assert.throws(() => new WorkCalendar(ZONE, { extra: [], halfDays: [], dates: ["2026-02-30"] }), /Invalid date "2026-02-30"/);
      assert.throws(() => new WorkCalendar("Europe/Kobenhavn"), /Unknown time zone "Europe\/Kobenhavn"/);
    });
  });

  describe("weekends", () => {
    it("when the date is a Saturday or Sunday, then it is off with reason weekend", () => {
      assert.deepEqual(legal.dayInfo("2026-11-28"), { date: "2026-11-28", weekday: "sat", working: false, halfDay: false, reason: "weekend", off: { kind: "weekend" } });
      assert.equal(legal.dayInfo("2026-11-29").weekday, "sun");
      assert.equal(legal.isWorkingDay("2026-11-29"), false);
    });

    it("when a holiday falls on a Sunday, then the holiday is the reason", () => {
      assert.equal(legal.dayInfo("2026-04-05").reason, "helligdag: Påskedag");
    });
  });

  describe("next working day", () => {
    const cases: ReadonlyArray<[string, boolean, string, WorkCalendar]> = [
      ["2026-11-27", false, "2026-11-30", legal], // Friday -> Monday
      ["2026-11-27", true, "2026-11-27", legal],
      ["2026-11-28", true, "2026-11-30", legal],
      ["2026-04-01", false, "2026-04-07", legal], // over Easter
      ["2026-04-02", true, "2026-04-07", legal],
      ["2026-12-23", false, "2026-12-28", agreed], // 24 off by agreement, 25-26 holidays, 27 Sunday
      ["2026-12-30", false, "2027-01-04", agreed], // 31 off, 1 January, weekend
      ["2026-11-26", false, "2026-11-30", agreed], // one-off day 27 November
    ];
    for (const [date, includeSelf, expected, calendar] of cases) {
      it(`when asked from ${date}${includeSelf ? " (including it)" : ""}, then it is ${expected}`, () => {
        assert.equal(calendar.nextWorkingDay(date, { includeSelf }), expected);
      });
    }

    it("when adding working days, then days off are not counted", () => {
      assert.equal(legal.addWorkingDays("2026-03-30", 5), "2026-04-09"); // 31/3, 1/4, (Easter), 7/4, 8/4, 9/4
      assert.equal(legal.addWorkingDays("2026-11-28", 0), "2026-11-30");
    });

    it("when every day is off, then it fails with a hint instead of looping", () => {
      const everyDay = Array.from({ length: 366 }, (_, i) => addDays("2024-01-01", i).slice(5));
      const closed = new WorkCalendar(ZONE, { extra: everyDay, halfDays: [], dates: [] });
      assert.throws(() => closed.nextWorkingDay("2026-01-01"), /check the organisation's holidays/);
    });
  });

  describe("today and the time zone", () => {
    const cases: ReadonlyArray<[string, string]> = [
      ["2026-11-23T23:30:00Z", "2026-11-24"], // CET: 00:30 the next day
      ["2026-11-23T22:59:59Z", "2026-11-23"],
      ["2026-11-23T23:00:00Z", "2026-11-24"],
      ["2026-06-30T22:15:00Z", "2026-07-01"], // CEST: 00:15
      ["2026-06-30T21:59:00Z", "2026-06-30"],
      ["2026-12-31T23:00:00Z", "2027-01-01"],
    ];
    for (const [now, expected] of cases) {
      it(`when it is ${now}, then today in Copenhagen is ${expected}`, () => {
        assert.equal(legal.today(new Date(now)), expected);
      });
    }
  });

  describe("local time and instants", () => {
    const cases: ReadonlyArray<[string, string, string]> = [
      ["2026-03-27", "08:00", "2026-03-27T07:00:00.000Z"], // CET
      ["2026-03-29", "01:59", "2026-03-29T00:59:00.000Z"], // the spring change day, before it
      ["2026-03-29", "08:00", "2026-03-29T06:00:00.000Z"], // the spring change day, after it
      ["2026-03-30", "08:00", "2026-03-30T06:00:00.000Z"], // CEST
      ["2026-10-25", "08:00", "2026-10-25T07:00:00.000Z"], // the autumn change day
      ["2026-10-26", "08:00", "2026-10-26T07:00:00.000Z"],
      ["2026-03-29", "02:30", "2026-03-29T01:30:00.000Z"], // skipped by the clocks: moves forward to 03:30 CEST
      ["2026-10-25", "02:30", "2026-10-25T01:30:00.000Z"], // repeated by the clocks: taken in winter time (CET)
    ];
    for (const [date, time, instant] of cases) {
      it(`when ${date} ${time} is placed in Copenhagen, then the instant is ${instant}`, () => {
        assert.equal(legal.toInstant(date, time).toISOString(), instant);
      });
    }

    it("when the same local time is asked for twice, then the same instant comes back in a fresh Date", () => {
      const first = legal.toInstant("2026-11-23", "08:00");
      first.setTime(0);
      assert.equal(legal.toInstant("2026-11-23", "08:00").toISOString(), "2026-11-23T07:00:00.000Z");
    });

    it("when an instant is read back, then local date, time and weekday match", () => {
      assert.deepEqual(legal.localParts(new Date("2026-10-25T08:00:00Z")), { date: "2026-10-25", time: "09:00", weekday: "sun" });
      assert.deepEqual(legal.localParts(new Date("2026-03-30T07:00:00Z")), { date: "2026-03-30", time: "09:00", weekday: "mon" });
    });

    it("when days are added across a daylight-saving change, then whole calendar days are added", () => {
      assert.equal(addDays("2026-03-28", 2), "2026-03-30");
      assert.equal(addDays("2026-10-24", 2), "2026-10-26");
      assert.equal(addDays("2026-01-05", -7), "2025-12-29");
      assert.equal(daysBetween("2026-03-28", "2026-03-30"), 2);
      assert.equal(daysBetween("2026-01-05", "2025-12-29"), -7);
    });
  });

  describe("weekOf", () => {
    it("when asked for the week of a Wednesday, then Monday..Friday and the ISO week", () => {
      assert.deepEqual(legal.weekOf("2026-11-18"), {
        isoYear: 2026, isoWeek: 47, days: ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"],
      });
    });

    it("when asked for a Sunday, then it belongs to the week that started the Monday before", () => {
      assert.equal(legal.weekOf("2026-11-22").isoWeek, 47);
      assert.equal(legal.weekOf("2026-11-22").days[0], "2026-11-16");
    });

    it("when the week spans new year, then the ISO year is the week's", () => {
      assert.deepEqual(legal.weekOf("2027-01-01"), {
        isoYear: 2026, isoWeek: 53, days: ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"],
      });
    });
  });
});

describe("date formatting", () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ["formatDate", formatDate("2026-12-08"), "tirsdag 8. december"],
    ["formatDate en", formatDate("2026-12-08", "en"), "Tuesday 8 December"],
    ["formatDate with year", formatDate("2026-05-01", "da", { year: true }), "fredag 1. maj 2026"],
    ["formatTimeRange", formatTimeRange("14:00", "15:30"), "kl. 14.00-15.30"],
    ["formatTimeRange en", formatTimeRange("14:00", "15:30", "en"), "14:00-15:30"],
    ["formatDateTime", formatDateTime("2026-12-08", "14:00"), "tirsdag 8. december kl. 14.00"],
    ["formatDateTime en", formatDateTime("2026-12-08", "14:00", "en"), "Tuesday 8 December at 14:00"],
    ["formatDateTimeRange", formatDateTimeRange("2026-12-08", "14:00", "15:30"), "tirsdag 8. december kl. 14.00-15.30"],
    ["formatDateTimeRange en", formatDateTimeRange("2026-12-08", "14:00", "15:30", "en"), "Tuesday 8 December, 14:00-15:30"],
    ["formatShortDateTime", formatShortDateTime("2026-11-24", "10:12"), "24.11.2026 kl. 10.12"],
    ["formatShortDateTime en", formatShortDateTime("2026-11-24", "10:12", "en"), "24 Nov 2026 10:12"],
    ["formatInstant in winter", formatInstant(new Date("2026-11-24T09:12:00Z"), ZONE, "da", { short: true }), "24.11.2026 kl. 10.12"],
    ["formatInstant in summer", formatInstant(new Date("2026-06-08T12:00:00Z"), ZONE), "mandag 8. juni kl. 14.00"],
    ["weekday with æøå", formatDate("2026-11-28"), "lørdag 28. november"],
  ];
  for (const [name, actual, expected] of cases) {
    it(`when ${name} is used, then the text is "${expected}"`, () => {
      assert.equal(actual, expected);
    });
  }

  it("when a time is malformed, then the error says the expected form", () => {
    assert.throws(() => formatTimeRange("9:00", "10:00"), /Invalid time "9:00": expected HH:mm/);
  });
});
