// Registered absences as they touch a day or a range ("hvem er syg i dag", "hvornår har jeg ferie"), and the
// words staff use for a kind of absence.
import type { Absence, IsoDate, Organisation } from "../organisation";
import { absenceCoversSlot, absenceOnDate } from "../rota";
import { fold, stem } from "../text";

/** A registered absence as it touches a day or a range. */
export interface Away {
  readonly person: string;
  /** ferie, kursus, syg, afspadsering, … as written in the organisation file. */
  readonly reason: string;
  /** Only these slots (a half day); the whole day when absent. */
  readonly slots?: readonly string[];
  /** The whole registered period, inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Which absences to keep. */
export interface AbsenceFilter {
  readonly person?: string;
  /** Only absences matching this reason word ("syg", "sygdom", "ferie"); see reasonMatches. */
  readonly reason?: string;
  /** Only absences that take the person out of at least one of these slots. */
  readonly slots?: readonly string[];
}

function toAway(absence: Absence): Away {
  return {
    person: absence.person, reason: absence.reason, from: absence.from, to: absence.to,
    ...(absence.slots !== undefined && { slots: absence.slots }),
  };
}

function keep(absence: Absence, filter: AbsenceFilter): boolean {
  if (filter.person !== undefined && absence.person !== filter.person) return false;
  if (filter.reason !== undefined && !reasonMatches(absence.reason, filter.reason)) return false;
  if (filter.slots !== undefined && !filter.slots.some((slot) => absenceCoversSlot(absence, slot))) return false;
  return true;
}

/**
 * The absences that touch `date` ("hvem er syg i dag"), in file order. Days off included: an absence is what was
 * registered, whether or not the department is open that day.
 */
export function absencesOn(org: Pick<Organisation, "rota">, date: IsoDate, filter: AbsenceFilter = {}): Away[] {
  return org.rota.absences.filter((a) => absenceOnDate(a, date) && keep(a, filter)).map(toAway);
}

/** The absences that overlap `from`..`to` (inclusive), by start date ("hvornår har jeg ferie", "hvem er væk i næste uge"). */
export function absencesBetween(org: Pick<Organisation, "rota">, from: IsoDate, to: IsoDate, filter: AbsenceFilter = {}): Away[] {
  return org.rota.absences
    .filter((a) => a.from <= to && from <= a.to && keep(a, filter))
    .map(toAway)
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Words staff use for a kind of absence, Danish and English, by the reason the organisation file usually writes. */
const REASON_WORDS: ReadonlyArray<readonly [reason: string, words: readonly string[]]> = [
  ["syg", ["syg", "syge", "sygdom", "sygemeldt", "sygemelding", "sick", "ill", "illness"]],
  ["ferie", ["ferie", "ferien", "feriedag", "feriedage", "holiday", "holidays", "vacation"]],
  ["kursus", ["kursus", "kurser", "kurset", "uddannelse", "course", "training"]],
  ["afspadsering", ["afspadsering", "afspadserer", "afspadsere", "afspadseret", "toil"]],
];
const REASON_BY_WORD: ReadonlyMap<string, string> = new Map(REASON_WORDS.flatMap(([reason, words]) => words.map((w) => [fold(w), reason] as const)));

/**
 * The kind of absence a question names ("hvem er syg", "who is on holiday"), as the reason word the organisation
 * file usually writes, with the index of the word; compare with reasonMatches.
 */
export function readAbsenceReason(words: readonly string[]): { readonly reason: string; readonly consumed: readonly number[] } | undefined {
  for (let i = 0; i < words.length; i++) {
    const reason = REASON_BY_WORD.get(fold(words[i]));
    if (reason !== undefined) return { reason, consumed: [i] };
  }
  return undefined;
}

/** A registered reason is the asked one: same word in any spelling or form ("Syg", "sygdom", "sygemeldt" for "syg"). */
export function reasonMatches(registered: string, asked: string): boolean {
  const a = fold(registered.trim());
  const b = fold(asked.trim());
  if (a === b) return true;
  const known = REASON_BY_WORD.get(b) ?? b;
  if (REASON_BY_WORD.get(a) === known) return true;
  const root = stem(known);
  return root.length >= 3 && (a.startsWith(root) || stem(a) === root);
}
