// The words of dates in Danish and English: weekdays, months, days relative to today ("i morgen", "tomorrow"),
// half days, weeks and the little words around them ("næste", "fra … til"), and looking a word up with the
// typos staff make. dateExpressions.ts reads them in order; the words are kept folded, as the question is.
import type { DayPart } from "./slots";
import { closeEnough, fold, startsWithDigit, stem } from "./text";

/** A four-digit year. */
export function yearOf(word: string | undefined): number | undefined {
  if (word === undefined || word.length !== 4 || !startsWithDigit(word)) return undefined;
  return /^\d{4}$/.test(word) ? Number(word) : undefined;
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

/** The whole names of the months (not "jan", "dec"), which alone can name a month: 1-12. */
const MONTH_BY_WHOLE_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.filter((n) => n.length > 4 || /^(maj|may|juni|june|juli|july)$/.test(n)).map((n) => [fold(n), i + 1] as const)));
/** Words before a month alone that make it a month rather than a name ("i juli", "in August"). */
export const IN_MONTH_WORDS = new Set(["i", "in", "during", "hele", "throughout"]);

/** A month by its whole name, a typo allowed from five letters: 1-12 ("juli", "december", not "jul" or "dec"). */
export function wholeMonthOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return MONTH_BY_WHOLE_NAME.get(word) ?? (word.length >= 5 ? monthOf(word) : undefined);
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

/** A day of a named period in its year: a fixed day (`yearAfter`: of the next year), or days from Easter Sunday. */
export type PeriodDay = { readonly month: number; readonly day: number; readonly yearAfter?: true } | { readonly easter: number };
/** A holiday or a holiday period by name: its words, its first day and its last (the first when one day). */
export type NamedPeriod = readonly [words: readonly string[], from: PeriodDay, to?: PeriodDay];

const dec = (day: number): PeriodDay => ({ month: 12, day });
const NEW_YEARS_DAY: PeriodDay = { month: 1, day: 1, yearAfter: true };
const easter = (days: number): PeriodDay => ({ easter: days });

/**
 * The Danish holidays and the periods around them that staff plan leave by ("hvem har ferie i julen", "mellem jul
 * og nytår", "2. påskedag"), and the same in English. Christmas is 24-26 December, New Year 31 December-1 January,
 * Easter Maundy Thursday to Easter Monday, "påskeferien" the Monday before Easter to Easter Monday.
 */
export const NAMED_PERIODS: readonly NamedPeriod[] = ([
  [["mellem", "jul", "og", "nytår"], dec(27), dec(30)],
  [["imellem", "jul", "og", "nytår"], dec(27), dec(30)],
  [["between", "christmas", "and", "new", "year"], dec(27), dec(30)],
  [["jul", "og", "nytår"], dec(24), NEW_YEARS_DAY],
  [["julen", "og", "nytåret"], dec(24), NEW_YEARS_DAY],
  [["christmas", "and", "new", "year"], dec(24), NEW_YEARS_DAY],
  [["jul"], dec(24), dec(26)],
  [["julen"], dec(24), dec(26)],
  [["juletiden"], dec(24), dec(26)],
  [["christmas"], dec(24), dec(26)],
  [["xmas"], dec(24), dec(26)],
  [["juleaften"], dec(24)],
  [["juleaftensdag"], dec(24)],
  [["christmas", "eve"], dec(24)],
  [["juledag"], dec(25)],
  [["1", "juledag"], dec(25)],
  [["første", "juledag"], dec(25)],
  [["christmas", "day"], dec(25)],
  [["2", "juledag"], dec(26)],
  [["anden", "juledag"], dec(26)],
  [["boxing", "day"], dec(26)],
  [["nytår"], dec(31), NEW_YEARS_DAY],
  [["nytåret"], dec(31), NEW_YEARS_DAY],
  [["new", "year"], dec(31), NEW_YEARS_DAY],
  [["nytårsaften"], dec(31)],
  [["nytårsaftensdag"], dec(31)],
  [["new", "year", "s", "eve"], dec(31)],
  [["new", "years", "eve"], dec(31)],
  [["nytårsdag"], NEW_YEARS_DAY],
  [["new", "year", "s", "day"], NEW_YEARS_DAY],
  [["new", "years", "day"], NEW_YEARS_DAY],
  [["påskeferien"], easter(-6), easter(1)],
  [["påskeferie"], easter(-6), easter(1)],
  [["påske"], easter(-3), easter(1)],
  [["påsken"], easter(-3), easter(1)],
  [["easter"], easter(-3), easter(1)],
  [["skærtorsdag"], easter(-3)],
  [["maundy", "thursday"], easter(-3)],
  [["langfredag"], easter(-2)],
  [["good", "friday"], easter(-2)],
  [["påskedag"], easter(0)],
  [["påskesøndag"], easter(0)],
  [["easter", "sunday"], easter(0)],
  [["2", "påskedag"], easter(1)],
  [["anden", "påskedag"], easter(1)],
  [["påskemandag"], easter(1)],
  [["easter", "monday"], easter(1)],
  [["kristi", "himmelfartsdag"], easter(39)],
  [["kr", "himmelfartsdag"], easter(39)],
  [["himmelfartsdag"], easter(39)],
  [["kristi", "himmelfart"], easter(39)],
  [["ascension", "day"], easter(39)],
  [["pinse"], easter(49), easter(50)],
  [["pinsen"], easter(49), easter(50)],
  [["whitsun"], easter(49), easter(50)],
  [["pentecost"], easter(49), easter(50)],
  [["pinsedag"], easter(49)],
  [["2", "pinsedag"], easter(50)],
  [["anden", "pinsedag"], easter(50)],
  [["pinsemandag"], easter(50)],
  [["whit", "monday"], easter(50)],
  [["grundlovsdag"], { month: 6, day: 5 }],
  [["constitution", "day"], { month: 6, day: 5 }],
] satisfies NamedPeriod[])
  .map(([words, from, to]): NamedPeriod => [words.map(fold), from, to])
  .sort((a, b) => b[0].length - a[0].length);

/** NAMED_PERIODS by their first word, longer phrases first: most words of a question start none. */
export const NAMED_PERIODS_BY_FIRST_WORD: ReadonlyMap<string, readonly NamedPeriod[]> = groupBy(NAMED_PERIODS, (period) => period[0][0]);
/**
 * The NAMED_PERIODS whose first word is long enough to be mistyped, by its first letter. A typo is looked for only
 * after the first three letters ("juleaftn", "påskedga"), so a question's other words meet hardly any.
 */
export const NAMED_PERIODS_BY_LETTER: ReadonlyMap<string, readonly NamedPeriod[]> = groupBy(NAMED_PERIODS.filter((period) => period[0][0].length >= 5), (period) => period[0][0].charAt(0));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

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
