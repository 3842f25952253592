// Conversation references through /api/messages: install, first message, uninstall, and choosing the
// department channel. Real adapter and Azurite; the clock is fixed.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { App } from "../../bot/src/server";
import { startTestApp, post, ask, messageActivity } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import { isUseThisChannel, rootConversationId } from "../../bot/src/teams/conversations";

const NOW = new Date("2026-11-24T09:12:00Z");
const MJ = "bbbbbbbb-0000-0000-0000-000000000001";
const AK = "bbbbbbbb-0000-0000-0000-000000000002";

function demoLinked() {
  const org = demoOrganisation();
  return { ...org, people: org.people.map((p) => (p.id === "mj" ? { ...p, aadObjectId: MJ } : p.id === "ak" ? { ...p, aadObjectId: AK } : p)) };
}

function installation(action: string, conversation: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "installationUpdate", action, id: `i${Math.random()}`, channelId: "msteams", serviceUrl: "http://127.0.0.1:9/_connector",
    from, recipient: { id: "28:bot", name: "Fyrtårn" }, conversation,
  };
}

const channelMessage = (text: string, aadObjectId: string, id = "19:general@thread.tacv2;messageid=1700000000") =>
  messageActivity(`<at>Fyrtårn</at> ${text}`, {
    from: { id: `29:${aadObjectId}`, name: "x", aadObjectId },
    conversation: { id, conversationType: "channel", isGroup: true },
    entities: [{ type: "mention", text: "<at>Fyrtårn</at>", mentioned: { id: "bot-1", name: "Fyrtårn" } }],
  });

async function say(app: App, activity: Record<string, unknown>): Promise<any[]> {
  const { status, body } = await post(app, activity);
  assert.equal(status, 200);
  return body.activities;
}

describe("Conversation references through /api/messages", () => {
  let app: App;
  before(async () => {
    app = await startTestApp({ organisation: demoLinked(), clock: () => NOW });
  });
  after(() => app.close());

  it("when the app is installed in a personal chat, then the reference is stored and linked to the person", async () => {
    const { status } = await post(app, installation("add", { id: "a:personal-mj", conversationType: "personal" }, { id: "29:mj", aadObjectId: MJ }));
    assert.equal(status, 200);
    const stored = await app.conversations.get("personal", "a:personal-mj");
    assert.equal(stored?.personId, "mj");
    assert.equal(stored?.email, "mj@eksempel.dk");
    assert.equal(stored?.reference.serviceUrl, "http://127.0.0.1:9/_connector");
    assert.equal(stored?.stale, false);
  });

  it("when the app is removed, then the reference is marked stale", async () => {
    await post(app, installation("add", { id: "a:personal-gone", conversationType: "personal" }, { id: "29:ak", aadObjectId: AK }));
    await post(app, installation("remove", { id: "a:personal-gone", conversationType: "personal" }, { id: "29:ak", aadObjectId: AK }));
    const stored = await app.conversations.get("personal", "a:personal-gone");
    assert.deepEqual([stored?.stale, stored?.staleReason], [true, "uninstalled"]);
  });

  it("when a user first talks to the bot, then the conversation is stored and the answer still comes", async () => {
    const replies = await ask(app, "hvem er fyrtårn for valg", { conversation: { id: "a:first-talk", conversationType: "personal" }, from: { id: "29:ak", name: "Anne", aadObjectId: AK } });
    assert.equal(replies.length, 1);
    assert.equal((await app.conversations.get("personal", "a:first-talk"))?.personId, "ak");
  });

  it("when the organisation file has only the e-mail, then the personal chat is linked through Teams' member look-up", async () => {
    // Teams' member endpoint (which the process can't run) knows the user's e-mail; the org file has no object id for Peter.
    const members = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ id: "29:ph", name: "Peter Holm", aadObjectId: "cccccccc-0000-0000-0000-000000000003", email: "ph@eksempel.dk", userPrincipalName: "ph@eksempel.dk" }));
    });
    await new Promise<void>((r) => members.listen(0, "127.0.0.1", r));
    try {
      const serviceUrl = `http://127.0.0.1:${(members.address() as { port: number }).port}/`;
      await ask(app, "hej", { serviceUrl, conversation: { id: "a:peter", conversationType: "personal" }, from: { id: "29:ph", name: "Peter Holm", aadObjectId: "cccccccc-0000-0000-0000-000000000003" } });
      const deadline = Date.now() + 5000;
      let stored = await app.conversations.get("personal", "a:peter");
      while (Date.now() < deadline && !stored?.personId) {
        await new Promise((r) => setTimeout(r, 100));
        stored = await app.conversations.get("personal", "a:peter");
      }
      assert.equal(stored?.personId, "ph");
      assert.equal(stored?.email, "ph@eksempel.dk");
    } finally {
      members.close();
    }
  });

  it("when a koordinator says \"brug denne kanal til påmindelser\" in a channel, then it becomes the department channel", async () => {
    const [reply] = await say(app, channelMessage("brug denne kanal til påmindelser", MJ));
    assert.match(reply.text, /Denne kanal får nu påmindelser/);
    const channel = await app.conversations.departmentChannel();
    assert.equal(channel?.conversationId, "19:general@thread.tacv2");
    assert.equal(channel?.reference.conversation?.id, "19:general@thread.tacv2");
  });

  it("when a medarbejder says it, then the channel is not changed and the reply says who can", async () => {
    const [reply] = await say(app, channelMessage("brug denne kanal til påmindelser", AK, "19:other@thread.tacv2"));
    assert.match(reply.text, /Kun en faglig koordinator eller sektionslederen/);
    assert.match(reply.text, /Mette Jensen/);
    assert.equal((await app.conversations.departmentChannel())?.conversationId, "19:general@thread.tacv2");
  });

  const phrasings: Array<[string, boolean]> = [
    ["brug denne kanal til påmindelser", true],
    ["Brug den her kanal til påmindelser!", true],
    ["benyt denne kanal til paamindelser", true],
    ["use this channel for reminders", true],
    ["hvilke kanaler får påmindelser", false],
  ];
  for (const [text, expected] of phrasings) {
    it(`when the text is "${text}", then it ${expected ? "is" : "is not"} the channel command`, () => {
      assert.equal(isUseThisChannel(text), expected);
    });
  }

  it("when a channel id names a thread, then the root id is used", () => {
    assert.equal(rootConversationId("19:x@thread.tacv2;messageid=123"), "19:x@thread.tacv2");
  });
});
