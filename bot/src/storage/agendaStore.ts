// Agenda items proposed on meeting cards (table Agenda). PartitionKey = meeting occurrence key, RowKey = the
// time and a random suffix, so items list in the order they came and two proposals never collide. Append-only.
import { randomBytes } from "node:crypto";
import { odata, type TableClient } from "@azure/data-tables";
import type { Tables } from "./tables";

/** One proposed agenda item. */
export interface AgendaEntry {
  readonly meetingId: string;
  /** The occurrence key ("lokal-med@2026-12-08"). */
  readonly occurrence: string;
  readonly text: string;
  /** Person id, when the proposer is in the organisation. */
  readonly by?: string;
  readonly byName: string;
  readonly at: Date;
}

/** Proposing and reading agenda items of one meeting occurrence. */
export interface AgendaStore {
  add(entry: AgendaEntry): Promise<void>;
  /** Items of one occurrence, oldest first. */
  list(occurrence: string): Promise<AgendaEntry[]>;
}

interface AgendaEntity {
  partitionKey: string;
  rowKey: string;
  meetingId: string;
  text: string;
  by?: string;
  byName: string;
  at: Date;
}

/** Agenda items in Table Storage. */
export class TableAgendaStore implements AgendaStore {
  constructor(private readonly tables: Pick<Tables, "ensure">) {}

  private table(): Promise<TableClient> {
    return this.tables.ensure("Agenda");
  }

  async add(entry: AgendaEntry): Promise<void> {
    const table = await this.table();
    await table.createEntity<AgendaEntity>({
      partitionKey: entry.occurrence,
      rowKey: `${entry.at.toISOString()}|${randomBytes(4).toString("hex")}`,
      meetingId: entry.meetingId,
      text: entry.text,
      ...(entry.by !== undefined && { by: entry.by }),
      byName: entry.byName,
      at: entry.at,
    });
  }

  async list(occurrence: string): Promise<AgendaEntry[]> {
    const table = await this.table();
    const out: AgendaEntry[] = [];
    const entities = table.listEntities<AgendaEntity>({ queryOptions: { filter: odata`PartitionKey eq ${occurrence}` } });
    for await (const e of entities) {
      out.push({ meetingId: e.meetingId, occurrence: e.partitionKey, text: e.text, ...(e.by && { by: e.by }), byName: e.byName, at: new Date(e.at) });
    }
    return out.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
