// The tab's API against the real app and Azurite: the auth matrix (SSO token with a local key set standing in
// for Entra's JWKS, and the development sign-in), reads, validation, and ETag-guarded edits with conflicts.
import assert from "node:assert/strict";
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWK, type CryptoKey } from "jose";
import { Writable } from "node:stream";
import { startTestApp } from "../helpers/app";
import { createLogger } from "../../bot/src/logger";
import type { App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";

const TENANT = "11111111-2222-3333-4444-555555555555";
const CLIENT_ID = "66666666-7777-8888-9999-000000000000";
const APP_ID_URI = `api://localhost/${CLIENT_ID}`;
const SSO_ENV = { SSO_CLIENT_ID: CLIENT_ID, SSO_APP_ID_URI: APP_ID_URI, SSO_TENANT_ID: TENANT };
/** Monday 23 November 2026, 10:00 in Copenhagen: jp (kursus) and ca (syg) are away. */
const NOW = new Date("2026-11-23T09:00:00Z");

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let jwks: { keys: JWK[] };

async function token(claims: Record<string, unknown>, options: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string | number } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(options.audience ?? APP_ID_URI)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 60)
    .setExpirationTime(options.expiresIn ?? "1h")
    .sign(options.key ?? signingKey);
}

async function call(app: App, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { ...(options.body !== undefined ? { "content-type": "application/json" } : {}), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const as = (person: string) => ({ "x-dev-person": person });
/** A cell of a /api/rota answer, as the tab finds it. */
const cellOf = (week: any, date: string, duty: string, slot: string) =>
  week.days.find((d: any) => d.date === date).duties.find((r: any) => r.duty === duty).cells.find((c: any) => c.slot === slot);

before(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair("RS256")).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" }] };
});

describe("tab API: sign-in with a Teams SSO token", () => {
  let app: App;
  before(async () => {
    app = await startTestApp({ clock: () => NOW, env: { ...SSO_ENV }, auth: { keys: createLocalJWKSet(jwks) } });
  });
  after(() => app.close());

  it("when the token is valid and names a koordinator by e-mail, then /api/me says who and that they may edit", async () => {
    const res = await call(app, "GET", "/api/me", { headers: { authorization: `Bearer ${await token({ preferred_username: "mj@eksempel.dk", oid: "x" })}` } });
    assert.equal(res.status, 200);
    assert.equal(res.body.person.id, "mj");
    assert.equal(res.body.canEdit, true);
    assert.equal(res.body.development, false);
  });

  it("when the token has the v1 issuer and the client id as audience, then it is accepted", async () => {
    const t = await token({ upn: "ak@eksempel.dk" }, { issuer: `https://sts.windows.net/${TENANT}/`, audience: CLIENT_ID });
    const res = await call(app, "GET", "/api/me", { headers: { authorization: `Bearer ${t}` } });
    assert.equal(res.status, 200);
    assert.equal(res.body.person.id, "ak");
    assert.equal(res.body.canEdit, false);
  });

  const bad: Array<[string, () => Promise<Record<string, string>>]> = [
    ["no credentials", async () => ({})],
    ["a malformed header", async () => ({ authorization: "Basic abc" })],
    ["garbage as token", async () => ({ authorization: "Bearer not.a.token" })],
    ["a token signed by another key", async () => ({ authorization: `Bearer ${await token({ preferred_username: "mj@eksempel.dk" }, { key: otherKey })}` })],
    ["an expired token", async () => ({ authorization: `Bearer ${await token({ preferred_username: "mj@eksempel.dk" }, { expiresIn: Math.floor(Date.now() / 1000) - 10 })}` })],
    ["another tenant's issuer", async () => ({ authorization: `Bearer ${await token({ preferred_username: "mj@eksempel.dk" }, { issuer: "https://login.microsoftonline.com/other/v2.0" })}` })],
    ["another app's audience", async () => ({ authorization: `Bearer ${await token({ preferred_username: "mj@eksempel.dk" }, { audience: "api://other" })}` })],
  ];
  for (const [what, headers] of bad) {
    it(`when the request has ${what}, then 401 with a Danish message`, async () => {
      const res = await call(app, "GET", "/api/org", { headers: await headers() });
      assert.equal(res.status, 401);
      assert.match(res.body.error, /login|logget ind|token/i);
    });
  }

  it("when a valid token names someone not in the organisation, then 403", async () => {
    const res = await call(app, "GET", "/api/org", { headers: { authorization: `Bearer ${await token({ preferred_username: "fremmed@eksempel.dk" })}` } });
    assert.equal(res.status, 403);
    assert.match(res.body.error, /findes ikke i organisationen/);
  });
});

describe("tab API: refusals in the tab's language, and why in the log", () => {
  let app: App;
  const lines: any[] = [];
  before(async () => {
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    app = await startTestApp({ clock: () => NOW, env: { ...SSO_ENV }, auth: { keys: createLocalJWKSet(jwks) }, logger: createLogger("info", stream) });
  });
  after(() => app.close());

  it("when an expired token is refused, then the user gets the calm message and the log says why (jose's reason as the cause)", async () => {
    const expired = await token({ preferred_username: "mj@eksempel.dk" }, { expiresIn: Math.floor(Date.now() / 1000) - 10 });
    const res = await call(app, "GET", "/api/org", { headers: { authorization: `Bearer ${expired}` } });
    assert.equal(res.status, 401);
    assert.equal(res.body.error, "Dit Teams-login kunne ikke godkendes (ugyldigt eller udløbet token). Genindlæs fanen.");
    const refused = lines.find((l) => l.msg === "api request refused");
    assert.ok(refused, "the refusal is logged");
    assert.equal(refused.status, 401);
    assert.equal(refused.err.code, "api_401");
    assert.match(refused.err.cause.message, /exp/);
    assert.doesNotMatch(JSON.stringify(refused), new RegExp(expired.split(".")[2]!), "never the token itself");
  });

  it("when the tab asks in English, then the refusal is in English; without the header it is Danish", async () => {
    const en = await call(app, "GET", "/api/org", { headers: { "x-lang": "en" } });
    assert.equal(en.status, 401);
    assert.equal(en.body.error, "You are not signed in to Teams, or your sign-in has expired. Reload the tab.");
    const da = await call(app, "GET", "/api/org", {});
    assert.match(da.body.error, /Du er ikke logget ind/);
  });
});

describe("tab API: the development sign-in", () => {
  it("when the server runs in production mode, then X-Dev-Person is refused with 401 and there is no person picker", async () => {
    const app = await startTestApp({ clock: () => NOW, env: { NODE_ENV: "production", MicrosoftAppId: "00000000-0000-0000-0000-0000000000aa", MicrosoftAppPassword: "x", MicrosoftAppType: "MultiTenant", ...SSO_ENV }, auth: { keys: createLocalJWKSet(jwks) } });
    try {
      const res = await call(app, "GET", "/api/me", { headers: as("mj") });
      assert.equal(res.status, 401);
      assert.match(res.body.error, /udviklingstilstand/);
      assert.notEqual((await call(app, "GET", "/api/dev/people")).status, 200);
    } finally {
      await app.close();
    }
  });

  it("when the dev header names no one, then 401", async () => {
    const app = await startTestApp({ clock: () => NOW });
    try {
      assert.equal((await call(app, "GET", "/api/me", { headers: as("nobody") })).status, 401);
      const people = await call(app, "GET", "/api/dev/people");
      assert.equal(people.status, 200);
      assert.ok(people.body.some((p: any) => p.id === "mj"));
    } finally {
      await app.close();
    }
  });
});

describe("tab API: reads and edits (development sign-in)", () => {
  let app: App;
  beforeEach(async () => {
    app = await startTestApp({ clock: () => NOW });
  });
  afterEach(() => app.close());

  it("when the organisation is read, then every person has title, contact and fyrtårn/backup areas", async () => {
    const res = await call(app, "GET", "/api/org", { headers: as("ak") });
    assert.equal(res.status, 200);
    const ak = res.body.people.find((p: any) => p.id === "ak");
    assert.equal(ak.name, "Anne Kristensen");
    assert.ok(ak.fyrtaarn.includes("valg"));
    assert.ok(res.body.people.find((p: any) => p.id === "ph").backup.includes("valg"));
    assert.ok(res.body.units.length > 0);
  });

  it("when searching with a synonym, then the bot's matching finds the area", async () => {
    const res = await call(app, "GET", "/api/search?q=brevstemme", { headers: as("ak") });
    assert.equal(res.status, 200);
    assert.equal(res.body.matches[0].id, "valg");
    assert.equal((await call(app, "GET", "/api/search?q=", { headers: as("ak") })).status, 400);
  });

  it("when the Fyrtårne view is read on 23 November, then Valg shows ak and ph and an absent fyrtårn is marked with who covers", async () => {
    const res = await call(app, "GET", "/api/fyrtaarne", { headers: as("ak") });
    assert.equal(res.status, 200);
    const valg = res.body.areas.find((a: any) => a.id === "valg");
    assert.deepEqual([valg.fyrtaarne, valg.backups], [["ak"], ["ph"]]);
    assert.ok(valg.etag);
    const absent = res.body.areas.flatMap((a: any) => a.absent);
    assert.ok(absent.some((x: any) => x.person === "jp" || x.person === "ca"), JSON.stringify(absent));
  });

  it("when someone is fyrtårn or backup for more areas than the default limit (3), then the view flags them", async () => {
    const res = await call(app, "GET", "/api/fyrtaarne", { headers: as("ak") });
    assert.equal(res.body.maxAreasPerPerson, 3);
    assert.deepEqual(res.body.overloaded.map((o: any) => o.person), ["sn"]);
  });

  it("when the rota is read, then the week has five days and today's absences", async () => {
    const res = await call(app, "GET", "/api/rota?date=2026-11-23", { headers: as("ak") });
    assert.equal(res.status, 200);
    assert.equal(res.body.days.length, 5);
    const monday = res.body.days[0];
    assert.ok(monday.absent.some((a: any) => a.person === "ca" && a.reason === "syg"));
    assert.ok(cellOf(res.body, "2026-11-23", "telefon", "em").etag);
    assert.equal(cellOf(res.body, "2026-11-23", "skranke", "fm").etag, null);
  });

  const invalid: Array<[string, string, string, unknown]> = [
    ["a date that does not exist", "PUT", "/api/rota/changes", { date: "2026-02-30", duty: "skranke", slot: "fm", people: ["mj"], etag: null }],
    ["a badly written date", "PUT", "/api/rota/changes", { date: "23-11-2026", duty: "skranke", slot: "fm", people: ["mj"], etag: null }],
    ["an unknown duty", "PUT", "/api/rota/changes", { date: "2026-11-24", duty: "kaffe", slot: "fm", people: ["mj"], etag: null }],
    ["an unknown person", "PUT", "/api/rota/changes", { date: "2026-11-24", duty: "skranke", slot: "fm", people: ["zz"], etag: null }],
    ["a weekend day", "PUT", "/api/rota/changes", { date: "2026-11-28", duty: "skranke", slot: "fm", people: ["mj"], etag: null }],
    ["an unknown field", "PUT", "/api/rota/changes", { date: "2026-11-25", duty: "skranke", slot: "fm", people: ["mj"], etag: null, extra: 1 }],
    ["a person as both fyrtårn and backup", "PUT", "/api/areas/valg", { fyrtaarne: ["ak"], backups: ["ak"], etag: "x" }],
    ["people not as a list", "PUT", "/api/areas/valg", { fyrtaarne: "ak", backups: [], etag: "x" }],
    ["a bad date query", "GET", "/api/rota?date=i-morgen", undefined],
  ];
  for (const [what, method, path, body] of invalid) {
    it(`when a coordinator sends ${what}, then 400 with a Danish message`, async () => {
      const res = await call(app, method, path, { headers: as("mj"), body });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(typeof res.body.error, "string");
    });
  }

  it("when the area does not exist, then 404", async () => {
    assert.equal((await call(app, "PUT", "/api/areas/nope", { headers: as("mj"), body: { fyrtaarne: [], backups: [], etag: null } })).status, 404);
  });

  it("when an edit carries no ETag, then 428", async () => {
    const res = await call(app, "PUT", "/api/rota/changes", { headers: as("mj"), body: { date: "2026-11-25", duty: "skranke", slot: "fm", people: ["mj"] } });
    assert.equal(res.status, 428);
  });

  it("when a medarbejder edits, then 403 and nothing changes", async () => {
    const before = await call(app, "GET", "/api/fyrtaarne", { headers: as("ak") });
    const valg = before.body.areas.find((a: any) => a.id === "valg");
    const res = await call(app, "PUT", "/api/areas/valg", { headers: as("ak"), body: { fyrtaarne: ["ak"], backups: ["lm"], etag: valg.etag } });
    assert.equal(res.status, 403);
    assert.match(res.body.error, /koordinator/);
    const stored = await new OrganisationStore(app.tables).load();
    assert.deepEqual(stored!.organisation.areas.find((a) => a.id === "valg")!.backups, ["ph"]);
  });

  it("when a koordinator sets a one-day change with the ETag they saw, then it is stored (what export writes) and the rota shows it", async () => {
    const seen = await call(app, "GET", "/api/rota?date=2026-11-25", { headers: as("mj") });
    const etag = cellOf(seen.body, "2026-11-25", "post", "fm").etag;
    assert.equal(etag, null);
    const res = await call(app, "PUT", "/api/rota/changes", { headers: as("mj"), body: { date: "2026-11-25", duty: "post", slot: "fm", people: ["mj", "lh"], etag } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.etag);
    const cell = res.body.day.duties.find((d: any) => d.duty === "post").cells.find((c: any) => c.slot === "fm");
    assert.deepEqual([cell.people, cell.changed], [["mj", "lh"], true]);
    const stored = await new OrganisationStore(app.tables).load();
    assert.ok(stored!.organisation.rota.changes.some((c) => c.date === "2026-11-25" && c.duty === "post" && c.people.join() === "mj,lh"));

    // A second coordinator who still has the old ETag (none) gets a conflict and the fresh cell.
    const conflict = await call(app, "PUT", "/api/rota/changes", { headers: as("hbl"), body: { date: "2026-11-25", duty: "post", slot: "fm", people: ["hbl"], etag: null } });
    assert.equal(conflict.status, 409);
    assert.match(conflict.body.error, /En anden har ændret/);
    assert.equal(conflict.body.current.etag, res.body.etag);
  });

  it("when two coordinators change Valg's backup from the same ETag, then the first wins and the second gets 409 with the fresh area (If-Match header)", async () => {
    const seen = await call(app, "GET", "/api/fyrtaarne", { headers: as("mj") });
    const etag = seen.body.areas.find((a: any) => a.id === "valg").etag;
    const first = await call(app, "PUT", "/api/areas/valg", { headers: { ...as("mj"), "if-match": etag }, body: { fyrtaarne: ["ak"], backups: ["lm"] } });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body.backups, ["lm"]);
    assert.notEqual(first.body.etag, etag);
    const second = await call(app, "PUT", "/api/areas/valg", { headers: { ...as("hbl"), "if-match": etag }, body: { fyrtaarne: ["ak"], backups: ["sn"] } });
    assert.equal(second.status, 409);
    assert.deepEqual(second.body.current.backups, ["lm"]);
    const stored = await new OrganisationStore(app.tables).load();
    assert.deepEqual(stored!.organisation.areas.find((a) => a.id === "valg")!.backups, ["lm"]);
  });

  it("when storage changed behind the cache (another instance), then the store's If-Match still refuses the stale edit with 409", async () => {
    const seen = await call(app, "GET", "/api/fyrtaarne", { headers: as("mj") });
    const etag = seen.body.areas.find((a: any) => a.id === "valg").etag;
    // Another instance writes the same row directly.
    const store = new OrganisationStore(app.tables);
    const stored = (await store.load())!;
    const valg = stored.organisation.areas.find((a) => a.id === "valg")!;
    const order = stored.organisation.areas.indexOf(valg);
    await store.updateRows(stored.version, [{ kind: "area", rowKey: "area|valg", data: { ...valg, backups: ["bo"] }, order, etag: stored.etags.get("area|valg") }]);
    const res = await call(app, "PUT", "/api/areas/valg", { headers: as("mj"), body: { fyrtaarne: ["ak"], backups: ["sn"], etag } });
    assert.equal(res.status, 409);
    assert.deepEqual(res.body.current.backups, ["bo"]);
  });
});
