// isoWeekOf against luxon's ISO week (an independent implementation) for every day of eleven years, and the
// year-boundary cases staff meet ("uge 53", "uge 1" in late December).
import assert from "node:assert/strict";
import { DateTime } from "luxon";
import Holidays from "date-holidays";
import { addDays, easterSunday, isoWeekOf } from "../../bot/src/domain/isoDate";

describe("isoWeekOf", () => {
  it("when every day from 2020 to 2030 is asked, then week and week-year agree with luxon", () => {
    for (let date = "2020-01-01"; date <= "2030-12-31"; date = addDays(date, 1)) {
      const luxon = DateTime.fromISO(date, { zone: "utc" });
      assert.deepEqual(isoWeekOf(date), { year: luxon.weekYear, week: luxon.weekNumber }, date);
    }
  });

  const cases: ReadonlyArray<[string, { year: number; week: number }]> = [
    ["2026-11-24", { year: 2026, week: 48 }],
    ["2026-12-31", { year: 2026, week: 53 }],
    ["2027-01-03", { year: 2026, week: 53 }],
    ["2024-12-30", { year: 2025, week: 1 }],
  ];
  for (const [date, expected] of cases) {
    it(`when the date is ${date}, then it is week ${expected.week} of ${expected.year}`, () => assert.deepEqual(isoWeekOf(date), expected));
  }
});

describe("easterSunday", () => {
  it("when every year from 1990 to 2100 is asked, then Easter Sunday agrees with date-holidays' Danish Påskedag", () => {
    const holidays = new Holidays("DK", { languages: ["da"], types: ["public"] });
    for (let year = 1990; year <= 2100; year++) {
      const paaskedag = holidays.getHolidays(year, "da").find((h) => h.name === "Påskedag");
      assert.ok(paaskedag, `no Påskedag in ${year}`);
      assert.equal(easterSunday(year), paaskedag.date.slice(0, 10), String(year));
    }
  });
});
