// Who to ask for an area on a day: its fyrtårne and backups who are in, else the faglige koordinatorer, else the
// sektionsledere.
import type { WorkCalendar } from "../calendar";
import type { IsoDate, Organisation } from "../organisation";
import type { Away } from "./absences";
import { factsOf, presenceIn, type DayFacts, type Presence, type SlotOptions } from "./presence";
import { lookups, nearestWithRole, unitsOfArea } from "./roles";

/** For an area: also people the question says are away ("… når Nanna er syg"), registered or not. */
export interface AreaOptions extends SlotOptions {
  readonly assumeAway?: readonly string[];
}

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

function isIn(h: Holder): boolean {
  return h.presence !== "away";
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

/**
 * An area on a date, optionally in some slots and with people the question says are away ("hvem er fyrtårn for
 * pas", "… når Nanna er syg", "i eftermiddag"): undefined for an unknown area.
 */
export function areaCoverage(org: Organisation, areaId: string, date: IsoDate, calendar: WorkCalendar, options: AreaOptions = {}): AreaCoverage | undefined {
  return areaCoverageOn(org, factsOf(org, date, calendar), areaId, date, options);
}

/** areaCoverage on a day already resolved. */
export function areaCoverageOn(org: Organisation, facts: DayFacts, areaId: string, date: IsoDate, options: AreaOptions): AreaCoverage | undefined {
  const area = lookups(org).areas.get(areaId);
  if (!area) return undefined;
  const fyrtaarne = holders(facts, area.fyrtaarne, options);
  const backups = holders(facts, area.backups, options);
  const units = unitsOfArea(org, area);
  const koordinatorer = holders(facts, nearestWithRole(org, units, "koordinator").map((p) => p.id), options);
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
