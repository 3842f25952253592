// A person's duties on a day and who does them: the person, stand-ins from one-day changes, or nobody ("hvem
// dækker for Kim i eftermiddag").
import type { WorkCalendar } from "../calendar";
import type { IsoDate, Organisation } from "../organisation";
import { absenceCoversSlot, cyclePlanOn, type RotaCell } from "../rota";
import type { Away } from "./absences";
import { factsOf, presenceIn, type DayFacts, type Presence, type SlotOptions } from "./presence";

/** One of a person's duties on a day, and who does it. */
export interface DutyCover {
  readonly duty: string;
  readonly slot: string;
  /** The person's place comes from the cycle, or a one-day change put them there. */
  readonly source: "cycle" | "change";
  /**
   * self: the person does it. replaced: a one-day change put others in their place (`by`). uncovered: the person
   * is away (or was taken out) and nobody stands in.
   */
  readonly status: "self" | "replaced" | "uncovered";
  /** Who does it instead, present people only; empty unless replaced. */
  readonly by: readonly string[];
  /** The person is away in this slot (their reason), when they are. */
  readonly awayReason?: string;
  /** The cell as resolved (after changes and absences), for staffing. */
  readonly cell: RotaCell;
}

/** A person's day: their absences and each of their duties with who does it ("hvem dækker for Kim i eftermiddag"). */
export interface PersonCoverage {
  readonly person: string;
  readonly date: IsoDate;
  readonly working: boolean;
  readonly presence: Presence;
  readonly away: readonly Away[];
  /** In slot order, then duty order. Empty on a day off. */
  readonly duties: readonly DutyCover[];
}

/** The person's duties on a day already resolved, in slot order, then duty order; with `assumeAway`, never "self". */
export function dutyCovers(org: Organisation, facts: DayFacts, person: string, slots?: readonly string[], assumeAway = false): DutyCover[] {
  const { rota } = facts;
  if (!rota.working) return [];
  const plan = cyclePlanOn(org.rota, rota.date);
  const changeOf = (duty: string, slot: string) => org.rota.changes.find((c) => c.date === rota.date && c.duty === duty && c.slot === slot);
  const away = facts.awayBy.get(person) ?? [];
  const out: DutyCover[] = [];
  for (const { slot } of rota.slots) {
    if (slots && !slots.includes(slot)) continue;
    const awayHere = away.find((a) => absenceCoversSlot(a, slot));
    for (const row of rota.duties) {
      const cell = row.cells.find((c) => c.slot === slot);
      if (!cell || !cell.planned) continue;
      const fromCycle = plan[row.duty]?.[slot] ?? [];
      const change = changeOf(row.duty, slot);
      const assigned = change ? change.people : fromCycle;
      const inCycle = fromCycle.includes(person);
      if (!inCycle && !assigned.includes(person)) continue;
      const source = inCycle ? "cycle" : "change";
      const reason = awayHere ? { awayReason: awayHere.reason } : {};
      if (assigned.includes(person)) {
        out.push({ duty: row.duty, slot, source, status: awayHere || assumeAway ? "uncovered" : "self", by: [], ...reason, cell });
      } else {
        // A change took the person out: the stand-ins are the change's people who were not in the cycle's plan.
        const by = assigned.filter((p) => !fromCycle.includes(p) && cell.people.includes(p));
        out.push({ duty: row.duty, slot, source, status: by.length > 0 ? "replaced" : "uncovered", by, ...reason, cell });
      }
    }
  }
  return out;
}

/** For a person: treat them as away in the asked slots although nothing is registered ("Kim er syg, hvem dækker?"). */
export interface CoverOptions extends SlotOptions {
  readonly assumeAway?: boolean;
}

/**
 * Who does a person's duties on `date` (in `options.slots` when given): the person, stand-ins from one-day changes,
 * or nobody. With `assumeAway`, a duty the person would do themself is "uncovered" (no awayReason).
 */
export function coverForPerson(org: Organisation, person: string, date: IsoDate, calendar: WorkCalendar, options: CoverOptions = {}): PersonCoverage {
  const facts = factsOf(org, date, calendar);
  const found = presenceIn(facts, person, options.slots);
  const presence = !facts.rota.working ? "dayOff" : options.assumeAway ? "away" : found.presence;
  return {
    person, date, working: facts.rota.working, presence, away: found.away,
    duties: dutyCovers(org, facts, person, options.slots, options.assumeAway === true),
  };
}
