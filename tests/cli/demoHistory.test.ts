// The demo's own check history (cli/demoHistory.ts): rounds done, one deviation open with its deadline, one
// closed, one round overdue, the latest awaiting approval; built from any organisation's checks.
import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { checkRounds, roundsOf } from "../../bot/src/domain/checkRounds";
import { withStep, type CheckRecord } from "../../bot/src/domain/checkRecords";
import { demoHistory } from "../../bot/src/cli/demoHistory";
import type { Organisation } from "../../bot/src/domain/organisation";
import { buildCheck, buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { demoOrganisation } from "../helpers/demo";

const NOW = new Date("2026-11-23T09:00:00Z");

function recordsOf(history: ReturnType<typeof demoHistory>): Map<string, CheckRecord> {
  const records = new Map<string, CheckRecord>(history.completions.map((c) => [c.occurrence, c]));
  for (const { occurrence, step } of history.steps) records.set(occurrence, withStep(records.get(occurrence)!, step));
  return records;
}

const other = buildOrganisation({
  people: [buildPerson("leder", { role: "sektionsleder" }), buildPerson("koord", { role: "koordinator" }), buildPerson("ak")],
  checks: [
    buildCheck({ id: "a", title: "Ugentlig", owner: "koord" }),
    buildCheck({ id: "b", title: "Månedlig", rrule: "FREQ=MONTHLY;BYDAY=2WE", due: "P5D", owner: "ak" }),
    buildCheck({ id: "c", title: "Kvartal", rrule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1", due: "P7D", owner: "koord" }),
  ],
});

describe("demo check history", () => {
  for (const [name, org] of [["the demo", demoOrganisation()], ["a differently shaped department", other]] as [string, Organisation][]) {
    it(`when ${name} gets its history, then rounds are done, one deviation is open with a deadline, one round is not done, the latest await approval`, () => {
      const history = demoHistory(org, NOW);
      const calendar = WorkCalendar.forOrganisation(history.organisation);
      const records = recordsOf(history);
      const all = [...records.values()];
      assert.ok(history.organisation.checks.every((c) => c.since === "2026-08-31"), "twelve weeks before this Monday");
      assert.ok(all.filter((r) => r.result === "ok").length >= 5);
      const open = all.filter((r) => r.result === "deviation" && !r.closedDate);
      assert.equal(open.length, 1);
      assert.ok(open[0].followUp && open[0].followUpDue && open[0].followUpDue > "2026-11-01" && !open[0].approvedBy);
      assert.ok(all.some((r) => r.result === "deviation" && r.closedDate && r.approvedBy), "one deviation closed and approved");
      assert.ok(all.some((r) => !r.approvedBy && r.result === "ok"), "the latest rounds await approval");
      for (const r of all) assert.ok(!/\d{6}-?\d{4}/.test(`${r.findings} ${r.followUp}`), "never a CPR-like number");

      // Not done: exactly one round whose deadline has passed.
      const past = history.organisation.checks.flatMap((c) => roundsOf(c, history.organisation, calendar, records, calendar.toInstant("2026-08-31", "00:00"), NOW, NOW));
      assert.deepEqual(past.filter((r) => r.status === "overdue" || r.status === "missed").length, 1);

      // What "hvilke kontroller mangler?" says: the overdue round and the open deviation.
      const groups = checkRounds(history.organisation, calendar, records, NOW, { scope: "missing" });
      assert.equal(groups.flatMap((g) => g.rounds).filter((r) => r.status !== "due").length, 1);
      assert.equal(groups.flatMap((g) => g.openDeviations).length, 1);
    });
  }
});
