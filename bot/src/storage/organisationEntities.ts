// The one place where the Organisation model maps to Table Storage entities and back.
// Every entity of one stored version shares a partition (the version id), so a version is written in
// batches of 100 and read with one partition query; RowKey = "<kind>|<id>", `order` keeps the file's order.
import type { Organisation, Unit, Person, Area, Slot, Duty, CycleWeek, Absence, RotaChange, Meeting, Check } from "../domain/organisation";

/** A stored piece of the organisation: its JSON in `data`. */
export interface OrganisationEntity {
  partitionKey: string;
  rowKey: string;
  kind: EntityKind;
  order: number;
  data: string;
}

export const ENTITY_KINDS = ["info", "unit", "person", "area", "rota", "slot", "duty", "cycle", "absence", "change", "meeting", "check"] as const;
/** The kinds of row a stored organisation consists of. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The row key of an item of a kind. */
export function rowKeyOf(kind: EntityKind, id: string): string {
  return `${kind}|${id}`;
}

/** Splits the organisation into entities of one version partition. */
export function toEntities(org: Organisation, version: string): OrganisationEntity[] {
  const out: OrganisationEntity[] = [];
  const seen = new Set<string>();
  const add = (kind: EntityKind, id: string, order: number, value: unknown) => {
    const rowKey = rowKeyOf(kind, id);
    if (seen.has(rowKey)) throw new Error(`Organisationen har to elementer med samme nøgle: ${rowKey}`);
    seen.add(rowKey);
    out.push({ partitionKey: version, rowKey, kind, order, data: JSON.stringify(value) });
  };

  add("info", "organisation", 0, { organisation: org.organisation, holidays: org.holidays });
  org.units.forEach((u, i) => add("unit", u.id, i, u));
  org.people.forEach((p, i) => add("person", p.id, i, p));
  org.areas.forEach((a, i) => add("area", a.id, i, a));
  add("rota", "rota", 0, { cycleStart: org.rota.cycleStart, weeks: org.rota.cycle.length });
  org.rota.slots.forEach((s, i) => add("slot", s.id, i, s));
  org.rota.duties.forEach((d, i) => add("duty", d.id, i, d));
  org.rota.cycle.forEach((week, i) => add("cycle", cycleId(i + 1), i, week));
  org.rota.absences.forEach((a, i) => add("absence", absenceId(a), i, a));
  org.rota.changes.forEach((c, i) => add("change", changeId(c), i, c));
  org.meetings.forEach((m, i) => add("meeting", m.id, i, m));
  org.checks.forEach((c, i) => add("check", c.id, i, c));
  return out;
}

/** Reassembles the organisation from the entities of one version (any order). */
export function fromEntities(entities: ReadonlyArray<Pick<OrganisationEntity, "kind" | "order" | "data">>): Organisation {
  const byKind = new Map<EntityKind, Array<{ order: number; value: unknown }>>();
  for (const e of entities) {
    const list = byKind.get(e.kind) ?? [];
    list.push({ order: e.order, value: JSON.parse(e.data) });
    byKind.set(e.kind, list);
  }
  const all = <T>(kind: EntityKind): T[] =>
    (byKind.get(kind) ?? []).sort((a, b) => a.order - b.order).map((x) => x.value as T);
  const info = all<{ organisation: Organisation["organisation"]; holidays: Organisation["holidays"] }>("info")[0];
  const rota = all<{ cycleStart: string; weeks: number }>("rota")[0];
  if (!info || !rota) throw new Error("Den gemte organisation er ufuldstændig (mangler organisation eller rulleplan)");
  return {
    organisation: info.organisation,
    units: all<Unit>("unit"),
    people: all<Person>("person"),
    areas: all<Area>("area"),
    rota: {
      slots: all<Slot>("slot"),
      duties: all<Duty>("duty"),
      cycleStart: rota.cycleStart,
      cycle: all<CycleWeek>("cycle"),
      absences: all<Absence>("absence"),
      changes: all<RotaChange>("change"),
    },
    meetings: all<Meeting>("meeting"),
    checks: all<Check>("check"),
    holidays: info.holidays,
  };
}

/** Row id of cycle week n (1-based), zero-padded so keys sort. */
export function cycleId(week: number): string {
  return String(week).padStart(2, "0");
}

/** An absence is identified by person, first day and slots (stable across edits of other absences). */
export function absenceId(absence: Absence): string {
  return `${absence.person}|${absence.from}|${absence.slots?.join("+") ?? "alle"}`;
}

/** A one-day change is identified by its day and cell. */
export function changeId(change: RotaChange): string {
  return `${change.date}|${change.duty}|${change.slot}`;
}
