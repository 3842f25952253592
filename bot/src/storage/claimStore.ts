// Claims make each reminder go out once, also with several instances (table Claims). PartitionKey = occurrence
// key, RowKey = `${kind}|${recipient}`. createEntity is the claim (409: someone else has it). A claim carries a
// lease that its owner renews while it waits; a claim still "claimed" after its lease belongs to an instance that
// died (or lost storage), and another instance takes it over with If-Match on the ETag it read (412: a third
// instance won that race). Every write of an owner is guarded by the ETag of its last write, so an owner whose
// claim was taken over finds out instead of overwriting. Every call has a deadline: storage that hangs fails fast.
import type { TableClient } from "@azure/data-tables";
import { storageStatus, type Tables } from "./tables";
import { AppError } from "../errors";
import { STORAGE_UNAVAILABLE } from "./tables";

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
  /** Teams' id of the delivered activity (state "sent"). */
  readonly activityId?: string;
  /** When Teams accepted it (state "sent"). */
  readonly sentAt?: Date;
  readonly etag: string;
}

/** What the owner of a claim holds: the ETag of its last write guards the next. */
export interface Lease {
  readonly instance: string;
  readonly etag: string;
  readonly leaseUntil: Date;
}

/** The outcome of trying to claim. */
export type ClaimResult =
  | { readonly won: true; readonly takenOver: boolean; readonly lease: Lease }
  | { readonly won: false; readonly claim: Claim };

/** How a claim is settled. */
export type Settlement =
  | { readonly state: "sent"; readonly activityId: string; readonly at: Date }
  | { readonly state: "skipped" | "missed"; readonly reason: string; readonly at: Date };

/** Another instance holds the claim now (it took it over after this one's lease ran out). */
export class ClaimLostError extends AppError {
  constructor(readonly key: ClaimKey, readonly holder: string) {
    super("claim_lost", { message: `Claim ${key.occurrence}/${rowKey(key)} is held by ${holder} now` });
  }
}

/** A storage call did not answer within its deadline. */
export class StorageDeadlineError extends AppError {
  constructor(readonly operation: string, readonly ms: number) {
    super("storage_deadline", { message: `Table Storage did not answer "${operation}" within ${ms} ms`, status: 503, user: STORAGE_UNAVAILABLE });
  }
}

/** Claiming, renewing and settling reminders. */
export interface ClaimStore {
  claim(key: ClaimKey, instance: string, now: Date, leaseMs: number): Promise<ClaimResult>;
  /** Extends the lease; ClaimLostError when another instance took the claim over. */
  renew(key: ClaimKey, lease: Lease, now: Date, leaseMs: number): Promise<Lease>;
  /**
   * Settles a claim the caller holds. A "sent" is recorded even over another instance's takeover (the message
   * did go out; recording it stops a later takeover from sending again): `takenOverBy` then names that instance.
   * Skipped/missed over a takeover throws ClaimLostError.
   */
  settle(key: ClaimKey, lease: Lease, settlement: Settlement): Promise<{ readonly takenOverBy?: string }>;
  /** Records a reminder as missed (too old to send); a no-op if it was claimed already. */
  recordMissed(key: ClaimKey, now: Date, reason?: string): Promise<void>;
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
  activityId?: string;
  sentAt?: Date;
  settledAt?: Date;
}

const rowKey = (key: ClaimKey) => `${key.kind}|${key.recipient}`;

/** Default deadline of one claim-store call. */
export const CLAIM_DEADLINE_MS = 3000;

/** Claims in Table Storage. */
export class TableClaimStore implements ClaimStore {
  constructor(private readonly tables: Pick<Tables, "ensure">, private readonly deadlineMs = CLAIM_DEADLINE_MS) {}

  async claim(key: ClaimKey, instance: string, now: Date, leaseMs: number): Promise<ClaimResult> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    try {
      const created = await this.call("claim", (table, abortSignal) =>
        table.createEntity<ClaimEntity>({ partitionKey: key.occurrence, rowKey: rowKey(key), state: "claimed", instance, leaseUntil, attempts: 1 }, { abortSignal }));
      return { won: true, takenOver: false, lease: { instance, etag: created.etag ?? "", leaseUntil } };
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
    }
    const existing = await this.get(key);
    if (!existing) return this.claim(key, instance, now, leaseMs);
    // Our own earlier create that timed out here but reached storage: the claim is ours.
    if (existing.state === "claimed" && existing.instance === instance) return { won: true, takenOver: false, lease: { instance, etag: existing.etag, leaseUntil: existing.leaseUntil } };
    if (existing.state !== "claimed" || existing.leaseUntil > now) return { won: false, claim: existing };
    try {
      const etag = await this.replace(key, { state: "claimed", instance, leaseUntil, attempts: existing.attempts + 1 }, existing.etag, "takeover");
      return { won: true, takenOver: true, lease: { instance, etag, leaseUntil } };
    } catch (err) {
      if (storageStatus(err) !== 412) throw err;
      const winner = await this.get(key);
      if (!winner) throw new Error(`Claim ${key.occurrence}/${rowKey(key)} vanished during a takeover`, { cause: err });
      return { won: false, claim: winner };
    }
  }

  async renew(key: ClaimKey, lease: Lease, now: Date, leaseMs: number): Promise<Lease> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    for (let etag = lease.etag; ;) {
      try {
        const next = await this.call("renew", (table, abortSignal) =>
          table.updateEntity({ partitionKey: key.occurrence, rowKey: rowKey(key), leaseUntil }, "Merge", { etag, abortSignal }));
        return { instance: lease.instance, etag: next.etag ?? "", leaseUntil };
      } catch (err) {
        if (storageStatus(err) !== 412) throw err;
        const current = await this.get(key);
        if (!current || current.instance !== lease.instance || current.state !== "claimed") throw new ClaimLostError(key, current?.instance ?? "nobody");
        // Our own earlier write (timed out here, applied there) moved the ETag: go on from it.
        etag = current.etag;
      }
    }
  }

  async settle(key: ClaimKey, lease: Lease, settlement: Settlement): Promise<{ readonly takenOverBy?: string }> {
    const fields = settlement.state === "sent"
      ? { state: "sent", activityId: settlement.activityId, sentAt: settlement.at, settledAt: settlement.at }
      : { state: settlement.state, reason: settlement.reason, settledAt: settlement.at };
    let takenOverBy: string | undefined;
    for (let etag = lease.etag; ;) {
      try {
        await this.call("settle", (table, abortSignal) => table.updateEntity({ partitionKey: key.occurrence, rowKey: rowKey(key), ...fields }, "Merge", { etag, abortSignal }));
        return takenOverBy ? { takenOverBy } : {};
      } catch (err) {
        if (storageStatus(err) !== 412) throw err;
      }
      const current = await this.get(key);
      if (!current) throw new ClaimLostError(key, "nobody");
      const ours = current.instance === lease.instance;
      if (current.state !== "claimed") {
        // Settled already: by our own earlier write that timed out here, or by the instance that took over.
        return ours ? {} : { takenOverBy: current.instance };
      }
      if (!ours) {
        if (settlement.state !== "sent") throw new ClaimLostError(key, current.instance);
        takenOverBy = current.instance;
      }
      etag = current.etag;
    }
  }

  async recordMissed(key: ClaimKey, now: Date, reason = "tooLate"): Promise<void> {
    try {
      await this.call("recordMissed", (table, abortSignal) =>
        table.createEntity<ClaimEntity>({ partitionKey: key.occurrence, rowKey: rowKey(key), state: "missed", instance: "", leaseUntil: now, attempts: 0, reason, settledAt: now }, { abortSignal }));
    } catch (err) {
      if (storageStatus(err) !== 409) throw err;
    }
  }

  async get(key: ClaimKey): Promise<Claim | undefined> {
    try {
      const e = await this.call("get", (table, abortSignal) => table.getEntity<ClaimEntity>(key.occurrence, rowKey(key), { abortSignal }));
      return {
        ...key, state: e.state as ClaimState, instance: e.instance, leaseUntil: new Date(e.leaseUntil), attempts: Number(e.attempts),
        ...(e.reason && { reason: e.reason }), ...(e.activityId && { activityId: e.activityId }), ...(e.sentAt && { sentAt: new Date(e.sentAt) }),
        etag: e.etag,
      };
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
  }

  private async replace(key: ClaimKey, fields: Omit<ClaimEntity, "partitionKey" | "rowKey">, etag: string, operation: string): Promise<string> {
    const result = await this.call(operation, (table, abortSignal) =>
      table.updateEntity<ClaimEntity>({ partitionKey: key.occurrence, rowKey: rowKey(key), ...fields }, "Replace", { etag, abortSignal }));
    return result.etag ?? "";
  }

  /** Runs one storage call with a deadline: the request is aborted and StorageDeadlineError thrown when it passes. */
  private async call<T>(operation: string, run: (table: TableClient, abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new StorageDeadlineError(operation, this.deadlineMs));
      }, this.deadlineMs);
    });
    try {
      return await Promise.race([this.tables.ensure("Claims").then((table) => run(table, controller.signal)), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
