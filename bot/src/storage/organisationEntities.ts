// The one place where the Organisation model maps to Table Storage entities and back.
// A stored version lives in its main partition (the version id) plus SPREAD_PARTITIONS partitions for its people
// and units ("<version>|spread|07"), which the tab never edits: a partition takes about 2,000 entities/s and a
// batch only 100 entities of one partition, so 25,000 people are written in parallel batches per partition. RowKey = "<kind>|<id>", `order` keeps the
// file's order. OrganisationRows holds a version's rows as read, so that edits are caught up row by row.
import type { Organisation, Absence, RotaChange } from "../domain/organisation";

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

/** People and unit rows of a version are spread over this many partitions (by a hash of the row key). */
export const SPREAD_PARTITIONS = 32;
/** The kinds spread over partitions: the many rows that only an import writes. */
const SPREAD_KINDS: readonly string[] = ["person|", "unit|"];

/** The partition a row of a version lives in: people and units in their hash partition, the rest in the main one. */
export function partitionOf(version: string, rowKey: string): string {
  if (!SPREAD_KINDS.some((prefix) => rowKey.startsWith(prefix))) return version;
  let hash = 0x811c9dc5;
  for (let i = 0; i < rowKey.length; i++) hash = Math.imul(hash ^ rowKey.charCodeAt(i), 0x01000193) >>> 0;
  return spreadPartition(version, hash % SPREAD_PARTITIONS);
}

/** Every partition a version may use, the main one first. */
export function partitionsOfVersion(version: string): string[] {
  return [version, ...Array.from({ length: SPREAD_PARTITIONS }, (_, i) => spreadPartition(version, i))];
}

function spreadPartition(version: string, n: number): string {
  return `${version}|spread|${String(n).padStart(2, "0")}`;
}

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
    out.push({ partitionKey: partitionOf(version, rowKey), rowKey, kind, order, data: JSON.stringify(value) });
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

/** Reassembles the organisation from the entities of one version (any order, any partition). */
export function fromEntities(entities: ReadonlyArray<Pick<OrganisationEntity, "rowKey" | "kind" | "order" | "data">>): Organisation {
  return OrganisationRows.of(entities.map((e) => ({ ...e, etag: "" }))).organisation;
}

/** A row of a stored version as read back, its JSON not yet parsed. */
export interface StoredRow {
  readonly rowKey: string;
  readonly kind: EntityKind;
  readonly order: number;
  readonly data: string;
  /** `data` parsed, when the reader already did (page by page, so a whole version is not parsed in one go). */
  readonly value?: unknown;
  readonly etag: string;
  /** When storage last wrote the row (its own clock, ISO 8601). */
  readonly timestamp?: string;
}

interface ParsedRow {
  readonly order: number;
  readonly value: unknown;
  readonly etag: string;
}

/**
 * The rows of one stored version, parsed, and the organisation they make. Immutable: `with` gives the rows after
 * some changed, reassembling only the kinds that changed, so an edit costs what it changes and every list of an
 * unchanged kind (25,000 people) stays the very same array.
 */
export class OrganisationRows {
  private constructor(
    private readonly byKind: ReadonlyMap<EntityKind, ReadonlyMap<string, ParsedRow>>,
    /** The organisation assembled from the rows. */
    readonly organisation: Organisation,
    /** The ETag of every row, by row key. */
    readonly etags: EtagMap,
    /** The latest storage timestamp among the rows read ("" when none carried one). */
    readonly watermark: string,
  ) {}

  /** The rows of a whole version. */
  static of(rows: Iterable<StoredRow>): OrganisationRows {
    const collector = OrganisationRows.collector();
    for (const row of rows) collector.add(row);
    return collector.finish();
  }

  /**
   * Collects the rows of a whole version as they are read (page by page, so the work is spread over the pages
   * and the event loop is never held for the whole version), then makes them OrganisationRows.
   */
  static collector(): { add(row: StoredRow): void; finish(): OrganisationRows } {
    const byKind = new Map<EntityKind, Map<string, ParsedRow>>();
    const etags = new Map<string, string>();
    let watermark = "";
    return {
      add(row) {
        let kind = byKind.get(row.kind);
        if (!kind) byKind.set(row.kind, (kind = new Map()));
        kind.set(row.rowKey, { order: row.order, value: row.value ?? JSON.parse(row.data), etag: row.etag });
        etags.set(row.rowKey, row.etag);
        if (row.timestamp && row.timestamp > watermark) watermark = row.timestamp;
      },
      finish: () => new OrganisationRows(byKind, assemble(byKind, undefined, new Set(byKind.keys())), new EtagMap(etags), watermark),
    };
  }

  /**
   * The rows after these were written (rows whose ETag is already known change nothing); undefined when
   * nothing changed. Rows of an unknown kind are ignored.
   */
  with(changed: Iterable<StoredRow>): OrganisationRows | undefined {
    let byKind: Map<EntityKind, ReadonlyMap<string, ParsedRow>> | undefined;
    let etags: Map<string, string> | undefined;
    const dirty = new Set<EntityKind>();
    let watermark = this.watermark;
    for (const row of changed) {
      if (row.timestamp && row.timestamp > watermark) watermark = row.timestamp;
      if (!(ENTITY_KINDS as readonly string[]).includes(row.kind) || this.etags.get(row.rowKey) === row.etag) continue;
      byKind ??= new Map(this.byKind);
      etags ??= new Map();
      let kind = byKind.get(row.kind) as Map<string, ParsedRow> | undefined;
      if (!dirty.has(row.kind)) byKind.set(row.kind, (kind = new Map(kind ?? [])));
      kind!.set(row.rowKey, { order: row.order, value: JSON.parse(row.data), etag: row.etag });
      etags.set(row.rowKey, row.etag);
      dirty.add(row.kind);
    }
    if (!byKind || !etags) return undefined;
    return new OrganisationRows(byKind, assemble(byKind, this.organisation, dirty), this.etags.with(etags), watermark);
  }
}

/** The organisation from rows by kind; kinds not in `dirty` are taken from `previous` as they are. */
function assemble(byKind: ReadonlyMap<EntityKind, ReadonlyMap<string, ParsedRow>>, previous: Organisation | undefined, dirty: ReadonlySet<EntityKind>): Organisation {
  const all = <T>(kind: EntityKind): T[] => inFileOrder(byKind.get(kind)) as T[];
  const list = <T>(kind: EntityKind, old: readonly T[] | undefined): readonly T[] => (previous && !dirty.has(kind) ? old! : all<T>(kind));
  const info = previous && !dirty.has("info") ? { organisation: previous.organisation, holidays: previous.holidays } : all<{ organisation: Organisation["organisation"]; holidays: Organisation["holidays"] }>("info")[0];
  const rota = previous && !dirty.has("rota") ? { cycleStart: previous.rota.cycleStart } : all<{ cycleStart: string; weeks: number }>("rota")[0];
  if (!info || !rota) throw new Error("Den gemte organisation er ufuldstændig (mangler organisation eller rulleplan)");
  return {
    organisation: info.organisation,
    units: list("unit", previous?.units),
    people: list("person", previous?.people),
    areas: list("area", previous?.areas),
    rota: {
      slots: list("slot", previous?.rota.slots),
      duties: list("duty", previous?.rota.duties),
      cycleStart: rota.cycleStart,
      cycle: list("cycle", previous?.rota.cycle),
      absences: list("absence", previous?.rota.absences),
      changes: list("change", previous?.rota.changes),
    },
    meetings: list("meeting", previous?.meetings),
    checks: list("check", previous?.checks),
    holidays: info.holidays,
  } as Organisation;
}

/**
 * The values of rows in file order. An import numbers them 0..n-1, so they are put in place directly; rows with
 * the same order (two edits racing) or gaps fall back to sorting by order, then row key, as a full read gives.
 */
function inFileOrder(rows: ReadonlyMap<string, ParsedRow> | undefined): unknown[] {
  if (!rows) return [];
  const placed: unknown[] = new Array(rows.size);
  let direct = true;
  for (const row of rows.values()) {
    if (!Number.isInteger(row.order) || row.order < 0 || row.order >= placed.length || row.order in placed) {
      direct = false;
      break;
    }
    placed[row.order] = row.value;
  }
  if (direct) return placed;
  return [...rows]
    .sort(([ka, a], [kb, b]) => a.order - b.order || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, row]) => row.value);
}

/**
 * The ETags of a version's rows: the rows read whole, plus those changed since, so that an edit does not copy the
 * ETags of 25,000 people. Folds the changes in when they grow many.
 */
export class EtagMap implements ReadonlyMap<string, string> {
  constructor(
    private readonly base: ReadonlyMap<string, string>,
    private readonly changed: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** These ETags with some rows' ETags replaced or added. */
  with(changes: ReadonlyMap<string, string>): EtagMap {
    const changed = new Map([...this.changed, ...changes]);
    if (changed.size > 1000) return new EtagMap(new Map([...this.base, ...changed]));
    return new EtagMap(this.base, changed);
  }

  get(key: string): string | undefined {
    return this.changed.get(key) ?? this.base.get(key);
  }

  has(key: string): boolean {
    return this.changed.has(key) || this.base.has(key);
  }

  get size(): number {
    let added = 0;
    for (const key of this.changed.keys()) if (!this.base.has(key)) added++;
    return this.base.size + added;
  }

  *entries(): MapIterator<[string, string]> {
    for (const [key, etag] of this.base) if (!this.changed.has(key)) yield [key, etag];
    yield* this.changed;
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<string> {
    for (const [, etag] of this.entries()) yield etag;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, etag] of this.entries()) callback(etag, key, this);
  }
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
export function changeId(change: Pick<RotaChange, "date" | "duty" | "slot">): string {
  return `${change.date}|${change.duty}|${change.slot}`;
}
