// When meetings and checks happen. Each item's RRULE is evaluated on the wall clock of the organisation's zone:
// rrule works on "floating" times (local wall-clock written as if it were UTC), and only the final local date and
// time are turned into a real instant with luxon. So a weekly 09:00 check stays at 09:00 across both
// daylight-saving changes. An occurrence that falls on a day off (or after noon on a half day) moves to the next
// day the department is open, at the same time, or is skipped, per the item's onHoliday.
import { DateTime } from "luxon";
import { RRule, type Options } from "rrule";
import { addDays, type WorkCalendar } from "./calendar";
import { addDuration, subtractDuration } from "./durations";
import { formatDate, formatDayMonth, monthName, type Lang } from "./format";
import type { Check, IsoDate, IsoDuration, LocalTime, Meeting, OnHoliday, Organisation, Rota } from "./organisation";

/** Something that recurs: a meeting or a management check. */
export type Schedulable = Meeting | Check;

/** What occurrences need of the organisation: the cycle start (the default DTSTART). */
export type OccurrenceOrg = { readonly rota: Pick<Rota, "cycleStart"> };

/** What meeting and check occurrences share. */
export interface OccurrenceBase {
  readonly itemId: string;
  /** Stable id: item id and the date the rule gave ("mitid@2026-04-06"); unchanged when a holiday moves it. */
  readonly key: string;
  /** Local date it takes place. */
  readonly date: IsoDate;
  /** Local time it takes place. */
  readonly time: LocalTime;
  readonly at: Date;
  /** The date the rule gave, when a day off moved it to `date`. */
  readonly originalDate?: IsoDate;
}

/** One meeting. */
export interface MeetingOccurrence extends OccurrenceBase {
  readonly kind: "meeting";
  readonly endsAt: Date;
  /** Local end time, for "kl. 14.00-15.30". */
  readonly endTime: LocalTime;
}

/** One round of a check. */
export interface CheckOccurrence extends OccurrenceBase {
  readonly kind: "check";
  /** When it must be done: `due` after `at`, moved to the next open day at the same time if that is a day off. */
  readonly dueAt: Date;
}

/** One meeting or one round of a check. */
export type Occurrence = MeetingOccurrence | CheckOccurrence;

/** Where a check stands: not yet started, to be done, past its due time, or completed. */
export type CheckStatus = "upcoming" | "due" | "overdue" | "done";

/** The least a completion record must carry for checkStatus. */
export interface CompletionLike {
  readonly completedAt: Date;
}

/** The period a round of a check looks back on, with a label for cards: "uge 47", "oktober 2026", "3. kvartal 2026". */
export interface CoveredPeriod {
  readonly label: string;
  /** First day, inclusive. */
  readonly from: IsoDate;
  /** Last day, inclusive. */
  readonly to: IsoDate;
}

/** When a meeting reminder goes out: `offset` before the meeting. */
export interface MeetingReminder {
  readonly offset: IsoDuration;
  readonly at: Date;
}

const DEFAULT_ON_HOLIDAY: OnHoliday = "next";
const DEFAULT_AGENDA_DUE: IsoDuration = "P14D";

/** How far back open (due, overdue) check rounds are looked for: long enough for a quarterly check's round. */
export const OPEN_ROUNDS_LOOKBACK_MS = 120 * 86_400_000;
/** A longer closure than this stops the look-back for occurrences moved into a window. */
const MAX_LOOK_BACK_DAYS = 366;
/** Windows nextOccurrence tries, in days: most rules recur within a month, a few yearly. */
const NEXT_OCCURRENCE_SPANS = [40, 400, 4000];

export function isCheck(item: Schedulable): item is Check {
  return "at" in item && "due" in item;
}

/** Occurrences with `from <= at < to`, in time order, after holiday moves and skips. */
export function occurrencesBetween(item: Meeting, org: OccurrenceOrg, calendar: WorkCalendar, from: Date, to: Date): MeetingOccurrence[];
export function occurrencesBetween(item: Check, org: OccurrenceOrg, calendar: WorkCalendar, from: Date, to: Date): CheckOccurrence[];
export function occurrencesBetween(item: Schedulable, org: OccurrenceOrg, calendar: WorkCalendar, from: Date, to: Date): Occurrence[];
export function occurrencesBetween(item: Schedulable, org: OccurrenceOrg, calendar: WorkCalendar, from: Date, to: Date): Occurrence[] {
  if (!(from < to)) return [];
  const time = isCheck(item) ? item.at : item.start;
  const onHoliday = item.onHoliday ?? DEFAULT_ON_HOLIDAY;
  const rule = ruleOf(item, item.from ?? org.rota.cycleStart, time);

  // An occurrence before the window can be moved into it, if every day from it up to the window is closed.
  const firstDay = calendar.localParts(from).date;
  let lookFrom = firstDay;
  if (onHoliday === "next") {
    for (let i = 0; i < MAX_LOOK_BACK_DAYS && !calendar.isOpenAt(addDays(lookFrom, -1), time); i++) lookFrom = addDays(lookFrom, -1);
  }
  const lastDay = calendar.localParts(to).date;
  const raw = rule.between(floating(lookFrom, "00:00"), floating(addDays(lastDay, 1), "00:00"), true);

  const byDateTime = new Map<string, { ruleDate: IsoDate; date: IsoDate; time: LocalTime }>();
  for (const found of raw) {
    const ruleDate = found.toISOString().slice(0, 10);
    const ruleTime = found.toISOString().slice(11, 16);
    let date = ruleDate;
    if (!calendar.isOpenAt(ruleDate, ruleTime)) {
      if (onHoliday === "skip") continue;
      date = calendar.nextOpenDay(ruleDate, ruleTime);
    }
    // A daily rule's weekend occurrences all move onto Monday: keep one, preferring Monday's own.
    const slot = `${date} ${ruleTime}`;
    const earlier = byDateTime.get(slot);
    if (earlier === undefined || ruleDate === date) byDateTime.set(slot, { ruleDate, date, time: ruleTime });
  }

  const occurrences: Occurrence[] = [];
  for (const { ruleDate, date, time: localTime } of byDateTime.values()) {
    const at = calendar.toInstant(date, localTime);
    if (at < from || at >= to) continue;
    const base: OccurrenceBase = {
      itemId: item.id, key: `${item.id}@${ruleDate}`, date, time: localTime, at,
      ...(ruleDate !== date && { originalDate: ruleDate }),
    };
    if (isCheck(item)) {
      occurrences.push({ ...base, kind: "check", dueAt: dueAt(base, item, calendar) });
    } else {
      const endsAt = new Date(at.getTime() + item.minutes * 60_000);
      occurrences.push({ ...base, kind: "meeting", endsAt, endTime: calendar.localParts(endsAt).time });
    }
  }
  return occurrences.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first occurrence strictly after `after`, or undefined when the rule has ended (COUNT/UNTIL). */
export function nextOccurrence(item: Meeting, org: OccurrenceOrg, calendar: WorkCalendar, after: Date): MeetingOccurrence | undefined;
export function nextOccurrence(item: Check, org: OccurrenceOrg, calendar: WorkCalendar, after: Date): CheckOccurrence | undefined;
export function nextOccurrence(item: Schedulable, org: OccurrenceOrg, calendar: WorkCalendar, after: Date): Occurrence | undefined;
export function nextOccurrence(item: Schedulable, org: OccurrenceOrg, calendar: WorkCalendar, after: Date): Occurrence | undefined {
  const from = new Date(after.getTime() + 1);
  for (const days of NEXT_OCCURRENCE_SPANS) {
    const [first] = occurrencesBetween(item, org, calendar, from, new Date(from.getTime() + days * 86_400_000));
    if (first) return first;
  }
  return undefined;
}

/** Every meeting's and check's occurrences with `from <= at < to`, in time order (for digests). */
export function allOccurrencesBetween(
  org: Pick<Organisation, "rota" | "meetings" | "checks">, calendar: WorkCalendar, from: Date, to: Date,
): Occurrence[] {
  const items: Schedulable[] = [...org.meetings, ...org.checks];
  return items
    .flatMap((item) => occurrencesBetween(item, org, calendar, from, to))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.itemId.localeCompare(b.itemId));
}

/** When a round of a check must be done: `check.due` after it, moved to the next open day (same time) if closed then. */
export function dueAt(occurrence: Pick<OccurrenceBase, "at">, check: Pick<Check, "due">, calendar: WorkCalendar): Date {
  const due = addDuration(occurrence.at, check.due, calendar.zone);
  const { date, time } = calendar.localParts(due);
  if (calendar.isOpenAt(date, time)) return due;
  return calendar.toInstant(calendar.nextOpenDay(date, time), time);
}

/** The status of a round of a check at `now`; any completion makes it done. */
export function checkStatus(occurrence: Pick<CheckOccurrence, "at" | "dueAt">, completion: CompletionLike | undefined, now: Date): CheckStatus {
  if (completion !== undefined) return "done";
  if (now < occurrence.at) return "upcoming";
  return now < occurrence.dueAt ? "due" : "overdue";
}

/** When agenda items for a meeting are due: `agendaDue` (default P14D) before it. */
export function agendaDueAt(occurrence: Pick<OccurrenceBase, "at">, meeting: Pick<Meeting, "agendaDue">, calendar: Pick<WorkCalendar, "zone">): Date {
  return subtractDuration(occurrence.at, meeting.agendaDue ?? DEFAULT_AGENDA_DUE, calendar.zone);
}

/** When a meeting's reminders go out, earliest first. */
export function meetingReminders(occurrence: Pick<OccurrenceBase, "at">, meeting: Pick<Meeting, "remind">, calendar: Pick<WorkCalendar, "zone">): MeetingReminder[] {
  return meeting.remind
    .map((offset) => ({ offset, at: subtractDuration(occurrence.at, offset, calendar.zone) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The period a round of a check covers: the period just before the one the rule gave it (a weekly Monday check
 * covers last week). The rule's frequency and interval set the length; BYMONTH lists set it to the gap since the
 * previous listed month (BYMONTH=1,4,7,10 is quarterly). A holiday move does not change the period.
 */
export function periodCovered(check: Pick<Check, "id" | "rrule">, occurrence: Pick<OccurrenceBase, "date" | "originalDate">, lang: Lang = "da"): CoveredPeriod {
  const options = parseRule(check.id, check.rrule);
  const ruleDate = DateTime.fromISO(occurrence.originalDate ?? occurrence.date, { zone: "utc" });
  const interval = options.interval ?? 1;
  const byMonth = options.bymonth === undefined || options.bymonth === null ? [] : [options.bymonth].flat();

  switch (options.freq) {
    case RRule.WEEKLY: {
      const thisMonday = ruleDate.minus({ days: ruleDate.weekday - 1 });
      const from = thisMonday.minus({ weeks: interval });
      const lastMonday = thisMonday.minus({ weeks: 1 });
      const word = lang === "da" ? "uge" : interval > 1 ? "weeks" : "week";
      const weeks = interval > 1 ? `${from.weekNumber}-${lastMonday.weekNumber}` : `${lastMonday.weekNumber}`;
      return { label: `${word} ${weeks}`, from: iso(from), to: iso(thisMonday.minus({ days: 1 })) };
    }
    case RRule.MONTHLY:
    case RRule.YEARLY: {
      let months = options.freq === RRule.MONTHLY ? interval : 12 * interval;
      if (byMonth.length > 1) months = gapSincePreviousListedMonth(byMonth, ruleDate.month);
      return monthsBefore(ruleDate.startOf("month"), months, lang);
    }
    default: {
      // Daily and finer: the days just before.
      const days = options.freq === RRule.DAILY ? interval : 1;
      const from = ruleDate.minus({ days });
      const to = ruleDate.minus({ days: 1 });
      const label = days === 1
        ? formatDate(iso(to), lang, { year: true })
        : `${formatDayMonth(iso(from), lang)}-${formatDayMonth(iso(to), lang)} ${to.year}`;
      return { label, from: iso(from), to: iso(to) };
    }
  }
}

function monthsBefore(monthStart: DateTime, months: number, lang: Lang): CoveredPeriod {
  const from = monthStart.minus({ months });
  const to = monthStart.minus({ days: 1 });
  const startsQuarter = (from.month - 1) % 3 === 0;
  let label: string;
  if (months === 1) {
    label = `${monthName(from.month, lang)} ${from.year}`;
  } else if (months === 3 && startsQuarter) {
    const quarter = (from.month - 1) / 3 + 1;
    label = lang === "da" ? `${quarter}. kvartal ${from.year}` : `Q${quarter} ${from.year}`;
  } else if (months === 6 && (from.month === 1 || from.month === 7)) {
    const half = from.month === 1 ? 1 : 2;
    label = lang === "da" ? `${half}. halvår ${from.year}` : `H${half} ${from.year}`;
  } else if (months % 12 === 0 && from.month === 1) {
    label = from.year === to.year ? `${from.year}` : `${from.year}-${to.year}`;
  } else if (from.year === to.year) {
    label = `${monthName(from.month, lang)}-${monthName(to.month, lang)} ${to.year}`;
  } else {
    label = `${monthName(from.month, lang)} ${from.year}-${monthName(to.month, lang)} ${to.year}`;
  }
  return { label, from: iso(from), to: iso(to) };
}

function gapSincePreviousListedMonth(months: readonly number[], month: number): number {
  const earlier = months.filter((m) => m < month);
  const previous = earlier.length > 0 ? Math.max(...earlier) : Math.max(...months) - 12;
  return month - previous;
}

function ruleOf(item: Schedulable, start: IsoDate, time: LocalTime): RRule {
  const options = parseRule(item.id, item.rrule);
  // Floating: no tzid, and DTSTART is the local wall-clock written as UTC.
  return new RRule({ ...options, tzid: null, dtstart: floating(start, time) });
}

function parseRule(itemId: string, text: string): Partial<Options> {
  let options: Partial<Options>;
  try {
    options = RRule.parseString(text.trim());
  } catch (error) {
    throw new Error(`${itemId}: invalid rrule "${text}": ${(error as Error).message}`, { cause: error });
  }
  if (options.freq === undefined || options.freq === null) {
    throw new Error(`${itemId}: rrule "${text}" has no FREQ, e.g. "FREQ=WEEKLY;BYDAY=MO"`);
  }
  return options;
}

/** A local date and time as a "floating" Date whose UTC fields are the wall-clock fields. */
function floating(date: IsoDate, time: LocalTime): Date {
  const instant = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid local date-time "${date} ${time}"`);
  return instant;
}

function iso(date: DateTime): IsoDate {
  return date.toISODate() as IsoDate;
}

const DEFAULT_MINUTES_DUE: IsoDuration = "P5D";

/**
 * The day a meeting's minutes are due: `minutesDue` (default P5D) after the meeting, whole days counted as working
 * days ("referat inden 5 arbejdsdage"); a duration with hours or weeks is counted on the calendar instead.
 */
export function minutesDueDate(occurrence: Pick<MeetingOccurrence, "date" | "endsAt">, meeting: Pick<Meeting, "minutesDue">, calendar: WorkCalendar): IsoDate {
  const due = meeting.minutesDue ?? DEFAULT_MINUTES_DUE;
  const days = /^P(\d+)D$/.exec(due);
  if (days) return calendar.addWorkingDays(occurrence.date, Number(days[1]));
  return calendar.localParts(addDuration(occurrence.endsAt, due, calendar.zone)).date;
}
