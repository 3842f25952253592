// Stores the organisation in Table Storage so that readers never see a half-imported state:
// an import writes a complete new version (its own partition) and only then moves the pointer
// ("meta"/"current") to it, guarded by the pointer's ETag. Old versions are removed afterwards.
import { randomBytes } from "node:crypto";
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import { DateTime } from "luxon";
import type { Check, IsoDate, Organisation } from "../domain/organisation";
import { withCheckStarts } from "../domain/checkRounds";
import { OrganisationRows, partitionOf, partitionsOfVersion, toEntities, type EntityKind, type OrganisationEntity, type StoredRow } from "./organisationEntities";
import { storageStatus, type Tables } from "./tables";
import { AppError } from "../errors";

const TABLE = "Organisation";
const META = "meta";
const POINTER = "current";
const VERSION_PREFIX = "version|";
/** A version still being written is left alone by cleanup for this long (a concurrent import). */
const WRITING_GRACE_MS = 60 * 60 * 1000;
const BATCH = 100;
/** How long an edit keeps trying to move the revision on against concurrent edits (its rows are saved already). */
const REVISION_BUMP_DEADLINE_MS = 10_000;
/** Batches in flight at once during an import (each to its own partition where it can). */
const PARALLEL_BATCHES = 8;
/** Partitions read at once when loading a version (few: each read must also answer within the storage deadline). */
const PARALLEL_READS = 4;

/** Which stored version readers should use; `revision` increases on every change. */
export interface OrganisationPointer {
  readonly version: string;
  readonly revision: number;
  readonly etag: string;
}

/** A complete, consistent organisation as stored, with the ETag of every row (for edits). */
export interface StoredOrganisation {
  readonly version: string;
  readonly revision: number;
  readonly organisation: Organisation;
  readonly etags: ReadonlyMap<string, string>;
}

/** A version as rows, kept by the server's cache so that edits are caught up row by row. */
export interface StoredRows {
  readonly version: string;
  readonly revision: number;
  readonly rows: OrganisationRows;
}

/** How far an import has come: entities written of all. */
export type ImportProgress = (written: number, total: number) => void;

/** Raised when someone else changed the organisation first; nothing was overwritten. */
export class ConcurrentChangeError extends AppError {
  constructor(message = "Organisationen blev ændret af en anden imens. Intet er overskrevet; prøv igen.") {
    super("concurrent_change", { message, status: 409, user: { da: message, en: "Someone else changed the organisation meanwhile. Nothing was overwritten; try again." } });
  }
}

interface PointerEntity {
  partitionKey: string;
  rowKey: string;
  version: string;
  revision: number;
  updatedAt: string;
  source?: string;
}

interface VersionEntity {
  partitionKey: string;
  rowKey: string;
  state: "writing" | "complete";
  createdAt: string;
}

/** Reads and replaces the stored organisation. */
export class OrganisationStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.ensure(TABLE);
  }

  /** The pointer to the current version, or undefined when nothing has been imported. */
  async pointer(): Promise<OrganisationPointer | undefined> {
    const table = await this.table();
    try {
      const e = await table.getEntity<PointerEntity>(META, POINTER);
      return { version: e.version, revision: e.revision, etag: e.etag };
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
  }

  /** Loads the current organisation; retries when it changed while being read. */
  async load(): Promise<StoredOrganisation | undefined> {
    const stored = await this.loadRows();
    return stored && { version: stored.version, revision: stored.revision, organisation: stored.rows.organisation, etags: stored.rows.etags };
  }

  /** Loads the current version as rows; retries when it changed while being read. */
  async loadRows(): Promise<StoredRows | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await this.pointer();
      if (!before) return undefined;
      const rows = OrganisationRows.collector();
      await this.readVersion(before.version, rows.add);
      const after = await this.pointer();
      if (after && after.version === before.version && after.revision === before.revision) {
        return { version: before.version, revision: before.revision, rows: rows.finish() };
      }
    }
    throw new ConcurrentChangeError("Organisationen ændrede sig hele tiden under indlæsning; prøv igen om lidt.");
  }

  /**
   * The rows of a version's main partition that storage wrote at or after `since` (its own clock, ISO 8601):
   * what edits changed. Edits only ever write rows of the main partition (areas, rota, absences, changes).
   */
  async changedRows(version: string, since: string): Promise<StoredRow[]> {
    const table = await this.table();
    const rows: StoredRow[] = [];
    const filter = odata`PartitionKey eq ${version} and Timestamp ge ${new Date(since)}`;
    for await (const e of table.listEntities<OrganisationEntity>({ queryOptions: { filter, select: ["RowKey", "kind", "order", "data", "Timestamp"] } })) {
      rows.push({ rowKey: e.rowKey!, kind: e.kind, order: e.order, data: e.data, etag: e.etag, timestamp: e.timestamp });
    }
    return rows;
  }

  /**
   * Replaces the whole organisation atomically for readers. Fails with ConcurrentChangeError when the
   * organisation changed after `expected` was read (or, without `expected`, while this import ran).
   */
  async replace(organisation: Organisation, options: { source?: string; expected?: OrganisationPointer | null; onProgress?: ImportProgress; now?: Date } = {}): Promise<OrganisationPointer> {
    const table = await this.table();
    const expected = options.expected === undefined ? await this.pointer() : options.expected ?? undefined;
    // A check without `since` in the file starts the day it first appears in an import (kept on later imports).
    const today = DateTime.fromJSDate(options.now ?? new Date(), { zone: organisation.organisation.timezone }).toISODate() ?? new Date().toISOString().slice(0, 10);
    organisation = withCheckStarts(organisation, expected ? await this.checkStarts(expected.version) : new Map(), today);
    const version = newVersionId();
    const entities = toEntities(organisation, version);
    await table.createEntity<VersionEntity>({ partitionKey: META, rowKey: VERSION_PREFIX + version, state: "writing", createdAt: new Date().toISOString() });
    try {
      await this.writeVersion(table, entities, options.onProgress);
    } catch (err) {
      // A failed import removes what it wrote (a killed one is removed by the next import; see removeOldVersions).
      await this.removeVersion(table, version).catch(() => undefined);
      throw err;
    }

    const pointer: PointerEntity = {
      partitionKey: META,
      rowKey: POINTER,
      version,
      revision: (expected?.revision ?? 0) + 1,
      updatedAt: new Date().toISOString(),
      source: options.source,
    };
    let etag: string;
    try {
      etag = expected
        ? (await table.updateEntity(pointer, "Replace", { etag: expected.etag })).etag!
        : (await table.createEntity(pointer)).etag!;
    } catch (err) {
      // The pointer never moved to this version: nobody reads it, so it goes.
      await this.removeVersion(table, version).catch(() => undefined);
      const status = storageStatus(err);
      if (status === 412 || status === 409) throw new ConcurrentChangeError();
      throw err;
    }
    await table.updateEntity({ partitionKey: META, rowKey: VERSION_PREFIX + version, state: "complete" }, "Merge");
    await this.removeOldVersions(version, expected?.version).catch(() => undefined);
    return { version, revision: pointer.revision, etag };
  }

  /** Writes changed rows of the current version in one transaction and moves the revision on. */
  async updateRows(
    expectedVersion: string,
    changes: ReadonlyArray<{ kind: EntityKind; rowKey: string; data?: unknown; order?: number; etag?: string; delete?: boolean }>,
  ): Promise<OrganisationPointer & { bumped: boolean }> {
    const table = await this.table();
    const current = await this.pointer();
    if (!current || current.version !== expectedVersion) throw new ConcurrentChangeError();
    const actions: TransactionAction[] = changes.map((c) => {
      const entity = { partitionKey: partitionOf(current.version, c.rowKey), rowKey: c.rowKey };
      if (c.delete) return ["delete", entity];
      const full = { ...entity, kind: c.kind, order: c.order ?? 0, data: JSON.stringify(c.data) };
      return c.etag ? ["update", full, "Replace", { etag: c.etag }] : ["create", full];
    });
    try {
      for (const batch of batchesByPartition(actions)) await table.submitTransaction(batch);
    } catch (err) {
      const status = storageStatus(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrentChangeError();
      throw err;
    }
    return this.bumpRevision(table, current.version);
  }

  /**
   * Moves the revision on after rows of `version` were written, so every instance reloads. Concurrent edits of
   * different rows all bump the same pointer, so the pointer is read *after* the rows were written and bumped with
   * If-Match on that ETag. If that loses the race (412), another edit bumped the pointer after this one's rows were
   * written: an instance that reloads for that revision reads the rows afterwards and so sees this edit too, and
   * there is nothing left to do. One attempt, whatever the number of concurrent edits (retrying every loser, as
   * before, was a queue of n rounds for n edits and gave up under load). The rows are saved already, so storage
   * failing here is retried until REVISION_BUMP_DEADLINE_MS and then reported as `bumped: false`, never thrown.
   */
  private async bumpRevision(table: TableClient, version: string): Promise<OrganisationPointer & { bumped: boolean }> {
    const deadline = Date.now() + REVISION_BUMP_DEADLINE_MS;
    for (let attempt = 0; ; attempt++) {
      let after: OrganisationPointer | undefined;
      try {
        after = await this.pointer();
        // An import replaced the version while this edit was written: the edit is not in what readers see.
        if (!after || after.version !== version) throw new ConcurrentChangeError();
        const next: PointerEntity = { partitionKey: META, rowKey: POINTER, version, revision: after.revision + 1, updatedAt: new Date().toISOString(), source: "fanen" };
        const res = await table.updateEntity(next, "Replace", { etag: after.etag });
        return { version, revision: next.revision, etag: res.etag!, bumped: true };
      } catch (err) {
        if (err instanceof ConcurrentChangeError) throw err;
        // Another edit moved the revision after these rows were written: that revision covers them.
        if (storageStatus(err) === 412 && after) {
          const latest = await this.pointer().catch(() => undefined);
          if (latest && latest.version !== version) throw new ConcurrentChangeError();
          return { ...(latest ?? after), revision: Math.max(latest?.revision ?? 0, after.revision + 1), bumped: true };
        }
        if (Date.now() >= deadline) return { ...(after ?? { version, revision: 0, etag: "" }), bumped: false };
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, 50 * (attempt + 1))));
    }
  }

  /** Check id -> start, of a stored version (check rows live in its main partition). */
  private async checkStarts(version: string): Promise<Map<string, IsoDate>> {
    const table = await this.table();
    const starts = new Map<string, IsoDate>();
    const partition = partitionOf(version, "check|");
    const query = table.listEntities<OrganisationEntity>({ queryOptions: { filter: odata`PartitionKey eq ${partition} and RowKey ge ${"check|"} and RowKey lt ${"check|~"}`, select: ["data"] } });
    for await (const row of query) {
      const check = JSON.parse(row.data) as Check;
      if (check.since) starts.set(check.id, check.since);
    }
    return starts;
  }

  /** Every row of a version, handed to `take` page by page: its partitions read a few at a time, in pages of 1,000. */
  private async readVersion(version: string, take: (row: StoredRow) => void): Promise<void> {
    const table = await this.table();
    const partitions = partitionsOfVersion(version);
    let next = 0;
    const reader = async () => {
      while (next < partitions.length) {
        const partition = partitions[next++];
        const query = table.listEntities<OrganisationEntity>({ queryOptions: { filter: odata`PartitionKey eq ${partition}`, select: ["RowKey", "kind", "order", "data", "Timestamp"] } });
        for await (const page of query.byPage({ maxPageSize: 1000 })) {
          // Parsed page by page: a whole version parsed at once would hold up the event loop.
          for (const e of page) take({ rowKey: e.rowKey!, kind: e.kind, order: e.order, data: e.data, value: JSON.parse(e.data), etag: e.etag, timestamp: e.timestamp });
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
  }

  /** Writes a new version: batches of 100 per partition, PARALLEL_BATCHES in flight, the partitions interleaved. */
  private async writeVersion(table: TableClient, entities: OrganisationEntity[], onProgress?: ImportProgress): Promise<void> {
    const batches = interleave(batchesByPartition(entities.map((e): TransactionAction => ["create", { ...e }])));
    let next = 0;
    let written = 0;
    let failed = false;
    onProgress?.(0, entities.length);
    const worker = async () => {
      while (next < batches.length && !failed) {
        const batch = batches[next++];
        try {
          await table.submitTransaction(batch);
        } catch (err) {
          failed = true;
          throw err;
        }
        written += batch.length;
        onProgress?.(written, entities.length);
      }
    };
    // On a failure the other workers stop, and every write in flight settles before the caller removes the version's
    // rows: a batch landing after the clean-up listed the rows would stay behind as an orphan.
    const results = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failure) throw failure.reason;
  }

  /** Deletes versions that are neither current nor previous (a reader may still be on the previous one). */
  private async removeOldVersions(current: string, previous: string | undefined): Promise<void> {
    const table = await this.table();
    const keep = new Set([current, previous]);
    const versions: VersionEntity[] = [];
    const query = table.listEntities<VersionEntity>({ queryOptions: { filter: odata`PartitionKey eq ${META} and RowKey gt ${VERSION_PREFIX} and RowKey lt ${VERSION_PREFIX + "~"}` } });
    for await (const v of query) versions.push(v);
    for (const v of versions) {
      const version = v.rowKey.slice(VERSION_PREFIX.length);
      if (keep.has(version)) continue;
      if (v.state === "writing" && Date.now() - Date.parse(v.createdAt) < WRITING_GRACE_MS) continue;
      await this.removeVersion(table, version);
    }
  }

  /** Deletes a version's rows, then its version row (so a half-deleted version is still found and finished later). */
  private async removeVersion(table: TableClient, version: string): Promise<void> {
    await this.deleteVersionRows(table, version);
    await table.deleteEntity(META, VERSION_PREFIX + version).catch((err: unknown) => {
      if (storageStatus(err) !== 404) throw err;
    });
  }

  /** Deletes every row of a version, in every partition it used. */
  private async deleteVersionRows(table: TableClient, version: string): Promise<void> {
    const actions: TransactionAction[] = [];
    for (const partition of partitionsOfVersion(version)) {
      for await (const e of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partition}`, select: ["RowKey"] } })) {
        actions.push(["delete", { partitionKey: partition, rowKey: e.rowKey! }]);
      }
    }
    for (const batch of batchesByPartition(actions)) await table.submitTransaction(batch);
  }
}

/** The actions in transactions of at most BATCH, each within one partition (Table Storage's rule). */
function batchesByPartition(actions: readonly TransactionAction[]): TransactionAction[][] {
  const byPartition = new Map<string, TransactionAction[]>();
  for (const action of actions) {
    const partition = action[1].partitionKey;
    const list = byPartition.get(partition);
    if (list) list.push(action);
    else byPartition.set(partition, [action]);
  }
  const batches: TransactionAction[][] = [];
  for (const list of byPartition.values()) for (let i = 0; i < list.length; i += BATCH) batches.push(list.slice(i, i + BATCH));
  return batches;
}

/** Batches reordered so that consecutive ones go to different partitions (parallel writes spread out). */
function interleave(batches: TransactionAction[][]): TransactionAction[][] {
  const queues = new Map<string, TransactionAction[][]>();
  for (const batch of batches) {
    const partition = batch[0][1].partitionKey;
    const queue = queues.get(partition);
    if (queue) queue.push(batch);
    else queues.set(partition, [batch]);
  }
  const out: TransactionAction[][] = [];
  while (out.length < batches.length) for (const queue of queues.values()) if (queue.length) out.push(queue.shift()!);
  return out;
}

/** Version ids sort by creation time and never collide. */
function newVersionId(): string {
  return `v${Date.now().toString(36).padStart(9, "0")}${randomBytes(3).toString("hex")}`;
}
