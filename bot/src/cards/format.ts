// Dates, times and contact links as the cards show them: "mandag 23. november 2026", "kl. 14.00-15.30",
// "24.11.2026 kl. 10.12", tel:/mailto:/Teams chat links. Month and weekday names are spelled out here rather
// than taken from Intl, so the text is the same whatever ICU data Node was built with.
import { DateTime } from "luxon";
import type { IsoDate, LocalTime } from "../domain/organisation";
import type { Lang } from "./cardData";

const WEEKDAYS: Record<Lang, readonly string[]> = {
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const MONTHS: Record<Lang, readonly string[]> = {
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** A month (1-12) by name: "oktober" / "October". */
export function monthName(month: number, lang: Lang): string {
  const name = MONTHS[lang][month - 1];
  if (name === undefined) throw new Error(`Month ${month} is out of range 1-12`);
  return name;
}

/** "tirsdag 8. december" / "Tuesday 8 December"; with year: "… 2026". */
export function formatDate(date: IsoDate, lang: Lang, options: { readonly year?: boolean } = {}): string {
  const { year, month, day, weekday } = dateParts(date);
  const text =
    lang === "da"
      ? `${WEEKDAYS.da[weekday - 1]} ${day}. ${monthName(month, lang)}`
      : `${WEEKDAYS.en[weekday - 1]} ${day} ${monthName(month, lang)}`;
  return options.year ? `${text} ${year}` : text;
}

/** "24.11.2026" / "24 November 2026". */
export function formatShortDate(date: IsoDate, lang: Lang): string {
  const { year, month, day } = dateParts(date);
  return lang === "da" ? `${pad(day)}.${pad(month)}.${year}` : `${day} ${monthName(month, lang)} ${year}`;
}

/** "14.00" (Danish writes a dot) / "14:00". */
export function formatTime(time: LocalTime, lang: Lang): string {
  const [hours, minutes] = splitTime(time);
  return lang === "da" ? `${hours}.${minutes}` : `${hours}:${minutes}`;
}

/** "08.00-12.00" / "08:00-12:00". */
export function formatTimeSpan(start: LocalTime, end: LocalTime, lang: Lang): string {
  return `${formatTime(start, lang)}-${formatTime(end, lang)}`;
}

/** The end of a span that starts at `start` and lasts `minutes`: "15:30". */
export function addMinutes(start: LocalTime, minutes: number): LocalTime {
  const [hours, mins] = splitTime(start).map(Number);
  const total = (hours * 60 + mins + minutes) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** "tirsdag 8. december kl. 14.00-15.30" / "Tuesday 8 December, 14:00-15:30". */
export function formatMeetingTime(date: IsoDate, start: LocalTime, minutes: number, lang: Lang): string {
  const span = formatTimeSpan(start, addMinutes(start, minutes), lang);
  return lang === "da" ? `${formatDate(date, lang)} kl. ${span}` : `${formatDate(date, lang)}, ${span}`;
}

/** An instant on the wall clock of `zone`: "24.11.2026 kl. 10.12" / "24 November 2026 at 10:12". */
export function formatInstant(instant: string, zone: string, lang: Lang): string {
  const local = DateTime.fromISO(instant, { zone });
  if (!local.isValid) throw new Error(`Cannot show "${instant}" in time zone "${zone}": ${local.invalidExplanation ?? "invalid"}`);
  const date = formatShortDate(local.toISODate(), lang);
  const time = formatTime(local.toFormat("HH:mm"), lang);
  return lang === "da" ? `${date} kl. ${time}` : `${date} at ${time}`;
}

/** The text with its first letter in upper case, for a date that starts a line: "Mandag 23. november". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("da") + text.slice(1);
}

/** A tel: link without spaces or punctuation: "+45 63 33 70 01" -> "tel:+4563337001". Undefined when there are no digits. */
export function telUrl(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  const digits = phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d/.test(digits) ? `tel:${digits}` : undefined;
}

/** A mailto: link. */
export function mailtoUrl(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address ? `mailto:${address}` : undefined;
}

/** A Teams deep link that opens a 1:1 chat with the user: https://teams.microsoft.com/l/chat/0/0?users=<email>. */
export function teamsChatUrl(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(address).replace(/%40/g, "@")}` : undefined;
}

function dateParts(date: IsoDate): { year: number; month: number; day: number; weekday: number } {
  const parsed = DateTime.fromISO(date, { zone: "utc" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parsed.isValid) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  return { year: parsed.year, month: parsed.month, day: parsed.day, weekday: parsed.weekday };
}

function splitTime(time: LocalTime): [string, string] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Invalid time "${time}": expected HH:mm`);
  return [match[1], match[2]];
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
