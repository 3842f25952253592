// Dates in the tab in the bot's words ("tirsdag 24. november", "uge 48"): one home, bot/src/domain/format.ts and
// isoDate.ts, imported here so the cards and the tab cannot drift apart.
export { formatDate, formatDayMonth, formatShortDate, formatTime, formatDateTime, weekdayName, type Lang as DateLang } from "../../bot/src/domain/format";
export { addDays, isoWeekOf, mondayOf } from "../../bot/src/domain/isoDate";
import { formatShortDateTime, type Lang } from "../../bot/src/domain/format";

/** "uge 48" / "week 48". */
export function weekLabel(week: number, lang: Lang): string {
  return lang === "da" ? `uge ${week}` : `week ${week}`;
}

/** An instant as the department reads it on the wall clock in Copenhagen: "20.11.2026 kl. 09.14". */
export function formatInstantShort(iso: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return formatShortDateTime(`${get("year")}-${get("month")}-${get("day")}`, `${get("hour")}:${get("minute")}`, lang);
}
