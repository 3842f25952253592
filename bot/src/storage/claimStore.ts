// Claims make each reminder go out once, also with several instances (table Claims). PartitionKey = occurrence
// key, RowKey = `${kind}|${recipient}`. createEntity is the claim (409: someone else has it). A claim carries a
// lease; a claim still "claimed" after its lease belongs to an instance that died mid-send, and another instance
// takes it over with If-Match on the ETag it read (412: a third instance won that race).
import type { TableClient } from "@azure/data-tables";
import { storageStatus, type Tables } from "./tables";

/** Where a reminder stands. */
export type ClaimState = "claimed" | "sent" | "missed" | "skipped";

/** Names one reminder to one recipient. */
export interface ClaimKey {
  readonly occurrence: string;
  /** "meeting:P14D", "check", "overdue", "escalation", "digest". */
  readonly kind: string;
  /** "channel" or "person:<id>". */
  readonly recipient: string;
}

/** A stored claim. */
export interface Claim extends ClaimKey {
  readonly state: ClaimState;
  readonly instance: string;
  readonly leaseUntil: Date;
  readonly attempts: number;
  readonly reason?: string;
  readonly etag: string;
}

/** The outcome of trying to claim. */
export type ClaimResult =
  | { readonly won: true; readonly takenOver: boolean }
  | { readonly won: false; readonly claim: Claim };

/** Claiming and settling reminders. */
export interface ClaimStore {
  claim(key: ClaimKey, instance: string, now: Date, leaseMs: number): Promise<ClaimResult>;
  /** Settles a claim: sent, or skipped with a reason (no conversation, stale, gave up). */
  settle(key: ClaimKey, state: "sent" | "skipped", now: Date, reason?: string): Promise<void>;
  /** Records a reminder as missed (too old to send); a no-op if it was claimed already. */
  recordMissed(key: ClaimKey, now: Date): Promise<void>;
  get(key: ClaimKey): Promise<Claim | undefined>;
}

interface ClaimEntity {
  partitionKey: string;
  rowKey: string;
  state: string;
  instance: string;
  leaseUntil: Date;
  attempts: number;
  reason?: string;
  settledAt?: Date;
}

const rowKey = (key: ClaimKey) => `${key.kind}|${key.recipient}`;

/** Claims in Table Storage. */
export class TableClaimStore implements ClaimStore {
  constructor(private readonly tables: Pick<Tables, "ensure">) {}

  private table(): Promise<TableClient> {
    return this.tables.ensure("Claims");
  }

  async claim(key: ClaimKey, instance: string, now: Date, leaseMs: number): Promise<ClaimResult> {
    const table = await this.table();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    try {
      await table.createEntity<ClaimEntity>({ partitionKey: key.occurrence, rowKey: rowKey(key), state: "claimed", instance, leaseUntil, attempts: 1 });
      return { won: true, takenOver: false };
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
    }
    const existing = await this.get(key);
    if (!existing) return this.claim(key, instance, now, leaseMs);
    if (existing.state !== "claimed" || existing.leaseUntil > now) return { won: false, claim: existing };
    try {
      await table.updateEntity<ClaimEntity>(
        { partitionKey: key.occurrence, rowKey: rowKey(key), state: "claimed", instance, leaseUntil, attempts: existing.attempts + 1 },
        "Replace",
        { etag: existing.etag },
      );
      return { won: true, takenOver: true };
    } catch (err) {
      if (storageStatus(err) !== 412) throw err;
      const winner = await this.get(key);
      if (!winner) throw new Error(`Claim ${key.occurrence}/${rowKey(key)} vanished during a takeover`, { cause: err });
      return { won: false, claim: winner };
    }
  }

  async settle(key: ClaimKey, state: "sent" | "skipped", now: Date, reason?: string): Promise<void> {
    const table = await this.table();
    await table.updateEntity({ partitionKey: key.occurrence, rowKey: rowKey(key), state, settledAt: now, ...(reason && { reason }) }, "Merge");
  }

  async recordMissed(key: ClaimKey, now: Date): Promise<void> {
    const table = await this.table();
    try {
      await table.createEntity<ClaimEntity>({ partitionKey: key.occurrence, rowKey: rowKey(key), state: "missed", instance: "", leaseUntil: now, attempts: 0, settledAt: now });
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
    }
  }

  async get(key: ClaimKey): Promise<Claim | undefined> {
    const table = await this.table();
    try {
      const e = await table.getEntity<ClaimEntity>(key.occurrence, rowKey(key));
      return {
        ...key, state: e.state as ClaimState, instance: e.instance, leaseUntil: new Date(e.leaseUntil), attempts: Number(e.attempts),
        ...(e.reason && { reason: e.reason }), etag: e.etag,
      };
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
  }
}
