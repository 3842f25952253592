import assert from "node:assert/strict";
import sinon from "sinon";
import type { TableClient } from "@azure/data-tables";
import { OrganisationStore, ConcurrentChangeError } from "../../bot/src/storage/organisationStore";
import { OrganisationCache } from "../../bot/src/storage/organisationCache";
import { createLogger } from "../../bot/src/logger";
import { testTables } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";
import type { Organisation } from "../../bot/src/domain/organisation";
import { withCheckStarts } from "../../bot/src/domain/checkRounds";

/** The import's day in these tests: every check without `since` starts then. */
const NOW = new Date("2026-11-24T09:00:00Z");
const TODAY = "2026-11-24";
const imported = (org: Organisation) => withCheckStarts(org, new Map(), TODAY);

function renamed(org: Organisation, name: string): Organisation {
  return { ...org, organisation: { ...org.organisation, name } };
}

describe("OrganisationStore (Azurite)", () => {
  afterEach(() => sinon.restore());

  it("when nothing was imported, then load gives undefined", async () => {
    assert.equal(await new OrganisationStore(testTables()).load(), undefined);
  });

  it("when an organisation is imported, then it loads back equal, with an ETag per row", async () => {
    const store = new OrganisationStore(testTables());
    const org = demoOrganisation();
    const pointer = await store.replace(org, { now: NOW });
    const stored = await store.load();
    assert.deepEqual(stored?.organisation, imported(org));
    assert.equal(stored?.version, pointer.version);
    assert.equal(stored?.revision, 1);
    assert.ok(stored?.etags.get("person|mj"));
  });

  it("when a second import replaces the first, then readers only ever see one whole version", async () => {
    const store = new OrganisationStore(testTables());
    const first = renamed(demoOrganisation(), "Første");
    const second = renamed({ ...demoOrganisation(), people: demoOrganisation().people.slice(0, 30) }, "Anden");
    await store.replace(first, { now: NOW });
    const seen: string[] = [];
    let done = false;
    let firstRead: () => void = () => undefined;
    const readOnce = new Promise<void>((resolve) => (firstRead = resolve));
    const reader = (async () => {
      while (!done) {
        const stored = await store.load();
        const org = stored!.organisation;
        // Either the whole first or the whole second organisation: never a mix.
        if (org.organisation.name === "Første") assert.equal(org.people.length, first.people.length);
        else assert.deepEqual(org, imported(second));
        seen.push(org.organisation.name);
        firstRead();
      }
    })();
    // The reader is under way (a load reads 33 partitions) before the second import starts.
    await readOnce;
    await store.replace(second, { now: NOW });
    await new Promise((r) => setTimeout(r, 50));
    done = true;
    await reader;
    assert.ok(seen.includes("Første"));
    assert.equal(seen.at(-1), "Anden");
  });

  it("when writing a new version fails half-way, then the old organisation stays current and whole", async () => {
    const store = new OrganisationStore(testTables());
    const org = demoOrganisation();
    await store.replace(org, { now: NOW });
    const original = (store as unknown as { table(): Promise<TableClient> }).table.bind(store);
    let batches = 0;
    sinon.stub(store as unknown as { table(): Promise<TableClient> }, "table").callsFake(async () => {
      const client = await original();
      const submit = client.submitTransaction.bind(client);
      client.submitTransaction = async (actions) => {
        if (++batches === 1) return submit(actions);
        throw Object.assign(new Error("storage went away"), { statusCode: 503 });
      };
      return client;
    });
    const extra = Array.from({ length: 250 }, (_, i) => ({ ...org.people[0], id: `x${i}`, name: `Ekstra ${i}` }));
    await assert.rejects(store.replace({ ...renamed(org, "Halv"), people: [...org.people, ...extra] }), /storage went away/);
    assert.ok(batches >= 2, "the import should have failed after writing some batches");
    sinon.restore();
    const stored = await store.load();
    assert.deepEqual(stored?.organisation, imported(org));
  });

  it("when a check first appears in a later import, then it starts that day; checks already there keep their start; a `since` in the file wins", async () => {
    const store = new OrganisationStore(testTables());
    const org = demoOrganisation();
    const [first, second, ...rest] = org.checks;
    await store.replace({ ...org, checks: [first] }, { now: new Date("2026-09-01T08:00:00Z") });
    await store.replace({ ...org, checks: [first, second, { ...rest[0], since: "2026-01-05" }] }, { now: new Date("2026-11-23T23:30:00Z") });
    const starts = (await store.load())!.organisation.checks.map((c) => [c.id, c.since]);
    // 23:30 UTC on 23 November is already 24 November in Copenhagen.
    assert.deepEqual(starts, [[first.id, "2026-09-01"], [second.id, "2026-11-24"], [rest[0].id, "2026-01-05"]]);
  });

  it("when a large organisation is imported, then its people are spread over partitions written in parallel batches, reported as they go, and it loads back equal", async () => {
    const tables = testTables();
    const store = new OrganisationStore(tables);
    const org = demoOrganisation();
    const people = [...org.people, ...Array.from({ length: 700 }, (_, i) => ({ ...org.people[2], id: `n${i}`, name: `Ny Medarbejder ${i}`, email: `n${i}@eksempel.dk` }))];
    const large = { ...org, people };
    const reports: Array<[number, number]> = [];
    const transactions = sinon.spy((await tables.ensure("Organisation")).constructor.prototype, "submitTransaction");
    const pointer = await store.replace(large, { onProgress: (written, total) => reports.push([written, total]), now: NOW });
    const partitions = new Map<string, number>();
    for await (const e of tables.client("Organisation").listEntities({ queryOptions: { filter: `PartitionKey ge '${pointer.version}' and PartitionKey lt '${pointer.version}~'` } })) {
      partitions.set(e.partitionKey!, (partitions.get(e.partitionKey!) ?? 0) + 1);
    }
    assert.ok(partitions.size > 10, `people should be spread, got ${partitions.size} partitions`);
    assert.ok(Math.max(...partitions.values()) < people.length / 4);
    assert.ok(transactions.callCount >= partitions.size, "one batch or more per partition");
    for (const call of transactions.getCalls()) {
      const actions = call.args[0] as Array<[string, { partitionKey: string }]>;
      assert.ok(actions.length <= 100);
      assert.equal(new Set(actions.map((a) => a[1].partitionKey)).size, 1, "a batch stays within one partition");
    }
    const total = [...partitions.values()].reduce((a, b) => a + b, 0);
    assert.deepEqual(reports[0], [0, total]);
    assert.deepEqual(reports.at(-1), [total, total]);
    assert.ok(reports.every(([written], i) => i === 0 || written > reports[i - 1][0]));
    assert.deepEqual((await store.load())?.organisation, imported(large));
  });

  it("when two imports race from the same starting point, then one wins and the other is told to retry", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(demoOrganisation());
    const start = await store.pointer();
    const results = await Promise.allSettled([
      store.replace(renamed(demoOrganisation(), "A"), { expected: start }),
      store.replace(renamed(demoOrganisation(), "B"), { expected: start }),
    ]);
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    assert.ok(failed.reason instanceof ConcurrentChangeError);
    assert.match(failed.reason.message, /ændret af en anden/);
  });

  it("when several imports have happened, then only the current and previous versions remain stored", async () => {
    const tables = testTables();
    const store = new OrganisationStore(tables);
    const small = { ...demoOrganisation(), people: demoOrganisation().people.slice(0, 5), areas: [], rota: { ...demoOrganisation().rota, cycle: [], absences: [], changes: [] }, meetings: [], checks: [] };
    const small2 = { ...small, people: small.people.map((p) => ({ ...p, title: "X" })) };
    const v1 = await store.replace(small);
    const v2 = await store.replace(small2);
    const v3 = await store.replace(small);
    const partitions = new Set<string>();
    for await (const e of tables.client("Organisation").listEntities()) partitions.add(e.partitionKey!);
    assert.deepEqual([...partitions].filter((p) => p.startsWith(v1.version)), [], "every partition of the old version is gone");
    assert.ok(partitions.has(v2.version) && partitions.has(v3.version));
  });

  it("when a row is edited with a stale ETag, then the edit is refused and nothing changes", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(demoOrganisation());
    const stored = (await store.load())!;
    const etag = stored.etags.get("person|mj")!;
    const mj = stored.organisation.people.find((p) => p.id === "mj")!;
    await store.updateRows(stored.version, [{ kind: "person", rowKey: "person|mj", data: { ...mj, phone: "+45 11 11 11 11" }, etag }]);
    await assert.rejects(store.updateRows(stored.version, [{ kind: "person", rowKey: "person|mj", data: { ...mj, phone: "+45 22 22 22 22" }, etag }]), ConcurrentChangeError);
    const after = (await store.load())!;
    assert.equal(after.organisation.people.find((p) => p.id === "mj")!.phone, "+45 11 11 11 11");
    assert.equal(after.revision, stored.revision + 1);
  });
});

describe("OrganisationCache (Azurite)", () => {
  const logger = createLogger("silent");

  it("when the stored organisation changes, then the next refresh builds a new view, and an unchanged pointer costs no reload", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(renamed(demoOrganisation(), "Før"));
    const cache = new OrganisationCache(store, (s) => s.organisation.organisation.name, { refreshSeconds: 60, logger });
    await cache.start();
    cache.stop();
    assert.equal(cache.current, "Før");
    const load = sinon.spy(store, "load");
    assert.equal(await cache.refresh(), false);
    assert.equal(load.callCount, 0);
    await store.replace(renamed(demoOrganisation(), "Efter"));
    assert.equal(await cache.refresh(), true);
    assert.equal(cache.current, "Efter");
  });

  it("when storage fails, then the last view is kept and the cache recovers by itself", async () => {
    const store = new OrganisationStore(testTables());
    await store.replace(renamed(demoOrganisation(), "Sidst kendte"));
    const cache = new OrganisationCache(store, (s) => s.organisation.organisation.name, { refreshSeconds: 60, logger });
    await cache.start();
    cache.stop();
    const pointer = sinon.stub(store, "pointer").rejects(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    assert.equal(await cache.refresh(), false);
    assert.equal(cache.current, "Sidst kendte");
    assert.match(cache.status.lastError ?? "", /ECONNREFUSED/);
    pointer.restore();
    await store.replace(renamed(demoOrganisation(), "Ny"));
    assert.equal(await cache.refresh(), true);
    assert.equal(cache.current, "Ny");
    assert.equal(cache.status.lastError, undefined);
  });
});
