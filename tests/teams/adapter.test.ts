// The adapter's clients: kept across turns, with the retry behaviour each kind of send had before (a turn's
// replies keep botbuilder's retries; a proactive send is one HTTP request, retried by the sender).
import assert from "node:assert/strict";
import type { TurnContext } from "botbuilder";
import type { App } from "../../bot/src/server";
import type { Route } from "../../bot/src/teams/bot";
import { createLogger } from "../../bot/src/logger";
import { createAdapter, kept } from "../../bot/src/teams/adapter";
import { adapterDeliver } from "../../bot/src/scheduler/deliver";
import { MockConnector } from "../helpers/mockConnector";
import { messageActivity, post, startTestApp } from "../helpers/app";

const LOCAL_BOT = { MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" } as never;

/** The connector and user-token client each "klienter" turn ran with, as botbuilder hands them to the turn. */
const clientsSeen: Array<{ connector: unknown; userToken: unknown }> = [];
const clientsRoute: Route = {
  name: "testClients",
  select: (a) => a.type === "message" && a.text === "klienter",
  handle: async (context: TurnContext) => {
    clientsSeen.push({ connector: context.turnState.get(context.adapter.ConnectorClientKey), userToken: context.turnState.get((context.adapter as unknown as { UserTokenClientKey: symbol }).UserTokenClientKey) });
    await context.sendActivity("ok");
    return { intent: "testClients" };
  },
};

describe("the adapter's connector clients", () => {
  let connector: MockConnector;
  let app: App;
  beforeEach(async () => {
    connector = new MockConnector();
    await connector.start();
    app = await startTestApp({ extraRoutes: [clientsRoute] });
  });
  afterEach(async () => {
    await app.close();
    await connector.stop();
  });

  /** A message whose replies go to the connector (normal delivery, as Teams sends it), not in the HTTP answer. */
  const turn = (text: string, conversation: string) =>
    post(app, messageActivity(text, { serviceUrl: connector.url, conversation: { id: conversation, conversationType: "personal" }, deliveryMode: undefined }));

  it("when replies go to the connector, then every turn's reply arrives over one connection, and a reply answered 429 is sent again by botbuilder, as before the clients were kept", async () => {
    for (let i = 0; i < 3; i++) assert.equal((await turn("hvem er fyrtårn for pas", "a:kept")).status, 200);
    assert.equal(connector.to("a:kept").length, 3);
    assert.equal(connector.connections, 1, "the turns did not share one connection to Teams");

    connector.failNext("a:kept", { status: 429, retryAfter: 0 });
    assert.equal((await turn("hvem er fyrtårn for pas", "a:kept")).status, 200);
    assert.deepEqual(connector.requests.filter((r) => r.conversationId === "a:kept").map((r) => r.status), [201, 201, 201, 429, 201]);
    assert.match(JSON.stringify(connector.to("a:kept")[3].activity), /Pas/);
  });

  it("when turns come through /api/messages from one service URL, then botbuilder hands each the same connector and user-token client, not new ones", async () => {
    clientsSeen.length = 0;
    for (const conversation of ["a:klient-1", "a:klient-2", "a:klient-1"]) assert.equal((await turn("klienter", conversation)).status, 200);
    assert.equal(connector.deliveries.length, 3);
    assert.equal(clientsSeen.length, 3);
    assert.ok(clientsSeen[0].connector && clientsSeen[0].userToken, "the turn had no clients");
    for (const seen of clientsSeen.slice(1)) {
      assert.equal(seen.connector, clientsSeen[0].connector, "a turn got a connector client of its own");
      assert.equal(seen.userToken, clientsSeen[0].userToken, "a turn got a user-token client of its own");
    }
  });

  it("when a proactive send is answered 429, then it was one request and the error reaches the sender, also on a client already used", async () => {
    const deliver = adapterDeliver(createAdapter(LOCAL_BOT, createLogger("silent")), "");
    const reference = { serviceUrl: connector.url, channelId: "msteams", conversation: { id: "a:sent" }, bot: { id: "bot-1" }, user: { id: "u-1" } } as never;
    assert.match(await deliver(reference, { type: "message", text: "første" }), /^act-\d+$/);
    connector.failNext("a:sent", { status: 429, retryAfter: 0 });
    await assert.rejects(deliver(reference, { type: "message", text: "anden" }), (err: { statusCode?: number }) => err.statusCode === 429);
    assert.match(await deliver(reference, { type: "message", text: "tredje" }), /^act-\d+$/);
    assert.deepEqual(connector.requests.filter((r) => r.conversationId === "a:sent").map((r) => r.status), [201, 429, 201]);
  });
});

describe("kept", () => {
  it("when the same key is asked for twice, then the client is made once", async () => {
    const clients = new Map<string, Promise<object>>();
    let made = 0;
    const create = async () => ({ n: ++made });
    const first = await kept(clients, "a", create);
    assert.equal(await kept(clients, "a", create), first);
    assert.notEqual(await kept(clients, "b", create), first);
    assert.equal(made, 2);
  });

  it("when making a client fails, then the failure is not kept and the next call makes it again", async () => {
    const clients = new Map<string, Promise<string>>();
    await assert.rejects(kept(clients, "a", () => Promise.reject(new Error("nede"))), /nede/);
    await Promise.resolve();
    assert.equal(await kept(clients, "a", async () => "klient"), "klient");
  });

  it("when more than 100 keys are used, then the map starts over instead of growing", async () => {
    const clients = new Map<string, Promise<number>>();
    for (let i = 0; i < 250; i++) await kept(clients, `k${i}`, async () => i);
    assert.ok(clients.size <= 100, `${clients.size} kept`);
    assert.equal(await kept(clients, "k249", async () => -1), 249);
  });
});
