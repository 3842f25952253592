// The words of dates in Danish and English: weekdays, months, days relative to today ("i morgen", "tomorrow"),
// half days, weeks and the little words around them ("næste", "fra … til"), and looking a word up with the
// typos staff make. dateExpressions.ts reads them in order; the words are kept folded, as the question is.
import type { DayPart } from "./slots";
import { closeEnough, fold, startsWithDigit, stem } from "./text";

/** A four-digit year. */
export function yearOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{4}$/.test(word)) return Number(word);
  return undefined;
}

const WEEKDAY_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["mandag", "monday"]],
  [2, ["tirsdag", "tuesday"]],
  [3, ["onsdag", "wednesday"]],
  [4, ["torsdag", "thursday"]],
  [5, ["fredag", "friday"]],
  [6, ["lørdag", "saturday"]],
  [7, ["søndag", "sunday"]],
];
/** Short forms that are never anything else. */
const WEEKDAY_SHORT: ReadonlyArray<readonly [number, readonly string[]]> = [
  [2, ["tirs", "tue", "tues"]],
  [3, ["ons", "wed"]],
  [4, ["tors", "thu", "thur", "thurs"]],
  [5, ["fre"]],
  [6, ["lør", "sat"]],
];
/**
 * Short forms that are also ordinary words ("man", "søn", "sun", and "fri": Danish for a day off, "hvornår har jeg
 * fri"): a weekday only after "næste", "på" and the like, or before a date.
 */
const WEEKDAY_SHORT_AMBIGUOUS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["man", "mon"]],
  [5, ["fri"]],
  [7, ["søn", "sun"]],
];

const WEEKDAY_BY_STEM = new Map<string, number>();
for (const [day, names] of WEEKDAY_NAMES) for (const name of names) WEEKDAY_BY_STEM.set(stem(name), day);
const WEEKDAY_SHORT_BY_FOLD = new Map<string, number>();
for (const [day, names] of WEEKDAY_SHORT) for (const name of names) WEEKDAY_SHORT_BY_FOLD.set(fold(name), day);
const WEEKDAY_AMBIGUOUS_BY_FOLD = new Map<string, number>();
for (const [day, names] of WEEKDAY_SHORT_AMBIGUOUS) for (const name of names) WEEKDAY_AMBIGUOUS_BY_FOLD.set(fold(name), day);

const MONTHS: ReadonlyArray<readonly string[]> = [
  ["januar", "january", "jan"],
  ["februar", "february", "feb"],
  ["marts", "march", "mar"],
  ["april", "apr"],
  ["maj", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];
const MONTH_BY_FOLD = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((name) => MONTH_BY_FOLD.set(fold(name), i + 1)));

/** A month name (a typo allowed from five letters): 1-12. */
export function monthOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const exact = MONTH_BY_FOLD.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 5) return undefined;
  for (const [name, month] of MONTH_BY_FOLD) if (name.length >= 5 && closeEnough(word, name)) return month;
  return undefined;
}

/** "7", "7th", "1st", "22nd" -> the day number. */
export function dayNumberOf(word: string | undefined): number | undefined {
  const m = startsWithDigit(word) ? /^(\d{1,2})(?:st|nd|rd|th|te|ende)?$/.exec(word!) : null;
  return m ? Number(m[1]) : undefined;
}

/** Words before a weekday or a week: the next one, the last one, this one. */
export const NEXT_WORDS = new Set(["næste", "next", "kommende", "coming"].map(fold));
export const LAST_WORDS = new Set(["sidste", "last", "forrige", "previous"].map(fold));
export const ON_WORDS = new Set(["på", "on", "om", "this", "denne", "til", "for"].map(fold));

/** A phrase for a day relative to today: its words, the offset in days, and the half day it implies. */
type RelativeDay = readonly [words: readonly string[], days: number, part?: DayPart];

/** Multi-word and one-word phrases for days relative to today; longer phrases are tried first. */
export const RELATIVE_DAYS: readonly RelativeDay[] = ([
  [["i", "morgen", "tidlig"], 1, "morning"],
  [["tomorrow", "morning"], 1, "morning"],
  [["tomorrow", "afternoon"], 1, "afternoon"],
  [["day", "after", "tomorrow"], 2],
  [["i", "overmorgen"], 2],
  [["i", "morgen"], 1],
  [["i", "morges"], 0, "morning"],
  [["i", "dag"], 0],
  [["i", "går"], -1],
  [["i", "forgårs"], -2],
  [["this", "morning"], 0, "morning"],
  [["this", "afternoon"], 0, "afternoon"],
  [["this", "evening"], 0, "evening"],
  [["i", "aften"], 0, "evening"],
  [["tonight"], 0, "evening"],
  [["i", "formiddag"], 0, "morning"],
  [["i", "eftermiddag"], 0, "afternoon"],
  [["idag"], 0],
  [["today"], 0],
  [["todays"], 0],
  [["dagens"], 0],
  [["nu"], 0],
  [["now"], 0],
  [["imorgen"], 1],
  [["tomorrow"], 1],
  [["tomorrows"], 1],
  [["morgendagens"], 1],
  [["overmorgen"], 2],
  [["iovermorgen"], 2],
  [["igår"], -1],
  [["yesterday"], -1],
  [["iforgårs"], -2],
] satisfies RelativeDay[])
  .map(([words, days, part]): RelativeDay => [words.map(fold), days, part])
  .sort((a, b) => b[0].length - a[0].length);

/**
 * RELATIVE_DAYS by the first letter of their first word, in the same order: a phrase can only start at a word
 * with that letter (sequenceAt never lets a typo change a first letter), and a question reads every word.
 */
export const RELATIVE_DAYS_BY_LETTER: ReadonlyMap<string, readonly RelativeDay[]> = RELATIVE_DAYS.reduce((byLetter, phrase) => {
  const letter = phrase[0][0].charAt(0);
  byLetter.set(letter, [...(byLetter.get(letter) ?? []), phrase]);
  return byLetter;
}, new Map<string, RelativeDay[]>());

/** Words for a week, "this", a clock time ("kl"), the weekend, and a range ("fra … til"). */
export const WEEK_WORDS = new Set(["uge", "ugen", "uges", "week", "weeks"].map(fold));
export const THIS_WEEK_WORDS = new Set(["denne", "this", "current", "indeværende"].map(fold));
export const TIME_WORDS = new Set(["kl", "klokken", "at"]);
export const WEEKEND_WORDS = new Set(["weekend", "weekenden", "weekends", "weekendens"].map(fold));
export const RANGE_WORDS = new Set(["til", "to", "until", "till", "through", "tom", "-"].map(fold));
export const FROM_WORDS = new Set(["fra", "from"].map(fold));

/** A weekday (1 Monday … 7 Sunday) by its name, a typo in a long name allowed; `allowAmbiguous` also takes "man", "søn". */
export function weekdayAt(word: string | undefined, allowAmbiguous: boolean): number | undefined {
  if (word === undefined) return undefined;
  const short = WEEKDAY_SHORT_BY_FOLD.get(word) ?? (allowAmbiguous ? WEEKDAY_AMBIGUOUS_BY_FOLD.get(word) : undefined);
  if (short !== undefined) return short;
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const stemmed = stem(word);
  const exact = WEEKDAY_BY_STEM.get(stemmed);
  if (exact !== undefined) return exact;
  // A typo only in a whole weekday name that starts right: "fredga", "tirsdga", but not "manager" or "fridag".
  if (stemmed.length < 6) return undefined;
  for (const [name, day] of WEEKDAY_BY_STEM) {
    if (stemmed.slice(0, 2) === name.slice(0, 2) && closeEnough(stemmed, name)) return day;
  }
  return undefined;
}

/** True for a whole weekday name in any form ("fredags"), not a short one. */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_BY_STEM.has(stem(word));
}

/** True when `phrase` stands at `i` in `words`; with `fuzzy`, a long word may carry a typo (not in its first letter). */
export function sequenceAt(words: readonly string[], i: number, phrase: readonly string[], fuzzy: boolean): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const word = words[i + k];
    // A typo rarely hits the first letter, and allowing it would read "morgen" (god morgen) as "imorgen".
    if (word !== phrase[k] && !(fuzzy && word.length >= 5 && word[0] === phrase[k][0] && closeEnough(word, phrase[k]))) return false;
  }
  return true;
}
