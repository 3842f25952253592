// The limiter and retries with a fake clock: sends never exceed Teams' windows; 429/5xx retried with
// Retry-After or jittered backoff; 403/404 not retried.
import assert from "node:assert/strict";
import { PoliteSender, RateLimiter, ConversationGoneError, type Timing } from "../../bot/src/scheduler/sender";

function fakeTiming(): Timing & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { now: () => now, sleep: async (ms) => { slept.push(ms); now += ms; }, random: () => 0.5, slept };
}

function maxInWindow(times: number[], ms: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + ms).length));
}

const statusError = (status: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${status}`), { statusCode: status, response: { status, headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) } } });

describe("RateLimiter and PoliteSender", () => {
  it("when 200 sends go to one conversation, then no 1 s window has more than 7 and no 30 s window more than 60", async () => {
    const timing = fakeTiming();
    const limiter = new RateLimiter(undefined, undefined, timing);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limiter.acquire("a:one");
      times.push(timing.now());
    }
    assert.ok(maxInWindow(times, 1000) <= 7);
    assert.ok(maxInWindow(times, 30_000) <= 60);
    assert.ok(timing.now() >= 90_000, "200 sends need at least three 30 s windows");
  });

  it("when 500 sends go to different conversations, then no 1 s window has more than 50", async () => {
    const timing = fakeTiming();
    const limiter = new RateLimiter(undefined, undefined, timing);
    const times: number[] = [];
    for (let i = 0; i < 500; i++) {
      await limiter.acquire(`a:${i}`);
      times.push(timing.now());
    }
    assert.equal(maxInWindow(times, 1000), 50);
  });

  const retried: Array<[string, Error, number]> = [
    ["429 with Retry-After 3", statusError(429, "3"), 3000],
    ["429 without Retry-After", statusError(429), 250],
    ["502", statusError(502), 250],
    ["504", statusError(504), 250],
  ];
  for (const [name, error, delay] of retried) {
    it(`when Teams answers ${name}, then the send is retried after ${delay} ms`, async () => {
      const timing = fakeTiming();
      const sender = new PoliteSender(new RateLimiter(undefined, undefined, timing), { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 }, timing);
      let calls = 0;
      const report = await sender.send("a:x", async () => {
        if (calls++ === 0) throw error;
      });
      assert.equal(report.attempts, 2);
      assert.deepEqual(report.retries.map((r) => r.delayMs), [delay]);
    });
  }

  it("when Teams answers 404, then it is not retried and says the conversation is gone", async () => {
    const timing = fakeTiming();
    const sender = new PoliteSender(new RateLimiter(undefined, undefined, timing), undefined, timing);
    let calls = 0;
    await assert.rejects(sender.send("a:x", async () => { calls++; throw statusError(404); }), (err: unknown) => err instanceof ConversationGoneError && err.status === 404);
    assert.equal(calls, 1);
  });

  it("when 5xx never stops, then it gives up after maxAttempts with the last error", async () => {
    const timing = fakeTiming();
    const sender = new PoliteSender(new RateLimiter(undefined, undefined, timing), { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 }, timing);
    let calls = 0;
    await assert.rejects(sender.send("a:x", async () => { calls++; throw statusError(503); }), /HTTP 503/);
    assert.equal(calls, 3);
  });
});
