// npm run bench:fanout: one meeting reminder to 2,000 personal conversations, the whole way: the scheduler plans
// it, claims each (recipient) in Azurite, and sends through the real CloudAdapter to a mock Bot Connector that
// enforces Teams' limits (7/s and 60/30 s per conversation, 50/s overall: 429 Retry-After 1 when exceeded) and
// injects 429s (with and without Retry-After) and 5xx at random. Prints the achieved rate against the allowed,
// lost and duplicated messages.
import { startAzurite } from "../bot/src/cli/azurite";
import { Tables } from "../bot/src/storage/tables";
import { createAdapter } from "../bot/src/teams/adapter";
import { createLogger } from "../bot/src/logger";
import { Directory } from "../bot/src/domain/directory";
import { TableClaimStore } from "../bot/src/storage/claimStore";
import { TableConversationStore } from "../bot/src/storage/conversationStore";
import { TableCheckLog } from "../bot/src/storage/checkLog";
import { TableAgendaStore } from "../bot/src/storage/agendaStore";
import { Scheduler } from "../bot/src/scheduler/scheduler";
import { adapterDeliver } from "../bot/src/scheduler/deliver";
import { GLOBAL_LIMITS } from "../bot/src/scheduler/sender";
import { demoOrganisation } from "../tests/helpers/demo";
import { MockConnector } from "../tests/helpers/mockConnector";
import type { Organisation, Person } from "../bot/src/domain/organisation";

const RECIPIENTS = Number(process.env.FANOUT_RECIPIENTS ?? 2000);
const FAULT_RATE = Number(process.env.FANOUT_FAULT_RATE ?? 0.03);

async function main(): Promise<void> {
  const azurite = await startAzurite();
  const connector = new MockConnector({
    enforceLimits: true,
    faultRate: FAULT_RATE,
    randomFaults: [{ status: 429, retryAfter: 1 }, { status: 429 }, { status: 502 }, { status: 503 }, { status: 504 }],
  });
  const serviceUrl = await connector.start();
  try {
    const logger = createLogger("silent");
    const tables = new Tables({ kind: "connectionString", connectionString: azurite.connectionString }, "fanout");
    const demo = demoOrganisation();
    const template = demo.people.find((p) => p.role === "medarbejder")!;
    const people: Person[] = Array.from({ length: RECIPIENTS }, (_, i) => ({ ...template, id: `p${i}`, name: `Medarbejder ${i}`, email: `p${i}@eksempel.dk`, aadObjectId: undefined }));
    const meeting = { ...demo.meetings.find((m) => m.id === "personalemoede") ?? demo.meetings[0], id: "fanout", remind: ["P1D"], audience: people.map((p) => p.id) };
    const org: Organisation = { ...demo, people: [...demo.people, ...people], meetings: [meeting], checks: [] };
    const directory = new Directory(org);

    const conversations = new TableConversationStore(tables);
    const stamp = new Date();
    for (let i = 0; i < people.length; i += 100) {
      await Promise.all(people.slice(i, i + 100).map((p) => conversations.save({
        kind: "personal", conversationId: `a:${p.id}`, personId: p.id, updatedAt: stamp,
        reference: { serviceUrl, channelId: "msteams", conversation: { id: `a:${p.id}`, isGroup: false, conversationType: "personal", name: "" }, bot: { id: "28:bot", name: "Fyrtårn" } },
      })));
    }

    // The clock: one minute after the next occurrence's P1D reminder.
    const next = (await import("../bot/src/domain/occurrences")).nextOccurrence(meeting, org, directory.calendar, new Date());
    if (!next) throw new Error("the benchmark meeting has no next occurrence");
    const now = new Date(next.at.getTime() - 86_400_000 + 60_000);
    const scheduler = new Scheduler(
      {
        directory: () => directory, claims: new TableClaimStore(tables), conversations, checkLog: new TableCheckLog(tables), agenda: new TableAgendaStore(tables),
        deliver: adapterDeliver(createAdapter({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" } as never, logger), ""),
        logger, clock: () => now,
      },
      { graceHours: 1, concurrency: 64 },
    );

    const started = Date.now();
    const report = await scheduler.tick();
    const seconds = (Date.now() - started) / 1000;

    const perConversation = new Map<string, number>();
    for (const d of connector.deliveries) perConversation.set(d.conversationId, (perConversation.get(d.conversationId) ?? 0) + 1);
    const lost = people.filter((p) => !perConversation.has(`a:${p.id}`)).length;
    const duplicated = [...perConversation.values()].filter((n) => n > 1).length;
    const times = connector.deliveries.map((d) => d.at);
    const spanSeconds = (Math.max(...times) - Math.min(...times)) / 1000;
    const achieved = connector.deliveries.length / spanSeconds;
    const allowed = GLOBAL_LIMITS[0].limit / (GLOBAL_LIMITS[0].ms / 1000);
    const statuses = new Map<number, number>();
    for (const r of connector.requests) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);

    console.log(`Fan-out: 1 reminder to ${RECIPIENTS} personal conversations (injected fault rate ${FAULT_RATE * 100} %)`);
    console.log(`  tick: ${seconds.toFixed(1)} s; scheduler report ${JSON.stringify(report)}`);
    console.log(`  delivered ${connector.deliveries.length} in ${spanSeconds.toFixed(1)} s = ${achieved.toFixed(1)}/s of ${allowed}/s allowed (${((achieved / allowed) * 100).toFixed(0)} %)`);
    console.log(`  lost ${lost}, duplicated ${duplicated}`);
    console.log(`  connector answers: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(", ")}; over Teams' limits: ${connector.limitViolations}`);
    if (lost > 0 || duplicated > 0) process.exitCode = 1;
  } finally {
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((err) => {
  console.error("Benchmark failed:", err);
  process.exit(1);
});
