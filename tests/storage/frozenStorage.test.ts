// Storage that hangs: an Azurite of this test's own is frozen with SIGSTOP (connections are accepted but never
// answered), then thawed with SIGCONT. Every storage call has a deadline; the bot answers from memory or says what
// it could not look up, the tab API answers 503, /healthz says "degraded", and all recovers after the thaw.
import assert from "node:assert/strict";
import { startAzurite, type RunningAzurite } from "../../bot/src/cli/azurite";
import { loadConfig } from "../../bot/src/config";
import { createLogger } from "../../bot/src/logger";
import { startApp, type App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { StorageUnavailableError, Tables } from "../../bot/src/storage/tables";
import { TableCheckLog } from "../../bot/src/storage/checkLog";
import { ask, cardText, messageActivity, post } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";

const DEADLINE_MS = 800;
/** Tuesday 24 November 2026, 10:12 in Copenhagen; MitID's round of week 48 is due, week 47's was done. */
const NOW = new Date("2026-11-24T09:12:00Z");

describe("storage frozen (SIGSTOP) and thawed", function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let app: App;
  let frozen = false;
  const freeze = () => (process.kill(azurite.pid, "SIGSTOP"), (frozen = true));
  const thaw = () => (frozen && process.kill(azurite.pid, "SIGCONT"), (frozen = false));

  before(async () => {
    azurite = await startAzurite();
    const tables = new Tables({ kind: "connectionString", connectionString: azurite.connectionString }, "frz");
    await new OrganisationStore(tables).replace(demoOrganisation());
    await new TableCheckLog(tables).record({
      checkId: "mitid", occurrence: "mitid@2026-11-16", occurrenceDate: "2026-11-16", periodLabel: "uge 47",
      completedAt: new Date("2026-11-17T10:00:00Z"), by: "mj", byName: "Mette Jensen", result: "ok", sampleChecked: 5,
    });
    const config = loadConfig({ NODE_ENV: "development", PORT: "0", STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "frz", SCHEDULER_ENABLED: "false", ORG_REFRESH_SECONDS: "1" });
    app = await startApp(config, createLogger("silent"), { clock: () => NOW, storageDeadlineMs: DEADLINE_MS });
  });
  afterEach(() => thaw());
  after(async () => {
    thaw();
    await app?.close();
    await azurite?.stop();
  });

  const health = async () => (await (await fetch(`${app.url}/healthz`)).json()) as any;
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now();
    const value = await work();
    return { value, ms: Date.now() - started };
  };

  it("when storage answers, then /healthz says ok and a missing-checks question knows the done round", async () => {
    assert.equal((await health()).storage.state, "ok");
    const replies = await ask(app, "hvilke kontroller mangler?");
    assert.doesNotMatch(cardText(replies[0]), /kontrolloggen/);
  });

  it("when storage is frozen, then a fyrtårn question is answered from memory at once", async () => {
    freeze();
    const { value: replies, ms } = await timed(() => ask(app, "hvem er fyrtårn for pas?", { conversation: { id: "a:known", conversationType: "personal" } }));
    assert.match(cardText(replies[0]), /Pas/);
    // The answer itself needs no storage; storing the conversation reference afterwards waits for its deadline at most.
    assert.ok(ms < 3 * DEADLINE_MS + 1000, `${ms} ms`);
  });

  it("when storage is frozen, then a check question answers within the deadline and says the log could not be read", async () => {
    freeze();
    const { value: replies, ms } = await timed(() => ask(app, "hvilke kontroller mangler?"));
    assert.ok(ms < 4 * DEADLINE_MS + 1500, `${ms} ms`);
    assert.match(cardText(replies[0]), /kan ikke læse kontrolloggen lige nu/);
    assert.match(replies[0].summary, /kan ikke læse kontrolloggen/);
  });

  it("when storage is frozen, then the tab's checks answer 503 in time, and /healthz says degraded", async () => {
    freeze();
    const { value: res, ms } = await timed(() => fetch(`${app.url}/api/checks`, { headers: { "x-dev-person": "mj" } }));
    assert.equal(res.status, 503);
    assert.match(((await res.json()) as any).error, /Lageret svarer ikke/);
    assert.ok(ms < 2 * DEADLINE_MS + 1000, `${ms} ms`);
    const h = await health();
    assert.equal(h.status, "degraded");
    assert.equal(h.storage.state, "degraded");
    // Still ready: the organisation is in memory.
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
  });

  it("when storage is frozen, then a card action answers with a calm card in time", async () => {
    freeze();
    const { value: res, ms } = await timed(() => post(app, {
      ...messageActivity(""), type: "invoke", name: "adaptiveCard/action", text: undefined, deliveryMode: undefined,
      value: { action: { type: "Action.Execute", verb: "refreshCheck", data: { checkId: "mitid", occurrence: "mitid@2026-11-23" } } },
    }));
    assert.equal(res.status, 200);
    assert.equal(res.body.value.type, "AdaptiveCard");
    assert.ok(ms < 4 * DEADLINE_MS + 1500, `${ms} ms`);
  });

  it("when a store call is frozen, then it fails with StorageUnavailableError at the deadline", async () => {
    freeze();
    const log = new TableCheckLog(app.tables);
    const started = Date.now();
    await assert.rejects(log.get("mitid", "mitid@2026-11-16"), StorageUnavailableError);
    assert.ok(Date.now() - started < DEADLINE_MS + 700, `${Date.now() - started} ms`);
  });

  it("when storage is thawed, then /healthz is ok again and answers know the done round", async () => {
    thaw();
    for (let i = 0; i < 20 && (await health()).status !== "ok"; i++) await new Promise((r) => setTimeout(r, 250));
    assert.equal((await health()).status, "ok");
    const replies = await ask(app, "hvilke kontroller mangler?");
    assert.doesNotMatch(cardText(replies[0]), /kontrolloggen/);
  });
});
