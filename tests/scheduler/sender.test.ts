// The limiter and retries under sinon's fake clock: every request counts from its start to its answer, so no
// window of Teams' can see more than the limit wherever inside that span Teams received it; 429/5xx retried with
// Retry-After or jittered backoff while other conversations go on; 403/404 not retried.
import assert from "node:assert/strict";
import sinon from "sinon";
import { APP_LIMITS, CONVERSATION_LIMITS, PoliteSender, RateLimiter, ConversationGoneError, SendAbandonedError, type RateWindow } from "../../bot/src/scheduler/sender";

/** A request's span: it may reach Teams at any moment between start and answer. */
interface Span {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The most requests any window of `ms` can hold when each is counted at the worst moment in its span: a window
 * starting at s sees every span that ends after s and starts before s + ms.
 */
function worstWindow(spans: readonly Span[], ms: number): number {
  return Math.max(0, ...spans.map((a) => spans.filter((b) => b.end >= a.start && b.start < a.start + ms).length), ...spans.map((a) => spans.filter((b) => b.end >= a.end && b.start < a.end + ms).length));
}

function assertWithin(spans: readonly Span[], windows: readonly RateWindow[], label: string): void {
  for (const w of windows) {
    const worst = worstWindow(spans, w.ms);
    assert.ok(worst <= w.limit, `${label}: ${worst} requests could fall in one ${w.ms} ms window (limit ${w.limit})`);
  }
}

const statusError = (status: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${status}`), { statusCode: status, response: { status, headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) } } });

describe("RateLimiter", () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => sinon.restore());

  /** Sends `keys` through the limiter at once, each request taking `latency(i)` ms; returns their spans. */
  async function run(keys: readonly string[], latency: (i: number) => number, limiter = new RateLimiter()): Promise<Span[]> {
    const spans: Span[] = [];
    const all = Promise.all(keys.map(async (key, i) => {
      const permit = await limiter.acquire(key);
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, latency(i)));
      spans.push({ key, start, end: Date.now() });
      permit.release();
    }));
    await clock.tickAsync(4 * 3_600_000);
    await all;
    return spans;
  }

  it("when 130 messages go to one conversation, then no window of 1 s, 2 s or 30 s is over Teams' limit, and 60 go in the first 30 s", async () => {
    const spans = await run(Array.from({ length: 130 }, () => "a:one"), () => 40);
    assertWithin(spans, CONVERSATION_LIMITS, "one conversation");
    const first = spans[0].start;
    assert.equal(spans.filter((s) => s.start < first + 30_000).length, 60);
    assert.equal(spans.filter((s) => s.start < first + 1000).length, 7);
  });

  it("when 1,000 conversations get one message each with 30-300 ms answers, then no 1 s window can see more than 50, and the rate stays near 50/s", async () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `a:${i}`);
    const spans = await run(keys, (i) => 30 + ((i * 37) % 270));
    assertWithin(spans, APP_LIMITS, "the app");
    const seconds = (Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start))) / 1000;
    // Each request holds its slot for 1 s after its answer: at most 50 per (1 s + the mean answer time).
    assert.ok(seconds < 1000 / 50 * 1.2 + 1, `1,000 messages took ${seconds} s`);
  });

  it("when 50 requests are slow to answer, then the next ones wait until 1 s after those answers, not 1 s after their start", async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `a:${i}`);
    const spans = await run(keys, (i) => (i < 50 ? 600 : 10));
    const firstBatchEnd = Math.max(...spans.slice(0, 50).map((s) => s.end));
    const secondStarts = spans.filter((s) => s.start > spans[0].start).map((s) => s.start);
    assert.ok(Math.min(...secondStarts) >= firstBatchEnd - 600 + 1000, "a second batch began less than 1 s after the first was answered");
    assertWithin(spans, APP_LIMITS, "slow answers");
  });

  it("when a conversation is paused by Retry-After, then other conversations are not held up", async () => {
    const limiter = new RateLimiter();
    limiter.pause("a:paused", Date.now() + 30_000);
    let pausedAt = 0;
    const paused = limiter.acquire("a:paused").then((p) => ((pausedAt = Date.now()), p.release()));
    const others = await run(Array.from({ length: 20 }, (_, i) => `a:${i}`), () => 10, limiter);
    await paused;
    assert.ok(Math.max(...others.map((s) => s.end)) < 1_000_000 + 1000);
    assert.ok(pausedAt >= 1_000_000 + 30_000);
  });
});

describe("PoliteSender", () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => sinon.restore());

  const sender = (retry = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 }) =>
    new PoliteSender(new RateLimiter(), retry, { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), random: () => 0.5 });

  const retried: Array<[string, Error, number]> = [
    ["429 with Retry-After 3", statusError(429, "3"), 3000],
    ["429 without Retry-After", statusError(429), 250],
    ["500", statusError(500), 250],
    ["502", statusError(502), 250],
    ["503 with Retry-After 2", statusError(503, "2"), 2000],
    ["504", statusError(504), 250],
  ];
  for (const [name, error, delay] of retried) {
    it(`when Teams answers ${name}, then the send is retried after ${delay} ms`, async () => {
      let calls = 0;
      const sending = sender().send("a:x", async () => {
        if (calls++ === 0) throw error;
        return "act-1";
      });
      await clock.tickAsync(60_000);
      const report = await sending;
      assert.deepEqual([report.attempts, report.result], [2, "act-1"]);
      assert.deepEqual(report.retries.map((r) => r.delayMs), [delay]);
    });
  }

  it("when one conversation waits 30 s on Retry-After, then 100 others are sent meanwhile", async () => {
    const s = sender();
    let first = true;
    const stuck = s.send("a:stuck", async () => {
      if (first) {
        first = false;
        throw statusError(429, "30");
      }
      return Date.now();
    });
    const others = Promise.all(Array.from({ length: 100 }, (_, i) => s.send(`a:${i}`, async () => Date.now())));
    await clock.tickAsync(60_000);
    const doneAt = (await others).map((r) => r.result);
    assert.ok(Math.max(...doneAt) < 1_000_000 + 3000, "the others waited for the stuck conversation");
    assert.ok((await stuck).result >= 1_000_000 + 30_000);
  });

  it("when Teams answers 404, then it is not retried and says the conversation is gone", async () => {
    let calls = 0;
    const sending = sender().send("a:x", async () => { calls++; throw statusError(404); });
    const checked = assert.rejects(sending, (err: unknown) => err instanceof ConversationGoneError && err.status === 404);
    await clock.tickAsync(1000);
    await checked;
    assert.equal(calls, 1);
  });

  it("when 5xx never stops, then it gives up after maxAttempts with the last error", async () => {
    let calls = 0;
    const sending = sender({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 }).send("a:x", async () => { calls++; throw statusError(503); });
    const checked = assert.rejects(sending, /HTTP 503/);
    await clock.tickAsync(10_000);
    await checked;
    assert.equal(calls, 3);
  });

  it("when the caller abandons before an attempt, then nothing is sent", async () => {
    let calls = 0;
    const sending = sender().send("a:x", async () => { calls++; return ""; }, { beforeAttempt: async () => { throw new SendAbandonedError("occasionPassed"); } });
    await assert.rejects(sending, SendAbandonedError);
    assert.equal(calls, 0);
  });
});
