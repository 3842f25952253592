// Whether a person is at work on a day, and the facts of one day (the resolved rota and who is away) that every
// coverage question reads.
import type { DayInfo, WorkCalendar } from "../calendar";
import type { IsoDate, Organisation } from "../organisation";
import { absenceCoversSlot, resolveRota, type RotaDay } from "../rota";
import { absencesOn, type Away } from "./absences";

/** Which slots to look at; every slot of the day when left out. */
export interface SlotOptions {
  readonly slots?: readonly string[];
}

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
export interface DayFacts {
  readonly rota: RotaDay;
  readonly slots: readonly string[];
  readonly awayBy: ReadonlyMap<string, readonly Away[]>;
}

/** Facts by resolved day: resolveRota keeps a day per version, and so its facts are made once too. */
const factsByDay = new WeakMap<RotaDay, DayFacts>();

/** The day's rota and who is away, by person. */
export function factsOf(org: Organisation, date: IsoDate, calendar: WorkCalendar, rota: RotaDay = resolveRota(org, date, calendar)): DayFacts {
  let facts = factsByDay.get(rota);
  if (!facts) {
    const awayBy = new Map<string, Away[]>();
    for (const away of absencesOn(org, date)) {
      const list = awayBy.get(away.person) ?? [];
      list.push(away);
      awayBy.set(away.person, list);
    }
    facts = { rota, slots: rota.slots.map((s) => s.slot), awayBy };
    factsByDay.set(rota, facts);
  }
  return facts;
}

/** Presence from absences alone (a day off is not "away"): against the asked slots, else the day's slots. */
export function presenceIn(facts: DayFacts, person: string, asked?: readonly string[]): { presence: Exclude<Presence, "dayOff">; away: readonly Away[]; awaySlots: string[] } {
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
