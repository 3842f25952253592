// The scheduler against Azurite and a mock Bot Connector through the real CloudAdapter: exactly once with two
// instances, lease takeover after an instance stops mid-send, the grace window, retries and stale conversations.
// The clock is a variable the tests set.
import assert from "node:assert/strict";
import sinon from "sinon";
import { createAdapter } from "../../bot/src/teams/adapter";
import { createLogger } from "../../bot/src/logger";
import { Directory } from "../../bot/src/domain/directory";
import { TableClaimStore } from "../../bot/src/storage/claimStore";
import { TableConversationStore } from "../../bot/src/storage/conversationStore";
import { TableCheckLog } from "../../bot/src/storage/checkLog";
import { TableAgendaStore } from "../../bot/src/storage/agendaStore";
import { Scheduler, type Deliver } from "../../bot/src/scheduler/scheduler";
import { adapterDeliver } from "../../bot/src/scheduler/deliver";
import { PoliteSender, RateLimiter } from "../../bot/src/scheduler/sender";
import { MockConnector } from "../helpers/mockConnector";
import { testTables } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";

const logger = createLogger("silent");
/** Monday 23 November 2026, 09:00:30 in Copenhagen: the MitID check (09:00) and the 07:30 digest are due. */
const MONDAY = new Date("2026-11-23T08:00:30Z");

function org() {
  const demo = demoOrganisation();
  // No absences or one-day changes: a day without rota gaps, so no morning card joins the reminders counted here.
  return { ...demo, rota: { ...demo.rota, absences: [], changes: [] }, meetings: demo.meetings.filter((m) => m.id === "lokal-med"), checks: demo.checks.filter((c) => c.id === "mitid") };
}

interface World {
  connector: MockConnector;
  now: Date;
  scheduler(options?: { instance?: string; graceHours?: number; deliver?: Deliver }): Scheduler;
  stores: { claims: TableClaimStore; conversations: TableConversationStore; checkLog: TableCheckLog; agenda: TableAgendaStore };
}

async function world(): Promise<World> {
  const connector = new MockConnector();
  const serviceUrl = await connector.start();
  const tables = testTables();
  const directory = new Directory(org());
  const w: World = {
    connector,
    now: MONDAY,
    stores: { claims: new TableClaimStore(tables), conversations: new TableConversationStore(tables), checkLog: new TableCheckLog(tables), agenda: new TableAgendaStore(tables) },
    scheduler: (options = {}) => new Scheduler(
      {
        directory: () => directory, ...w.stores, logger, clock: () => w.now,
        deliver: options.deliver ?? adapterDeliver(createAdapter({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" } as never, logger), ""),
        sender: new PoliteSender(new RateLimiter(), { maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 200 }),
      },
      { instance: options.instance, graceHours: options.graceHours ?? 24, leaseMs: 120_000, takeoverQuietMs: 100 },
    ),
  };
  for (const person of ["mj", "kp", "hbl"]) {
    const id = `a:${person}`;
    await w.stores.conversations.save({ kind: "personal", conversationId: id, personId: person, reference: { serviceUrl, channelId: "msteams", conversation: { id, isGroup: false, conversationType: "personal", name: "" }, bot: { id: "28:bot", name: "Fyrtårn" } }, updatedAt: MONDAY });
  }
  return w;
}

describe("Scheduler", function () {
  this.timeout(60_000);
  let w: World;
  beforeEach(async () => {
    w = await world();
  });
  afterEach(() => w.connector.stop());

  it("when two instances tick at once, then each reminder is delivered exactly once", async () => {
    const [a, b] = [w.scheduler({ instance: "a" }), w.scheduler({ instance: "b" })];
    const reports = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    assert.equal(reports.reduce((n, r) => n + r.sent, 0), 3);
    const delivered = w.connector.deliveries.map((d) => `${d.conversationId}:${d.activity.attachments[0].content.body[0].text}`).sort();
    assert.equal(w.connector.deliveries.length, 3, delivered.join("\n"));
    assert.equal(new Set(delivered).size, 3);
    assert.equal(w.connector.to("a:mj").length, 2, "the MitID check and the digest");
    assert.equal(w.connector.to("a:kp").length, 1, "the digest");
    assert.equal((await w.stores.claims.get({ occurrence: "mitid@2026-11-23", kind: "check", recipient: "person:mj" }))?.state, "sent");
  });

  it("when an instance stops between claim and send, then the other delivers once after the lease", async () => {
    const dead = w.scheduler({ instance: "dead", deliver: () => new Promise<string>(() => undefined) });
    void dead.tick();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const live = w.scheduler({ instance: "live" });
    const during = await live.tick();
    assert.equal(during.sent, 0);
    assert.equal(w.connector.deliveries.length, 0);
    w.now = new Date(MONDAY.getTime() + 121_000);
    const after = await live.tick();
    assert.equal(after.sent, 3);
    assert.equal(w.connector.deliveries.length, 3);
    const claim = await w.stores.claims.get({ occurrence: "mitid@2026-11-23", kind: "check", recipient: "person:mj" });
    assert.deepEqual([claim?.state, claim?.instance, claim?.attempts], ["sent", "live", 2]);
    await live.tick();
    assert.equal(w.connector.deliveries.length, 3);
  });

  it("when the server was down past the grace window, then old reminders are recorded as missed, not sent", async () => {
    w.now = new Date("2026-11-24T09:30:00Z");
    const report = await w.scheduler().tick();
    assert.equal(report.missed, 3);
    assert.equal(w.connector.deliveries.length, 0);
    assert.equal((await w.stores.claims.get({ occurrence: "mitid@2026-11-23", kind: "check", recipient: "person:mj" }))?.state, "missed");
  });

  it("when the downtime is within the grace window, then the reminders are sent at start", async () => {
    w.now = new Date("2026-11-24T06:00:00Z");
    const report = await w.scheduler().tick();
    assert.equal(report.sent, 3);
    assert.equal(w.connector.deliveries.length, 3);
  });

  it("when Teams answers 429 with and without Retry-After and 502/504, then the reminder is retried and delivered once", async () => {
    w.connector.failNext("a:mj", { status: 429, retryAfter: 1 }, { status: 429 }, { status: 502 }, { status: 504 });
    w.connector.failNext("a:kp", { status: 503 });
    const report = await w.scheduler().tick();
    assert.equal(report.sent, 3);
    assert.equal(w.connector.to("a:mj").length, 2);
    assert.equal(w.connector.to("a:kp").length, 1);
    assert.ok(w.connector.requests.filter((r) => r.conversationId === "a:mj").length >= 6);
  });

  it("when Teams answers 403, then the conversation is marked stale and not retried", async () => {
    w.connector.failNext("a:kp", { status: 403 });
    const report = await w.scheduler().tick();
    assert.equal(report.skipped, 1);
    assert.equal(w.connector.requests.filter((r) => r.conversationId === "a:kp").length, 1);
    const stale = await w.stores.conversations.get("personal", "a:kp");
    assert.deepEqual([stale?.stale, stale?.staleReason], [true, "403"]);
    assert.equal((await w.stores.claims.get({ occurrence: "digest@2026-11-23", kind: "digest", recipient: "person:kp" }))?.state, "skipped");
  });

  it("when the check is already completed, then it is not reminded", async () => {
    await w.stores.checkLog.record({ checkId: "mitid", occurrence: "mitid@2026-11-23", occurrenceDate: "2026-11-23", periodLabel: "uge 47", completedAt: MONDAY, by: "mj", byName: "Mette Jensen", result: "ok", sampleChecked: 5 });
    const report = await w.scheduler().tick();
    assert.equal(report.sent, 2);
    assert.equal(w.connector.to("a:mj").length, 1);
  });

  it("when a check becomes overdue, then the owner is reminded again and escalateTo is told", async () => {
    w.now = new Date("2026-11-26T08:00:30Z");
    const s = w.scheduler({ graceHours: 1 });
    const report = await s.tick();
    assert.equal(report.sent, 2);
    assert.equal(w.connector.to("a:mj").length, 1);
    assert.equal(w.connector.to("a:hbl").length, 1);
    assert.match(JSON.stringify(w.connector.to("a:hbl")[0].activity), /Ledelseskontrol af MitID/);
  });
});

describe("Scheduler in the server", () => {
  it("when the app starts with SCHEDULER_ENABLED, then the scheduler runs and close stops it", async () => {
    const { startTestApp } = await import("../helpers/app");
    const app = await startTestApp({ env: { SCHEDULER_ENABLED: "true" }, clock: () => MONDAY });
    try {
      assert.ok(app.scheduler);
      assert.match(app.scheduler.instance, /^i-[0-9a-f]{8}$/);
    } finally {
      await app.close();
    }
  });
});

describe("Scheduler timer", () => {
  afterEach(() => sinon.restore());

  it("when started, then it ticks at once and then once a minute until stopped", async () => {
    const clock = sinon.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let ticks = 0;
    const scheduler = new Scheduler(
      { directory: () => (ticks++, undefined), logger, clock: () => MONDAY, deliver: async () => undefined } as never,
      { graceHours: 24 },
    );
    scheduler.start();
    assert.equal(ticks, 1);
    await clock.tickAsync(60_000 * 3);
    assert.equal(ticks, 4);
    await scheduler.stop();
    await clock.tickAsync(60_000 * 3);
    assert.equal(ticks, 4);
  });
});
