import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { addDuration, parseDuration, subtractDuration } from "../../bot/src/domain/durations";
import type { Check, Meeting, Organisation } from "../../bot/src/domain/organisation";
import {
  agendaDueAt, allOccurrencesBetween, checkStatus, meetingReminders, nextOccurrence, occurrencesBetween, periodCovered,
  type Occurrence,
} from "../../bot/src/domain/occurrences";
import { cycleWeekOf } from "../../bot/src/domain/rota";
import { buildCheck, buildMeeting, buildOrganisation, type OrganisationOverrides } from "../helpers/orgBuilder";

const ZONE = "Europe/Copenhagen";

function setup(overrides: OrganisationOverrides = {}): { org: Organisation; calendar: WorkCalendar } {
  const org = buildOrganisation(overrides);
  return { org, calendar: WorkCalendar.forOrganisation(org) };
}

/** Local day boundaries in Copenhagen, so windows read as calendar days. */
function localDay(date: string, calendar: WorkCalendar): Date {
  return calendar.toInstant(date, "00:00");
}

function between(item: Meeting | Check, fromDate: string, toDate: string, overrides: OrganisationOverrides = {}): Occurrence[] {
  const { org, calendar } = setup(overrides);
  return occurrencesBetween(item, org, calendar, localDay(fromDate, calendar), localDay(toDate, calendar));
}

function summary(occurrences: readonly Occurrence[]): string[] {
  return occurrences.map((o) => `${o.date} ${o.time} ${o.at.toISOString()}${o.originalDate ? ` (from ${o.originalDate})` : ""}`);
}

describe("occurrences", () => {
  describe("local time across daylight-saving changes", () => {
    it("when a weekly Monday 09:00 check crosses the spring change, then it stays 09:00 local and the UTC instant moves an hour", () => {
      assert.deepEqual(summary(between(buildCheck(), "2026-03-16", "2026-04-14")), [
        "2026-03-16 09:00 2026-03-16T08:00:00.000Z",
        "2026-03-23 09:00 2026-03-23T08:00:00.000Z",
        "2026-03-30 09:00 2026-03-30T07:00:00.000Z",
        "2026-04-07 09:00 2026-04-07T07:00:00.000Z (from 2026-04-06)", // 2. påskedag
        "2026-04-13 09:00 2026-04-13T07:00:00.000Z",
      ]);
    });

    it("when a weekly Monday 09:00 check crosses the autumn change, then it stays 09:00 local", () => {
      assert.deepEqual(summary(between(buildCheck(), "2026-10-19", "2026-11-03")), [
        "2026-10-19 09:00 2026-10-19T07:00:00.000Z",
        "2026-10-26 09:00 2026-10-26T08:00:00.000Z",
        "2026-11-02 09:00 2026-11-02T08:00:00.000Z",
      ]);
    });
  });

  describe("monthly and listed-month rules", () => {
    it("when a meeting is on the 2nd Tuesday of each month, then a year gives those twelve Tuesdays at 14:00-15:30", () => {
      const meetings = between(buildMeeting(), "2026-01-01", "2027-01-01");
      assert.deepEqual(meetings.map((o) => o.date), [
        "2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09",
        "2026-07-14", "2026-08-11", "2026-09-08", "2026-10-13", "2026-11-10", "2026-12-08",
      ]);
      assert.ok(meetings.every((o) => o.kind === "meeting" && o.time === "14:00" && o.endTime === "15:30"));
      assert.equal(meetings[0].at.toISOString(), "2026-01-13T13:00:00.000Z");
      assert.equal(meetings[5].at.toISOString(), "2026-06-09T12:00:00.000Z");
    });

    it("when the rule lists months, then only those months occur", () => {
      const med = buildMeeting({ rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=2TU" });
      assert.deepEqual(between(med, "2026-01-01", "2027-01-01").map((o) => o.date), ["2026-03-10", "2026-06-09", "2026-09-08", "2026-12-08"]);
    });

    it("when a quarterly check on the 1st hits New Year's Day, then it moves past the weekend", () => {
      const check = buildCheck({ id: "ra", rrule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1" });
      assert.deepEqual(between(check, "2026-01-01", "2027-02-01").map((o) => `${o.date}${o.originalDate ? `<${o.originalDate}` : ""}`), [
        "2026-04-01", "2026-07-01", "2026-10-01", "2027-01-04<2027-01-01",
      ]);
    });
  });

  describe("the rule's start (DTSTART)", () => {
    it("when a meeting is every second week with no `from`, then it follows the rota cycle from cycleStart", () => {
      const { org, calendar } = setup();
      const fag = buildMeeting({ id: "faggruppe", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", start: "13:00", minutes: 60 });
      const found = occurrencesBetween(fag, org, calendar, localDay("2026-01-01", calendar), localDay("2026-03-01", calendar));
      assert.deepEqual(found.map((o) => o.date), ["2026-01-07", "2026-01-21", "2026-02-04", "2026-02-18"]);
      assert.ok(found.every((o) => cycleWeekOf(org.rota, o.date) === 1));
    });

    it("when `from` is given, then the rule counts from it instead", () => {
      const fag = buildMeeting({ id: "faggruppe", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", start: "13:00", from: "2026-01-12" });
      assert.deepEqual(between(fag, "2026-01-01", "2026-02-15").map((o) => o.date), ["2026-01-14", "2026-01-28", "2026-02-11"]);
    });

    it("when the window is before DTSTART, then there are no occurrences", () => {
      assert.deepEqual(between(buildCheck({ from: "2026-06-01" }), "2026-05-01", "2026-06-01"), []);
    });
  });

  describe("holidays and days off", () => {
    const cases: ReadonlyArray<{ name: string; item: Meeting | Check; window: [string, string]; overrides?: OrganisationOverrides; expected: string[] }> = [
      { name: "a Monday check falls on 2. påskedag", item: buildCheck(), window: ["2026-04-06", "2026-04-12"], expected: ["2026-04-07<2026-04-06"] },
      { name: "a Monday check falls on 2. pinsedag", item: buildCheck(), window: ["2026-05-25", "2026-05-31"], expected: ["2026-05-26<2026-05-25"] },
      { name: "a Monday check set to skip falls on 2. påskedag", item: buildCheck({ onHoliday: "skip" }), window: ["2026-03-30", "2026-04-14"], expected: ["2026-03-30", "2026-04-13"] },
      {
        name: "a Thursday meeting falls on an agreed day off (12-24) before Christmas",
        item: buildMeeting({ rrule: "FREQ=WEEKLY;BYDAY=TH", start: "10:00" }), window: ["2026-12-21", "2027-01-01"],
        overrides: { holidays: { extra: ["12-24"] } }, expected: ["2026-12-28<2026-12-24", "2026-12-31"],
      },
      {
        name: "a Thursday meeting falls on 12-24 with no agreement",
        item: buildMeeting({ rrule: "FREQ=WEEKLY;BYDAY=TH", start: "10:00" }), window: ["2026-12-21", "2026-12-28"], expected: ["2026-12-24"],
      },
      {
        name: "a Friday check falls on a one-off day off",
        item: buildCheck({ rrule: "FREQ=WEEKLY;BYDAY=FR" }), window: ["2026-11-23", "2026-12-01"],
        overrides: { holidays: { dates: ["2026-11-27"] } }, expected: ["2026-11-30<2026-11-27"],
      },
      {
        name: "a 14:00 meeting falls on a half day",
        item: buildMeeting({ rrule: "FREQ=WEEKLY;BYDAY=FR" }), window: ["2026-04-27", "2026-05-05"],
        overrides: { holidays: { halfDays: ["05-01"] } }, expected: ["2026-05-04<2026-05-01"],
      },
      {
        name: "a 09:00 check falls on a half day",
        item: buildCheck({ rrule: "FREQ=WEEKLY;BYDAY=FR" }), window: ["2026-04-27", "2026-05-05"],
        overrides: { holidays: { halfDays: ["05-01"] } }, expected: ["2026-05-01"],
      },
      {
        name: "a daily check meets a weekend",
        item: buildCheck({ rrule: "FREQ=DAILY" }), window: ["2026-11-26", "2026-12-01"], expected: ["2026-11-26", "2026-11-27", "2026-11-30"],
      },
    ];
    for (const { name, item, window, overrides, expected } of cases) {
      it(`when ${name}, then the occurrences are ${expected.join(", ")}`, () => {
        const found = between(item, window[0], window[1], overrides);
        assert.deepEqual(found.map((o) => `${o.date}${o.originalDate ? `<${o.originalDate}` : ""}`), expected);
      });
    }

    it("when an occurrence is moved, then its key keeps the rule's date", () => {
      const [moved] = between(buildCheck(), "2026-04-06", "2026-04-12");
      assert.equal(moved.key, "mitid@2026-04-06");
    });

    it("when the window starts after the holiday but the moved occurrence lands in it, then it is found", () => {
      assert.deepEqual(between(buildCheck(), "2026-04-07", "2026-04-08").map((o) => o.date), ["2026-04-07"]);
      assert.deepEqual(between(buildCheck(), "2026-04-06", "2026-04-07"), []);
    });

    it("when an occurrence is exactly at `from` it is included, and exactly at `to` excluded", () => {
      const { org, calendar } = setup();
      const at = new Date("2026-11-23T08:00:00Z");
      assert.equal(occurrencesBetween(buildCheck(), org, calendar, at, new Date(at.getTime() + 1)).length, 1);
      assert.equal(occurrencesBetween(buildCheck(), org, calendar, new Date(at.getTime() - 1), at).length, 0);
    });
  });

  describe("nextOccurrence", () => {
    const { org, calendar } = setup();
    const cases: ReadonlyArray<[string, Meeting | Check, string, string | undefined]> = [
      ["just before this week's check", buildCheck(), "2026-11-23T07:59:59.999Z", "2026-11-23T08:00:00.000Z"],
      ["exactly at this week's check", buildCheck(), "2026-11-23T08:00:00.000Z", "2026-11-30T08:00:00.000Z"],
      ["on Easter Sunday", buildCheck(), "2026-04-05T12:00:00.000Z", "2026-04-07T07:00:00.000Z"],
      ["after the November MED meeting", buildMeeting(), "2026-11-10T15:00:00.000Z", "2026-12-08T13:00:00.000Z"],
      ["after the last of a yearly rule's occurrences", buildCheck({ rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=2;COUNT=2" }), "2027-02-03T00:00:00Z", undefined],
      ["before a yearly check", buildCheck({ rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=2" }), "2026-03-01T00:00:00Z", "2027-02-02T08:00:00.000Z"],
    ];
    for (const [name, item, after, expected] of cases) {
      it(`when asked ${name}, then the next is ${expected ?? "none"}`, () => {
        assert.equal(nextOccurrence(item, org, calendar, new Date(after))?.at.toISOString(), expected);
      });
    }
  });

  describe("allOccurrencesBetween", () => {
    it("when an organisation has meetings and checks, then a week's occurrences come in time order", () => {
      const { org, calendar } = setup({ meetings: [buildMeeting()], checks: [buildCheck(), buildCheck({ id: "opslag", rrule: "FREQ=MONTHLY;BYDAY=1TU", at: "08:30" })] });
      const week = allOccurrencesBetween(org, calendar, localDay("2026-12-07", calendar), localDay("2026-12-14", calendar));
      assert.deepEqual(week.map((o) => `${o.kind}:${o.itemId}@${o.date}`), ["check:mitid@2026-12-07", "meeting:lokal-med@2026-12-08"]);
    });
  });

  describe("errors", () => {
    it("when an rrule is malformed, then the error names the item and the rule", () => {
      const { org, calendar } = setup();
      const bad = buildCheck({ id: "pas", rrule: "FREQ=WEEKLY;BYDAYS=MO" });
      assert.throws(() => occurrencesBetween(bad, org, calendar, new Date("2026-01-01"), new Date("2026-02-01")), /^Error: pas: invalid rrule "FREQ=WEEKLY;BYDAYS=MO"/);
      const noFreq = buildCheck({ id: "pas", rrule: "BYDAY=MO" });
      assert.throws(() => occurrencesBetween(noFreq, org, calendar, new Date("2026-01-01"), new Date("2026-02-01")), /pas: rrule "BYDAY=MO" has no FREQ/);
    });
  });
});

describe("durations", () => {
  const cases: ReadonlyArray<[string, "add" | "subtract", string, string]> = [
    ["2026-03-28T08:00:00Z", "add", "P1D", "2026-03-29T07:00:00.000Z"], // 09:00 CET -> 09:00 CEST: 23 hours
    ["2026-03-28T08:00:00Z", "add", "PT24H", "2026-03-29T08:00:00.000Z"], // elapsed: 10:00 CEST
    ["2026-10-24T07:00:00Z", "add", "P1D", "2026-10-25T08:00:00.000Z"], // 09:00 CEST -> 09:00 CET: 25 hours
    ["2026-03-27T08:00:00Z", "add", "P3D", "2026-03-30T07:00:00.000Z"],
    ["2026-11-23T08:00:00Z", "add", "P1W", "2026-11-30T08:00:00.000Z"],
    ["2026-11-23T08:00:00Z", "add", "PT2H", "2026-11-23T10:00:00.000Z"],
    ["2026-04-14T12:00:00Z", "subtract", "P14D", "2026-03-31T12:00:00.000Z"],
    ["2026-11-10T13:00:00Z", "subtract", "P14D", "2026-10-27T13:00:00.000Z"],
    ["2026-11-03T13:00:00Z", "subtract", "P14D", "2026-10-20T12:00:00.000Z"], // 14:00 CET -> 14:00 CEST
  ];
  for (const [instant, op, duration, expected] of cases) {
    it(`when ${duration} is ${op === "add" ? "added to" : "subtracted from"} ${instant}, then it is ${expected}`, () => {
      const fn = op === "add" ? addDuration : subtractDuration;
      assert.equal(fn(new Date(instant), duration, ZONE).toISOString(), expected);
    });
  }

  it("when a duration is not ISO 8601, then the error shows the expected form", () => {
    assert.throws(() => parseDuration("14 days"), /Invalid duration "14 days": expected ISO 8601/);
  });
});

describe("checks: due time, status and period covered", () => {
  const { org, calendar } = setup();

  it("when a Monday check is due P3D, then it is due Thursday at the same local time", () => {
    const [occurrence] = occurrencesBetween(buildCheck(), org, calendar, new Date("2026-11-23T00:00:00Z"), new Date("2026-11-24T00:00:00Z"));
    assert.equal(occurrence.dueAt.toISOString(), "2026-11-26T08:00:00.000Z");
  });

  it("when the due day is a holiday, then the check is due the next working day at the same time", () => {
    const [occurrence] = occurrencesBetween(buildCheck(), org, calendar, new Date("2026-03-30T00:00:00Z"), new Date("2026-03-31T00:00:00Z"));
    assert.equal(occurrence.dueAt.toISOString(), "2026-04-07T07:00:00.000Z"); // Thursday 2 April is Skærtorsdag
  });

  describe("status at an injected now", () => {
    const [occurrence] = occurrencesBetween(buildCheck(), org, calendar, new Date("2026-11-23T00:00:00Z"), new Date("2026-11-24T00:00:00Z"));
    const cases: ReadonlyArray<[string, string, boolean, string]> = [
      ["before the check's time", "2026-11-23T07:59:00Z", false, "upcoming"],
      ["at the check's time", "2026-11-23T08:00:00Z", false, "due"],
      ["a minute before it is due", "2026-11-26T07:59:00Z", false, "due"],
      ["at the due time", "2026-11-26T08:00:00Z", false, "overdue"],
      ["a week later", "2026-12-03T08:00:00Z", false, "overdue"],
      ["after it was completed", "2026-11-24T10:00:00Z", true, "done"],
      ["overdue but completed", "2026-12-03T08:00:00Z", true, "done"],
    ];
    for (const [name, now, completed, expected] of cases) {
      it(`when it is ${name}, then the status is ${expected}`, () => {
        const completion = completed ? { completedAt: new Date("2026-11-24T09:12:00Z") } : undefined;
        assert.equal(checkStatus(occurrence, completion, new Date(now)), expected);
      });
    }
  });

  describe("period covered", () => {
    const cases: ReadonlyArray<{ rrule: string; date: string; originalDate?: string; da: string; en: string; from: string; to: string }> = [
      { rrule: "FREQ=WEEKLY;BYDAY=MO", date: "2026-11-23", da: "uge 47", en: "week 47", from: "2026-11-16", to: "2026-11-22" },
      { rrule: "FREQ=WEEKLY;BYDAY=MO", date: "2026-04-07", originalDate: "2026-04-06", da: "uge 14", en: "week 14", from: "2026-03-30", to: "2026-04-05" },
      { rrule: "FREQ=WEEKLY;BYDAY=MO", date: "2027-01-04", da: "uge 53", en: "week 53", from: "2026-12-28", to: "2027-01-03" },
      { rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", date: "2026-11-23", da: "uge 46-47", en: "weeks 46-47", from: "2026-11-09", to: "2026-11-22" },
      { rrule: "FREQ=MONTHLY;BYDAY=1MO", date: "2026-11-02", da: "oktober 2026", en: "October 2026", from: "2026-10-01", to: "2026-10-31" },
      { rrule: "FREQ=MONTHLY;BYMONTHDAY=5", date: "2027-01-05", da: "december 2026", en: "December 2026", from: "2026-12-01", to: "2026-12-31" },
      { rrule: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5", date: "2026-10-05", da: "3. kvartal 2026", en: "Q3 2026", from: "2026-07-01", to: "2026-09-30" },
      { rrule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1", date: "2027-01-04", originalDate: "2027-01-01", da: "4. kvartal 2026", en: "Q4 2026", from: "2026-10-01", to: "2026-12-31" },
      { rrule: "FREQ=YEARLY;BYMONTH=2,5,8,11;BYMONTHDAY=1", date: "2026-11-02", da: "august-oktober 2026", en: "August-October 2026", from: "2026-08-01", to: "2026-10-31" },
      { rrule: "FREQ=MONTHLY;BYMONTH=3,9;BYMONTHDAY=1", date: "2026-03-02", da: "september 2025-februar 2026", en: "September 2025-February 2026", from: "2025-09-01", to: "2026-02-28" },
      { rrule: "FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=2", date: "2026-07-02", da: "1. halvår 2026", en: "H1 2026", from: "2026-01-01", to: "2026-06-30" },
      { rrule: "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", date: "2027-01-15", da: "2026", en: "2026", from: "2026-01-01", to: "2026-12-31" },
      { rrule: "FREQ=DAILY", date: "2026-11-24", da: "mandag 23. november 2026", en: "Monday 23 November 2026", from: "2026-11-23", to: "2026-11-23" },
    ];
    for (const { rrule, date, originalDate, da, en, from, to } of cases) {
      it(`when a ${rrule} check runs on ${date}${originalDate ? ` (moved from ${originalDate})` : ""}, then it covers "${da}"`, () => {
        const check = buildCheck({ rrule });
        const occurrence = { date, ...(originalDate && { originalDate }) };
        assert.deepEqual(periodCovered(check, occurrence), { label: da, from, to });
        assert.equal(periodCovered(check, occurrence, "en").label, en);
      });
    }
  });
});

describe("meetings: reminders and agenda deadline", () => {
  const { org, calendar } = setup();
  const [december] = occurrencesBetween(buildMeeting(), org, calendar, new Date("2026-12-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"));
  const [april] = occurrencesBetween(buildMeeting(), org, calendar, new Date("2026-04-01T00:00:00Z"), new Date("2026-05-01T00:00:00Z"));

  it("when a meeting has reminders P14D, P7D and P1D, then they go out at the meeting's local time on those days", () => {
    assert.deepEqual(meetingReminders(december, buildMeeting(), calendar).map((r) => `${r.offset} ${r.at.toISOString()}`), [
      "P14D 2026-11-24T13:00:00.000Z", "P7D 2026-12-01T13:00:00.000Z", "P1D 2026-12-07T13:00:00.000Z",
    ]);
  });

  it("when the agenda deadline crosses a daylight-saving change, then it keeps the local time", () => {
    assert.equal(april.at.toISOString(), "2026-04-14T12:00:00.000Z");
    assert.equal(agendaDueAt(april, buildMeeting(), calendar).toISOString(), "2026-03-31T12:00:00.000Z");
    assert.equal(agendaDueAt(april, buildMeeting({ agendaDue: "P7D" }), calendar).toISOString(), "2026-04-07T12:00:00.000Z");
  });
});
