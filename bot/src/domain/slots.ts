// What a question names as a slot of the rota, mapped onto the organisation's own slots: by the slot's name or
// synonyms ("morgenvagten"), by a clock time ("kl. 14", "14:30"), or by a part of the day ("i morgen tidlig",
// "i eftermiddag", "torsdag aften"). Reading the words needs only the organisation; which slots are meant is
// decided per day, since slot times differ by weekday and some slots run only on some weekdays.
// Pure functions; no wording (the answers say it).
import type { WorkCalendar } from "./calendar";
import { WEEKDAYS, type IsoDate, type LocalTime, type Organisation, type Slot, type Weekday } from "./organisation";
import { slotOnDay, type RotaDay, type RotaSlotTimes } from "./rota";
import { addDays } from "./isoDate";
import { closeEnough, fold, splitWords, startsWithDigit, stem } from "./text";

/**
 * A part of the day as staff say it. early: "tidlig", "i morges", "morgenen" (the day's first slot); morning:
 * "formiddag", "fm", "morning" (slots that start before noon); midday: "middagstid", "frokost", "noon" (the slot
 * running at noon); afternoon: "eftermiddag", "em" (slots running at 13:00 or starting from noon until evening);
 * evening: "aften", "tonight" (slots starting from 15:00, else one still running at 16:00, as a long Thursday).
 */
export type DayPart = "early" | "morning" | "midday" | "afternoon" | "evening";

/** A slot as a question names it, before the day is known. */
export type SlotRef =
  /** By name or synonym: slot ids, in the organisation's order (usually one). */
  | { readonly kind: "slot"; readonly slots: readonly string[] }
  /** By clock time, "HH:mm". */
  | { readonly kind: "time"; readonly time: LocalTime }
  | { readonly kind: "part"; readonly part: DayPart };

/** A slot reference read from a question, with the indices of the words it used (so nothing else reads them). */
export interface SlotMention {
  readonly ref: SlotRef;
  readonly consumed: readonly number[];
}

/** Why a slot reference meant no slot on a day. */
export type NoSlotReason =
  /** The day is not a working day. */
  | "dayOff"
  /** The named slot does not run on that weekday (see slotWeekdays). */
  | "notThatDay"
  /** A half day: closed from noon. */
  | "halfDay"
  /** The clock time is before the first slot or after the last. */
  | "outsideHours"
  /** No slot of the day falls in that part of it ("mandag aften" when the last slot ends 15:30). */
  | "noneInPart";

/** The slots a reference means on one day, as they run that day; when none, why. */
export interface SlotsOnDay {
  readonly slots: readonly RotaSlotTimes[];
  readonly none?: NoSlotReason;
}

/** Noon: "formiddag" is before it. */
export const NOON: LocalTime = "12:00";
/** The time an afternoon certainly covers. */
export const AFTERNOON_PROBE: LocalTime = "13:00";
/** A slot starting at or after this is an evening slot. */
export const EVENING_FROM: LocalTime = "15:00";
/** Without an evening slot, one still running at this time counts as the evening ("torsdag aften" on a long Thursday). */
export const EVENING_PROBE: LocalTime = "16:00";

// ---------------------------------------------------------------------------------------------------------------
// Reading the words

/** Words for a part of the day, folded. "morgen" is early only when not "i morgen" (tomorrow) or "god morgen". */
const PART_WORDS: ReadonlyMap<string, DayPart> = new Map<string, DayPart>([
  ...["tidlig", "tidligt", "morgen", "morgenen", "morges", "early"].map((w) => [fold(w), "early"] as const),
  ...["formiddag", "formiddagen", "formiddags", "fm", "morning", "mornings"].map((w) => [fold(w), "morning"] as const),
  ...["middagstid", "middagstiden", "frokost", "frokosttid", "frokosttiden", "noon", "midday", "lunch", "lunchtime"].map((w) => [fold(w), "midday"] as const),
  ...["eftermiddag", "eftermiddagen", "eftermiddags", "em", "afternoon", "afternoons"].map((w) => [fold(w), "afternoon"] as const),
  ...["aften", "aftenen", "aftens", "evening", "evenings", "tonight"].map((w) => [fold(w), "evening"] as const),
]);
const NOT_PART_BEFORE: ReadonlySet<string> = new Set(["god", "good"]);
/** Endings that make a slot or a part of the day a shift: "midtvagt", "aftenvagten", "formiddagsvagter". */
const SHIFT_ENDINGS = ["vagterne", "vagten", "vagter", "vagt"].map(fold);

const NO_HEADS: readonly string[] = [];

/**
 * What a shift word may be made of: "midtvagt" -> ["midt"]; with a linking s both readings, "formiddagsvagt" ->
 * ["formiddags", "formiddag"]. Empty for a word that is no shift.
 */
function shiftHeads(folded: string): readonly string[] {
  if (folded.length < 6) return NO_HEADS;
  const ending = SHIFT_ENDINGS.find((e) => folded.endsWith(e));
  if (!ending) return NO_HEADS;
  const head = folded.slice(0, folded.length - ending.length);
  if (head.length < 2) return NO_HEADS;
  return head.endsWith("s") ? [head, head.slice(0, -1)] : [head];
}
/** Words before a clock time; the first two say it is one, the others only with an hour of the working day. */
const TIME_WORDS: ReadonlySet<string> = new Set(["kl", "klokken", "at", "ved", "omkring", "around"]);
const SURE_TIME_WORDS: ReadonlySet<string> = new Set(["kl", "klokken"]);
/** "at 9", "ved 14": a time only between these (a number after an ordinary word is otherwise anything). */
const WORKING_HOURS = { from: "06:00", to: "21:00" } as const;
/** Without am/pm, an hour this low is afternoon office time: "kl. 2" is 14:00. */
const LAST_AFTERNOON_HOUR_WRITTEN_SHORT = 6;

interface SlotPhrase {
  readonly slot: string;
  readonly folded: readonly string[];
  readonly stems: readonly string[];
}

/** The slots' names and synonyms as word sequences, longest first; built once per slot list. */
const phrasesOf = new WeakMap<readonly Slot[], readonly SlotPhrase[]>();

function slotPhrases(slots: readonly Slot[]): readonly SlotPhrase[] {
  let phrases = phrasesOf.get(slots);
  if (!phrases) {
    const list: SlotPhrase[] = [];
    for (const slot of slots) {
      for (const text of [slot.name, ...(slot.synonyms ?? [])]) {
        const words = splitWords(text);
        if (words.length > 0) list.push({ slot: slot.id, folded: words.map(fold), stems: words.map(stem) });
      }
    }
    phrases = list.sort((a, b) => b.folded.length - a.folded.length);
    phrasesOf.set(slots, phrases);
  }
  return phrases;
}

/** The words of a question, folded once and stemmed on demand (a long message must stay cheap). */
class Words {
  private readonly folded: string[];
  private readonly stems: Array<string | undefined>;
  constructor(readonly words: readonly string[]) {
    this.folded = words.map(fold);
    this.stems = new Array<string | undefined>(words.length);
  }
  get length(): number {
    return this.words.length;
  }
  fold(i: number): string {
    return this.folded[i];
  }
  stem(i: number): string {
    return (this.stems[i] ??= stem(this.words[i]));
  }
}

function wordMatches(words: Words, i: number, folded: string, stemmed: string, alone: boolean): boolean {
  const f = words.fold(i);
  if (f === folded) return true;
  // A slot's shift ("midtvagt", "aftenvagten", "formiddagsvagt"), for a one-word name.
  if (alone && shiftHeads(f).includes(folded)) return true;
  // Short words only exactly: "sen" is not "sin", "midt" not "mit".
  if (f.length < 5 || folded.length < 5) return false;
  // A cheap test before stemming: a form of the name shares its first two letters.
  if (f.slice(0, 2) !== folded.slice(0, 2)) return false;
  const s = words.stem(i);
  // The stemmer cuts a short name harder than its longer forms ("aften" -> "aft", "aftenen" -> "aften").
  return s === stemmed || s === folded || f === stemmed || closeEnough(s, stemmed);
}

/** The organisation's slots named in the words (by name or synonym, any spelling, small typos in longer words). */
export function slotByName(org: Pick<Organisation, "rota">, words: readonly string[]): SlotMention | undefined {
  const phrases = slotPhrases(org.rota.slots);
  if (phrases.length === 0) return undefined;
  const w = new Words(words);
  const found = new Set<string>();
  const consumed: number[] = [];
  for (let i = 0; i < w.length; ) {
    const hit = phrases.find((p) => p.folded.every((f, k) => i + k < w.length && wordMatches(w, i + k, f, p.stems[k], p.folded.length === 1)));
    if (!hit) {
      i++;
      continue;
    }
    found.add(hit.slot);
    for (let k = 0; k < hit.folded.length; k++) consumed.push(i + k);
    i += hit.folded.length;
  }
  if (found.size === 0) return undefined;
  const slots = org.rota.slots.filter((s) => found.has(s.id)).map((s) => s.id);
  return { ref: { kind: "slot", slots }, consumed };
}

/** A clock time in the words: "kl. 14", "klokken 9.30", "14:30", "at 2pm"; "kl. 2" is 14:00 (office hours). */
export function readClockTime(words: readonly string[]): SlotMention | undefined {
  for (let i = 0; i < words.length; i++) {
    const found = clockTimeAt(words, i);
    if (found) return { ref: { kind: "time", time: found.time }, consumed: Array.from({ length: found.length }, (_, k) => i + k) };
  }
  return undefined;
}

/**
 * The clock time that starts at word `i`, and how many words it takes: the one reading of "kl. 14" for the
 * slot asked about and for the date words (dateExpressions.ts), so both agree that "kl. 2" is 14:00.
 */
export function clockTimeAt(words: readonly string[], i: number): { readonly time: LocalTime; readonly length: number } | undefined {
  const word = words[i];
  const digits = startsWithDigit(word);
  const ampm = digits ? /^(\d{1,2})(am|pm)$/.exec(word) : null;
  if (ampm) {
    const time = clock(Number(ampm[1]), 0, ampm[2] as "am" | "pm");
    return time ? { time, length: 1 } : undefined;
  }
  const colon = digits ? /^(\d{1,2}):(\d{2})$/.exec(word) : null;
  if (colon) {
    const meridiem = meridiemAt(words, i + 1);
    const time = clock(Number(colon[1]), Number(colon[2]), meridiem);
    return time ? { time, length: meridiem ? 2 : 1 } : undefined;
  }
  const before = fold(word);
  if (!TIME_WORDS.has(before)) return undefined;
  const next = startsWithDigit(words[i + 1]) ? /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(words[i + 1]) : null;
  if (!next) return undefined;
  const meridiem = meridiemAt(words, i + 2);
  const time = clock(Number(next[1]), next[2] === undefined ? 0 : Number(next[2]), meridiem);
  const sure = SURE_TIME_WORDS.has(before) || meridiem !== undefined;
  return time && (sure || (time >= WORKING_HOURS.from && time <= WORKING_HOURS.to)) ? { time, length: meridiem ? 3 : 2 } : undefined;
}

function meridiemAt(words: readonly string[], i: number): "am" | "pm" | undefined {
  const w = words[i];
  return w === "am" || w === "pm" ? w : undefined;
}

function clock(hour: number, minute: number, meridiem: "am" | "pm" | undefined): LocalTime | undefined {
  if (minute > 59) return undefined;
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem === "pm" ? 12 : 0);
  } else if (h >= 1 && h <= LAST_AFTERNOON_HOUR_WRITTEN_SHORT) {
    h += 12;
  }
  if (h > 23) return undefined;
  return `${String(h).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** A part of the day in the words: "tidlig", "i formiddag", "eftermiddagen", "aften"; not "i morgen" or "god morgen". */
export function readDayPart(words: readonly string[]): SlotMention | undefined {
  for (let i = 0; i < words.length; i++) {
    const part = dayPartAt(words, i);
    if (part !== undefined) return { ref: { kind: "part", part }, consumed: [i] };
  }
  return undefined;
}

/** The part of the day word `i` names, if any: the one reading for the slot asked about and for the date words. */
export function dayPartAt(words: readonly string[], i: number): DayPart | undefined {
  const folded = fold(words[i]);
  const part = PART_WORDS.get(folded) ?? shiftHeads(folded).map((head) => PART_WORDS.get(head)).find((p) => p !== undefined);
  if (part === undefined) return undefined;
  const before = i > 0 ? fold(words[i - 1]) : "";
  if (NOT_PART_BEFORE.has(before)) return undefined;
  // "i morgen" is tomorrow, but "i morgen tidlig" still has its "tidlig" further on.
  if (folded === "morgen" && before === "i") return undefined;
  return part;
}

/**
 * The slot a question names, in this order: the organisation's own slot names and synonyms (so an organisation
 * whose slot is called "Aften" gets that slot), then a clock time, then a part of the day.
 * `words` are lowercased tokens as from text.ts `tokens`.
 */
export function readSlotMention(org: Pick<Organisation, "rota">, words: readonly string[]): SlotMention | undefined {
  return slotByName(org, words) ?? readClockTime(words) ?? readDayPart(words);
}

// ---------------------------------------------------------------------------------------------------------------
// Onto a day

/** The slot running at a local time on the day (start ≤ time < end), or undefined. */
export function slotAt(day: Pick<RotaDay, "slots">, time: LocalTime): RotaSlotTimes | undefined {
  return day.slots.find((s) => s.start <= time && time < s.end);
}

/** The day's slots in a part of the day (see DayPart), in order of start. */
export function slotsForPart(day: Pick<RotaDay, "slots">, part: DayPart): RotaSlotTimes[] {
  const slots = [...day.slots].sort((a, b) => a.start.localeCompare(b.start));
  const running = (time: LocalTime) => (s: RotaSlotTimes): boolean => s.start <= time && time < s.end;
  switch (part) {
    case "early":
      return slots.length === 0 ? [] : slots.filter((s) => s.start === slots[0].start);
    case "morning":
      return slots.filter((s) => s.start < NOON);
    case "midday":
      return slots.filter(running(NOON));
    case "afternoon":
      return slots.filter((s) => running(AFTERNOON_PROBE)(s) || (s.start >= NOON && s.start < EVENING_FROM));
    case "evening": {
      const evening = slots.filter((s) => s.start >= EVENING_FROM);
      return evening.length > 0 ? evening : slots.filter(running(EVENING_PROBE));
    }
  }
}

/** The slots a reference means on the resolved day; when none, why (so the answer can say so). */
export function resolveSlotRef(org: Pick<Organisation, "rota">, day: RotaDay, ref: SlotRef): SlotsOnDay {
  if (!day.working) return { slots: [], none: "dayOff" };
  switch (ref.kind) {
    case "slot": {
      const slots = day.slots.filter((s) => ref.slots.includes(s.slot));
      if (slots.length > 0) return { slots };
      const runsThatWeekday = ref.slots.some((id) => {
        const slot = org.rota.slots.find((s) => s.id === id);
        return slot !== undefined && (!slot.days || slot.days.includes(day.day.weekday as Weekday));
      });
      return { slots: [], none: runsThatWeekday && day.day.halfDay ? "halfDay" : "notThatDay" };
    }
    case "time": {
      const slot = slotAt(day, ref.time);
      if (slot) return { slots: [slot] };
      return { slots: [], none: day.day.halfDay && ref.time >= NOON ? "halfDay" : "outsideHours" };
    }
    case "part": {
      const slots = slotsForPart(day, ref.part);
      if (slots.length > 0) return { slots };
      const afterNoon = ref.part === "afternoon" || ref.part === "evening";
      return { slots: [], none: day.day.halfDay && afterNoon ? "halfDay" : "noneInPart" };
    }
  }
}

/** The weekdays a slot runs on: its `days`, or every weekday. */
export function slotWeekdays(slot: Pick<Slot, "days">): readonly Weekday[] {
  return slot.days ?? WEEKDAYS;
}

/** Danish names of the weekdays, for a message that a slot runs only on some ("findes kun mandag og torsdag"). */
export const WEEKDAY_NAMES_DA: Readonly<Record<Weekday, string>> = { mon: "mandag", tue: "tirsdag", wed: "onsdag", thu: "torsdag", fri: "fredag" };

/**
 * The first date from `from` (included) on which a slot runs, within `withinDays` days (default a year): for
 * "hvem har aftenvagten" asked on a Monday when the evening slot runs on Thursdays only.
 */
export function nextDateWithSlot(
  org: Pick<Organisation, "rota">, slotId: string, from: IsoDate, calendar: WorkCalendar, withinDays = 366,
): IsoDate | undefined {
  const slot = org.rota.slots.find((s) => s.id === slotId);
  if (!slot) return undefined;
  for (let i = 0, date = from; i < withinDays; i++, date = addDays(date, 1)) {
    if (slotOnDay(slot, calendar.dayInfo(date), calendar)) return date;
  }
  return undefined;
}
