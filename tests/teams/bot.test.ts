// The bot end to end: real activities through /api/messages (expectReplies), the real adapter, the real
// organisation in Azurite. Only the clock is fixed.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { Writable } from "node:stream";
import pino from "pino";
import type { App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { RequestCounter } from "../../bot/src/storage/tables";
import { startAzurite } from "../../bot/src/cli/azurite";
import { startTestApp, ask, post, messageActivity, cardText } from "../helpers/app";
import { testTables, uniquePrefix } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";

const MONDAY_MORNING = new Date("2026-11-23T08:30:00Z"); // Monday 23 November 2026, 09:30 in Copenhagen
const METTE_OID = "11111111-2222-3333-4444-555555555555";

function demoWithMetteLinked() {
  const org = demoOrganisation();
  return { ...org, people: org.people.map((p) => (p.id === "mj" ? { ...p, aadObjectId: METTE_OID } : p)) };
}

describe("Bot through /api/messages", () => {
  let app: App;
  const counter = new RequestCounter();
  const logLines: string[] = [];
  const logger = pino({ level: "info" }, new Writable({ write: (chunk, _enc, done) => (logLines.push(chunk.toString()), done()) }));

  before(async () => {
    app = await startTestApp({ organisation: demoWithMetteLinked(), clock: () => MONDAY_MORNING, counter, logger, env: { ORG_REFRESH_SECONDS: "3600" } });
  });
  after(() => app.close());

  const answers: Array<[question: string, expected: RegExp[]]> = [
    ["hvem er fyrtårn for valg", [/Anne Kristensen/, /Peter Holm/]],
    ["fyrtaarn korekort?", [/Kørekort/]],
    ["who is the lighthouse for passports", [/Lighthouse/, /Pas/]],
    ["hvad er dagens rulleplan", [/mandag 23\. november 2026/, /Jens Pedersen/, /kursus/]],
    ["rulleplan lørdag", [/weekend/, /mandag 30\. november/]],
    ["hvem er faglig koordinator", [/Mette Jensen/, /Kirsten Poulsen/]],
    ["hvad er Mettes telefonnummer", [/\+45 63 33 71 01/, /tel:\+4563337101/]],
    ["hvornår er næste MED-møde", [/Lokal-MED/]],
    ["hjælp", [/fyrtårn/i]],
  ];
  for (const [question, expected] of answers) {
    it(`when asked "${question}", then the card answers it`, async () => {
      const [reply] = await ask(app, question);
      assert.equal(reply.attachments[0].contentType, "application/vnd.microsoft.card.adaptive");
      assert.equal(reply.attachments[0].content.version, "1.5");
      assert.equal(reply.text, undefined, "one message: no second bubble repeating the card");
      assert.ok(reply.summary.length > 0, "every reply carries its plain-text summary");
      assert.equal(reply.attachments[0].content.fallbackText, reply.summary);
      for (const pattern of expected) assert.match(cardText(reply), pattern);
    });
  }

  it("when a linked user asks for their own duties, then the card names them", async () => {
    const [reply] = await ask(app, "hvad skal jeg i dag", { from: { id: "u-mj", name: "Mette Jensen", aadObjectId: METTE_OID } });
    assert.match(cardText(reply), /Mette Jensen/);
  });

  it("when the bot is @mentioned in a channel, then the mention is removed before understanding", async () => {
    const [reply] = await ask(app, "<at>Fyrtårn</at> hvem er fyrtårn for pas", {
      conversation: { id: "19:channel@thread.tacv2", conversationType: "channel" },
      entities: [{ type: "mention", text: "<at>Fyrtårn</at>", mentioned: { id: "bot-1", name: "Fyrtårn" } }],
    });
    assert.match(cardText(reply), /Sofie Nielsen/);
  });

  it("when a message contains a CPR number, then the bot warns and the number is neither echoed nor logged", async () => {
    logLines.length = 0;
    const replies = await ask(app, "kan du slå 010203-1234 op?");
    assert.equal(replies.length, 1);
    assert.doesNotMatch(JSON.stringify(replies), /010203|1234/);
    assert.match(replies[0].summary, /CPR/);
    assert.ok(logLines.some((l) => l.includes('"intent":"cprWarning"')));
    assert.doesNotMatch(logLines.join(""), /010203/);
  });

  it("when a turn is handled, then exactly one structured log line says intent and latency, without the message text", async () => {
    logLines.length = 0;
    await ask(app, "hvem er fyrtårn for valg");
    const turns = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "turn");
    assert.equal(turns.length, 1);
    assert.equal(turns[0].intent, "fyrtaarn");
    assert.equal(typeof turns[0].ms, "number");
    assert.doesNotMatch(logLines.join(""), /hvem er fyrtårn/);
  });

  it("when self-contained questions are answered in the steady state, then no storage request comes before the reply, and one write of the turn after it", async () => {
    const questions = ["hvem er fyrtårn for valg", "hvad er dagens rulleplan", "hvem kan noget om budget"];
    await ask(app, "hej");
    await app.contexts.settled();
    for (const q of questions) {
      const before = counter.count;
      await ask(app, q);
      const beforeReply = counter.count - before;
      await app.contexts.settled();
      assert.ok(beforeReply <= 1, `${beforeReply} requests by the time the reply came`);
      assert.equal(counter.count - before, 1, "the turn is kept with one write, after the reply");
    }
  });

  const odd: Array<[string, string]> = [
    ["empty", ""],
    ["only spaces", "   "],
    ["10 kB", "fyrtårn ".repeat(1300)],
    ["emoji", "🙂🔥🏝️ hvem er fyrtårn 🙂"],
    ["HTML", "<script>alert(1)</script><b>hvem</b> er <i>fyrtårn</i> for <a href='x'>valg</a>"],
    ["control characters", "hvem\u0000er\u0007fyrtårn"],
  ];
  for (const [name, text] of odd) {
    it(`when the message is ${name}, then the bot answers calmly`, async () => {
      const replies = await ask(app, text);
      assert.equal(replies.length, 1);
      assert.doesNotMatch(JSON.stringify(replies), /Error|stack|undefined/);
    });
  }

  it("when an unknown activity type arrives, then it is accepted and nothing is sent", async () => {
    const { status, body } = await post(app, { ...messageActivity(""), type: "somethingNew" });
    assert.equal(status, 200);
    assert.deepEqual(body?.activities ?? [], []);
  });

  const malformed: Array<[string, string]> = [
    ["malformed JSON", "{ not json"],
    ["a JSON array", "[]"],
    ["a JSON string", "\"hej\""],
    ["an object without type", JSON.stringify({ text: "hej" })],
  ];
  for (const [name, body] of malformed) {
    it(`when the request body is ${name}, then the answer is 400 and the server keeps running`, async () => {
      const res = await post(app, body);
      assert.equal(res.status, 400);
      const [reply] = await ask(app, "hjælp");
      assert.ok(reply);
    });
  }

  it("when the bot is added to a conversation, then it sends a welcome card with example questions", async () => {
    const { status, body } = await post(app, {
      ...messageActivity(""),
      type: "conversationUpdate",
      membersAdded: [{ id: "bot-1" }],
    });
    assert.equal(status, 200);
    assert.match(cardText(body.activities[0]), /Borgerservice & Ydelse/);
  });
});

describe("Bot: who is asking", () => {
  let app: App;
  let members: Server;
  before(async () => {
    // Teams' member look-up (a Teams endpoint the process can't run): this user is unknown.
    members = createServer((_req, res) => (res.statusCode = 404, res.end(JSON.stringify({ error: { code: "MemberNotFound" } }))));
    await new Promise<void>((r) => members.listen(0, "127.0.0.1", r));
    app = await startTestApp({ clock: () => MONDAY_MORNING });
  });
  after(async () => {
    await app.close();
    members.close();
  });

  it("when the user cannot be linked to a person, then the bot says so clearly", async () => {
    const port = (members.address() as { port: number }).port;
    const [reply] = await ask(app, "hvad skal jeg i dag", { serviceUrl: `http://127.0.0.1:${port}/`, from: { id: "u-x", name: "Ukendt" } });
    assert.match(cardText(reply), /kan ikke finde dig/i);
  });
});

describe("Bot: authentication", () => {
  it("when an app id is set, then a request without a token gets 401", async () => {
    const app = await startTestApp({ env: { MicrosoftAppId: "00000000-0000-0000-0000-000000000123", MicrosoftAppPassword: "x" } });
    try {
      const res = await post(app, messageActivity("hjælp"));
      assert.equal(res.status, 401);
    } finally {
      await app.close();
    }
  });
});

describe("Bot: organisation changes and storage trouble", () => {
  it("when a new organisation is imported while the server runs, then answers change within seconds", async () => {
    const prefix = uniquePrefix();
    const app = await startTestApp({ prefix, clock: () => MONDAY_MORNING, env: { ORG_REFRESH_SECONDS: "1" } });
    try {
      assert.match(cardText((await ask(app, "hvem er fyrtårn for valg"))[0]), /Anne Kristensen/);
      const org = demoOrganisation();
      await new OrganisationStore(testTables(prefix)).replace({ ...org, areas: org.areas.map((a) => (a.id === "valg" ? { ...a, fyrtaarne: ["mj"] } : a)) });
      const deadline = Date.now() + 5000;
      let text = "";
      while (Date.now() < deadline && !/Mette Jensen/.test(text)) {
        await new Promise((r) => setTimeout(r, 250));
        text = cardText((await ask(app, "hvem er fyrtårn for valg"))[0]);
      }
      assert.match(text, /Mette Jensen/);
    } finally {
      await app.close();
    }
  });

  it("when storage goes down, then the bot answers from its last view; when it has none, it says it cannot look up, and it recovers by itself", async () => {
    const azurite = await startAzurite();
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, ORG_REFRESH_SECONDS: "1" };
    const saved = process.env.TEST_STORAGE_CONNECTION_STRING;
    process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
    const prefix = uniquePrefix();
    let withView: App | undefined;
    let withoutView: App | undefined;
    try {
      withView = await startTestApp({ prefix, env });
      await azurite.stop();
      assert.match(cardText((await ask(withView, "hvem er fyrtårn for valg"))[0]), /Anne Kristensen/);

      withoutView = await startTestApp({ prefix, env, organisation: null });
      const [reply] = await ask(withoutView, "hvem er fyrtårn for valg");
      assert.match(cardText(reply), /kan ikke slå op lige nu/i);

      const again = await startAzurite({ port: azurite.port });
      try {
        await new OrganisationStore(testTables(prefix)).replace(demoOrganisation());
        const deadline = Date.now() + 8000;
        let text = "";
        while (Date.now() < deadline && !/Anne Kristensen/.test(text)) {
          await new Promise((r) => setTimeout(r, 300));
          text = cardText((await ask(withoutView, "hvem er fyrtårn for valg"))[0]);
        }
        assert.match(text, /Anne Kristensen/);
      } finally {
        await withView.close();
        await withoutView.close();
        await again.stop();
      }
    } finally {
      process.env.TEST_STORAGE_CONNECTION_STRING = saved;
    }
  });
});
