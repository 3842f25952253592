// The append-only audit log of completed management checks (table CheckLog). PartitionKey = check id,
// RowKey = occurrence key, and a completion is written with createEntity only: a second submit of the same
// round gets 409 and the first record stands. Nothing here updates or deletes.
import { odata, type TableClient } from "@azure/data-tables";
import { storageStatus, type Tables } from "./tables";

/** One recorded completion of a round of a check. Never holds a CPR number (the bot refuses such input). */
export interface CheckLogEntry {
  readonly checkId: string;
  /** The occurrence key ("mitid@2026-04-06"). */
  readonly occurrence: string;
  /** Local date of the round. */
  readonly occurrenceDate: string;
  /** The period covered, as the card words it ("uge 47"). */
  readonly periodLabel: string;
  readonly completedAt: Date;
  /** Person id of who completed it. */
  readonly by: string;
  readonly byName: string;
  readonly result: "ok" | "deviation";
  readonly sampleChecked: number;
  readonly findings?: string;
  readonly followUp?: string;
  readonly approvedBy?: string;
  readonly closedDate?: string;
}

/** Reading and appending completions; the tab reads through `list`. */
export interface CheckLog {
  /** Appends a completion; `created: false` with the stored entry when the round was already completed. */
  record(entry: CheckLogEntry): Promise<{ created: boolean; entry: CheckLogEntry }>;
  get(checkId: string, occurrence: string): Promise<CheckLogEntry | undefined>;
  /** Completions, oldest first; `from`/`to` bound completedAt (to exclusive). */
  list(options?: { checkId?: string; from?: Date; to?: Date }): Promise<CheckLogEntry[]>;
}

interface CheckLogEntity {
  partitionKey: string;
  rowKey: string;
  occurrenceDate: string;
  periodLabel: string;
  completedAt: Date;
  by: string;
  byName: string;
  result: string;
  sampleChecked: number;
  findings?: string;
  followUp?: string;
  approvedBy?: string;
  closedDate?: string;
}

const TABLE = "CheckLog";

/** The check log in Table Storage. */
export class TableCheckLog implements CheckLog {
  constructor(private readonly tables: Pick<Tables, "ensure">) {}

  private table(): Promise<TableClient> {
    return this.tables.ensure(TABLE);
  }

  async record(entry: CheckLogEntry): Promise<{ created: boolean; entry: CheckLogEntry }> {
    const table = await this.table();
    try {
      await table.createEntity<CheckLogEntity>(toEntity(entry));
      return { created: true, entry };
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
      const existing = await this.get(entry.checkId, entry.occurrence);
      if (!existing) throw new Error(`CheckLog: ${entry.checkId}/${entry.occurrence} gave 409 but cannot be read`, { cause: err });
      return { created: false, entry: existing };
    }
  }

  async get(checkId: string, occurrence: string): Promise<CheckLogEntry | undefined> {
    const table = await this.table();
    try {
      return fromEntity(await table.getEntity<CheckLogEntity>(checkId, occurrence));
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
  }

  async list(options: { checkId?: string; from?: Date; to?: Date } = {}): Promise<CheckLogEntry[]> {
    const table = await this.table();
    const parts: string[] = [];
    if (options.checkId !== undefined) parts.push(odata`PartitionKey eq ${options.checkId}`);
    if (options.from) parts.push(odata`completedAt ge ${options.from}`);
    if (options.to) parts.push(odata`completedAt lt ${options.to}`);
    const filter = parts.length > 0 ? parts.join(" and ") : undefined;
    const out: CheckLogEntry[] = [];
    for await (const entity of table.listEntities<CheckLogEntity>({ queryOptions: filter ? { filter } : undefined })) out.push(fromEntity(entity));
    return out.sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.checkId.localeCompare(b.checkId));
  }
}

function toEntity(e: CheckLogEntry): CheckLogEntity {
  return {
    partitionKey: e.checkId,
    rowKey: e.occurrence,
    occurrenceDate: e.occurrenceDate,
    periodLabel: e.periodLabel,
    completedAt: e.completedAt,
    by: e.by,
    byName: e.byName,
    result: e.result,
    sampleChecked: e.sampleChecked,
    ...(e.findings !== undefined && { findings: e.findings }),
    ...(e.followUp !== undefined && { followUp: e.followUp }),
    ...(e.approvedBy !== undefined && { approvedBy: e.approvedBy }),
    ...(e.closedDate !== undefined && { closedDate: e.closedDate }),
  };
}

function fromEntity(e: CheckLogEntity): CheckLogEntry {
  return {
    checkId: e.partitionKey,
    occurrence: e.rowKey,
    occurrenceDate: e.occurrenceDate,
    periodLabel: e.periodLabel,
    completedAt: new Date(e.completedAt),
    by: e.by,
    byName: e.byName,
    result: e.result === "deviation" ? "deviation" : "ok",
    sampleChecked: Number(e.sampleChecked),
    ...(e.findings && { findings: e.findings }),
    ...(e.followUp && { followUp: e.followUp }),
    ...(e.approvedBy && { approvedBy: e.approvedBy }),
    ...(e.closedDate && { closedDate: e.closedDate }),
  };
}
