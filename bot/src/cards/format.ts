// What the cards format beyond the shared date words of domain/format.ts: slot spans without "kl."
// ("Formiddag 08.00-12.00"), meeting spans from a start and a length, instants given as ISO strings, a capital
// for a date that starts a line, and the contact links (tel:, mailto:, Teams chat).
import { formatDateTimeRange, formatInstant as formatInstantOnWall, formatTime, type Lang } from "../domain/format";
import type { IsoDate, LocalTime } from "../domain/organisation";

/** "08.00-12.00" / "08:00-12:00": a slot's span, as a column header shows it after the slot's name. */
export function formatTimeSpan(start: LocalTime, end: LocalTime, lang: Lang): string {
  return `${formatTime(start, lang)}-${formatTime(end, lang)}`;
}

/** The end of a span that starts at `start` and lasts `minutes`: addMinutes("14:00", 90) is "15:30". */
export function addMinutes(start: LocalTime, minutes: number): LocalTime {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(start);
  if (!match) throw new Error(`Invalid time "${start}": expected HH:mm`);
  const total = (((Number(match[1]) * 60 + Number(match[2]) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** "tirsdag 8. december kl. 14.00-15.30" / "Tuesday 8 December, 14:00-15:30". */
export function formatMeetingTime(date: IsoDate, start: LocalTime, minutes: number, lang: Lang, options: { readonly year?: boolean } = {}): string {
  return formatDateTimeRange(date, start, addMinutes(start, minutes), lang, options);
}

/** An ISO 8601 instant on the wall clock of `zone`: "24.11.2026 kl. 10.12" / "24 Nov 2026 10:12". */
export function formatInstant(instant: string, zone: string, lang: Lang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid instant "${instant}": expected ISO 8601, e.g. 2026-11-24T09:12:00Z`);
  return formatInstantOnWall(date, zone, lang, { short: true });
}

/** The text with its first letter in upper case, for a date that starts a line: "Mandag 23. november". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
