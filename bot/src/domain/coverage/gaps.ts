// A day's coverage: who is away, what becomes of their duties, and the gaps a koordinator fills first thing in
// the morning (understaffed, double-booked, away but planned, an area with nobody in).
import type { WorkCalendar } from "../calendar";
import type { IsoDate, Organisation } from "../organisation";
import { absenceCoversSlot, type AbsentFromCell, type RotaDay } from "../rota";
import type { Away } from "./absences";
import { areaCoverageOn } from "./areas";
import { dutyCovers, type DutyCover } from "./duties";
import { factsOf, type DayFacts, type SlotOptions } from "./presence";

/** Someone away on the day and what becomes of their duties in the slots they are away. */
export interface AbsentCover {
  readonly person: string;
  readonly away: readonly Away[];
  /** Their duties in the slots they are away (never "self"). */
  readonly duties: readonly DutyCover[];
}

/** A gap in the day's rota that a koordinator should fill (issue: the morning card). */
export type Gap =
  /** A planned duty slot with fewer people present than its minStaff. */
  | { readonly kind: "understaffed"; readonly duty: string; readonly slot: string; readonly minStaff: number; readonly present: readonly string[]; readonly absent: readonly AbsentFromCell[] }
  /** A person on two or more duties in the same slot (after changes). */
  | { readonly kind: "doubleBooked"; readonly person: string; readonly slot: string; readonly duties: readonly string[] }
  /** A person away but still on the plan in a slot, with nobody instead. */
  | { readonly kind: "absentPlanned"; readonly person: string; readonly reason: string; readonly duty: string; readonly slot: string }
  /** Every fyrtårn and backup of an area away all day (or in the asked slots). */
  | { readonly kind: "areaUncovered"; readonly area: string; readonly away: readonly Away[] };

/** A gap's kind. */
export type GapKind = Gap["kind"];

/** The day's coverage: who is away, what becomes of their duties, and the gaps. */
export interface DayCoverage {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly rota: RotaDay;
  /** Everyone away that day (in the asked slots), in file order of their first absence. */
  readonly absent: readonly AbsentCover[];
  readonly gaps: readonly Gap[];
}

/** The day's coverage, optionally only some slots ("hvem er væk i eftermiddag, og hvem dækker"). */
export function coverageOfDay(org: Organisation, date: IsoDate, calendar: WorkCalendar, options: SlotOptions = {}): DayCoverage {
  const facts = factsOf(org, date, calendar);
  const absent: AbsentCover[] = [];
  for (const [person, away] of facts.awayBy) {
    const relevant = options.slots ? away.filter((a) => options.slots!.some((s) => absenceCoversSlot(a, s))) : away;
    if (relevant.length === 0) continue;
    const duties = dutyCovers(org, facts, person, options.slots).filter((d) => d.awayReason !== undefined);
    absent.push({ person, away: relevant, duties });
  }
  return { date, working: facts.rota.working, rota: facts.rota, absent, gaps: gapsOn(org, facts, options.slots) };
}

/**
 * The gaps of a day (empty on a day off): understaffed, double-booked, absent-but-planned, areas with nobody in.
 * `rota`: the day's rota when the caller has resolved it already (a rota answer), so it is not resolved twice.
 */
export function gapsOfDay(org: Organisation, date: IsoDate, calendar: WorkCalendar, options: SlotOptions & { readonly rota?: RotaDay } = {}): Gap[] {
  return gapsOn(org, factsOf(org, date, calendar, options.rota), options.slots);
}

function gapsOn(org: Organisation, facts: DayFacts, slots?: readonly string[]): Gap[] {
  const { rota } = facts;
  if (!rota.working) return [];
  const gaps: Gap[] = [];
  const inSlots = (slot: string): boolean => !slots || slots.includes(slot);
  for (const row of rota.duties) {
    for (const cell of row.cells) {
      if (!inSlots(cell.slot) || !cell.understaffed) continue;
      gaps.push({ kind: "understaffed", duty: row.duty, slot: cell.slot, minStaff: row.minStaff ?? 0, present: cell.people, absent: cell.absent });
    }
  }
  for (const { slot } of rota.slots) {
    if (!inSlots(slot)) continue;
    const dutiesOf = new Map<string, string[]>();
    for (const row of rota.duties) {
      const cell = row.cells.find((c) => c.slot === slot);
      for (const person of [...(cell?.people ?? []), ...(cell?.absent.map((a) => a.person) ?? [])]) {
        dutiesOf.set(person, [...(dutiesOf.get(person) ?? []), row.duty]);
      }
    }
    for (const [person, duties] of dutiesOf) if (duties.length > 1) gaps.push({ kind: "doubleBooked", person, slot, duties });
  }
  for (const row of rota.duties) {
    for (const cell of row.cells) {
      if (!inSlots(cell.slot)) continue;
      for (const { person, reason } of cell.absent) gaps.push({ kind: "absentPlanned", person, reason, duty: row.duty, slot: cell.slot });
    }
  }
  for (const area of org.areas) {
    const coverage = areaCoverageOn(org, facts, area.id, rota.date, { ...(slots && { slots }) });
    if (coverage?.status !== "nobody") continue;
    const away = [...coverage.fyrtaarne, ...coverage.backups].flatMap((h) => h.away ?? []);
    gaps.push({ kind: "areaUncovered", area: area.id, away });
  }
  return gaps;
}

/** A stable key of a gap on a date, for a card action that fixes it ("already filled" is told by the key). */
export function gapKey(date: IsoDate, gap: Gap): string {
  switch (gap.kind) {
    case "understaffed":
      return `${date}|understaffed|${gap.duty}|${gap.slot}`;
    case "doubleBooked":
      return `${date}|doubleBooked|${gap.person}|${gap.slot}`;
    case "absentPlanned":
      return `${date}|absentPlanned|${gap.person}|${gap.duty}|${gap.slot}`;
    case "areaUncovered":
      return `${date}|areaUncovered|${gap.area}`;
  }
}

/** The gap with this key on the date, while it is still open; undefined once filled ("already filled by …"). */
export function findGap(org: Organisation, date: IsoDate, key: string, calendar: WorkCalendar): Gap | undefined {
  return gapsOfDay(org, date, calendar).find((gap) => gapKey(date, gap) === key);
}
