// A claim this instance holds while it sends: its lease is renewed in the background (a send may wait long for a
// Retry-After or for the limiter), and before each attempt the lease must have room left, so no other instance can
// take the claim over while this one may still send. Every renewal is guarded by the ETag of the last write.
import type { Logger } from "../logger";
import { ClaimLostError, type ClaimKey, type ClaimStore, type Lease } from "../storage/claimStore";
import { SendAbandonedError } from "./sender";

/** The claim store calls a held claim makes. */
export type HoldStore = Pick<ClaimStore, "renew">;

/** A claim being worked on, and its lease. */
export class HeldClaim {
  private timer?: NodeJS.Timeout;
  private lost?: ClaimLostError;
  private renewing?: Promise<void>;

  constructor(
    private readonly claims: HoldStore,
    readonly key: ClaimKey,
    private current: Lease,
    private readonly leaseMs: number,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  /** The lease as of the last successful write; settle with its ETag. */
  get lease(): Lease {
    return this.current;
  }

  /** Renews every third of the lease until stopped. */
  start(): this {
    this.timer = setInterval(() => void this.renew(), Math.max(1000, Math.floor(this.leaseMs / 3)));
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Resolves when the lease has at least `marginMs` left (renewing it, and waiting for storage if it must);
   * throws SendAbandonedError("claimLost") when another instance took the claim over.
   */
  async ensureValid(marginMs: number): Promise<void> {
    for (let wait = 250; ; wait = Math.min(wait * 2, 2000)) {
      if (this.lost) throw new SendAbandonedError("claimLost");
      if (this.current.leaseUntil.getTime() - this.clock().getTime() >= marginMs) return;
      await this.renew();
      if (this.lost) throw new SendAbandonedError("claimLost");
      if (this.current.leaseUntil.getTime() - this.clock().getTime() >= marginMs) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private renew(): Promise<void> {
    this.renewing ??= (async () => {
      try {
        this.current = await this.claims.renew(this.key, this.current, this.clock(), this.leaseMs);
      } catch (err) {
        if (err instanceof ClaimLostError) {
          this.lost = err;
          this.stop();
          this.logger.warn({ claim: `${this.key.occurrence}|${this.key.kind}|${this.key.recipient}`, holder: err.holder }, "claim taken over by another instance; not sending");
        } else {
          this.logger.warn({ claim: `${this.key.occurrence}|${this.key.kind}|${this.key.recipient}`, err }, "lease renewal failed; will try again");
        }
      } finally {
        this.renewing = undefined;
      }
    })();
    return this.renewing;
  }
}
