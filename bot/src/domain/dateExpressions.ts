// Reads the date words of a question ("i morgen", "fredag", "7/12", "uge 48", "i eftermiddag", "next week")
// relative to today in the organisation's time zone. Danish and English; missing æøå and small typos in the
// longer words are tolerated. Pure calendar arithmetic on "YYYY-MM-DD": no clock, no time zone.
// The words themselves are in dateWords.ts.
import type { IsoDate, LocalTime } from "./organisation";
import { clockTimeAt, dayPartAt, type DayPart } from "./slots";
import { fold, startsWithDigit } from "./text";
import { addDays, easterSunday, epochDay, isoDate, isoWeekday, mondayOf, mondayOfIsoWeek, validDate } from "./isoDate";
import {
  dayNumberOf, FROM_WORDS, IN_MONTH_WORDS, isWeekdayName, LAST_WORDS, monthOf, NAMED_PERIODS_BY_FIRST_WORD, NAMED_PERIODS_BY_LETTER, NEXT_WORDS, ON_WORDS, RANGE_WORDS,
  RELATIVE_DAYS_BY_LETTER, sequenceAt, THIS_WEEK_WORDS, TIME_WORDS, weekdayAt, WEEK_WORDS, WEEKEND_WORDS, wholeMonthOf, yearOf,
  type PeriodDay,
} from "./dateWords";

/** What the date words of a question say. */
export interface DateExpressions {
  /** A single day. */
  readonly date?: IsoDate;
  /** A whole week, Monday to Sunday. */
  readonly week?: { readonly from: IsoDate; readonly to: IsoDate };
  readonly part?: DayPart;
  /** A clock time ("kl. 14" -> "14:00", "10:30"). */
  readonly time?: LocalTime;
  /** A range of days: "fra mandag til onsdag", "i weekenden" (inclusive). */
  readonly range?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Indices of the words that made up the expressions, so that they are not read as anything else. */
  readonly consumed: readonly number[];
}

/**
 * A date with no year is this year's, unless that is more than this many days ago: then it is next year's.
 * "7/1" asked on 23 November means next January; "1/11" asked then means this month's first, three weeks ago.
 */
export const PAST_DATE_WINDOW_DAYS = 60;

/** A day and month without a year, placed by PAST_DATE_WINDOW_DAYS. */
function nearestDate(month: number, day: number, today: IsoDate): IsoDate | undefined {
  const year = Number(today.slice(0, 4));
  const thisYear = validDate(year, month, day);
  if (thisYear && epochDay(thisYear) >= epochDay(today) - PAST_DATE_WINDOW_DAYS) return thisYear;
  return validDate(year + 1, month, day) ?? thisYear;
}

interface Reading {
  readonly length: number;
  readonly day?: IsoDate;
  /** A weekday, placed in a week when the question names one ("fredag i næste uge"). */
  readonly weekday?: { readonly day: number; readonly mode: "plain" | "next" | "last" };
  readonly week?: IsoDate;
  readonly part?: DayPart;
  readonly time?: LocalTime;
  /** A range of whole days ("i weekenden"). */
  readonly range?: { readonly from: IsoDate; readonly to: IsoDate };
  /** A day that only a half-day phrase implied ("i eftermiddag"): any other date wins. */
  readonly weakDay?: boolean;
}

/** Reads the date expressions in `words` (lowercased tokens, as from `tokens`) relative to `today`. */
export function readDateExpressions(words: readonly string[], today: IsoDate): DateExpressions {
  const folded = words.map(fold);
  const consumed: number[] = [];
  let date: IsoDate | undefined;
  let weakDate = false;
  let weekday: Reading["weekday"];
  let week: IsoDate | undefined;
  let part: DayPart | undefined;
  let time: LocalTime | undefined;
  let range: { from: IsoDate; to: IsoDate } | undefined;
  /** Days read, with where they stood, for "fra mandag til onsdag". */
  const days: Array<{ at: number; end: number; reading: Reading }> = [];
  for (let i = 0; i < folded.length; ) {
    const reading = readAt(folded, i, today);
    if (!reading) {
      i++;
      continue;
    }
    if ((reading.day && !reading.weakDay) || reading.weekday) days.push({ at: i, end: i + reading.length, reading });
    if (reading.time && !time) time = reading.time;
    if (reading.range && !range) range = reading.range;
    for (let k = 0; k < reading.length; k++) consumed.push(i + k);
    if (reading.day && (date === undefined || (weakDate && !reading.weakDay))) {
      date = reading.day;
      weakDate = reading.weakDay === true;
    }
    if (reading.weekday && !weekday) weekday = reading.weekday;
    if (reading.week && !week) week = reading.week;
    if (reading.part && !part) part = reading.part;
    i += reading.length;
  }
  if (weekday) {
    if (week && weekday.mode === "plain") {
      // "fredag i næste uge", "mandag uge 49": that weekday of that week.
      if (date === undefined || weakDate) date = addDays(week, weekday.day - 1);
      week = undefined;
    } else if (date === undefined || weakDate) {
      date = placeWeekday(weekday.day, weekday.mode, today);
    }
  }
  // Two days with "til"/"to"/"-" between them: a range, the second placed on or after the first.
  const [first, second] = days;
  if (!range && first && second && folded.slice(first.end, second.at + 1).some((w) => RANGE_WORDS.has(w))) {
    const start = placeDay(first.reading, today);
    const end = start === undefined ? undefined : placeDay(second.reading, start);
    if (start !== undefined && end !== undefined && end >= start) {
      range = { from: start, to: end };
      for (let k = first.end; k < second.at; k++) consumed.push(k);
      if (first.at > 0 && FROM_WORDS.has(folded[first.at - 1] ?? "")) consumed.push(first.at - 1);
    }
  }
  const result: { date?: IsoDate; week?: { from: IsoDate; to: IsoDate }; part?: DayPart; time?: LocalTime; range?: { from: IsoDate; to: IsoDate }; consumed: number[] } = { consumed };
  if (time !== undefined) result.time = time;
  if (range !== undefined) result.range = range;
  if (date !== undefined) result.date = date;
  else if (week !== undefined) result.week = { from: week, to: addDays(week, 6) };
  if (part !== undefined) result.part = part;
  return result;
}


/** A holiday or holiday period named at `i` ("julen", "2. påskedag", "påsken 2027"): one day, or a range. */
function namedPeriodAt(w: readonly string[], i: number, today: IsoDate): Reading | undefined {
  const word = w[i];
  const exact = NAMED_PERIODS_BY_FIRST_WORD.get(word);
  // Exact first ("2. pinsedag" is not a mistyped "2. påskedag"), then a typo in a later word, then in the first
  // (not in its first three letters).
  const prefix = word.length >= 5 ? word.slice(0, 3) : undefined;
  const found = exact?.find((p) => sequenceAt(w, i, p[0], false))
    ?? exact?.find((p) => sequenceAt(w, i, p[0], true))
    ?? (prefix ? NAMED_PERIODS_BY_LETTER.get(word.charAt(0))?.find((p) => p[0][0].startsWith(prefix) && sequenceAt(w, i, p[0], true)) : undefined);
  if (!found) return undefined;
  const [phrase, from, to = from] = found;
  const year = yearOf(w[i + phrase.length]);
  const span = spanIn(year, today, (y) => ({ from: periodDay(from, y), to: periodDay(to, y) }));
  const length = phrase.length + (year === undefined ? 0 : 1);
  return span.from === span.to ? { length, day: span.from } : { length, range: span };
}

/**
 * The days a yearly period covers in `year`; without one, the period just past when it ended less than
 * PAST_DATE_WINDOW_DAYS ago (as a date without a year), else the next.
 */
function spanIn(year: number | undefined, today: IsoDate, span: (year: number) => { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  if (year !== undefined) return span(year);
  const thisYear = Number(today.slice(0, 4));
  for (const y of [thisYear - 1, thisYear]) {
    const found = span(y);
    if (epochDay(found.to) >= epochDay(today) - PAST_DATE_WINDOW_DAYS) return found;
  }
  return span(thisYear + 1);
}

/** A day of a named period in the period's year. */
function periodDay(day: PeriodDay, year: number): IsoDate {
  if ("easter" in day) return addDays(easterSunday(year), day.easter);
  return isoDate(year + (day.yearAfter ? 1 : 0), day.month, day.day);
}

/** The day a reading names, weekdays placed on or after `base`. */
function placeDay(reading: Reading, base: IsoDate): IsoDate | undefined {
  if (reading.day) return reading.day;
  if (reading.weekday) return placeWeekday(reading.weekday.day, reading.weekday.mode, base);
  return undefined;
}

/**
 * "fredag": the next Friday, today if it is Friday. "næste fredag": the one after that. "sidste fredag",
 * "i fredags": the last Friday before today.
 */
function placeWeekday(day: number, mode: "plain" | "next" | "last", today: IsoDate): IsoDate {
  const ahead = (day - isoWeekday(today) + 7) % 7;
  if (mode === "plain") return addDays(today, ahead);
  if (mode === "next") return addDays(today, ahead + 7);
  return addDays(today, ahead === 0 ? -7 : ahead - 7);
}

function readAt(w: readonly string[], i: number, today: IsoDate): Reading | undefined {
  const word = w[i];

  // Days relative to today; exact first, so that "i morges" is not read as a mistyped "i morgen".
  for (const fuzzy of [false, true]) {
    for (const [phrase, days, part] of RELATIVE_DAYS_BY_LETTER.get(word.charAt(0)) ?? []) {
      if (sequenceAt(w, i, phrase, fuzzy)) {
        const half = phrase.length === 2 && (phrase[1] === "formiddag" || phrase[1] === "eftermiddag" || phrase[1] === "aften");
        return { length: phrase.length, day: addDays(today, days), part, weakDay: half };
      }
    }
  }

  // ISO date, then day/month[/year] with "/" or ".", or "-" when a year follows ("7-12-2026").
  const digits = startsWithDigit(word);
  let m = digits ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word) : null;
  if (m) {
    const day = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { length: 1, day } : undefined;
  }
  m = digits ? /^(\d{1,2})([./])(\d{1,2})(?:[./-](\d{4}|\d{2}))?$/.exec(word) ?? /^(\d{1,2})(-)(\d{1,2})-(\d{4}|\d{2})$/.exec(word) : null;
  if (m && !(i > 0 && TIME_WORDS.has(w[i - 1]))) {
    const [d, mo] = [Number(m[1]), Number(m[3])];
    const year = m[4] === undefined ? undefined : m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const day = year === undefined ? nearestDate(mo, d, today) : validDate(year, mo, d);
    if (day) {
      const nextYear = yearOf(w[i + 1]);
      return nextYear !== undefined && year === undefined
        ? { length: 2, day: validDate(nextYear, mo, d) ?? day }
        : { length: 1, day };
    }
  }

  // "7. december", "7 dec 2026", "7th of december", "den 7. december".
  const dayNumber = dayNumberOf(word);
  if (dayNumber !== undefined) {
    const of = w[i + 1] === "of" ? 1 : 0;
    const month = monthOf(w[i + 1 + of]);
    if (month !== undefined) {
      const year = yearOf(w[i + 2 + of]);
      const day = year === undefined ? nearestDate(month, dayNumber, today) : validDate(year, month, dayNumber);
      if (day) return { length: 2 + of + (year === undefined ? 0 : 1), day };
    }
  }
  // "december 7", "dec 7th 2026".
  const followingDay = dayNumberOf(w[i + 1]);
  const month = followingDay === undefined ? undefined : monthOf(word);
  if (month !== undefined && followingDay !== undefined) {
    const day = followingDay;
    {
      const year = yearOf(w[i + 2]);
      const date = year === undefined ? nearestDate(month, day, today) : validDate(year, month, day);
      if (date) return { length: 2 + (year === undefined ? 0 : 1), day: date };
    }
  }

  // Holidays and the periods around them ("i julen", "2. påskedag", "mellem jul og nytår", "påsken 2027").
  const named = namedPeriodAt(w, i, today);
  if (named) return named;
  // A month alone after "i"/"in" ("hvem har ferie i juli") or before a year ("juli 2027"): the whole month.
  const monthYear = yearOf(w[i + 1]);
  const wholeMonth = monthYear !== undefined || (i > 0 && IN_MONTH_WORDS.has(w[i - 1])) ? wholeMonthOf(word) : undefined;
  if (wholeMonth !== undefined) {
    const range = spanIn(monthYear, today, (y) => ({ from: isoDate(y, wholeMonth, 1), to: addDays(isoDate(wholeMonth === 12 ? y + 1 : y, wholeMonth % 12 + 1, 1), -1) }));
    return { length: monthYear === undefined ? 1 : 2, range };
  }

  // Weeks: "denne uge", "næste uge", "sidste uge", "uge 48", "uge48", "week 48", "ugen".
  if (WEEK_WORDS.has(w[i + 1] ?? "")) {
    if (THIS_WEEK_WORDS.has(word)) return { length: 2, week: mondayOf(today) };
    if (NEXT_WORDS.has(word)) return { length: 2, week: addDays(mondayOf(today), 7) };
    if (LAST_WORDS.has(word)) return { length: 2, week: addDays(mondayOf(today), -7) };
  }
  const weekNumber = WEEK_WORDS.has(word) && /^\d{1,2}$/.test(w[i + 1] ?? "")
    ? { n: Number(w[i + 1]), length: 2 }
    : ((mm) => (mm ? { n: Number(mm[1]), length: 1 } : undefined))(word.startsWith("uge") || word.startsWith("week") ? /^(?:uge|week)(\d{1,2})$/.exec(word) : null);
  if (weekNumber) {
    const year = Number(today.slice(0, 4));
    const thisYear = mondayOfIsoWeek(year, weekNumber.n);
    const monday = thisYear && epochDay(thisYear) + 6 >= epochDay(today) - PAST_DATE_WINDOW_DAYS
      ? thisYear
      : mondayOfIsoWeek(year + 1, weekNumber.n) ?? thisYear;
    if (monday) return { length: weekNumber.length, week: monday };
  }
  if (word === "ugen" || word === "ugens") return { length: 1, week: mondayOf(today) };

  // Weekdays, with "næste"/"next", "sidste"/"last", "på"/"on" before, or "i fredags" (last Friday).
  const modifier = NEXT_WORDS.has(word) ? "next" : LAST_WORDS.has(word) ? "last" : ON_WORDS.has(word) ? "plain" : undefined;
  if (modifier) {
    const day = weekdayAt(w[i + 1], true);
    if (day !== undefined) return { length: 2, weekday: { day, mode: modifier } };
  }
  if (word === "i" && w[i + 1]?.endsWith("s")) {
    const day = weekdayAt(w[i + 1], false);
    if (day !== undefined && isWeekdayName(w[i + 1]) && /dags$/.test(w[i + 1])) {
      return { length: 2, weekday: { day, mode: "last" } };
    }
  }
  const allowAmbiguous = startsWithDigit(w[i + 1]) || (i > 0 && TIME_WORDS.has(w[i - 1]));
  const weekdayHere = weekdayAt(word, allowAmbiguous);
  if (weekdayHere !== undefined) return { length: 1, weekday: { day: weekdayHere, mode: "plain" } };

  // Parts of the day and clock times ("i eftermiddag", "kl 10", "kl. 13:30", "at 14", "10:30"), read as slots.ts
  // reads them for the slot asked about.
  const partHere = dayPartAt(w, i);
  if (partHere !== undefined) return { length: 1, part: partHere };
  const clock = clockTimeAt(w, i);
  if (clock) return { length: clock.length, time: clock.time };
  // "i weekenden", "weekend", "næste weekend": Saturday and Sunday of this (or next) week.
  if (WEEKEND_WORDS.has(word)) {
    const saturday = addDays(mondayOf(today), 5 + (i > 0 && NEXT_WORDS.has(w[i - 1]) ? 7 : 0));
    return { length: 1, range: { from: saturday, to: addDays(saturday, 1) } };
  }
  return undefined;
}
