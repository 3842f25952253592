// A hostile session: CPR numbers in every spelling of the guard's table, sent through every way in — chat text,
// Teams metadata (display names, group-chat, channel and team names), card inputs, every tab API body, query and
// path, the development sign-in header. Afterwards every table of the app is dumped, the organisation is exported,
// and the logs are read: none of them may hold a CPR-like number. The clients' answers may not echo one either.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { TableClient } from "@azure/data-tables";
import type { App } from "../../bot/src/server";
import { createLogger } from "../../bot/src/logger";
import { cprPaths, containsCpr } from "../../bot/src/domain/cpr";
import { serialiseOrganisation } from "../../bot/src/domain/organisationFile";
import { occurrencesBetween, agendaDueAt } from "../../bot/src/domain/occurrences";
import { startTestApp, post, messageActivity } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import { CPR_SPELLINGS } from "../helpers/cprSpellings";

const TUESDAY = new Date("2026-11-24T09:12:00Z");
const MJ_OID = "aaaaaaaa-0000-0000-0000-0000000000a1";

/** Log lines as written (JSON text), collected in memory. */
class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  }
}

describe("no CPR number anywhere after a hostile session", () => {
  let app: App;
  const logs = new LogSink();
  /** Every answer a client got, parsed, with where it came from. */
  const answers: Array<{ what: string; body: unknown }> = [];

  before(async function () {
    this.timeout(120_000);
    const org = demoOrganisation();
    app = await startTestApp({
      organisation: { ...org, people: org.people.map((p) => (p.id === "mj" ? { ...p, aadObjectId: MJ_OID } : p)) },
      clock: () => TUESDAY,
      logger: createLogger("trace", logs),
    });
    const spellings = CPR_SPELLINGS.map(([, text]) => text);
    const say = async (what: string, activity: Record<string, unknown>) => answers.push({ what, body: (await post(app, activity)).body });
    const api = async (what: string, method: string, path: string, body?: unknown, headers: Record<string, string> = { "x-dev-person": "mj" }) => {
      const res = await fetch(`${app.url}${path}`, {
        method,
        headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // keep the text
      }
      answers.push({ what: `${what} (${res.status})`, body: parsed });
    };

    for (const [i, cpr] of spellings.entries()) {
      // Chat, from a user and a group chat whose names carry the number.
      await say(`chat ${i}`, messageActivity(`hvem er fyrtårn for pas ${cpr}`, {
        from: { id: `29:u${i}`, name: `Jens ${cpr}`, aadObjectId: `bbbbbbbb-0000-0000-0000-${String(i).padStart(12, "0")}` },
        conversation: { id: `19:g${i}@thread.v2`, conversationType: "groupChat", name: `Sagsgruppe ${cpr}` },
      }));
      // A clean question from a user whose display name carries the number: the reference is stored.
      await say(`clean chat ${i}`, messageActivity("hvem er fyrtårn for pas?", {
        from: { id: `29:v${i}`, name: `Hanne ${cpr}` },
        conversation: { id: `a:v${i}`, conversationType: "personal" },
      }));
      // Tab API: every body, query and path.
      await api(`absence ${i}`, "POST", "/api/absences", { person: "lt", from: "2026-11-25", to: "2026-11-25", reason: `syg ${cpr}` });
      await api(`search ${i}`, "GET", `/api/search?q=${encodeURIComponent(cpr)}`);
      await api(`area ${i}`, "PUT", `/api/areas/${encodeURIComponent(cpr)}`, { fyrtaarne: [], backups: [], etag: null });
      await api(`change ${i}`, "PUT", "/api/rota/changes", { date: "2026-11-25", duty: cpr, slot: "fm", people: [], etag: null });
    }
    // Teams metadata: the app added to a channel of a team, and installed by a user; names carry the number.
    await say("channel added", {
      ...messageActivity(""),
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: "bot-1", name: "Fyrtårn" }],
      conversation: { id: "19:kanal@thread.tacv2", conversationType: "channel", name: `Kanal 010190-1234` },
      channelData: { team: { id: "19:team@thread.tacv2", name: "Team 01.01.90-1234" }, channel: { id: "19:kanal@thread.tacv2", name: "Kanal 0101901234" } },
    });
    await say("installed", { ...messageActivity(""), type: "installationUpdate", action: "add", text: undefined, from: { id: "29:w", name: "Ole 010190\u20131234" }, conversation: { id: "a:w", conversationType: "personal" } });
    // Card inputs: a completed check and an agenda item, and a clean item proposed by someone named with the number.
    const invoke = (verb: string, data: Record<string, unknown>, from: Record<string, unknown>) => ({
      ...messageActivity(""), type: "invoke", name: "adaptiveCard/action", text: undefined, deliveryMode: undefined,
      from, conversation: { id: "a:card", conversationType: "personal" },
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    });
    const mj = { id: "29:mj", name: "Mette Jensen", aadObjectId: MJ_OID };
    const directory = app.cache.current!;
    const meeting = directory.organisation.meetings.find((m) => directory.organisation.meetings.length > 0 && m === directory.organisation.meetings[0])!;
    const open = occurrencesBetween(meeting, directory.organisation, directory.calendar, TUESDAY, new Date(TUESDAY.getTime() + 400 * 86_400_000))
      .find((o) => agendaDueAt(o, meeting, directory.calendar) > TUESDAY)!;
    for (const [i, cpr] of spellings.slice(0, 8).entries()) {
      await say(`check findings ${i}`, invoke("completeCheck", { checkId: "mitid", occurrence: "mitid@2026-11-23", sampleChecked: "5", result: "deviation", findings: `Fejl for ${cpr}`, followUp: "" }, mj));
      await say(`check followUp ${i}`, invoke("completeCheck", { checkId: "mitid", occurrence: "mitid@2026-11-23", sampleChecked: "5", result: "deviation", findings: "", followUp: `Ring ${cpr}` }, mj));
      await say(`agenda ${i}`, invoke("proposeAgendaItem", { meetingId: meeting.id, occurrence: open.key, agendaItem: `Punkt om ${cpr}` }, mj));
      await say(`agenda by name ${i}`, invoke("proposeAgendaItem", { meetingId: meeting.id, occurrence: open.key, agendaItem: `Kaffeordning ${i}` }, { id: `29:x${i}`, name: `Per ${cpr}` }));
    }
    // The development sign-in header, and a key that is itself a number.
    await api("dev person", "GET", "/api/me", undefined, { "x-dev-person": "010190-1234" });
    await api("cpr key", "POST", "/api/absences", { person: "lt", from: "2026-11-26", to: "2026-11-26", reason: "ferie", "0101901234": 1 });
    await api("number", "POST", "/api/absences", { person: "lt", from: "2026-11-26", to: "2026-11-26", reason: 101901234 });
  });
  after(() => app.close());

  it("when every table of the app is dumped, then no row holds a CPR-like number", async () => {
    let rows = 0;
    const names: string[] = [];
    for await (const table of app.tables.service().listTables()) {
      if (table.name?.startsWith(app.tables.prefix)) names.push(table.name);
    }
    assert.ok(names.length >= 3, `tables: ${names.join(", ")}`);
    const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
    for (const name of names) {
      const client = TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
      for await (const entity of client.listEntities()) {
        rows++;
        const { etag: _etag, timestamp: _timestamp, ...values } = entity;
        const parsed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "string" && /^[[{]/.test(v) ? JSON.parse(v) : v]));
        assert.deepEqual(cprPaths(parsed), [], `${name} ${entity.partitionKey}/${entity.rowKey}`);
      }
    }
    // The session did store things (conversations, agenda items by the CPR-named user): the dump is not empty.
    assert.ok(rows > 50, `only ${rows} rows`);
    const conversations = await app.conversations.list();
    assert.ok(conversations.some((c) => c.reference.user?.name?.startsWith("Hanne [CPR fjernet]")), "display names are stored redacted");
  });

  it("when the organisation is exported after the session, then the file holds no CPR-like number", async () => {
    const stored = await app.store.load();
    assert.equal(containsCpr(serialiseOrganisation(stored!.organisation)), false);
  });

  it("when the logs of the session are read, then no line holds a CPR-like number", () => {
    assert.ok(logs.lines.length > 100, `only ${logs.lines.length} log lines`);
    for (const line of logs.lines) assert.deepEqual(cprPaths(JSON.parse(line)), [], line);
  });

  it("when the answers to the clients are read, then none echoes a CPR-like number", () => {
    // A reply activity carries the conversation reference the client itself sent (Bot Framework addresses replies
    // with it; Teams ignores those names): that is not an echo of content.
    const addressing = /^activities\[\d+\]\.(conversation|recipient|from)\.name$/;
    for (const { what, body } of answers) assert.deepEqual(cprPaths(body).filter((p) => !addressing.test(p)), [], what);
    const refused = answers.filter((a) => a.what.startsWith("absence") && a.what.endsWith("(400)"));
    assert.equal(refused.length, CPR_SPELLINGS.length, "every absence with a CPR number is refused with 400");
  });
});
