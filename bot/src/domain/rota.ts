// The rulleplan of a day: which cycle week applies, who covers each duty in each slot after one-day changes and
// absences, the slots' times that day, and what is understaffed. Everything a rota card or the tab shows.
import { HALF_DAY_CLOSES_AT, addDays, daysBetween, weekdayOf, type DayInfo, type WorkCalendar } from "./calendar";
import type { Absence, DayPlan, IsoDate, LocalTime, Organisation, Rota, Slot, Weekday } from "./organisation";
import { mondayOf } from "./isoDate";

/** Someone planned for a cell who is away, and why (ferie, kursus, syg, …). */
export interface AbsentFromCell {
  readonly person: string;
  readonly reason: string;
}

/** One duty in one slot. */
export interface RotaCell {
  readonly slot: string;
  /** The duty runs in this slot today (the cycle plans it or a change sets it); unplanned cells are never understaffed. */
  readonly planned: boolean;
  /** Person ids present, in plan order. */
  readonly people: readonly string[];
  readonly absent: readonly AbsentFromCell[];
  /** A one-day change replaced the cycle's people. */
  readonly changed: boolean;
  /** Planned, and fewer people present than the duty's minStaff. */
  readonly understaffed: boolean;
}

/** A duty's row of the day: one cell per slot of the day, in slot order. */
export interface RotaDutyRow {
  readonly duty: string;
  readonly name: string;
  readonly minStaff?: number;
  readonly cells: readonly RotaCell[];
}

/** A slot as it runs on the day: its weekday times (and cut at noon on a half day), local and as instants. */
export interface RotaSlotTimes {
  readonly slot: string;
  readonly name: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** An absence that touches the day, whether or not the person is on the rota. */
export interface DayAbsence {
  readonly person: string;
  readonly reason: string;
  /** Only these slots; the whole day when absent. */
  readonly slots?: readonly string[];
}

/** The resolved rulleplan of one day. */
export interface RotaDay {
  readonly date: IsoDate;
  readonly day: DayInfo;
  /** Same as day.working: false on weekends, holidays and days off, with no slots and no duties. */
  readonly working: boolean;
  /** 1-based week of the cycle that applies (0 when the cycle is empty). */
  readonly cycleWeek: number;
  readonly slots: readonly RotaSlotTimes[];
  /** Every duty of the organisation, in its order. */
  readonly duties: readonly RotaDutyRow[];
  /** Everyone away that day, with reasons (empty on days off). */
  readonly absent: readonly DayAbsence[];
  /** Some cell is understaffed. */
  readonly understaffed: boolean;
}

/** The rota to show when a day is asked for: that day if it is a working day, else the next working day. */
export interface RotaToShow {
  /** The day asked for (on a day off: working false with its reason). */
  readonly requested: RotaDay;
  /** The day to show: `requested` itself on a working day. */
  readonly shown: RotaDay;
}

/** One duty of one person on one day. */
export interface PersonDuty {
  readonly duty: string;
  readonly dutyName: string;
  readonly slot: string;
  readonly slotName: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Set by a one-day change rather than the cycle. */
  readonly changed: boolean;
}

/** A person's own rulleplan for one day ("hvad skal jeg i dag"). */
export interface PersonRotaDay {
  readonly date: IsoDate;
  readonly day: DayInfo;
  readonly cycleWeek: number;
  /** What the person covers, by slot start then duty order. */
  readonly duties: readonly PersonDuty[];
  /** The person's own absences that day (ferie, kursus, …). */
  readonly absent: readonly DayAbsence[];
}

/** 1-based week of the cycle that applies on `date`, counting whole weeks from the Monday of cycleStart's week. */
export function cycleWeekOf(rota: Pick<Rota, "cycleStart" | "cycle">, date: IsoDate): number {
  const length = rota.cycle.length;
  if (length === 0) return 0;
  const weeks = Math.floor(daysBetween(mondayOf(rota.cycleStart), mondayOf(date)) / 7);
  // Modulo that stays positive, so dates before cycleStart count backwards: the week before week 1 is the last.
  return (((weeks % length) + length) % length) + 1;
}

/**
 * Resolved days by rota and calendar. A version of the organisation is immutable (an edit makes a new rota), and
 * one question, its gaps and its card each ask for the same day; at 25,000 people a day takes tens of µs.
 */
const resolvedDays = new WeakMap<Rota, WeakMap<WorkCalendar, Map<IsoDate, RotaDay>>>();
/** Days kept per rota and calendar (a week view asks for 7, the tab's rota for a few weeks). */
const RESOLVED_DAYS_KEPT = 64;

/** The rulleplan of `date` with changes, absences, weekday times, half days and staffing applied. */
export function resolveRota(org: Organisation, date: IsoDate, calendar: WorkCalendar): RotaDay {
  let byCalendar = resolvedDays.get(org.rota);
  if (!byCalendar) resolvedDays.set(org.rota, (byCalendar = new WeakMap()));
  let days = byCalendar.get(calendar);
  if (!days) byCalendar.set(calendar, (days = new Map()));
  let day = days.get(date);
  if (!day) {
    day = resolveDay(org.rota, date, calendar);
    if (days.size >= RESOLVED_DAYS_KEPT) days.delete(days.keys().next().value!);
    days.set(date, day);
  }
  return day;
}

function resolveDay(rota: Rota, date: IsoDate, calendar: WorkCalendar): RotaDay {
  const day = calendar.dayInfo(date);
  const cycleWeek = cycleWeekOf(rota, date);
  if (!day.working) {
    return { date, day, working: false, cycleWeek, slots: [], duties: [], absent: [], understaffed: false };
  }

  const plan = cyclePlanOn(rota, date);
  const slots = rota.slots.flatMap((slot) => slotOnDay(slot, day, calendar) ?? []);
  const absences = rota.absences.filter((absence) => absenceOnDate(absence, date));
  const changes = rota.changes.filter((change) => change.date === date);

  const duties = rota.duties.map((duty): RotaDutyRow => {
    const cells = slots.map(({ slot }): RotaCell => {
      const change = changes.find((c) => c.duty === duty.id && c.slot === slot);
      const fromPlan = plan[duty.id]?.[slot];
      const planned = change !== undefined || fromPlan !== undefined;
      const assigned = unique(change?.people ?? fromPlan ?? []);
      const people: string[] = [];
      const absent: AbsentFromCell[] = [];
      for (const person of assigned) {
        const away = absences.find((a) => a.person === person && absenceCoversSlot(a, slot));
        if (away) absent.push({ person, reason: away.reason });
        else people.push(person);
      }
      const understaffed = planned && people.length < (duty.minStaff ?? 0);
      return { slot, planned, people, absent, changed: change !== undefined, understaffed };
    });
    return { duty: duty.id, name: duty.name, ...(duty.minStaff !== undefined && { minStaff: duty.minStaff }), cells };
  });

  const absent = absences.map(({ person, reason, slots: only }): DayAbsence => ({ person, reason, ...(only && { slots: only }) }));
  const understaffed = duties.some((row) => row.cells.some((cell) => cell.understaffed));
  return { date, day, working: true, cycleWeek, slots, duties, absent, understaffed };
}

/** The rota for a day asked for; on a weekend or day off, the next working day's rota as `shown`. */
export function resolveRotaOrNextWorkingDay(org: Organisation, date: IsoDate, calendar: WorkCalendar): RotaToShow {
  const requested = resolveRota(org, date, calendar);
  if (requested.working) return { requested, shown: requested };
  return { requested, shown: resolveRota(org, calendar.nextWorkingDay(date), calendar) };
}

/** A person's duties and absences on each of `dates` ("min rulleplan denne uge": pass calendar.weekOf(today).days). */
export function rotaForPerson(org: Organisation, personId: string, dates: readonly IsoDate[], calendar: WorkCalendar): PersonRotaDay[] {
  return dates.map((date): PersonRotaDay => {
    const rotaDay = resolveRota(org, date, calendar);
    const duties: PersonDuty[] = [];
    for (const slot of rotaDay.slots) {
      for (const row of rotaDay.duties) {
        const cell = row.cells.find((c) => c.slot === slot.slot);
        if (!cell?.people.includes(personId)) continue;
        duties.push({
          duty: row.duty, dutyName: row.name, slot: slot.slot, slotName: slot.name,
          start: slot.start, end: slot.end, startsAt: slot.startsAt, endsAt: slot.endsAt, changed: cell.changed,
        });
      }
    }
    duties.sort((a, b) => a.start.localeCompare(b.start));
    const absent = rotaDay.absent.filter((a) => a.person === personId);
    return { date, day: rotaDay.day, cycleWeek: rotaDay.cycleWeek, duties, absent };
  });
}

/** One duty on one day: its cells (one per slot of the day), or none on a day off. */
export interface DutyDay {
  readonly date: IsoDate;
  readonly day: DayInfo;
  readonly cycleWeek: number;
  readonly slots: readonly RotaSlotTimes[];
  /** In slot order; only the cells the duty runs in (planned). */
  readonly cells: readonly RotaCell[];
}

/** One duty on each of `dates` ("hvem har udlevering næste uge"): who, absences and staffing per slot. */
export function rotaForDuty(org: Organisation, dutyId: string, dates: readonly IsoDate[], calendar: WorkCalendar): DutyDay[] {
  return dates.map((date): DutyDay => {
    const rotaDay = resolveRota(org, date, calendar);
    const row = rotaDay.duties.find((r) => r.duty === dutyId);
    const cells = row?.cells.filter((c) => c.planned) ?? [];
    return { date, day: rotaDay.day, cycleWeek: rotaDay.cycleWeek, slots: rotaDay.slots, cells };
  });
}

/** A person's duty on a date, found by nextDutyOf. */
export interface DatedDuty extends PersonDuty {
  readonly date: IsoDate;
}

/**
 * The person's next duty from `from` on (that day included), optionally only one duty and/or slot, searching two
 * full cycles ahead ("hvornår har jeg informationen næste gang"); with `after`, duties that ended by then are
 * skipped (asked at 13:00, this morning's duty is past). Changes and absences count: a day away is no duty.
 */
export function nextDutyOf(
  org: Organisation, personId: string, from: IsoDate, calendar: WorkCalendar,
  options: { readonly duty?: string; readonly slot?: string; readonly after?: Date } = {},
): DatedDuty | undefined {
  const days = Math.max(1, org.rota.cycle.length) * 7 * 2;
  for (let i = 0, date = from; i < days; i++, date = addDays(date, 1)) {
    const [day] = rotaForPerson(org, personId, [date], calendar);
    const found = day.duties.find((d) =>
      (options.duty === undefined || d.duty === options.duty) &&
      (options.slot === undefined || d.slot === options.slot) &&
      (options.after === undefined || d.endsAt.getTime() > options.after.getTime()));
    if (found) return { ...found, date };
  }
  return undefined;
}

/** Whether a duty runs on a resolved day: a cell of it is planned (by the cycle or a one-day change). */
export function dutyRuns(day: RotaDay, duty: string): boolean {
  return day.duties.some((row) => row.duty === duty && row.cells.some((cell) => cell.planned));
}

/**
 * The next day after `date` a duty runs, searching two full cycles ahead ("hvem har hotline fredag" when the
 * hotline is staffed only some weekdays): undefined when it runs on none of them.
 */
export function nextDayWithDuty(org: Organisation, duty: string, date: IsoDate, calendar: WorkCalendar): IsoDate | undefined {
  const days = Math.max(1, org.rota.cycle.length) * 7 * 2;
  for (let i = 1, next = addDays(date, 1); i <= days; i++, next = addDays(next, 1)) {
    if (dutyRuns(resolveRota(org, next, calendar), duty)) return next;
  }
  return undefined;
}

/** The cell of a duty in a slot, when both run that day. */
export function findCell(day: RotaDay, duty: string, slot: string): RotaCell | undefined {
  return day.duties.find((row) => row.duty === duty)?.cells.find((cell) => cell.slot === slot);
}

/**
 * A slot as it runs on a day: its weekday times; none on a day off or a weekday the slot does not run (`days`);
 * on a half day none from noon on, and an earlier slot ends at noon.
 */
export function slotOnDay(slot: Slot, day: DayInfo, calendar: WorkCalendar): RotaSlotTimes | undefined {
  if (!day.working) return undefined;
  const weekday = day.weekday as Weekday;
  if (slot.days && !slot.days.includes(weekday)) return undefined;
  const times = slot.byDay?.[weekday] ?? slot;
  let { end } = times;
  if (day.halfDay) {
    if (times.start >= HALF_DAY_CLOSES_AT) return undefined;
    if (end > HALF_DAY_CLOSES_AT) end = HALF_DAY_CLOSES_AT;
  }
  return {
    slot: slot.id, name: slot.name, start: times.start, end,
    startsAt: calendar.toInstant(day.date, times.start), endsAt: calendar.toInstant(day.date, end),
  };
}

/** The cycle's plan for the weekday of `date` (duty -> slot -> people), before one-day changes and absences. */
export function cyclePlanOn(rota: Pick<Rota, "cycleStart" | "cycle">, date: IsoDate): DayPlan {
  const week = cycleWeekOf(rota, date);
  return week > 0 ? rota.cycle[week - 1][weekdayOf(date) as Weekday] ?? {} : {};
}

/** The absence runs on `date` (inclusive dates). */
export function absenceOnDate(absence: Pick<Absence, "from" | "to">, date: IsoDate): boolean {
  return absence.from <= date && date <= absence.to;
}

/** The absence takes the person out of `slot`: it names that slot, or no slots (the whole day). */
export function absenceCoversSlot(absence: Pick<Absence, "slots">, slot: string): boolean {
  return absence.slots === undefined || absence.slots.includes(slot);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
