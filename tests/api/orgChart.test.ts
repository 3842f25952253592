// The chart's search and today (bot/src/api/orgChart.ts): the bot's matching turned into people and units to mark,
// job titles, a "no results" that always offers something, and today's absences and duties by person. With the
// demo organisation, a fixture shaped differently, and once over HTTP.
import assert from "node:assert/strict";
import { chartSearch, orgToday } from "../../bot/src/api/orgChart";
import { Directory } from "../../bot/src/domain/directory";
import { resolveRota } from "../../bot/src/domain/rota";
import { demoOrganisation } from "../helpers/demo";
import { buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { startTestApp } from "../helpers/app";

const TODAY = "2026-11-23";

describe("tab API: the chart's search and today", () => {
  const demo = new Directory(demoOrganisation());

  it("when a competence held by several is searched, then one hit lists exactly its holders", () => {
    const org = demo.organisation;
    const competence = org.people.flatMap((p) => p.competences).find((c, i, all) => all.indexOf(c) !== all.lastIndexOf(c))!;
    const hit = chartSearch(demo, competence, TODAY).hits.find((h) => h.kind === "competence");
    assert.deepEqual(hit?.people, org.people.filter((p) => p.competences.includes(competence)).map((p) => p.id));
  });

  it("when an area's synonym is searched, then the area's fyrtårne and backups are the people to mark", () => {
    const area = demo.organisation.areas.find((a) => a.synonyms.length > 0 && a.backups.length > 0)!;
    const hit = chartSearch(demo, area.synonyms[0], TODAY).hits[0];
    assert.equal(hit.kind, "area");
    assert.deepEqual(hit.people, [...area.fyrtaarne, ...area.backups]);
  });

  it("when a unit's name is searched, then the hit names the unit", () => {
    const unit = demo.organisation.units.find((u) => u.parent)!;
    const hit = chartSearch(demo, unit.name, TODAY).hits.find((h) => h.kind === "unit");
    assert.equal(hit?.unit, unit.id);
  });

  it("when a job title is searched in a fixture whose titles the bot's index does not know, then its holders are found", () => {
    const dir = new Directory(buildOrganisation({
      people: [
        buildPerson("hbl", { role: "sektionsleder", unit: "bsy", title: "Afdelingschef" }),
        buildPerson("ak", { unit: "bs", title: "Juridisk konsulent" }),
        buildPerson("ph", { unit: "bs", title: "Juridisk konsulent" }),
        buildPerson("mj", { role: "koordinator", unit: "bs", title: "Teamleder" }),
      ],
    }));
    const hit = chartSearch(dir, "juridisk", TODAY).hits.find((h) => h.kind === "title");
    assert.deepEqual(hit, { kind: "title", id: "Juridisk konsulent", label: "Juridisk konsulent", people: ["ak", "ph"] });
  });

  it("when nothing matches, then there are no hits but always something to try, from the organisation itself", () => {
    for (const dir of [demo, new Directory(buildOrganisation())]) {
      const result = chartSearch(dir, "zxqwv", TODAY);
      assert.deepEqual(result.hits, []);
      assert.ok(result.suggestions.length > 0);
      const names = new Set([...dir.organisation.areas.map((a) => a.name), ...dir.organisation.units.map((u) => u.name), ...dir.organisation.people.flatMap((p) => p.competences)]);
      for (const s of result.suggestions) assert.ok(names.has(s.label), s.label);
    }
  });

  it("when today is read, then each absent person has their reason and each person on the rota their duties", () => {
    const day = resolveRota(demo.organisation, TODAY, demo.calendar);
    const today = orgToday(demo, TODAY);
    for (const a of day.absent) assert.equal(today.absent[a.person].reason, a.reason);
    const someone = day.duties.flatMap((d) => d.cells.flatMap((c) => c.people))[0];
    assert.ok(today.duties[someone].length > 0);
    assert.equal(today.working, true);
  });

  it("when the chart's routes are called over HTTP, then search answers hits and an empty query is 400", async () => {
    const app = await startTestApp({ clock: () => new Date(`${TODAY}T09:00:00Z`) });
    try {
      const headers = { "x-dev-person": "ak" };
      const search = await fetch(`${app.url}/api/org/search?q=${encodeURIComponent(demo.organisation.people[1].name)}`, { headers });
      assert.equal(search.status, 200);
      assert.equal(((await search.json()) as { hits: { id: string }[] }).hits[0].id, demo.organisation.people[1].id);
      assert.equal((await fetch(`${app.url}/api/org/search?q=`, { headers })).status, 400);
      const today = await fetch(`${app.url}/api/org/today`, { headers });
      assert.equal(((await today.json()) as { date: string }).date, TODAY);
    } finally {
      await app.close();
    }
  });
});
