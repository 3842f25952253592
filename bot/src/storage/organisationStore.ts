// Stores the organisation in Table Storage so that readers never see a half-imported state:
// an import writes a complete new version (its own partition) and only then moves the pointer
// ("meta"/"current") to it, guarded by the pointer's ETag. Old versions are removed afterwards.
import { randomBytes } from "node:crypto";
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import { DateTime } from "luxon";
import type { Check, IsoDate, Organisation } from "../domain/organisation";
import { withCheckStarts } from "../domain/checkRounds";
import { fromEntities, toEntities, type EntityKind, type OrganisationEntity } from "./organisationEntities";
import { storageStatus, type Tables } from "./tables";

const TABLE = "Organisation";
const META = "meta";
const POINTER = "current";
const VERSION_PREFIX = "version|";
/** A version still being written is left alone by cleanup for this long (a concurrent import). */
const WRITING_GRACE_MS = 60 * 60 * 1000;
const BATCH = 100;
const PARALLEL_BATCHES = 4;

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

/** Raised when someone else changed the organisation first; nothing was overwritten. */
export class ConcurrentChangeError extends Error {
  constructor(message = "Organisationen blev ændret af en anden imens. Intet er overskrevet; prøv igen.") {
    super(message);
    this.name = "ConcurrentChangeError";
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
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await this.pointer();
      if (!before) return undefined;
      const rows = await this.readVersion(before.version);
      const after = await this.pointer();
      if (after && after.version === before.version && after.revision === before.revision) {
        return {
          version: before.version,
          revision: before.revision,
          organisation: fromEntities(rows),
          etags: new Map(rows.map((r) => [r.rowKey, r.etag])),
        };
      }
    }
    throw new ConcurrentChangeError("Organisationen ændrede sig hele tiden under indlæsning; prøv igen om lidt.");
  }

  /**
   * Replaces the whole organisation atomically for readers. Fails with ConcurrentChangeError when the
   * organisation changed after `expected` was read (or, without `expected`, while this import ran).
   */
  async replace(organisation: Organisation, options: { source?: string; expected?: OrganisationPointer | null; now?: Date } = {}): Promise<OrganisationPointer> {
    const table = await this.table();
    const expected = options.expected === undefined ? await this.pointer() : options.expected ?? undefined;
    // A check without `since` in the file starts the day it first appears in an import (kept on later imports).
    const today = DateTime.fromJSDate(options.now ?? new Date(), { zone: organisation.organisation.timezone }).toISODate() ?? new Date().toISOString().slice(0, 10);
    organisation = withCheckStarts(organisation, expected ? await this.checkStarts(expected.version) : new Map(), today);
    const version = newVersionId();
    await table.createEntity<VersionEntity>({ partitionKey: META, rowKey: VERSION_PREFIX + version, state: "writing", createdAt: new Date().toISOString() });
    await this.writeVersion(table, toEntities(organisation, version));

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
  ): Promise<OrganisationPointer> {
    const table = await this.table();
    const current = await this.pointer();
    if (!current || current.version !== expectedVersion) throw new ConcurrentChangeError();
    const actions: TransactionAction[] = changes.map((c) => {
      const entity = { partitionKey: current.version, rowKey: c.rowKey };
      if (c.delete) return ["delete", entity];
      const full = { ...entity, kind: c.kind, order: c.order ?? 0, data: JSON.stringify(c.data) };
      return c.etag ? ["update", full, "Replace", { etag: c.etag }] : ["create", full];
    });
    try {
      for (let i = 0; i < actions.length; i += BATCH) await table.submitTransaction(actions.slice(i, i + BATCH));
    } catch (err) {
      const status = storageStatus(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrentChangeError();
      throw err;
    }
    const next: PointerEntity = { partitionKey: META, rowKey: POINTER, version: current.version, revision: current.revision + 1, updatedAt: new Date().toISOString(), source: "fanen" };
    // The rows are written; a failed revision bump only delays other instances' refresh, so retry a few times.
    for (let attempt = 0; ; attempt++) {
      const latest = attempt === 0 ? current : await this.pointer();
      if (!latest || latest.version !== current.version) throw new ConcurrentChangeError();
      try {
        const res = await table.updateEntity({ ...next, revision: latest.revision + 1 }, "Replace", { etag: latest.etag });
        return { version: current.version, revision: latest.revision + 1, etag: res.etag! };
      } catch (err) {
        if (storageStatus(err) !== 412 || attempt >= 4) throw err;
      }
    }
  }

  /** Check id -> start, of a stored version. */
  private async checkStarts(version: string): Promise<Map<string, IsoDate>> {
    const table = await this.table();
    const starts = new Map<string, IsoDate>();
    const query = table.listEntities<OrganisationEntity>({ queryOptions: { filter: odata`PartitionKey eq ${version} and RowKey ge ${"check|"} and RowKey lt ${"check|~"}`, select: ["data"] } });
    for await (const row of query) {
      const check = JSON.parse(row.data) as Check;
      if (check.since) starts.set(check.id, check.since);
    }
    return starts;
  }

  private async readVersion(version: string): Promise<Array<OrganisationEntity & { etag: string }>> {
    const table = await this.table();
    const rows: Array<OrganisationEntity & { etag: string }> = [];
    const query = table.listEntities<OrganisationEntity>({ queryOptions: { filter: odata`PartitionKey eq ${version}`, select: ["RowKey", "kind", "order", "data"] } });
    for await (const page of query.byPage({ maxPageSize: 1000 })) {
      for (const e of page) rows.push({ ...e, partitionKey: version, etag: e.etag });
    }
    return rows;
  }

  private async writeVersion(table: TableClient, entities: OrganisationEntity[]): Promise<void> {
    const batches: OrganisationEntity[][] = [];
    for (let i = 0; i < entities.length; i += BATCH) batches.push(entities.slice(i, i + BATCH));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        await table.submitTransaction(batch.map((e): TransactionAction => ["create", { ...e }]));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
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
      await this.deletePartition(table, version);
      await table.deleteEntity(META, v.rowKey).catch(() => undefined);
    }
  }

  private async deletePartition(table: TableClient, version: string): Promise<void> {
    const keys: string[] = [];
    for await (const e of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${version}`, select: ["RowKey"] } })) keys.push(e.rowKey!);
    for (let i = 0; i < keys.length; i += BATCH) {
      await table.submitTransaction(keys.slice(i, i + BATCH).map((rowKey): TransactionAction => ["delete", { partitionKey: version, rowKey }]));
    }
  }
}

/** Version ids sort by creation time and never collide. */
function newVersionId(): string {
  return `v${Date.now().toString(36).padStart(9, "0")}${randomBytes(3).toString("hex")}`;
}
