// Sending politely. Teams allows a bot, per conversation, 7 messages in any 1 s, 8 in 2 s, 60 in 30 s and 1,800
// in an hour, and the app about 50 requests a second. The limiter keeps every attempt (retries included) inside
// all of those windows, counting each attempt at the latest moment Teams can have seen it: while it is in flight
// it counts as "now", and once answered it counts at the time the answer came back. Teams received the request
// somewhere between our start and the answer, so no window of Teams' can hold more than the limit, whatever the
// network did, and no burst lands at a window's edge. 429 pauses that conversation for Retry-After; 429/5xx are
// retried with Retry-After or jittered exponential backoff, each attempt again through the limiter, and a waiting
// retry holds nothing up; 403/404 mean the bot can no longer post there and are not retried.
import { AppError } from "../errors";

/** One limit: at most `limit` requests in any `ms` window. */
export interface RateWindow {
  readonly limit: number;
  readonly ms: number;
}

/** Teams' limits per conversation (a bot's messages into one chat or channel). */
export const CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, ms: 1000 },
  { limit: 8, ms: 2000 },
  { limit: 60, ms: 30_000 },
  { limit: 1800, ms: 3_600_000 },
];
/** Teams' limit for the app as a whole. */
export const APP_LIMITS: readonly RateWindow[] = [{ limit: 50, ms: 1000 }];

/** The clock and sleep the sender uses; tests use sinon's fake timers with the real one. */
export interface Timing {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const REAL_TIMING: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** The right to make one request; release it when the answer (or the failure) came back. */
export interface Permit {
  release(): void;
  /** Gives the permit back unused (no request was made): it counts nowhere. */
  cancel(): void;
}

/** Requests of one conversation, or of the whole app. */
interface Counted {
  /** Times at which answered requests came back, ascending. */
  readonly done: number[];
  inFlight: number;
}

interface KeyState extends Counted {
  readonly waiters: Array<(permit: Permit) => void>;
  /** Teams asked us (429 Retry-After) to leave this conversation alone until then. */
  pausedUntil: number;
}

/**
 * Sliding-window limiter per conversation and for the app. Conversations are served in order of arrival; one that
 * is full or paused is passed over, so waiters of different conversations never block each other.
 */
export class RateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private readonly app: Counted = { done: [], inFlight: 0 };
  /** Conversations with someone waiting, in order of arrival. */
  private readonly waiting = new Set<string>();
  private wakeAt = Infinity;
  private wakeGeneration = 0;
  private releases = 0;
  private readonly longestKeyWindow: number;
  private readonly longestAppWindow: number;

  constructor(
    private readonly keyLimits: readonly RateWindow[] = CONVERSATION_LIMITS,
    private readonly appLimits: readonly RateWindow[] = APP_LIMITS,
    private readonly timing: Timing = REAL_TIMING,
  ) {
    this.longestKeyWindow = Math.max(...keyLimits.map((w) => w.ms));
    this.longestAppWindow = Math.max(...appLimits.map((w) => w.ms));
  }

  /** Waits until one more request to `key` fits every window; it counts from now until released. */
  acquire(key: string): Promise<Permit> {
    const state = this.state(key);
    return new Promise((resolve) => {
      state.waiters.push(resolve);
      this.waiting.add(key);
      this.pump();
    });
  }

  /** Nothing more to `key` before `until` (Teams' Retry-After). */
  pause(key: string, until: number): void {
    const state = this.state(key);
    state.pausedUntil = Math.max(state.pausedUntil, until);
  }

  /** Requests waiting for a permit (benchmarks print it). */
  get queued(): number {
    let n = 0;
    for (const key of this.waiting) n += this.keys.get(key)?.waiters.length ?? 0;
    return n;
  }

  private state(key: string): KeyState {
    let state = this.keys.get(key);
    if (!state) this.keys.set(key, (state = { done: [], inFlight: 0, waiters: [], pausedUntil: 0 }));
    return state;
  }

  /** Grants every permit that fits now, and arranges to look again when the next one will. */
  private pump(): void {
    const now = this.timing.now();
    let next = Infinity;
    for (const key of [...this.waiting]) {
      const appWait = waitFor(this.app, this.appLimits, now, this.longestAppWindow);
      if (appWait > 0) {
        next = Math.min(next, appWait);
        break;
      }
      const state = this.keys.get(key)!;
      const wait = Math.max(state.pausedUntil - now, waitFor(state, this.keyLimits, now, this.longestKeyWindow));
      if (wait > 0) {
        next = Math.min(next, wait);
        continue;
      }
      const grant = state.waiters.shift()!;
      state.inFlight += 1;
      this.app.inFlight += 1;
      // A conversation keeps its place while it has more waiting: one with many messages goes as fast as its own
      // windows allow (they cap it at a few a second), instead of waiting a whole round behind everyone else.
      if (state.waiters.length === 0) this.waiting.delete(key);
      grant(this.permit(key, state));
    }
    // An in-flight request's answer also frees room (release pumps), so Infinity needs no timer.
    if (next !== Infinity) this.wakeIn(next);
  }

  private permit(key: string, state: KeyState): Permit {
    let released = false;
    const end = (used: boolean) => {
      if (released) return;
      released = true;
      const at = this.timing.now();
      state.inFlight -= 1;
      this.app.inFlight -= 1;
      if (used) {
        state.done.push(at);
        this.app.done.push(at);
      }
      if (++this.releases % 1000 === 0) this.forgetIdle(at);
      this.pump();
    };
    return { release: () => end(true), cancel: () => end(false) };
  }

  private wakeIn(ms: number): void {
    const at = this.timing.now() + ms;
    if (at >= this.wakeAt) return;
    this.wakeAt = at;
    const generation = ++this.wakeGeneration;
    void this.timing.sleep(ms).then(() => {
      if (generation !== this.wakeGeneration) return;
      this.wakeAt = Infinity;
      this.pump();
    });
  }

  /** Drops conversations with nothing waiting, nothing in flight and nothing inside the longest window. */
  private forgetIdle(now: number): void {
    for (const [key, state] of this.keys) {
      if (state.waiters.length > 0 || state.inFlight > 0 || state.pausedUntil > now) continue;
      if (state.done.length === 0 || state.done[state.done.length - 1] <= now - this.longestKeyWindow) this.keys.delete(key);
    }
  }
}

/**
 * How long until one more request fits every window (Infinity: only an answer to an in-flight request can make
 * room). Counted: the requests in flight plus the answered ones that came back within the window.
 */
export function waitFor(counted: Counted, windows: readonly RateWindow[], now: number, longest: number): number {
  const { done } = counted;
  let stale = 0;
  while (stale < done.length && done[stale] <= now - longest) stale++;
  if (stale > 0) done.splice(0, stale);
  let wait = 0;
  for (const w of windows) {
    const first = firstAfter(done, now - w.ms);
    const inWindow = done.length - first;
    const excess = counted.inFlight + inWindow - w.limit + 1;
    if (excess <= 0) continue;
    if (excess > inWindow) return Infinity;
    wait = Math.max(wait, done[first + excess - 1] + w.ms - now);
  }
  return wait;
}

/** Index of the first time strictly after `t` in an ascending list. */
function firstAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Teams answered that the bot cannot post in this conversation (403/404): mark the reference stale. */
export class ConversationGoneError extends AppError {
  /** `status`: what Teams answered (403, 404). */
  constructor(status: number, options?: { cause?: unknown }) {
    super("conversation_gone", { message: `Teams answered ${status}: the bot can no longer post in this conversation`, status, cause: options?.cause });
  }
}

/** The caller called the send off between attempts (lost claim, occasion passed). */
export class SendAbandonedError extends AppError {
  constructor(readonly reason: string) {
    super("send_abandoned", { message: `send abandoned: ${reason}` });
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

const RETRIED = new Set([429, 500, 502, 503, 504]);

/** What a send did, for logs and benchmarks. */
export interface SendReport<T> {
  readonly result: T;
  readonly attempts: number;
  readonly retries: { readonly status: number; readonly delayMs: number }[];
}

/** Hooks around each attempt of one send. */
export interface SendHooks {
  /**
   * Runs before each attempt, before the limiter: may wait (storage must record earlier sends first, a lease
   * must be renewed) or throw SendAbandonedError to stop without sending.
   */
  readonly beforeAttempt?: () => Promise<void>;
  /**
   * Asked once the limiter grants the attempt, right before the request: false gives the permit back unused and
   * goes round again through beforeAttempt (what waited for the limiter may no longer go, e.g. storage failed).
   */
  readonly mayProceed?: () => boolean;
}

/** Sends through the limiter with retries; throws ConversationGoneError on 403/404, the last error when out of attempts. */
export class PoliteSender {
  constructor(
    readonly limiter: RateLimiter = new RateLimiter(),
    private readonly retry: RetryOptions = DEFAULT_RETRY,
    private readonly timing: Timing = REAL_TIMING,
  ) {}

  async send<T>(conversationId: string, attempt: () => Promise<T>, hooks: SendHooks = {}): Promise<SendReport<T>> {
    const retries: { status: number; delayMs: number }[] = [];
    for (let n = 1; ; n++) {
      await hooks.beforeAttempt?.();
      const permit = await this.limiter.acquire(conversationId);
      if (hooks.mayProceed && !hooks.mayProceed()) {
        permit.cancel();
        n -= 1;
        continue;
      }
      let result: T;
      try {
        result = await attempt();
      } catch (err) {
        permit.release();
        const status = httpStatus(err);
        if (status === 403 || status === 404) throw new ConversationGoneError(status, { cause: err });
        if (status === undefined || !RETRIED.has(status) || n >= this.retry.maxAttempts) throw err;
        const retryAfter = retryAfterMs(err, this.timing.now());
        const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (n - 1));
        const delayMs = retryAfter ?? Math.round(this.timing.random() * backoff);
        if (status === 429) this.limiter.pause(conversationId, this.timing.now() + delayMs);
        retries.push({ status, delayMs });
        await this.timing.sleep(delayMs);
        continue;
      }
      permit.release();
      return { result, attempts: n, retries };
    }
  }
}

/** The HTTP status of a connector error (core-client RestError and friends). */
export function httpStatus(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  for (const value of [e?.statusCode, e?.status, e?.response?.status]) if (typeof value === "number") return value;
  return undefined;
}

/** Retry-After in milliseconds, when the error carries one (seconds or an HTTP date); at most two minutes. */
export function retryAfterMs(err: unknown, now = Date.now()): number | undefined {
  const headers = (err as { response?: { headers?: unknown } } | undefined)?.response?.headers as
    | { get?: (name: string) => string | undefined | null; [name: string]: unknown }
    | undefined;
  if (!headers) return undefined;
  const raw = typeof headers.get === "function" ? headers.get("retry-after") : (headers["retry-after"] as string | undefined);
  if (raw === undefined || raw === null || raw === "") return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 120_000);
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.min(120_000, Math.max(0, date - now));
}
