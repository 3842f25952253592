// The cache catches up on edits row by row (against the real Azurite): an edit on any instance is read as the
// rows storage wrote since, never as a reload of the whole version; a new version is still read whole.
import assert from "node:assert/strict";
import sinon from "sinon";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { OrganisationCache } from "../../bot/src/storage/organisationCache";
import { directoryBuilder } from "../../bot/src/api/etags";
import { rowKeyOf, absenceId } from "../../bot/src/storage/organisationEntities";
import { createLogger } from "../../bot/src/logger";
import type { Directory } from "../../bot/src/domain/directory";
import type { Absence, Organisation } from "../../bot/src/domain/organisation";
import { testTables } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";
import { buildOrganisation, buildPerson } from "../helpers/orgBuilder";

const logger = createLogger("silent");

async function startedCache(store: OrganisationStore): Promise<OrganisationCache<Directory>> {
  const cache = new OrganisationCache(store, directoryBuilder, { refreshSeconds: 3600, logger });
  await cache.start();
  cache.stop();
  return cache;
}

/** An organisation shaped unlike the demo: other ids, one unit, three areas with their own words. */
function otherOrganisation(): Organisation {
  return buildOrganisation({
    people: [buildPerson("hbl", { role: "sektionsleder" }), buildPerson("mj", { role: "koordinator" }), buildPerson("ak"), buildPerson("ph"), buildPerson("lm")],
    areas: [
      { id: "renovation", name: "Renovation", synonyms: ["skraldespand", "storskrald"], fyrtaarne: ["ak"], backups: [], guides: [] },
      { id: "parkering", name: "Parkeringslicens", synonyms: ["p-tilladelse"], fyrtaarne: ["ph"], backups: ["lm"], guides: [] },
      { id: "hundeskat", name: "Hundeafgift", synonyms: ["hund"], fyrtaarne: [], backups: [], guides: [] },
    ],
  });
}

for (const [name, organisation] of [["the demo", demoOrganisation], ["an organisation shaped differently", otherOrganisation]] as const) {
  describe(`OrganisationCache catching up (Azurite, ${name})`, () => {
    afterEach(() => sinon.restore());

    it("when another instance records an absence and assigns a fyrtårn, then a refresh reads only the changed rows and the Directory shows both, keeping people and index parts", async () => {
      const org = organisation();
      const tables = testTables();
      const store = new OrganisationStore(tables);
      await store.replace(org);
      const cache = await startedCache(store);
      const before = cache.current!;
      const area = org.areas[org.areas.length - 1];
      const newcomer = org.people.find((p) => !area.fyrtaarne.includes(p.id) && !area.backups.includes(p.id))!;

      // Another instance: its own store on the same tables.
      const other = new OrganisationStore(testTables(tables.prefix));
      const stored = (await other.load())!;
      const absence: Absence = { person: newcomer.id, from: "2026-11-24", to: "2026-11-26", reason: "kursus" };
      await other.updateRows(stored.version, [{ kind: "absence", rowKey: rowKeyOf("absence", absenceId(absence)), data: absence, order: org.rota.absences.length }]);
      const areaIndex = org.areas.indexOf(area);
      await other.updateRows(stored.version, [{ kind: "area", rowKey: rowKeyOf("area", area.id), data: { ...area, fyrtaarne: [newcomer.id] }, order: areaIndex, etag: stored.etags.get(rowKeyOf("area", area.id)) }]);

      const loadRows = sinon.spy(store, "loadRows");
      const changedRows = sinon.spy(store, "changedRows");
      assert.equal(await cache.refresh(), true);
      assert.equal(loadRows.callCount, 0, "an edit must not reload the whole version");
      assert.equal(changedRows.callCount, 1);

      const after = cache.current!;
      assert.notEqual(after, before);
      assert.deepEqual(after.area(area.id)!.fyrtaarne, [newcomer.id]);
      assert.deepEqual(after.areasOfPerson(newcomer.id).fyrtaarn.map((a) => a.id), [area.id]);
      assert.ok(after.organisation.rota.absences.some((a) => absenceId(a) === absenceId(absence)));
      assert.equal(after.organisation.people, before.organisation.people, "unchanged lists stay the same arrays");
      assert.equal(after.index.find(area.name)[0]?.id, area.id);
      assert.equal(cache.status.revision, stored.revision + 2);
      // The result is what a whole reload of the version gives.
      assert.deepEqual(after.organisation, (await other.load())!.organisation);
      assert.equal(after.person(newcomer.id), before.person(newcomer.id));
    });
  });
}

describe("OrganisationCache: versions and revisions (Azurite)", () => {
  afterEach(() => sinon.restore());

  it("when a new version is imported, then the whole version is read and the index is built anew", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(demoOrganisation());
    const cache = await startedCache(store);
    const renamed = otherOrganisation();
    await store.replace(renamed);
    const loadRows = sinon.spy(store, "loadRows");
    assert.equal(await cache.refresh(), true);
    assert.equal(loadRows.callCount, 1);
    assert.deepEqual(cache.current!.organisation, renamed);
    assert.equal(cache.current!.index.find("storskrald")[0]?.id, "renovation");
  });

  it("when the revision moves but no row changed, then the view is kept and the new revision is known", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(demoOrganisation());
    const cache = await startedCache(store);
    const before = cache.current;
    const stored = (await store.load())!;
    // An edit whose rows are already known (the same ETag) changes nothing but the revision.
    await store.updateRows(stored.version, []);
    assert.equal(await cache.refresh(), true);
    assert.equal(cache.current, before);
    assert.equal(cache.status.revision, stored.revision + 1);
    assert.equal(await cache.refresh(), false);
  });

  it("when a refresh is asked for while one runs, then the caller gets a check that starts after it (and sees its own write)", async () => {
    const store = new OrganisationStore(testTables());
    const org = demoOrganisation();
    await store.replace(org);
    const cache = await startedCache(store);
    const stored = (await store.load())!;
    const first = cache.refresh();
    const absence: Absence = { person: org.people[0].id, from: "2026-12-01", to: "2026-12-01", reason: "ferie" };
    await store.updateRows(stored.version, [{ kind: "absence", rowKey: rowKeyOf("absence", absenceId(absence)), data: absence, order: 999 }]);
    const second = cache.refresh();
    await first;
    assert.equal(await second, true);
    assert.ok(cache.current!.organisation.rota.absences.some((a) => absenceId(a) === absenceId(absence)));
  });
});
