// Errors at /api/messages and the web server: authentication failures are 401 without internal text, malformed
// activities are 400, restify's own errors never echo the request, botbuilder's console output goes through the
// structured logger, and a few hundred fuzzed activities never get a 500 or an echo.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { SignJWT, generateKeyPair } from "jose";
import type { App } from "../../bot/src/server";
import { createLogger, routeConsoleToLogger } from "../../bot/src/logger";
import { startTestApp, post, messageActivity } from "../helpers/app";
import { ECHO_MARKER, fuzzedActivity, prng } from "../helpers/fuzz";

class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  }
}

const APP_ID = "12345678-aaaa-bbbb-cccc-1234567890ab";

/** A token that looks like the Bot Connector's but is signed with a key of our own. */
async function forgedToken(): Promise<string> {
  const { privateKey } = await generateKeyPair("RS256");
  return new SignJWT({ serviceurl: "https://smba.trafficmanager.net/emea/" })
    .setProtectedHeader({ alg: "RS256", kid: "forged-key" })
    .setIssuer("https://api.botframework.com")
    .setAudience(APP_ID)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(privateKey);
}

describe("/api/messages with Bot Framework authentication on", () => {
  let app: App;
  const logs = new LogSink();
  before(async () => {
    app = await startTestApp({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "not-a-secret", MicrosoftAppType: "MultiTenant" }, logger: createLogger("debug", logs) });
  });
  after(() => app.close());

  const cases: Array<[string, () => Promise<Record<string, string>>]> = [
    ["a forged token", async () => ({ authorization: `Bearer ${await forgedToken()}` })],
    ["no token", async () => ({})],
    ["a token that is not a JWT", async () => ({ authorization: "Bearer abc.def.ghi" })],
    ["another scheme", async () => ({ authorization: "Basic dXNlcjpwYXNz" })],
  ];
  for (const [what, headers] of cases) {
    it(`when the request carries ${what}, then 401 with no internal text, and botbuilder's output is in the structured log`, async function () {
      this.timeout(30_000);
      const stderr: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
      const restore = routeConsoleToLogger(createLogger("debug", logs));
      let res: { status: number; body: any };
      try {
        res = await post(app, messageActivity("hvem er fyrtårn for pas?"), await headers());
      } finally {
        restore();
        process.stderr.write = write;
      }
      assert.equal(res.status, 401);
      assert.deepEqual(res.body, { error: "Ikke godkendt." });
      assert.deepEqual(stderr, [], "nothing printed outside the structured log");
      assert.ok(logs.lines.some((l) => JSON.parse(l).msg === "activity rejected: not authenticated"));
    });
  }
});

describe("/api/messages and restify errors", () => {
  let app: App;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const malformed: Array<[string, Record<string, unknown>]> = [
    ["serviceUrl is a number", { serviceUrl: 3.14 }],
    ["serviceUrl is not a URL", { serviceUrl: `javascript:${ECHO_MARKER}` }],
    ["from is a string", { from: ECHO_MARKER }],
    ["conversation is a number", { conversation: 5 }],
    ["conversation.id is an object", { conversation: { id: { x: ECHO_MARKER } } }],
    ["text is a number", { text: 12 }],
    ["membersAdded is a string", { type: "conversationUpdate", membersAdded: ECHO_MARKER }],
    ["timestamp is not a date", { timestamp: ECHO_MARKER }],
    ["entities is an object", { entities: { type: ECHO_MARKER } }],
    ["type is missing", { type: undefined }],
    ["type is empty", { type: "" }],
  ];
  for (const [what, fields] of malformed) {
    it(`when ${what}, then 400 naming the field, never its value`, async () => {
      const res = await post(app, { ...messageActivity("hej"), ...fields });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.match(res.body.error, /Ugyldig aktivitet/);
      assert.doesNotMatch(JSON.stringify(res.body), new RegExp(ECHO_MARKER));
    });
  }

  it("when the body is not JSON, then 400 without the parser's message or the request's bytes", async () => {
    const res = await fetch(`${app.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"type":"message","text":"${ECHO_MARKER}` });
    const text = await res.text();
    assert.equal(res.status, 400);
    assert.doesNotMatch(text, new RegExp(`${ECHO_MARKER}|Unexpected|JSON at position|InvalidContent`));
    assert.match(JSON.parse(text).error, /gyldig JSON/);
  });

  it("when the content type is not JSON, then 415 without the request's bytes; an unknown route is 404 without the path", async () => {
    const res = await fetch(`${app.url}/api/messages`, { method: "POST", headers: { "content-type": "text/x-zqxj" }, body: ECHO_MARKER });
    assert.equal(res.status, 415);
    assert.doesNotMatch(await res.text(), new RegExp(ECHO_MARKER));
    const missing = await fetch(`${app.url}/api/${ECHO_MARKER}`);
    assert.equal(missing.status, 404);
    assert.doesNotMatch(await missing.text(), new RegExp(ECHO_MARKER));
  });

  it("when 400 fuzzed activities arrive, then none gets a 500 and no answer echoes the request", async function () {
    this.timeout(120_000);
    const random = prng(20261124);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const activity = fuzzedActivity(random, process.env.TEST_CONNECTOR_URL!);
      const res = await post(app, activity);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assert.ok(res.status < 500, `case ${i}: ${res.status} ${JSON.stringify(res.body)} for ${JSON.stringify(activity)?.slice(0, 300)}`);
      const answer = JSON.stringify(res.body) ?? "";
      // A reply may quote the user's own question text back (the bot's answer); errors never quote anything.
      if (res.status >= 400) assert.doesNotMatch(answer, new RegExp(ECHO_MARKER), `case ${i}`);
    }
    assert.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, JSON.stringify([...statuses]));
  });
});
