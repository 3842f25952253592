// Honest delivery under faults, the real way: app instances as child processes (killed with SIGKILL between Teams
// accepting a message and the record), a separate Azurite paused with SIGSTOP/SIGCONT, and the mock Bot Connector
// enforcing Teams' limits. What is asserted is docs/reminders.md's promise: nothing lost; a second copy only of a
// message the dead instance had sent and not yet recorded; none at all when storage freezes.
import assert from "node:assert/strict";
import { startAzurite, type RunningAzurite } from "../../bot/src/cli/azurite";
import { createLogger } from "../../bot/src/logger";
import { Directory } from "../../bot/src/domain/directory";
import { Tables } from "../../bot/src/storage/tables";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { TableClaimStore, type ClaimKey } from "../../bot/src/storage/claimStore";
import { TableConversationStore } from "../../bot/src/storage/conversationStore";
import { TableCheckLog } from "../../bot/src/storage/checkLog";
import { TableAgendaStore } from "../../bot/src/storage/agendaStore";
import { Scheduler } from "../../bot/src/scheduler/scheduler";
import { adapterDeliver } from "../../bot/src/scheduler/deliver";
import { createAdapter } from "../../bot/src/teams/adapter";
import { MockConnector } from "../helpers/mockConnector";
import { testTables, uniquePrefix } from "../helpers/storage";
import { fanout, fanoutClaimKeys, saveConversations, tally } from "./fanoutWorld";
import { startInstance, waitUntil, type Instance } from "./processes";

const logger = createLogger("silent");
const LOCAL_BOT = { MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" } as never;

/** True when every claim is settled. */
async function allSettled(claims: TableClaimStore, keys: readonly ClaimKey[]): Promise<boolean> {
  const states = await Promise.all(keys.map((k) => claims.get(k).then((c) => c?.state, () => undefined)));
  return states.every((s) => s === "sent" || s === "skipped" || s === "missed");
}

describe("Honest delivery under faults", function () {
  this.timeout(120_000);
  let connector: MockConnector;
  const instances: Instance[] = [];
  afterEach(async () => {
    await Promise.all(instances.splice(0).map((i) => i.kill()));
    await connector.stop();
  });

  it("when an instance is killed between Teams accepting a message and recording it, then nothing is lost and only what it had in flight goes twice", async () => {
    connector = new MockConnector({ enforceLimits: true });
    const serviceUrl = await connector.start();
    const prefix = uniquePrefix();
    const tables = testTables(prefix);
    const world = fanout(40);
    await new OrganisationStore(tables).replace(world.organisation);
    await saveConversations(new TableConversationStore(tables), world.people, serviceUrl);
    const env = {
      STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING!, TABLE_PREFIX: prefix,
      CLOCK_OFFSET_MS: String(world.dueAt.getTime() + 30_000 - Date.now()), LEASE_MS: "4000", TICK_MS: "1000", TAKEOVER_QUIET_MS: "500",
    };

    const a = await startInstance("a", env);
    instances.push(a);
    let killing: Promise<void> | undefined;
    connector.beforeAnswer = async () => {
      // The 10th message has reached Teams; its sender dies before the answer.
      if (connector.deliveries.length === 10) killing ??= a.kill();
      if (killing) await killing;
    };
    await waitUntil(() => killing !== undefined, 60_000, "instance a sent fewer than 10 messages");
    await killing;

    // What a had sent and not recorded when it died: delivered, its claim still "claimed".
    const claims = new TableClaimStore(tables);
    const keys = fanoutClaimKeys(world);
    const delivered = new Set(connector.deliveries.map((d) => d.conversationId));
    const inFlight = new Set<string>();
    for (const key of keys) {
      const conversationId = `a:${key.recipient.slice("person:".length)}`;
      if (delivered.has(conversationId) && (await claims.get(key))?.state === "claimed") inFlight.add(conversationId);
    }
    assert.ok(inFlight.size >= 1, "the message being answered when a died was not recorded");

    const b = await startInstance("b", env);
    instances.push(b);
    await waitUntil(() => allSettled(claims, keys), 60_000, "instance b did not settle every reminder", 500);

    const counts = tally(world.expected, connector.deliveryCounts());
    assert.equal(counts.lost, 0);
    for (const id of counts.duplicatedConversations) assert.ok(inFlight.has(id), `${id} got two copies but was not in flight when a died`);
    assert.ok(counts.twice <= inFlight.size);
    for (const key of keys) {
      const claim = await claims.get(key);
      assert.equal(claim?.state, "sent");
      assert.match(claim?.activityId ?? "", /^act-\d+$/);
    }
    assert.equal(connector.limitViolations, 0);
  });

  describe("with storage frozen (Azurite paused with SIGSTOP)", () => {
    let azurite: RunningAzurite;
    beforeEach(async () => (azurite = await startAzurite()));
    afterEach(async () => {
      process.kill(azurite.pid, "SIGCONT");
      await azurite.stop();
    });

    it("when storage freezes mid-send, then sending pauses, what was sent is recorded once storage answers, and nobody gets a message twice", async () => {
      connector = new MockConnector({ enforceLimits: true });
      const serviceUrl = await connector.start();
      const world = fanout(300);
      const directory = new Directory(world.organisation);
      const offset = world.dueAt.getTime() + 30_000 - Date.now();
      const storage = () => new Tables({ kind: "connectionString", connectionString: azurite.connectionString }, "frozen");
      await saveConversations(new TableConversationStore(storage()), world.people, serviceUrl);
      const attemptsAt: number[] = [];
      const deliver = adapterDeliver(createAdapter(LOCAL_BOT, logger), "");
      const scheduler = (instance: string) => {
        const tables = storage();
        return new Scheduler(
          {
            directory: () => directory, claims: new TableClaimStore(tables, 1500), conversations: new TableConversationStore(tables),
            checkLog: new TableCheckLog(tables), agenda: new TableAgendaStore(tables), logger, clock: () => new Date(Date.now() + offset),
            deliver: (reference, activity) => {
              attemptsAt.push(Date.now());
              return deliver(reference, activity);
            },
          },
          { instance, graceHours: 24, leaseMs: 60_000, takeoverQuietMs: 1000 },
        );
      };
      const [a, b] = [scheduler("a"), scheduler("b")];

      let frozenAt = 0;
      let thawedAt = 0;
      connector.beforeAnswer = () => {
        if (connector.deliveries.length !== 15) return;
        process.kill(azurite.pid, "SIGSTOP");
        frozenAt = Date.now();
        setTimeout(() => {
          process.kill(azurite.pid, "SIGCONT");
          thawedAt = Date.now();
        }, 8000);
      };
      const claims = new TableClaimStore(storage());
      const keys = fanoutClaimKeys(world);
      const deadline = Date.now() + 90_000;
      // a sends alone until storage is back; then b ticks too and must find nothing left to send.
      while (thawedAt === 0 && Date.now() < deadline) await a.tick();
      do {
        await Promise.all([a.tick(), b.tick()]);
      } while (Date.now() < deadline && !(await allSettled(claims, keys)));

      assert.ok(frozenAt > 0 && thawedAt > 0, "storage was never frozen");
      const counts = tally(world.expected, connector.deliveryCounts());
      assert.deepEqual([counts.lost, counts.twice], [0, 0]);
      // The gate closes when a record is a second late: no attempt starts while storage stays frozen.
      const whileFrozen = attemptsAt.filter((at) => at > frozenAt + 1100 && at < thawedAt);
      assert.equal(whileFrozen.length, 0, `${whileFrozen.length} attempts began while storage was frozen`);
      assert.equal(connector.limitViolations, 0);
      const byConversation = new Map(connector.deliveries.map((d) => [d.conversationId, d.id]));
      for (const key of keys) {
        const claim = await claims.get(key);
        assert.equal(claim?.state, "sent");
        assert.equal(claim?.activityId, byConversation.get(`a:${key.recipient.slice("person:".length)}`), "the record keeps Teams' activity id");
      }
    });
  });
});
