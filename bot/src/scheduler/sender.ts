// Sending politely: Teams allows a bot about 7 messages a second and 60 per 30 seconds in one conversation, and
// about 50 requests a second overall. A sliding-window limiter per conversation and one overall keep under
// that; 429/502/503/504 are retried, honouring Retry-After (seconds) when given, else exponential backoff with
// full jitter; 403/404 mean the bot can no longer post there and are not retried.

/** One limit: at most `limit` sends in any `ms` window. */
export interface RateWindow {
  readonly limit: number;
  readonly ms: number;
}

/** Teams' limits per conversation. */
export const CONVERSATION_LIMITS: readonly RateWindow[] = [{ limit: 7, ms: 1000 }, { limit: 60, ms: 30_000 }];
/** Teams' limit across the bot (per tenant). */
export const GLOBAL_LIMITS: readonly RateWindow[] = [{ limit: 50, ms: 1000 }];

/** The clock and sleep the sender uses; tests and benchmarks may pass their own. */
export interface Timing {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const REAL_TIMING: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Sliding-window limiter: sends per key within each window, plus overall. */
export class RateLimiter {
  private readonly perKey = new Map<string, number[]>();
  private readonly overall: number[] = [];

  constructor(
    private readonly keyLimits: readonly RateWindow[] = CONVERSATION_LIMITS,
    private readonly globalLimits: readonly RateWindow[] = GLOBAL_LIMITS,
    private readonly timing: Timing = REAL_TIMING,
  ) {}

  private forgetIdle(now: number): void {
    const longest = Math.max(...this.keyLimits.map((w) => w.ms));
    for (const [key, times] of this.perKey) if (times.length === 0 || times[times.length - 1] <= now - longest) this.perKey.delete(key);
  }

  /** Waits until one more send to `key` fits every window, then counts it. */
  async acquire(key: string): Promise<void> {
    for (;;) {
      const now = this.timing.now();
      let times = this.perKey.get(key);
      if (!times) this.perKey.set(key, (times = []));
      const wait = Math.max(waitFor(times, this.keyLimits, now), waitFor(this.overall, this.globalLimits, now));
      if (wait <= 0) {
        times.push(now);
        this.overall.push(now);
        if (this.perKey.size > MAX_TRACKED_KEYS) this.forgetIdle(now);
        return;
      }
      await this.timing.sleep(wait);
    }
  }
}

/** Conversations tracked before idle ones (nothing sent within the longest window) are dropped. */
const MAX_TRACKED_KEYS = 5000;

/** How long until one more send fits all windows; prunes what no window needs. */
function waitFor(times: number[], windows: readonly RateWindow[], now: number): number {
  const longest = Math.max(...windows.map((w) => w.ms));
  while (times.length > 0 && times[0] <= now - longest) times.shift();
  let wait = 0;
  for (const w of windows) {
    const inWindow = times.filter((t) => t > now - w.ms);
    if (inWindow.length >= w.limit) wait = Math.max(wait, inWindow[inWindow.length - w.limit] + w.ms - now + 1);
  }
  return wait;
}

/** Teams answered that the bot cannot post in this conversation (403/404): mark the reference stale. */
export class ConversationGoneError extends Error {
  constructor(readonly status: number, options?: { cause?: unknown }) {
    super(`Teams answered ${status}: the bot can no longer post in this conversation`, options);
    this.name = "ConversationGoneError";
  }
}

/** How retries behave. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

const RETRIED = new Set([429, 502, 503, 504]);

/** What a send attempt did, for logs and benchmarks. */
export interface SendReport {
  readonly attempts: number;
  readonly retries: { readonly status: number; readonly delayMs: number }[];
}

/** Sends through the limiter with retries; throws ConversationGoneError on 403/404, the last error when out of attempts. */
export class PoliteSender {
  constructor(
    private readonly limiter: RateLimiter = new RateLimiter(),
    private readonly retry: RetryOptions = DEFAULT_RETRY,
    private readonly timing: Timing = REAL_TIMING,
  ) {}

  async send(conversationId: string, attempt: () => Promise<void>): Promise<SendReport> {
    const retries: { status: number; delayMs: number }[] = [];
    for (let n = 1; ; n++) {
      await this.limiter.acquire(conversationId);
      try {
        await attempt();
        return { attempts: n, retries };
      } catch (err) {
        const status = httpStatus(err);
        if (status === 403 || status === 404) throw new ConversationGoneError(status, { cause: err });
        if (status === undefined || !RETRIED.has(status) || n >= this.retry.maxAttempts) throw err;
        const retryAfter = retryAfterMs(err);
        const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (n - 1));
        const delayMs = retryAfter ?? Math.round(this.timing.random() * backoff);
        retries.push({ status, delayMs });
        await this.timing.sleep(delayMs);
      }
    }
  }
}

/** The HTTP status of a connector error (core-client RestError and friends). */
export function httpStatus(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  for (const value of [e?.statusCode, e?.status, e?.response?.status]) if (typeof value === "number") return value;
  return undefined;
}

/** Retry-After in milliseconds, when the error carries one (seconds or an HTTP date). */
export function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: unknown } } | undefined)?.response?.headers as
    | { get?: (name: string) => string | undefined | null; [name: string]: unknown }
    | undefined;
  if (!headers) return undefined;
  const raw = typeof headers.get === "function" ? headers.get("retry-after") : (headers["retry-after"] as string | undefined);
  if (raw === undefined || raw === null || raw === "") return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 120_000);
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
