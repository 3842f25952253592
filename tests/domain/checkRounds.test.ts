// Where check rounds stand (domain/checkRounds.ts) on a fixed clock: a check's start, grouping per check with
// what needs doing now first and newest first, deviations as deviations, open deviations with their deadlines.
import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { checkRounds, roundsOf, withCheckStarts } from "../../bot/src/domain/checkRounds";
import { withStep, type CheckRecord } from "../../bot/src/domain/checkRecords";
import type { Organisation } from "../../bot/src/domain/organisation";
import { buildCheck, buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { demoOrganisation } from "../helpers/demo";

/** Wednesday 25 November 2026, 10:00 in Copenhagen. */
const NOW = new Date("2026-11-25T09:00:00Z");

/** A differently shaped department: a fortnightly Thursday check at 14:00 due in 2 days and a quarterly one. */
function fixture(since: { weekly?: string; quarterly?: string } = {}): Organisation {
  return buildOrganisation({
    people: [buildPerson("leder", { role: "sektionsleder" }), buildPerson("koord", { role: "koordinator" }), buildPerson("ak")],
    checks: [
      buildCheck({ id: "pas", title: "Pasansøgninger", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", at: "14:00", due: "P2D", owner: "koord", ...(since.weekly && { since: since.weekly }) }),
      buildCheck({ id: "ra", title: "RA-brugere", rrule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1", at: "09:00", due: "P7D", owner: "koord", ...(since.quarterly && { since: since.quarterly }) }),
    ],
  });
}

function record(checkId: string, occurrence: string, overrides: Partial<CheckRecord> = {}): CheckRecord {
  return {
    checkId, occurrence, occurrenceDate: occurrence.split("@")[1], periodLabel: "", completedAt: new Date(`${occurrence.split("@")[1]}T13:00:00Z`),
    by: "koord", byName: "Person KOORD", result: "ok", sampleChecked: 5, ...overrides,
  };
}

const byKey = (...records: CheckRecord[]) => new Map(records.map((r) => [r.occurrence, r]));

describe("check rounds", () => {
  for (const [name, org] of [["the demo", demoOrganisation()], ["a differently shaped department", fixture()]] as const) {
    it(`when every check of ${name} is added today, then "hvilke kontroller mangler?" shows no missed or overdue round`, () => {
      const today = WorkCalendar.forOrganisation(org).today(NOW);
      const started = withCheckStarts(org, new Map(), today);
      const calendar = WorkCalendar.forOrganisation(started);
      const groups = checkRounds(started, calendar, new Map(), NOW, { scope: "missing" });
      const statuses = groups.flatMap((g) => g.rounds.map((r) => r.status));
      assert.deepEqual(statuses.filter((s) => s === "missed" || s === "overdue"), []);
      // Without a start, the same question reaches back months: the bug the start fixes.
      const unstarted = checkRounds(org, calendar, new Map(), NOW, { scope: "missing" }).flatMap((g) => g.rounds);
      assert.ok(unstarted.some((r) => r.status === "missed"), "without since, old rounds count as missed");
    });
  }

  it("when a fortnightly check started six weeks ago and nothing is done, then its rounds are grouped, newest first, nothing before the start", () => {
    const org = fixture({ weekly: "2026-10-15", quarterly: "2026-11-25" });
    const calendar = WorkCalendar.forOrganisation(org);
    const [group, ...rest] = checkRounds(org, calendar, new Map(), NOW, { scope: "missing" });
    assert.deepEqual(rest, [], "the quarterly check started today: nothing missing");
    assert.equal(group.check.id, "pas");
    assert.deepEqual(group.rounds.map((r) => [r.occurrence.date, r.status]), [["2026-11-12", "overdue"], ["2026-10-29", "missed"], ["2026-10-15", "missed"]]);
  });

  it("when one check has a round overdue now and another only an older missed round, then the one needing doing now comes first", () => {
    const org = fixture({ weekly: "2026-10-15", quarterly: "2026-09-01" });
    const calendar = WorkCalendar.forOrganisation(org);
    const records = byKey(record("pas", "pas@2026-10-29"), record("pas", "pas@2026-11-12"));
    const groups = checkRounds(org, calendar, records, NOW, { scope: "missing" });
    assert.deepEqual(groups.map((g) => g.rounds.map((r) => [r.occurrence.key, r.status])), [[["ra@2026-10-01", "overdue"]], [["pas@2026-10-15", "missed"]]]);
  });

  it("when a round is completed with a deviation, then it is a deviation (never plain done), listed with its deadline until it is closed", () => {
    const org = fixture({ weekly: "2026-10-15", quarterly: "2026-11-25" });
    const calendar = WorkCalendar.forOrganisation(org);
    const deviation = record("pas", "pas@2026-10-29", { result: "deviation", followUp: "Gennemgås", followUpDue: "2026-11-20" });
    const done = [record("pas", "pas@2026-10-15"), deviation, record("pas", "pas@2026-11-12")];
    const rounds = roundsOf(org.checks[0], org, calendar, byKey(...done), calendar.toInstant("2026-10-01", "00:00"), NOW, NOW);
    assert.deepEqual(rounds.map((r) => r.status), ["done", "deviation", "done"]);

    const [open] = checkRounds(org, calendar, byKey(...done), NOW, { scope: "missing" });
    assert.deepEqual(open.rounds, [], "every round is done");
    assert.deepEqual(open.openDeviations.map((d) => [d.record.occurrence, d.record.followUpDue, d.overdue]), [["pas@2026-10-29", "2026-11-20", true]]);

    const closed = withStep(deviation, { kind: "closed", at: NOW, by: "koord", byName: "Person KOORD", date: "2026-11-25" });
    assert.deepEqual(checkRounds(org, calendar, byKey(done[0], closed, done[2]), NOW, { scope: "missing" }), [], "closed: nothing left to list");
    // Approval alone does not close a deviation.
    const approved = withStep(deviation, { kind: "approved", at: NOW, by: "leder", byName: "Person LEDER", date: "2026-11-25" });
    assert.equal(checkRounds(org, calendar, byKey(done[0], approved, done[2]), NOW, { scope: "missing" })[0].openDeviations.length, 1);
  });

  it("when the week is asked for, then this week's rounds show in any status, and a check with none this week shows its next round", () => {
    const org = fixture({ weekly: "2026-10-15", quarterly: "2026-10-01" });
    const calendar = WorkCalendar.forOrganisation(org);
    const week = checkRounds(org, calendar, new Map(), NOW, { scope: "week" });
    assert.deepEqual(week.map((g) => [g.check.id, g.rounds.map((r) => [r.occurrence.date, r.status])]), [["pas", [["2026-11-26", "upcoming"]]]]);
    const [next] = checkRounds(org, calendar, new Map(), NOW, { scope: "week", check: "ra" });
    assert.deepEqual(next.rounds.map((r) => [r.occurrence.date, r.status]), [["2027-01-04", "upcoming"]]);
  });

  it("when a round before the start was completed anyway, then it is shown", () => {
    const org = fixture({ weekly: "2026-11-20" });
    const calendar = WorkCalendar.forOrganisation(org);
    const rounds = roundsOf(org.checks[0], org, calendar, byKey(record("pas", "pas@2026-11-12")), calendar.toInstant("2026-10-01", "00:00"), NOW, NOW);
    assert.deepEqual(rounds.map((r) => [r.occurrence.date, r.status]), [["2026-11-12", "done"]]);
  });

  it("when an organisation is imported again, then checks keep their start, new ones start today, and a start in the file wins", () => {
    const org = fixture({ quarterly: "2026-01-01" });
    const started = withCheckStarts(org, new Map([["pas", "2026-09-01"], ["ra", "2026-02-02"]]), "2026-11-25");
    assert.deepEqual(started.checks.map((c) => c.since), ["2026-09-01", "2026-01-01"]);
    assert.deepEqual(withCheckStarts(org, new Map(), "2026-11-25").checks.map((c) => c.since), ["2026-11-25", "2026-01-01"]);
  });
});
