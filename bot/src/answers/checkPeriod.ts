// The card names a check's period by its kind (week, month, quarter) so it can word it in either language;
// the domain gives the period as dates. This maps one to the other.
import type { CoveredPeriod } from "../domain/occurrences";
import type { CheckPeriod } from "../cards";
import { addDays, weekdayOf } from "../domain/calendar";
import { DateTime } from "luxon";

/** The card's view of a covered period; a week of another year than `today`'s carries its year ("uge 52 2025"). */
export function toCardPeriod(period: CoveredPeriod, today?: string): CheckPeriod {
  const from = DateTime.fromISO(period.from, { zone: "utc" });
  const to = DateTime.fromISO(period.to, { zone: "utc" });
  if (weekdayOf(period.from) === "mon" && addDays(period.from, 6) === period.to) {
    const otherYear = today !== undefined && String(from.weekYear) !== today.slice(0, 4);
    return { kind: "week", week: from.weekNumber, ...(otherYear && { year: from.weekYear }) };
  }
  const wholeMonths = from.day === 1 && to.plus({ days: 1 }).day === 1;
  if (wholeMonths && from.hasSame(to, "month")) return { kind: "month", year: from.year, month: from.month };
  if (wholeMonths && from.month % 3 === 1 && to.month === from.month + 2 && from.hasSame(to, "year")) {
    return { kind: "quarter", year: from.year, quarter: (from.month + 2) / 3 };
  }
  return { kind: "range", from: period.from, to: period.to };
}
