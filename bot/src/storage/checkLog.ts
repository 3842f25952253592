// The append-only audit log of management checks (table CheckLog). PartitionKey = check id. A round's
// completion is the row RowKey = occurrence key ("mitid@2026-11-23"); each later step is its own row,
// RowKey = "<occurrence>|closed" or "<occurrence>|approved". Every row is written with createEntity only, so a
// second submit of the same step gets 409 and the first stands; nothing here updates or deletes. Step rows carry
// the round's completedAt and result, so the same filters find a round and its steps together.
import { odata, type TableClient } from "@azure/data-tables";
import { withStep, type CheckRecord, type CheckStep } from "../domain/checkRecords";
import { storageStatus, type Tables } from "./tables";

/** One completed round with its later steps folded in (the domain's record). */
export type CheckLogEntry = CheckRecord;

/** The completion as written: the record without the fields later steps add. */
export type CheckCompletionEntry = Omit<CheckRecord, "closedDate" | "closedAt" | "closedBy" | "closedByName" | "closeNote" | "approvedBy" | "approvedById" | "approvedAt">;

/** Reading and appending; the tab reads through `list`. */
export interface CheckLog {
  /** Appends a completion; `created: false` with the stored record when the round was already completed. */
  record(entry: CheckCompletionEntry): Promise<{ created: boolean; entry: CheckLogEntry }>;
  /**
   * Appends a step (closed, approved) to a completed round; `created: false` with the stored record when that
   * step was already taken (the record says by whom). Undefined when the round has no completion.
   */
  addStep(checkId: string, occurrence: string, step: CheckStep): Promise<{ created: boolean; entry: CheckLogEntry } | undefined>;
  get(checkId: string, occurrence: string): Promise<CheckLogEntry | undefined>;
  /** Records, oldest completion first; `from`/`to` bound completedAt (to exclusive); `result` picks OK or deviations. */
  list(options?: CheckLogQuery): Promise<CheckLogEntry[]>;
}

/** Filters of CheckLog.list. */
export interface CheckLogQuery {
  readonly checkId?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly result?: CheckRecord["result"];
}

type StepKind = CheckStep["kind"];
const STEP_KINDS: readonly StepKind[] = ["closed", "approved"];

interface CheckLogEntity {
  partitionKey: string;
  rowKey: string;
  /** Absent on rows written before steps existed: a completion. */
  step?: "completed" | StepKind;
  occurrenceDate: string;
  periodLabel?: string;
  completedAt: Date;
  result: string;
  by: string;
  byName: string;
  sampleChecked?: number;
  deviationKind?: string;
  findings?: string;
  followUp?: string;
  followUpDue?: string;
  /** Step rows: when, and its local date. */
  at?: Date;
  date?: string;
  note?: string;
  // Written by the first version of the log, before steps: read, never written.
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

  async record(entry: CheckCompletionEntry): Promise<{ created: boolean; entry: CheckLogEntry }> {
    const table = await this.table();
    try {
      await table.createEntity<CheckLogEntity>(completionEntity(entry));
      return { created: true, entry: completionOnly(entry) };
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
      const existing = await this.get(entry.checkId, entry.occurrence);
      if (!existing) throw new Error(`CheckLog: ${entry.checkId}/${entry.occurrence} gave 409 but cannot be read`, { cause: err });
      return { created: false, entry: existing };
    }
  }

  async addStep(checkId: string, occurrence: string, step: CheckStep): Promise<{ created: boolean; entry: CheckLogEntry } | undefined> {
    const completion = await this.get(checkId, occurrence);
    if (!completion) return undefined;
    const table = await this.table();
    try {
      await table.createEntity<CheckLogEntity>({
        partitionKey: checkId, rowKey: `${occurrence}|${step.kind}`, step: step.kind,
        occurrenceDate: completion.occurrenceDate, completedAt: completion.completedAt, result: completion.result,
        by: step.by, byName: step.byName, at: step.at, date: step.date, ...(step.note !== undefined && { note: step.note }),
      });
      return { created: true, entry: withStep(completion, step) };
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
      return { created: false, entry: (await this.get(checkId, occurrence)) ?? completion };
    }
  }

  async get(checkId: string, occurrence: string): Promise<CheckLogEntry | undefined> {
    const table = await this.table();
    // The completion and its step rows: "<occurrence>" and "<occurrence>|…" sort together ('|' < '~').
    const filter = odata`PartitionKey eq ${checkId} and RowKey ge ${occurrence} and RowKey lt ${`${occurrence}~`}`;
    const rows: CheckLogEntity[] = [];
    for await (const entity of table.listEntities<CheckLogEntity>({ queryOptions: { filter } })) rows.push(entity);
    return fold(rows.filter((r) => r.rowKey === occurrence || r.rowKey.startsWith(`${occurrence}|`)))[0];
  }

  async list(options: CheckLogQuery = {}): Promise<CheckLogEntry[]> {
    const table = await this.table();
    const parts: string[] = [];
    if (options.checkId !== undefined) parts.push(odata`PartitionKey eq ${options.checkId}`);
    if (options.from) parts.push(odata`completedAt ge ${options.from}`);
    if (options.to) parts.push(odata`completedAt lt ${options.to}`);
    if (options.result) parts.push(odata`result eq ${options.result}`);
    const filter = parts.length > 0 ? parts.join(" and ") : undefined;
    const rows: CheckLogEntity[] = [];
    for await (const entity of table.listEntities<CheckLogEntity>({ queryOptions: filter ? { filter } : undefined })) rows.push(entity);
    return fold(rows).sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.checkId.localeCompare(b.checkId));
  }
}

/** Completions with their steps folded in; steps whose completion is not among the rows are dropped. */
function fold(rows: readonly CheckLogEntity[]): CheckLogEntry[] {
  const records = new Map<string, CheckLogEntry>();
  for (const row of rows) if (!isStepRow(row)) records.set(`${row.partitionKey}|${row.rowKey}`, fromCompletion(row));
  const steps = rows.filter(isStepRow).sort((a, b) => new Date(a.at ?? 0).getTime() - new Date(b.at ?? 0).getTime());
  for (const row of steps) {
    const occurrence = row.rowKey.slice(0, row.rowKey.lastIndexOf("|"));
    const key = `${row.partitionKey}|${occurrence}`;
    const record = records.get(key);
    if (!record) continue;
    const at = new Date(row.at ?? row.completedAt);
    records.set(key, withStep(record, { kind: row.step as StepKind, at, by: row.by, byName: row.byName, date: row.date ?? at.toISOString().slice(0, 10), ...(row.note && { note: row.note }) }));
  }
  return [...records.values()];
}

function isStepRow(row: CheckLogEntity): boolean {
  return row.step !== undefined && (STEP_KINDS as readonly string[]).includes(row.step);
}

function completionEntity(e: CheckCompletionEntry): CheckLogEntity {
  return {
    partitionKey: e.checkId,
    rowKey: e.occurrence,
    step: "completed",
    occurrenceDate: e.occurrenceDate,
    periodLabel: e.periodLabel,
    completedAt: e.completedAt,
    by: e.by,
    byName: e.byName,
    result: e.result,
    sampleChecked: e.sampleChecked,
    ...(e.deviationKind !== undefined && { deviationKind: e.deviationKind }),
    ...(e.findings !== undefined && { findings: e.findings }),
    ...(e.followUp !== undefined && { followUp: e.followUp }),
    ...(e.followUpDue !== undefined && { followUpDue: e.followUpDue }),
  };
}

/** The completion fields of an entry, so what `record` returns is what `get` reads back. */
function completionOnly(e: CheckCompletionEntry): CheckLogEntry {
  return fromCompletion(completionEntity(e));
}

function fromCompletion(e: CheckLogEntity): CheckLogEntry {
  return {
    checkId: e.partitionKey,
    occurrence: e.rowKey,
    occurrenceDate: e.occurrenceDate,
    periodLabel: e.periodLabel ?? "",
    completedAt: new Date(e.completedAt),
    by: e.by,
    byName: e.byName,
    result: e.result === "deviation" ? "deviation" : "ok",
    sampleChecked: Number(e.sampleChecked ?? 0),
    ...(e.deviationKind && { deviationKind: e.deviationKind }),
    ...(e.findings && { findings: e.findings }),
    ...(e.followUp && { followUp: e.followUp }),
    ...(e.followUpDue && { followUpDue: e.followUpDue }),
    ...(e.approvedBy && { approvedBy: e.approvedBy }),
    ...(e.closedDate && { closedDate: e.closedDate }),
  };
}

/**
 * The records check answers need, by occurrence key: every round completed in the last `lookBackMs`, and every
 * deviation however old (an open one is listed until it is closed). Two queries, in parallel.
 */
export async function recordsForRounds(log: Pick<CheckLog, "list">, now: Date, lookBackMs: number): Promise<Map<string, CheckLogEntry>> {
  const [recent, deviations] = await Promise.all([log.list({ from: new Date(now.getTime() - lookBackMs) }), log.list({ result: "deviation" })]);
  return new Map([...deviations, ...recent].map((e) => [e.occurrence, e]));
}
