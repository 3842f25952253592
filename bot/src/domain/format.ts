// Dates and times as staff read them: "tirsdag 8. december kl. 14.00-15.30" in Danish, "Tuesday 8 December,
// 14:00-15:30" in English. Names are spelled out here rather than taken from Intl, so the text is the same on
// every machine whatever ICU data Node was built with.
import { DateTime } from "luxon";
import type { IsoDate, LocalTime } from "./organisation";
import { epochDay, isoWeekday } from "./isoDate";

/** The languages the bot answers in. */
export type Lang = "da" | "en";

const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const SHORT_MONTH_NAMES_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The name of a month (1-12): "oktober" / "October". */
export function monthName(month: number, lang: Lang = "da"): string {
  const name = MONTH_NAMES[lang][month - 1];
  if (name === undefined) throw new Error(`Month ${month} is out of range 1-12`);
  return name;
}

/** The weekday name of a date: "tirsdag" / "Tuesday". */
export function weekdayName(date: IsoDate, lang: Lang = "da"): string {
  return WEEKDAY_NAMES[lang][parts(date).weekday - 1];
}

/** Day and month: "24. december" / "24 December". */
export function formatDayMonth(date: IsoDate, lang: Lang = "da"): string {
  const { day, month } = parts(date);
  return lang === "da" ? `${day}. ${monthName(month, lang)}` : `${day} ${monthName(month, lang)}`;
}

/** A date as a sentence starts it: "tirsdag 8. december" / "Tuesday 8 December"; with `year`, "… 2026". */
export function formatDate(date: IsoDate, lang: Lang = "da", options: { readonly year?: boolean } = {}): string {
  const text = `${weekdayName(date, lang)} ${formatDayMonth(date, lang)}`;
  return options.year ? `${text} ${parts(date).year}` : text;
}

/** Whether a date should be written with its year: when it is not in the year of `today` (no `today`: never). */
export function showYear(date: IsoDate, today: IsoDate | undefined): boolean {
  return today !== undefined && date.slice(0, 4) !== today.slice(0, 4);
}

/** A compact date for records: "24.11.2026" / "24 Nov 2026". */
export function formatShortDate(date: IsoDate, lang: Lang = "da"): string {
  const { day, month, year } = parts(date);
  return lang === "da"
    ? `${pad(day)}.${pad(month)}.${year}`
    : `${day} ${SHORT_MONTH_NAMES_EN[month - 1]} ${year}`;
}

/** A time of day: "14.00" (Danish writes a dot) / "14:00". */
export function formatTime(time: LocalTime, lang: Lang = "da"): string {
  const [hours, minutes] = splitTime(time);
  return lang === "da" ? `${hours}.${minutes}` : `${hours}:${minutes}`;
}

/** A span of time: "kl. 14.00-15.30" / "14:00-15:30". */
export function formatTimeRange(start: LocalTime, end: LocalTime, lang: Lang = "da"): string {
  const range = `${formatTime(start, lang)}-${formatTime(end, lang)}`;
  return lang === "da" ? `kl. ${range}` : range;
}

/** Date and time: "tirsdag 8. december kl. 14.00" / "Tuesday 8 December at 14:00". */
export function formatDateTime(date: IsoDate, time: LocalTime, lang: Lang = "da"): string {
  return lang === "da"
    ? `${formatDate(date, lang)} kl. ${formatTime(time, lang)}`
    : `${formatDate(date, lang)} at ${formatTime(time, lang)}`;
}

/** Date and a span of time: "tirsdag 8. december kl. 14.00-15.30" / "Tuesday 8 December, 14:00-15:30". */
export function formatDateTimeRange(date: IsoDate, start: LocalTime, end: LocalTime, lang: Lang = "da", options: { readonly year?: boolean } = {}): string {
  return lang === "da"
    ? `${formatDate(date, lang, options)} ${formatTimeRange(start, end, lang)}`
    : `${formatDate(date, lang, options)}, ${formatTimeRange(start, end, lang)}`;
}

/** A compact date and time for records: "24.11.2026 kl. 10.12" / "24 Nov 2026 10:12". */
export function formatShortDateTime(date: IsoDate, time: LocalTime, lang: Lang = "da"): string {
  return lang === "da"
    ? `${formatShortDate(date, lang)} kl. ${formatTime(time, lang)}`
    : `${formatShortDate(date, lang)} ${formatTime(time, lang)}`;
}

/** An instant as read on the wall clock in `zone`: "tirsdag 8. december kl. 14.00"; `short` gives "08.12.2026 kl. 14.00". */
export function formatInstant(instant: Date, zone: string, lang: Lang = "da", options: { readonly short?: boolean } = {}): string {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new Error(`Cannot show ${instant.toISOString()} in time zone "${zone}": ${local.invalidExplanation}`);
  const date = local.toISODate();
  const time = local.toFormat("HH:mm");
  return options.short ? formatShortDateTime(date, time, lang) : formatDateTime(date, time, lang);
}

function parts(date: IsoDate): { year: number; month: number; day: number; weekday: number } {
  // Plain calendar arithmetic (isoDate.ts), not luxon: the tab imports these words too and needs no time zones.
  epochDay(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), weekday: isoWeekday(date) };
}

function splitTime(time: LocalTime): [string, string] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Invalid time "${time}": expected HH:mm`);
  return [match[1], match[2]];
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
