// Edits under load through the tab API and Azurite: many coordinators editing different rows at once all get a
// truthful answer (200 and saved, shown in the answer), and edits of the same row keep their 409.
import assert from "node:assert/strict";
import { startTestApp } from "../helpers/app";
import type { App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";

const NOW = new Date("2026-11-23T09:00:00Z");
const DAYS = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"];

async function put(app: App, person: string, body: unknown, path = "/api/rota/changes", method = "PUT"): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}${path}`, { method, headers: { "x-dev-person": person, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe("tab API: concurrent edits", () => {
  let app: App;
  beforeEach(async () => {
    app = await startTestApp({ clock: () => NOW });
  });
  afterEach(() => app.close());

  it("when 60 edits of different rows arrive at once, then every one answers 200 with its own saved row, and all are stored", async function () {
    this.timeout(60_000);
    const org = app.cache.current!.organisation;
    const cells = DAYS.flatMap((date) => org.rota.duties.flatMap((duty) => org.rota.slots.map((slot) => ({ date, duty: duty.id, slot: slot.id }))));
    const people = org.people.map((p) => p.id);
    // Each edit carries the version the tab would have shown for its cell (the demo has a few one-day changes already).
    const days: any[] = [];
    for (const date of DAYS) days.push(...((await (await fetch(`${app.url}/api/rota?date=${date}`, { headers: { "x-dev-person": "mj" } })).json()) as any).days);
    const etagOf = (cell: { date: string; duty: string; slot: string }) =>
      days.find((d) => d.date === cell.date)?.duties.find((r: any) => r.duty === cell.duty)?.cells.find((c: any) => c.slot === cell.slot)?.etag ?? null;
    const changes = cells.slice(0, 48).map((cell, i) => ({ ...cell, people: [people[i % people.length]], etag: etagOf(cell) }));
    const absences = people.slice(0, 12).map((person) => ({ person, from: "2026-12-01", to: "2026-12-02", reason: "kursus" }));
    const results = await Promise.all([
      ...changes.map((body, i) => put(app, i % 2 ? "mj" : "hbl", body)),
      ...absences.map((body) => put(app, "mj", body, "/api/absences", "POST")),
    ]);
    const statuses = results.map((r) => r.status);
    assert.deepEqual(statuses.filter((s) => s !== 200), [], JSON.stringify(results.find((r) => r.status !== 200)?.body));
    // Each answer shows the row it saved, with an ETag for the next edit.
    results.slice(0, changes.length).forEach((res, i) => {
      const cell = res.body.day.duties.find((d: any) => d.duty === changes[i].duty).cells.find((c: any) => c.slot === changes[i].slot);
      // An absent person is listed under absent rather than people.
      assert.deepEqual([...cell.people, ...cell.absent.map((a: any) => a.person)], changes[i].people);
      assert.equal(cell.changed, true);
      assert.ok(res.body.etag);
    });
    results.slice(changes.length).forEach((res) => assert.ok(res.body.absence && res.body.etag));
    const stored = (await new OrganisationStore(app.tables).load())!.organisation;
    for (const c of changes) assert.ok(stored.rota.changes.some((s) => s.date === c.date && s.duty === c.duty && s.slot === c.slot), `${c.date} ${c.duty} ${c.slot}`);
    for (const a of absences) assert.ok(stored.rota.absences.some((s) => s.person === a.person && s.from === a.from), a.person);
  });

  it("when ten coordinators change the same cell from the same ETag at once, then one wins and nine get 409 with the winner's cell", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => put(app, i % 2 ? "mj" : "hbl", { date: "2026-11-25", duty: "post", slot: "fm", people: [i % 2 ? "mj" : "hbl"], etag: null })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, ...Array(9).fill(409)]);
    const winner = results.find((r) => r.status === 200)!;
    for (const loser of results.filter((r) => r.status === 409)) assert.equal(loser.body.current.etag, winner.body.etag);
  });
});
