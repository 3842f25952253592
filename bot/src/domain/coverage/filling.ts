// Filling a gap from the morning card: who could step in, and the one-day change that puts them there.
import type { WorkCalendar } from "../calendar";
import { addDays } from "../isoDate";
import type { IsoDate, Organisation, RotaChange } from "../organisation";
import { cyclePlanOn, resolveRota, type RotaCell } from "../rota";
import type { Gap } from "./gaps";
import { factsOf, presenceIn } from "./presence";

/** Someone who could fill a gap: in and free in the slot. */
export interface Candidate {
  readonly person: string;
  /** The last date (before the day) they had this duty, within the look-back; absent when not. */
  readonly lastHadDuty?: IsoDate;
}

/** People on the rulleplan at all: in any week of the cycle or any one-day change. */
function rotaPeople(org: Organisation): string[] {
  const found = new Set<string>();
  for (const week of org.rota.cycle) {
    for (const plan of Object.values(week)) {
      for (const slots of Object.values(plan ?? {})) for (const people of Object.values(slots)) people.forEach((p) => found.add(p));
    }
  }
  for (const change of org.rota.changes) change.people.forEach((p) => found.add(p));
  return org.people.filter((p) => found.has(p.id)).map((p) => p.id);
}

/**
 * Who could take `duty` in `slot` on `date`: people on the rulleplan who are in then and on no duty in that slot,
 * those who had the duty most recently first (looking back one full cycle, or `lookBackDays`), then the rest in
 * file order.
 */
export function replacementCandidates(
  org: Organisation, date: IsoDate, duty: string, slot: string, calendar: WorkCalendar, options: { readonly lookBackDays?: number } = {},
): Candidate[] {
  const facts = factsOf(org, date, calendar);
  if (!facts.rota.working || !facts.slots.includes(slot)) return [];
  const busy = new Set<string>();
  for (const row of facts.rota.duties) {
    const cell = row.cells.find((c) => c.slot === slot);
    cell?.people.forEach((p) => busy.add(p));
    cell?.absent.forEach((a) => busy.add(a.person));
  }
  const free = rotaPeople(org).filter((p) => !busy.has(p) && presenceIn(facts, p, [slot]).presence === "in");
  const last = new Map<string, IsoDate>();
  const lookBack = options.lookBackDays ?? Math.max(1, org.rota.cycle.length) * 7;
  for (let i = 1; i <= lookBack && last.size < free.length; i++) {
    const day = addDays(date, -i);
    const row = resolveRota(org, day, calendar).duties.find((r) => r.duty === duty);
    for (const cell of row?.cells ?? []) for (const p of cell.people) if (!last.has(p)) last.set(p, day);
  }
  const order = (p: string): string => last.get(p) ?? "";
  return free
    .map((person): Candidate => ({ person, ...(last.has(person) && { lastHadDuty: last.get(person)! }) }))
    .sort((a, b) => order(b.person).localeCompare(order(a.person)));
}

/**
 * The one-day change that fills a gap with `replacement` (to be written with the tab's ETag rules): the absent or
 * double-booked person's place goes to the replacement; an understaffed cell gets the replacement in place of its
 * first absent person, else in addition. For a double booking, `duty` says which duty to take the person off
 * (default: the one a change put them on that day, else the last). Undefined for a gap a rota change cannot fill
 * (an area with nobody in) or a cell that is not on the day.
 */
export function changeToFill(
  org: Organisation, date: IsoDate, gap: Gap, replacement: string, calendar: WorkCalendar, options: { readonly duty?: string } = {},
): RotaChange | undefined {
  if (gap.kind === "areaUncovered") return undefined;
  const rota = resolveRota(org, date, calendar);
  const cellOf = (duty: string): RotaCell | undefined => rota.duties.find((r) => r.duty === duty)?.cells.find((c) => c.slot === gap.slot);
  let duty: string;
  if (gap.kind !== "doubleBooked") duty = gap.duty;
  else if (options.duty && gap.duties.includes(options.duty)) duty = options.duty;
  else duty = gap.duties.find((d) => cellOf(d)?.changed) ?? gap.duties[gap.duties.length - 1];
  if (!cellOf(duty)) return undefined;
  // Everyone the cell has today, away ones included (as resolveRota reads it): only the one replaced leaves.
  const change = org.rota.changes.find((c) => c.date === date && c.duty === duty && c.slot === gap.slot);
  const assigned = [...new Set(change?.people ?? cyclePlanOn(org.rota, date)[duty]?.[gap.slot] ?? [])];
  const out = gap.kind === "understaffed" ? gap.absent[0]?.person : gap.person;
  const index = out === undefined ? -1 : assigned.indexOf(out);
  const people = index < 0 ? [...assigned, replacement] : assigned.map((p, i) => (i === index ? replacement : p));
  return { date, duty, slot: gap.slot, people: [...new Set(people)] };
}
