// A realistic history of management checks for the demo, so a newcomer sees what a real department sees: the
// checks started twelve weeks ago, rounds done and approved, the latest ones awaiting approval, one deviation
// closed and approved, one deviation still open with its follow-up deadline, and one round overdue. Built from
// whatever checks the organisation has (nothing here names the demo's checks or people), relative to `now`.
import { WorkCalendar } from "../domain/calendar";
import { roundsOf } from "../domain/checkRounds";
import type { CheckStep } from "../domain/checkRecords";
import { addDays, mondayOf } from "../domain/isoDate";
import type { Organisation } from "../domain/organisation";
import type { CheckCompletionEntry, CheckLog } from "../storage/checkLog";

/** How long the demo's checks have been running. */
export const DEMO_HISTORY_WEEKS = 12;
const HOUR_MS = 3_600_000;
/** Rounds done this recently are left for the leader to approve. */
const AWAITING_APPROVAL_MS = 14 * 24 * HOUR_MS;

/** The history: the organisation with its checks' start, the completions and the steps after them. */
export interface DemoHistory {
  readonly organisation: Organisation;
  readonly completions: readonly CheckCompletionEntry[];
  readonly steps: ReadonlyArray<{ readonly checkId: string; readonly occurrence: string; readonly step: CheckStep }>;
}

/** The demo history at `now`. Checks that already have a `since` keep it. */
export function demoHistory(org: Organisation, now: Date): DemoHistory {
  const calendar = WorkCalendar.forOrganisation(org);
  const today = calendar.today(now);
  const since = addDays(mondayOf(today), -7 * DEMO_HISTORY_WEEKS);
  const organisation: Organisation = { ...org, checks: org.checks.map((c) => (c.since ? c : { ...c, since })) };
  const leader = org.people.find((p) => p.role === "sektionsleder");
  const name = (id: string) => org.people.find((p) => p.id === id)?.name ?? id;

  // Rounds whose deadline has passed, per check, oldest first.
  const past = organisation.checks.map((check) => ({
    check,
    rounds: roundsOf(check, organisation, calendar, new Map(), calendar.toInstant(since, "00:00"), now, now).filter((r) => r.occurrence.dueAt <= now),
  })).filter((x) => x.rounds.length > 0);
  if (past.length === 0) return { organisation, completions: [], steps: [] };

  // The overdue round: the latest past-deadline round whose next round has not begun (else the latest of all).
  const lastRounds = past.map((x) => x.rounds[x.rounds.length - 1]);
  const byDue = [...lastRounds].sort((a, b) => b.occurrence.dueAt.getTime() - a.occurrence.dueAt.getTime());
  const overdue = byDue.find((r) => r.status === "overdue") ?? byDue[0];
  // The open deviation: the latest round of the check with most rounds (not the overdue one's check).
  const others = past.filter((x) => x.check.id !== overdue.checkId).sort((a, b) => b.rounds.length - a.rounds.length);
  const openDeviation = others[0]?.rounds[others[0].rounds.length - 1];
  // A closed deviation: the latest round of the next check, or an earlier round of the same one.
  const closedDeviation = others[1]?.rounds[others[1].rounds.length - 1] ?? others[0]?.rounds[Math.max(0, others[0].rounds.length - 3)];

  const completions: CheckCompletionEntry[] = [];
  const steps: Array<DemoHistory["steps"][number]> = [];
  let caseNumber = 410;
  for (const { check, rounds } of past) {
    for (const round of rounds) {
      if (round === overdue) continue;
      const completedAt = new Date(round.occurrence.at.getTime() + 2 * HOUR_MS);
      const deviation = round === openDeviation || (round === closedDeviation && round !== openDeviation);
      const year = round.occurrence.date.slice(0, 4);
      completions.push({
        checkId: check.id,
        occurrence: round.occurrence.key,
        occurrenceDate: round.occurrence.date,
        periodLabel: round.period.label,
        completedAt,
        by: check.owner,
        byName: name(check.owner),
        result: deviation ? "deviation" : "ok",
        sampleChecked: check.sample ?? 25,
        ...(deviation
          ? {
              deviationKind: "Mangelfuld dokumentation",
              findings: `Sag ${year}-${String(caseNumber++).padStart(4, "0")}: dokumentationen mangler på sagen. Øvrige sager uden bemærkninger.`,
              followUp: `${name(check.owner)} gennemgår sagen med medarbejderen og genopfrisker arbejdsgangen på næste faggruppemøde.`,
              followUpDue: calendar.addWorkingDays(calendar.today(completedAt), 10),
            }
          : { findings: "Ingen bemærkninger." }),
      });
      // Steps happen on working days: closed four working days after, approved five (six for a closed deviation).
      // Rounds done in the last two weeks still await approval.
      const workingDaysLater = (days: number, time: string) => calendar.toInstant(calendar.addWorkingDays(calendar.today(completedAt), days), time);
      const closedAt = workingDaysLater(4, "13:00");
      if (round === closedDeviation && round !== openDeviation && closedAt <= now) {
        steps.push({ checkId: check.id, occurrence: round.occurrence.key, step: step("closed", closedAt, check.owner, name(check.owner), calendar, "Sagen er rettet, og arbejdsgangen er gennemgået.") });
      }
      // The leader approves a round a week after it was done (so the latest are still awaiting approval).
      const approvedAt = workingDaysLater(round === closedDeviation ? 6 : 5, "08:30");
      const stillOpen = round === openDeviation || (round === closedDeviation && closedAt > now);
      if (leader && !stillOpen && completedAt.getTime() < now.getTime() - AWAITING_APPROVAL_MS && approvedAt <= now) {
        steps.push({ checkId: check.id, occurrence: round.occurrence.key, step: step("approved", approvedAt, leader.id, leader.name, calendar) });
      }
    }
  }
  return { organisation, completions, steps };
}

function step(kind: CheckStep["kind"], at: Date, by: string, byName: string, calendar: WorkCalendar, note?: string): CheckStep {
  return { kind, at, by, byName, date: calendar.today(at), ...(note && { note }) };
}

/** Writes the demo history to the check log (completions, then steps). */
export async function seedDemoHistory(log: Pick<CheckLog, "record" | "addStep">, history: DemoHistory): Promise<void> {
  for (const completion of history.completions) await log.record(completion);
  for (const { checkId, occurrence, step: s } of history.steps) await log.addStep(checkId, occurrence, s);
}
