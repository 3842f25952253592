// Calendar arithmetic on "YYYY-MM-DD" dates: plain UTC day numbers, no clock and no time zone (a calendar day
// is always one day here). The one place for it: the calendar, the rota and the date words all use these.
import type { IsoDate, Weekday } from "./organisation";

/** A weekday including the weekend. */
export type DayName = Weekday | "sat" | "sun";

export const DAY_NAMES: readonly DayName[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01; throws on anything that is not an existing date. */
export function epochDay(date: IsoDate): number {
  const day = existingDayNumber(date);
  if (day === undefined) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  return day;
}

/** True for an existing date written "YYYY-MM-DD" (not "2026-02-30"). */
export function isIsoDate(value: string): boolean {
  return existingDayNumber(value) !== undefined;
}

/** The date of a day number. */
export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" from its parts (not checked). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The date, or undefined when day/month/year do not make one (31/11). */
export function validDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return undefined;
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? date : undefined;
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** The weekday of a date: "mon".."sun". */
export function weekdayOf(date: IsoDate): DayName {
  // 1970-01-01 was a Thursday (index 3 from Monday).
  return DAY_NAMES[(((epochDay(date) + 3) % 7) + 7) % 7];
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: IsoDate): number {
  return DAY_NAMES.indexOf(weekdayOf(date)) + 1;
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Monday of ISO week `week` of `year`, or undefined when the year has no such week. */
export function mondayOfIsoWeek(year: number, week: number): IsoDate | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53) return undefined;
  const monday = addDays(mondayOf(isoDate(year, 1, 4)), (week - 1) * 7);
  // Week 53 exists only when its Thursday is still in `year`.
  return Number(addDays(monday, 3).slice(0, 4)) === year ? monday : undefined;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, as in Meeus' "Astronomical Algorithms"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The ISO 8601 week of a date ("uge 48"): the week's Thursday decides the year. */
export function isoWeekOf(date: IsoDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(mondayOfIsoWeek(year, 1)!, thursday) / 7) + 1 };
}

/** The day number of a "YYYY-MM-DD" that names an existing day; undefined for anything else. */
function existingDayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
  return fromEpochDay(day) === date ? day : undefined;
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier); at most `max` of them. */
export function datesBetween(from: IsoDate, to: IsoDate, max = 366): IsoDate[] {
  const dates: IsoDate[] = [];
  const first = epochDay(from);
  const count = Math.min(epochDay(to) - first + 1, max);
  for (let i = 0; i < count; i++) dates.push(fromEpochDay(first + i));
  return dates;
}
