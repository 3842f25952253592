// Coordinators' other rota edits through the API: a new absence and a cell of the repeating cycle, both
// guarded (a second identical absence or a stale week ETag is 409), and refused for a medarbejder.
import assert from "node:assert/strict";
import { startTestApp } from "../helpers/app";
import type { App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { otherOrganisation } from "../helpers/other";

const NOW = new Date("2026-11-23T09:00:00Z");
const as = (person: string) => ({ "x-dev-person": person, "content-type": "application/json" });

async function send(app: App, method: string, path: string, person: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}${path}`, { method, headers: as(person), body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe("tab API: absences and the repeating cycle", () => {
  let app: App;
  beforeEach(async () => {
    app = await startTestApp({ clock: () => NOW });
  });
  afterEach(() => app.close());

  it("when a koordinator records an absence, then the rota marks it; the same absence again is 409; a medarbejder gets 403", async () => {
    const absence = { person: "lt", from: "2026-11-24", to: "2026-11-24", reason: "kursus" };
    const created = await send(app, "POST", "/api/absences", "mj", absence);
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.ok(created.body.etag);
    const rota: any = await (await fetch(`${app.url}/api/rota?date=2026-11-24`, { headers: as("ak") })).json();
    assert.ok(rota.days[1].absent.some((a: any) => a.person === "lt" && a.reason === "kursus"));
    const again = await send(app, "POST", "/api/absences", "hbl", absence);
    assert.equal(again.status, 409);
    assert.equal(again.body.current.absence.reason, "kursus");
    assert.equal((await send(app, "POST", "/api/absences", "ak", { ...absence, from: "2026-11-25", to: "2026-11-25" })).status, 403);
  });

  const badAbsences: Array<[string, unknown]> = [
    ["an unknown person", { person: "zz", from: "2026-11-24", to: "2026-11-24", reason: "ferie" }],
    ["an end before the start", { person: "lt", from: "2026-11-24", to: "2026-11-20", reason: "ferie" }],
    ["an empty reason", { person: "lt", from: "2026-11-24", to: "2026-11-24", reason: " " }],
    ["an unknown slot", { person: "lt", from: "2026-11-24", to: "2026-11-24", reason: "ferie", slots: ["nat"] }],
  ];
  for (const [what, body] of badAbsences) {
    it(`when an absence has ${what}, then 400`, async () => {
      const res = await send(app, "POST", "/api/absences", "mj", body);
      assert.equal(res.status, 400, JSON.stringify(res.body));
    });
  }

  it("when a koordinator changes a cell of cycle week 1 with the week's ETag, then it is stored; the stale ETag then gets 409", async () => {
    const rota: any = await (await fetch(`${app.url}/api/rota?date=2026-11-23`, { headers: as("mj") })).json();
    const etag = rota.cycleEtags[0];
    assert.ok(etag);
    const ok = await send(app, "PUT", "/api/rota/cycle", "mj", { week: 1, day: "mon", duty: "post", slot: "em", people: ["lh"], etag });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body.plan.mon.post.em, ["lh"]);
    const stored = await new OrganisationStore(app.tables).load();
    assert.deepEqual(stored!.organisation.rota.cycle[0].mon!.post.em, ["lh"]);
    const stale = await send(app, "PUT", "/api/rota/cycle", "hbl", { week: 1, day: "mon", duty: "post", slot: "em", people: ["bo"], etag });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.current.plan.mon.post.em, ["lh"]);
    assert.equal((await send(app, "PUT", "/api/rota/cycle", "mj", { week: 9, day: "mon", duty: "post", slot: "em", people: [], etag })).status, 400);
    assert.equal((await send(app, "PUT", "/api/rota/cycle", "mj", { week: 1, day: "sat", duty: "post", slot: "em", people: [], etag })).status, 400);
    assert.equal((await send(app, "PUT", "/api/rota/cycle", "ph", { week: 1, day: "mon", duty: "post", slot: "em", people: [], etag: ok.body.etag })).status, 403);
  });
});

describe("tab API: a slot that runs only on some weekdays (the other organisation)", () => {
  let app: App;
  beforeEach(async () => {
    app = await startTestApp({ clock: () => NOW, organisation: otherOrganisation() });
  });
  afterEach(() => app.close());

  it("when a koordinator books the Thursday evening slot on a Monday, then 400 says when it runs and nothing is stored", async () => {
    const change = await send(app, "PUT", "/api/rota/changes", "aha", { date: "2026-11-23", duty: "skranke", slot: "aften", people: ["fra"], etag: null });
    assert.equal(change.status, 400, JSON.stringify(change.body));
    assert.match(JSON.stringify(change.body), /Aften.*findes kun torsdag/);
    const rota: any = await (await fetch(`${app.url}/api/rota?date=2026-11-23`, { headers: as("aha") })).json();
    const cycle = await send(app, "PUT", "/api/rota/cycle", "aha", { week: 1, day: "mon", duty: "skranke", slot: "aften", people: ["fra"], etag: rota.cycleEtags[0] });
    assert.equal(cycle.status, 400, JSON.stringify(cycle.body));
    const stored = await new OrganisationStore(app.tables).load();
    assert.equal(stored!.organisation.rota.changes.length, otherOrganisation().rota.changes.length);
    assert.equal(stored!.organisation.rota.cycle[0].mon!.skranke.aften, undefined);
  });

  it("when a koordinator books it on a Thursday, then it is stored and the rota shows it", async () => {
    const change = await send(app, "PUT", "/api/rota/changes", "aha", { date: "2026-11-26", duty: "skranke", slot: "aften", people: ["fra", "kne"], etag: null });
    assert.equal(change.status, 200, JSON.stringify(change.body));
    const aften = change.body.day.duties.find((d: any) => d.duty === "skranke").cells.find((c: any) => c.slot === "aften");
    assert.deepEqual(aften.people, ["fra", "kne"]);
  });
});
