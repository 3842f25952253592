// The tab's rota and Fyrtårne views carry the day's gaps and who covers, from the one coverage module, with the
// other test organisation (three slots and a Thursday evening, the gaps of the week of 23 November 2026).
import assert from "node:assert/strict";
import { startTestApp } from "../helpers/app";
import { otherOrganisation } from "../helpers/other";
import type { App } from "../../bot/src/server";

const NOW = new Date("2026-11-25T08:00:00Z");
const as = (person: string) => ({ "x-dev-person": person });

async function get(app: App, path: string, person: string): Promise<any> {
  const res = await fetch(`${app.url}${path}`, { headers: as(person) });
  assert.equal(res.status, 200, path);
  return res.json();
}

describe("tab API: gaps and cover (the other organisation)", () => {
  let app: App;
  before(async () => {
    app = await startTestApp({ clock: () => NOW, organisation: otherOrganisation() });
  });
  after(() => app.close());

  it("when the week of 23 November is read, then each day carries its gaps: a double booking on Tuesday, an area with nobody on Wednesday", async () => {
    const rota = await get(app, "/api/rota?date=2026-11-23", "sho");
    const [mon, tue, wed, thu] = rota.days;
    assert.deepEqual(tue.gaps.filter((g: any) => g.kind === "doubleBooked"), [{ kind: "doubleBooked", person: "kv", slot: "midt", duties: ["skranke", "udlevering"] }]);
    assert.ok(wed.gaps.some((g: any) => g.kind === "areaUncovered" && g.area === "flytning"));
    assert.ok(wed.gaps.some((g: any) => g.kind === "absentPlanned" && g.person === "kv" && g.duty === "udlevering" && g.slot === "sen"));
    assert.ok(thu.gaps.some((g: any) => g.kind === "understaffed" && g.duty === "skranke" && g.slot === "aften"));
    assert.deepEqual(mon.gaps.map((g: any) => g.kind), ["understaffed", "understaffed", "absentPlanned", "absentPlanned"]);
    const weekend = await get(app, "/api/rota?date=2026-11-28", "sho");
    assert.ok(weekend.days.every((d: any) => Array.isArray(d.gaps)));
  });

  it("when the Fyrtårne view is read on a day an area has nobody in, then it says so and names the koordinator as who covers", async () => {
    const view = await get(app, "/api/fyrtaarne", "sho");
    const flytning = view.areas.find((a: any) => a.id === "flytning");
    assert.deepEqual(flytning.absent, [{ person: "sno", reason: "kursus", coveredBy: "aha" }]);
    assert.equal(flytning.nobodyIn, true);
    const pas = view.areas.find((a: any) => a.id === "pas");
    assert.deepEqual([pas.absent, pas.nobodyIn], [[{ person: "sho", reason: "ferie", coveredBy: "neg" }], false]);
  });
});
