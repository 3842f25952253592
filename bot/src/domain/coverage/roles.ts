// Whom an organisation has in a role near a unit (the faglige koordinatorer for an area, the sektionsledere
// above them), from look-ups built once per organisation: a day's gaps look at every area.
import type { Area, Organisation, Person, Role } from "../organisation";

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

/** The look-ups of an organisation, built on first use. */
export function lookups(org: Pick<Organisation, "units" | "people" | "areas">): Lookups {
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
export function unitsOfArea(org: Organisation, area: Area): string[] {
  const { unitOf } = lookups(org);
  return area.fyrtaarne.flatMap((id) => unitOf.get(id) ?? []);
}

/** The faglige koordinatorer for an area: of its fyrtårne's units (or the nearest unit above), else all of them. */
export function koordinatorerForArea(org: Organisation, areaId: string): Person[] {
  const area = lookups(org).areas.get(areaId);
  return nearestWithRole(org, area ? unitsOfArea(org, area) : [], "koordinator");
}

/**
 * A person's own people in `role` ("hvem er Sofies leder", "hvem er min koordinator"): those in the person's unit,
 * else in the nearest unit above that has any; never the person themself, so a leader's leader is found above.
 */
export function roleHoldersOf(org: Pick<Organisation, "units" | "people" | "areas">, personId: string, role: Role): Person[] {
  const { unitOf, parentOf, byRoleAndUnit } = lookups(org);
  const inUnit = byRoleAndUnit.get(role);
  const seen = new Set<string>();
  for (let unit = unitOf.get(personId); unit !== undefined && !seen.has(unit); unit = parentOf.get(unit)) {
    seen.add(unit);
    const here = (inUnit?.get(unit) ?? []).filter((p) => p.id !== personId);
    if (here.length > 0) return here;
  }
  return [];
}
