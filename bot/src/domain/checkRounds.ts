// Where the rounds of the management checks stand, as plain data for the bot's answer ("hvilke kontroller
// mangler?", "hvilke kontroller skal laves denne uge?") and the tab. A check counts from its start (`since`):
// a round before it is never missed. Rounds are grouped per check; the groups that need doing now come first
// (this week's and overdue rounds), then older missed rounds, newest first; open deviations are listed with the
// deadline of their follow-up.
import type { WorkCalendar } from "./calendar";
import { addDays } from "./isoDate";
import { isOpenDeviation, type CheckRecord } from "./checkRecords";
import {
  OPEN_ROUNDS_LOOKBACK_MS, checkStatus, nextOccurrence, occurrencesBetween, periodCovered,
  type CheckOccurrence, type CoveredPeriod, type OccurrenceOrg,
} from "./occurrences";
import type { Check, IsoDate, Organisation } from "./organisation";

/**
 * Where a round stands: not yet begun; begun and before its deadline; past it; past it with the next round
 * already begun ("ikke udført"); completed OK; completed with a deviation (open or closed, see the record).
 */
export type RoundStatus = "upcoming" | "due" | "overdue" | "missed" | "done" | "deviation";

/** One round of a check with its status and, when completed, its record. */
export interface Round {
  readonly checkId: string;
  readonly occurrence: CheckOccurrence;
  readonly period: CoveredPeriod;
  readonly status: RoundStatus;
  readonly record?: CheckRecord;
  /** Its deadline falls in the current week (Monday to Sunday). */
  readonly thisWeek: boolean;
}

/** A deviation whose follow-up is not yet closed. */
export interface OpenDeviation {
  readonly checkId: string;
  readonly record: CheckRecord;
  /** The follow-up deadline has passed. */
  readonly overdue: boolean;
}

/** The rounds and open deviations of one check. */
export interface CheckGroup {
  readonly check: Check;
  /** Newest first. */
  readonly rounds: readonly Round[];
  /** Earliest deadline first. */
  readonly openDeviations: readonly OpenDeviation[];
  /** Completed rounds not yet approved (a deviation once closed), newest first; only with `approvals`. */
  readonly awaitingApproval: readonly CheckRecord[];
}

/** What organisation data rounds need. */
export type RoundsOrg = OccurrenceOrg & Pick<Organisation, "checks">;

/** The first day a check's rounds count from; undefined means every round counts (a file read without an import). */
export function checkStart(check: Pick<Check, "since">): IsoDate | undefined {
  return check.since;
}

/**
 * The rounds of a check with `from <= at < to`, in time order. A round whose rule date is before the check's start
 * is left out unless it was completed anyway.
 */
export function roundsOf(
  check: Check, org: OccurrenceOrg, calendar: WorkCalendar, records: ReadonlyMap<string, CheckRecord>, from: Date, to: Date, now: Date,
): Round[] {
  const start = checkStart(check);
  const week = calendar.weekOf(calendar.today(now));
  const weekEnd = addDays(week.days[0], 7);
  const occurrences = occurrencesBetween(check, org, calendar, from, to);
  // The round after the last one in the window decides whether the last one is merely overdue or missed.
  const following = occurrences.length > 0 ? nextOccurrence(check, org, calendar, occurrences[occurrences.length - 1].at) : undefined;
  const rounds: Round[] = [];
  occurrences.forEach((occurrence, i) => {
    const record = records.get(occurrence.key);
    if (!record && start !== undefined && (occurrence.originalDate ?? occurrence.date) < start) return;
    const next = occurrences[i + 1] ?? following;
    const dueDate = calendar.localParts(occurrence.dueAt).date;
    rounds.push({
      checkId: check.id,
      occurrence,
      period: periodCovered(check, occurrence),
      status: roundStatus(occurrence, record, next, now),
      ...(record && { record }),
      thisWeek: week.days[0] <= dueDate && dueDate < weekEnd,
    });
  });
  return rounds;
}

/** The status of one round; `next` is the round after it, if any. */
export function roundStatus(occurrence: CheckOccurrence, record: CheckRecord | undefined, next: Pick<CheckOccurrence, "at"> | undefined, now: Date): RoundStatus {
  if (record) return record.result === "deviation" ? "deviation" : "done";
  const status = checkStatus(occurrence, undefined, now);
  if (status === "overdue" && next !== undefined && next.at <= now) return "missed";
  return status === "done" ? "done" : status;
}

/** Options of checkRounds. */
export interface CheckRoundsOptions {
  /** "missing": rounds begun and not done (with open deviations); "week": every round of this week. */
  readonly scope: "missing" | "week";
  /** Only this check; with scope "week" and no round this week, its next round. */
  readonly check?: string;
  /** Also the rounds awaiting approval (for a viewer who approves). */
  readonly approvals?: boolean;
}

/**
 * The answer to "hvilke kontroller mangler?" / "hvilke kontroller skal laves denne uge?": rounds grouped per check,
 * groups that need doing now first, newest first; each group with its open deviations. Checks with nothing to
 * show are left out. `records` are keyed by occurrence key and should reach back OPEN_ROUNDS_LOOKBACK_MS, plus
 * every open deviation however old.
 */
export function checkRounds(
  org: RoundsOrg, calendar: WorkCalendar, records: ReadonlyMap<string, CheckRecord>, now: Date, options: CheckRoundsOptions,
): CheckGroup[] {
  const today = calendar.today(now);
  const week = calendar.weekOf(today);
  const weekStart = calendar.toInstant(week.days[0], "00:00");
  const weekEnd = calendar.toInstant(addDays(week.days[0], 7), "00:00");
  const from = options.scope === "missing" ? new Date(now.getTime() - OPEN_ROUNDS_LOOKBACK_MS) : weekStart;
  const to = options.scope === "missing" ? new Date(now.getTime() + 1) : weekEnd;
  const deviations = [...records.values()].filter(isOpenDeviation);

  const groups: Array<CheckGroup & { rank: number; newest: number }> = [];
  for (const check of org.checks) {
    if (options.check !== undefined && check.id !== options.check) continue;
    let rounds = roundsOf(check, org, calendar, records, from, to, now);
    if (options.scope === "missing") rounds = rounds.filter((r) => r.status === "due" || r.status === "overdue" || r.status === "missed");
    if (options.check !== undefined && options.scope === "week" && rounds.length === 0) {
      const next = nextOccurrence(check, org, calendar, now);
      if (next) rounds = roundsOf(check, org, calendar, records, next.at, new Date(next.at.getTime() + 1), now);
    }
    const openDeviations = deviations
      .filter((record) => record.checkId === check.id)
      .map((record) => ({ checkId: check.id, record, overdue: record.followUpDue !== undefined && record.followUpDue < today }))
      .sort((a, b) => (a.record.followUpDue ?? "9999").localeCompare(b.record.followUpDue ?? "9999"));
    const awaitingApproval = options.approvals
      ? [...records.values()].filter((r) => r.checkId === check.id && !r.approvedBy && !isOpenDeviation(r)).sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())
      : [];
    if (rounds.length === 0 && openDeviations.length === 0 && awaitingApproval.length === 0) continue;
    const newestFirst = [...rounds].sort((a, b) => b.occurrence.at.getTime() - a.occurrence.at.getTime());
    groups.push({
      check, rounds: newestFirst, openDeviations, awaitingApproval,
      rank: Math.min(3, ...rounds.map(roundRank)) - (openDeviations.some((d) => d.overdue) ? 0.5 : 0),
      newest: newestFirst[0]?.occurrence.at.getTime() ?? 0,
    });
  }
  return groups
    .sort((a, b) => a.rank - b.rank || b.newest - a.newest || a.check.title.localeCompare(b.check.title, "da"))
    .map(({ check, rounds, openDeviations, awaitingApproval }) => ({ check, rounds, openDeviations, awaitingApproval }));
}

/** Lower comes first: what needs doing now (this week's and overdue rounds), then older missed ones, then the rest. */
function roundRank(round: Round): number {
  if (round.status === "overdue" || (round.status === "due" && round.thisWeek)) return 0;
  if (round.status === "due") return 1;
  if (round.status === "missed") return 2;
  return 3;
}

/**
 * The organisation with every check's start filled in, as an import stores it: a check the file gives no `since`
 * keeps the start it had in the previous import (`previous`: check id -> start), or starts `today` when it is new.
 */
export function withCheckStarts<T extends Pick<Organisation, "checks">>(org: T, previous: ReadonlyMap<string, IsoDate>, today: IsoDate): T {
  return { ...org, checks: org.checks.map((check) => (check.since !== undefined ? check : { ...check, since: previous.get(check.id) ?? today })) };
}
