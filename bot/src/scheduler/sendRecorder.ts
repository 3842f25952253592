// Recording what was sent, the moment Teams accepted it. When storage fails (refuses, or hangs past the claim
// store's deadline) the settlement is held in memory and retried until storage takes it, and meanwhile the
// instance sends nothing new: every message sent but not recorded is one a takeover could send again, so the
// number of those is kept to what was already in flight when storage went away.
import type { Logger } from "../logger";
import { ClaimLostError, type ClaimKey, type ClaimStore, type Lease, type Settlement } from "../storage/claimStore";

/** A record that has not reached storage within this long closes the gate. */
export const SLOW_RECORD_MS = 1000;

/** What recording needs. */
export type RecordStore = Pick<ClaimStore, "settle">;

/** Settlements held in memory until storage has them; a gate for new sends. */
export class SendRecorder {
  private pending = 0;
  private troubled = 0;
  /** When each pending record began (oldest first). */
  private readonly started = new Set<number>();
  private waiters: Array<() => void> = [];

  constructor(private readonly claims: RecordStore, private readonly logger: Logger, private readonly retryMs: { first: number; max: number } = { first: 250, max: 2000 }) {}

  /** Sent but not yet in storage. */
  get unrecorded(): number {
    return this.pending;
  }

  /** False while a record is failing or slow: no new message may go out. Checked against the clock, not a timer. */
  get open(): boolean {
    if (this.troubled > 0) return false;
    const now = Date.now();
    for (const since of this.started) if (now - since > SLOW_RECORD_MS) return false;
    return true;
  }

  /** Resolves at once unless a record is failing or slow; then when all such are recorded. */
  gate(): Promise<void> {
    if (this.open) return Promise.resolve();
    if (this.troubled === 0) return new Promise((resolve) => setTimeout(resolve, 50)).then(() => this.gate());
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Settles the claim with the lease's ETag, retrying until storage takes it; resolves with the instance that
   * had taken the claim over, if one had. Only a lost claim (skipped/missed over a takeover) ends without a record.
   */
  async record(key: ClaimKey, lease: () => Lease, settlement: Settlement): Promise<{ readonly takenOverBy?: string; readonly lost?: true }> {
    this.pending += 1;
    // A unique entry even when two records begin in the same millisecond.
    let since = Date.now();
    while (this.started.has(since)) since += 0.001;
    this.started.add(since);
    let troubled = false;
    const markTroubled = () => {
      if (!troubled) {
        troubled = true;
        this.troubled += 1;
      }
    };
    const slow = setTimeout(markTroubled, SLOW_RECORD_MS);
    try {
      for (let wait = this.retryMs.first, tries = 1; ; wait = Math.min(wait * 2, this.retryMs.max), tries++) {
        try {
          return await this.claims.settle(key, lease(), settlement);
        } catch (err) {
          if (err instanceof ClaimLostError) return { lost: true };
          markTroubled();
          if (tries === 1 || tries % 10 === 0) {
            this.logger.warn({ claim: describe(key), state: settlement.state, tries, unrecorded: this.pending, err }, "could not record a reminder; holding it in memory, sending paused");
          }
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    } finally {
      clearTimeout(slow);
      this.started.delete(since);
      this.pending -= 1;
      if (troubled && --this.troubled === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters) resolve();
        this.logger.info({ unrecorded: this.pending }, "storage took the held records; sending resumes");
      }
    }
  }
}

function describe(key: ClaimKey): string {
  return `${key.occurrence}|${key.kind}|${key.recipient}`;
}
