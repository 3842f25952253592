// npm run remind's core: the current round sent now to the recipients' conversations through a mock connector.
import assert from "node:assert/strict";
import { createAdapter } from "../../bot/src/teams/adapter";
import { createLogger } from "../../bot/src/logger";
import { Directory } from "../../bot/src/domain/directory";
import { TableConversationStore } from "../../bot/src/storage/conversationStore";
import { TableCheckLog } from "../../bot/src/storage/checkLog";
import { TableAgendaStore } from "../../bot/src/storage/agendaStore";
import { adapterDeliver } from "../../bot/src/scheduler/deliver";
import { remindNow } from "../../bot/src/scheduler/remindNow";
import { MockConnector } from "../helpers/mockConnector";
import { testTables } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";

const NOW = new Date("2026-11-24T09:12:00Z");
const logger = createLogger("silent");

describe("remindNow (npm run remind)", () => {
  let connector: MockConnector;
  let deps: Parameters<typeof remindNow>[2];
  let serviceUrl: string;
  beforeEach(async () => {
    connector = new MockConnector();
    serviceUrl = await connector.start();
    const tables = testTables();
    deps = {
      checkLog: new TableCheckLog(tables), agenda: new TableAgendaStore(tables), conversations: new TableConversationStore(tables),
      deliver: adapterDeliver(createAdapter({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" } as never, logger), ""),
    };
  });
  afterEach(() => connector.stop());

  const save = (id: string, extra: Record<string, string> = {}) =>
    (deps.conversations as TableConversationStore).save({ kind: "personal", conversationId: id, reference: { serviceUrl, channelId: "msteams", conversation: { id, isGroup: false, conversationType: "personal", name: "" } }, updatedAt: NOW, ...extra });

  it("when a check id is given, then the owner gets the current round's card", async () => {
    await save("a:mj", { personId: "mj" });
    await save("a:ak", { personId: "ak" });
    const report = await remindNow("mitid", new Directory(demoOrganisation()), deps, NOW);
    assert.equal(report.occurrence, "mitid@2026-11-23");
    assert.deepEqual(report.sent, ["a:mj"]);
    const [delivery] = connector.to("a:mj");
    assert.match(JSON.stringify(delivery.activity), /Markér som udført/);
    assert.equal(connector.to("a:ak").length, 0);
  });

  it("when no recipient has a conversation, then development falls back to every stored one", async () => {
    await save("a:playground-user");
    const report = await remindNow("mitid", new Directory(demoOrganisation()), deps, NOW, { fallBackToAll: true });
    assert.deepEqual([report.fellBack, report.sent, report.noConversation], [true, ["a:playground-user"], ["Mette Jensen"]]);
  });

  it("when the id is unknown, then the error names the known ids", async () => {
    await assert.rejects(remindNow("nope", new Directory(demoOrganisation()), deps, NOW), /Kendte id'er: .*mitid/);
  });
});
