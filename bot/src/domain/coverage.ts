// Who covers: for a day (and optionally some slots) who is away and why, who stands in for them in the rota
// (one-day changes) and which of their duties are left uncovered; for an area whether its fyrtårne are in and whom
// to ask instead (backup, then the faglig koordinator); for a person who does their duties; and the gaps a
// koordinator fills first thing in the morning. One module for the bot, the tab and the reminders, built on the
// resolved rota (rota.ts). Plain data: ids and reasons, no wording.
import type { DayInfo, WorkCalendar } from "./calendar";
import { addDays } from "./isoDate";
import type { Absence, Area, IsoDate, Organisation, Person, Role, RotaChange } from "./organisation";
import { absenceCoversSlot, absenceOnDate, cyclePlanOn, resolveRota, type AbsentFromCell, type RotaCell, type RotaDay } from "./rota";
import { fold, stem } from "./text";

// ---------------------------------------------------------------------------------------------------------------
// Absences

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

/** Which slots to look at; every slot of the day when left out. */
export interface SlotOptions {
  readonly slots?: readonly string[];
}

/** For an area: also people the question says are away ("… når Nanna er syg"), registered or not. */
export interface AreaOptions extends SlotOptions {
  readonly assumeAway?: readonly string[];
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

// ---------------------------------------------------------------------------------------------------------------
// Presence

/** in: not away; partly: away some of the day's (or the asked) slots; away: all of them; dayOff: not a working day. */
export type Presence = "in" | "partly" | "away" | "dayOff";

/** Whether a person is at work on a day ("er Nanna på arbejde i morgen"). */
export interface PersonPresence {
  readonly person: string;
  readonly date: IsoDate;
  readonly day: DayInfo;
  readonly presence: Presence;
  /** The absences that touch the day (also on a day off, for "on holiday until …"). */
  readonly away: readonly Away[];
  /** The slots of the day the person is away in (all of them when away all day). */
  readonly awaySlots: readonly string[];
}

/** What one day's coverage is computed from: resolved once, read for many people. */
interface DayFacts {
  readonly rota: RotaDay;
  readonly slots: readonly string[];
  readonly awayBy: ReadonlyMap<string, readonly Away[]>;
}

function factsOf(org: Organisation, date: IsoDate, calendar: WorkCalendar): DayFacts {
  const rota = resolveRota(org, date, calendar);
  const awayBy = new Map<string, Away[]>();
  for (const away of absencesOn(org, date)) {
    const list = awayBy.get(away.person) ?? [];
    list.push(away);
    awayBy.set(away.person, list);
  }
  return { rota, slots: rota.slots.map((s) => s.slot), awayBy };
}

/** Presence from absences alone (a day off is not "away"): against the asked slots, else the day's slots. */
function presenceIn(facts: DayFacts, person: string, asked?: readonly string[]): { presence: Exclude<Presence, "dayOff">; away: readonly Away[]; awaySlots: string[] } {
  const away = facts.awayBy.get(person) ?? [];
  const slots = asked ?? facts.slots;
  if (away.length === 0) return { presence: "in", away, awaySlots: [] };
  const awaySlots = slots.filter((slot) => away.some((a) => absenceCoversSlot(a, slot)));
  if (away.some((a) => a.slots === undefined)) return { presence: "away", away, awaySlots };
  // A slot absence on a day whose slots are unknown (a day off) is part of a day.
  if (slots.length === 0) return { presence: "partly", away, awaySlots };
  const presence = awaySlots.length === slots.length ? "away" : awaySlots.length > 0 ? "partly" : "in";
  return { presence, away, awaySlots };
}

/** Whether the person is at work on `date`, in `options.slots` when given ("er Kim her i eftermiddag"). */
export function presenceOn(org: Organisation, person: string, date: IsoDate, calendar: WorkCalendar, options: SlotOptions = {}): PersonPresence {
  const facts = factsOf(org, date, calendar);
  const found = presenceIn(facts, person, options.slots);
  return { person, date, day: facts.rota.day, ...found, presence: facts.rota.working ? found.presence : "dayOff" };
}

// ---------------------------------------------------------------------------------------------------------------
// Areas: who to ask

/** A fyrtårn, backup or koordinator, and whether they are in. */
export interface Holder {
  readonly person: string;
  readonly presence: Exclude<Presence, "dayOff">;
  /** Their absences that day, when any. */
  readonly away?: readonly Away[];
  /** Away because the question said so (AreaOptions.assumeAway), with nothing registered for the day. */
  readonly saidAway?: true;
}

/** Whom to ask, and as what. */
export interface AskPerson {
  readonly person: string;
  readonly as: "fyrtaarn" | "backup" | "koordinator" | "sektionsleder";
  /** Away some of the day (in, but not all day). */
  readonly partly: boolean;
}

/** An area on a day: its fyrtårne and backups with the people who are in first, and whom to ask. */
export interface AreaCoverage {
  readonly area: string;
  readonly date: IsoDate;
  /** fyrtaarn: a fyrtårn is in; backup: every fyrtårn is away, a backup is in; nobody: all away (or no backup). */
  readonly status: "fyrtaarn" | "backup" | "nobody";
  /** In, then partly in, then away; file order within each. */
  readonly fyrtaarne: readonly Holder[];
  readonly backups: readonly Holder[];
  /**
   * Whom to ask, in order: the fyrtårne who are in, then the backups who are in. When nobody is: the faglige
   * koordinatorer who are in, else the sektionsledere who are in (empty only when they are all away too).
   */
  readonly ask: readonly AskPerson[];
  /** The koordinatorer for the area (its fyrtårne's unit or above, else the organisation's), in first: always given. */
  readonly koordinatorer: readonly Holder[];
}

const PRESENCE_ORDER: Readonly<Record<Holder["presence"], number>> = { in: 0, partly: 1, away: 2 };

function holders(facts: DayFacts, people: readonly string[], options: AreaOptions): Holder[] {
  return people
    .map((person): Holder => {
      const { presence, away } = presenceIn(facts, person, options.slots);
      const said = presence !== "away" && options.assumeAway?.includes(person) === true;
      return { person, presence: said ? "away" : presence, ...(away.length > 0 && { away }), ...(said && { saidAway: true as const }) };
    })
    .sort((a, b) => PRESENCE_ORDER[a.presence] - PRESENCE_ORDER[b.presence]);
}

/** Look-ups of one organisation, built once: a day's gaps look at every area, and a large one has thousands. */
interface Lookups {
  readonly areas: ReadonlyMap<string, Area>;
  readonly unitOf: ReadonlyMap<string, string>;
  readonly parentOf: ReadonlyMap<string, string | undefined>;
  /** role -> unit -> people with that role in that unit, in file order. */
  readonly byRoleAndUnit: ReadonlyMap<Role, ReadonlyMap<string, readonly Person[]>>;
  readonly byRole: ReadonlyMap<Role, readonly Person[]>;
  /** person id -> position in the file. */
  readonly order: ReadonlyMap<string, number>;
}

const lookupsOf = new WeakMap<Pick<Organisation, "units" | "people" | "areas">, Lookups>();

function lookups(org: Pick<Organisation, "units" | "people" | "areas">): Lookups {
  let found = lookupsOf.get(org);
  if (!found) {
    const byRoleAndUnit = new Map<Role, Map<string, Person[]>>();
    const byRole = new Map<Role, Person[]>();
    const add = <K>(map: Map<K, Person[]>, key: K, person: Person): void => {
      const list = map.get(key);
      if (list) list.push(person);
      else map.set(key, [person]);
    };
    for (const person of org.people) {
      add(byRole, person.role, person);
      let units = byRoleAndUnit.get(person.role);
      if (!units) byRoleAndUnit.set(person.role, (units = new Map()));
      add(units, person.unit, person);
    }
    found = {
      areas: new Map(org.areas.map((a) => [a.id, a])),
      unitOf: new Map(org.people.map((p) => [p.id, p.unit])),
      parentOf: new Map(org.units.map((u) => [u.id, u.parent])),
      byRoleAndUnit,
      byRole,
      order: new Map(org.people.map((p, i) => [p.id, i])),
    };
    lookupsOf.set(org, found);
  }
  return found;
}

/**
 * The people with `role` nearest above the given units: those in the units themselves, else in the nearest
 * ancestor that has any, else everyone with the role in the organisation. In file order.
 */
export function nearestWithRole(org: Pick<Organisation, "units" | "people" | "areas">, units: readonly string[], role: Role): Person[] {
  const { parentOf, byRoleAndUnit, byRole } = lookups(org);
  const withRole = byRole.get(role) ?? [];
  const inUnit = byRoleAndUnit.get(role);
  const found = new Map<string, Person>();
  for (const start of new Set(units)) {
    const seen = new Set<string>();
    for (let unit: string | undefined = start; unit !== undefined && !seen.has(unit); unit = parentOf.get(unit)) {
      seen.add(unit);
      const here = inUnit?.get(unit) ?? [];
      if (here.length > 0) {
        here.forEach((p) => found.set(p.id, p));
        break;
      }
    }
  }
  if (found.size === 0) return [...withRole];
  // File order, without walking everyone with the role (thousands in a large organisation) for every area.
  const { order } = lookups(org);
  return [...found.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The units of an area: its fyrtårne's. */
function unitsOfArea(org: Organisation, area: Area): string[] {
  const { unitOf } = lookups(org);
  return area.fyrtaarne.flatMap((id) => unitOf.get(id) ?? []);
}

/** The faglige koordinatorer for an area: of its fyrtårne's units (or the nearest unit above), else all of them. */
export function koordinatorerForArea(org: Organisation, areaId: string): Person[] {
  const area = lookups(org).areas.get(areaId);
  return nearestWithRole(org, area ? unitsOfArea(org, area) : [], "koordinator");
}

/**
 * An area on a date, optionally in some slots and with people the question says are away ("hvem er fyrtårn for
 * pas", "… når Nanna er syg", "i eftermiddag"): undefined for an unknown area.
 */
export function areaCoverage(org: Organisation, areaId: string, date: IsoDate, calendar: WorkCalendar, options: AreaOptions = {}): AreaCoverage | undefined {
  return areaCoverageOn(org, factsOf(org, date, calendar), areaId, date, options);
}

function areaCoverageOn(org: Organisation, facts: DayFacts, areaId: string, date: IsoDate, options: AreaOptions): AreaCoverage | undefined {
  const area = lookups(org).areas.get(areaId);
  if (!area) return undefined;
  const fyrtaarne = holders(facts, area.fyrtaarne, options);
  const backups = holders(facts, area.backups, options);
  const units = unitsOfArea(org, area);
  const koordinatorer = holders(facts, nearestWithRole(org, units, "koordinator").map((p) => p.id), options);
  const isIn = (h: Holder): boolean => h.presence !== "away";
  const ask: AskPerson[] = [
    ...fyrtaarne.filter(isIn).map((h) => ({ person: h.person, as: "fyrtaarn" as const, partly: h.presence === "partly" })),
    ...backups.filter(isIn).map((h) => ({ person: h.person, as: "backup" as const, partly: h.presence === "partly" })),
  ];
  const status = fyrtaarne.some(isIn) ? "fyrtaarn" : backups.some(isIn) ? "backup" : "nobody";
  if (ask.length === 0) {
    ask.push(...koordinatorer.filter(isIn).map((h) => ({ person: h.person, as: "koordinator" as const, partly: h.presence === "partly" })));
  }
  if (ask.length === 0) {
    const leaders = holders(facts, nearestWithRole(org, units, "sektionsleder").map((p) => p.id), options);
    ask.push(...leaders.filter(isIn).map((h) => ({ person: h.person, as: "sektionsleder" as const, partly: h.presence === "partly" })));
  }
  return { area: area.id, date, status, fyrtaarne, backups, ask, koordinatorer };
}

// ---------------------------------------------------------------------------------------------------------------
// A person's duties: who does them

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

function dutyCovers(org: Organisation, facts: DayFacts, person: string, slots?: readonly string[], assumeAway = false): DutyCover[] {
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

// ---------------------------------------------------------------------------------------------------------------
// A day: who is away, who stands in, the gaps

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

/** The gaps of a day (empty on a day off): understaffed, double-booked, absent-but-planned, areas with nobody in. */
export function gapsOfDay(org: Organisation, date: IsoDate, calendar: WorkCalendar, options: SlotOptions = {}): Gap[] {
  return gapsOn(org, factsOf(org, date, calendar), options.slots);
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

// ---------------------------------------------------------------------------------------------------------------
// Filling a gap (the morning card)

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
