// A failed or killed import leaves no rows behind: a failing import removes what it wrote, and the version of an
// import that was killed is removed by the next import once it is older than the grace period.
import assert from "node:assert/strict";
import { TableClient } from "@azure/data-tables";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { testTables } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";

async function partitions(client: TableClient): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for await (const e of client.listEntities({ queryOptions: { select: ["PartitionKey"] } })) out.set(e.partitionKey!, (out.get(e.partitionKey!) ?? 0) + 1);
  return out;
}

describe("organisation import: no orphan rows", () => {
  it("when an import fails in storage (a row over Table Storage's 64 KB, validation bypassed), then none of its rows remain", async () => {
    const tables = testTables();
    const store = new OrganisationStore(tables);
    const first = await store.replace(demoOrganisation());
    const demo = demoOrganisation();
    // 300 × 200 characters in one person: 120 KB as UTF-16, over the limit of one property.
    const huge = { ...demo, people: demo.people.map((p, i) => (i === 5 ? { ...p, competences: Array.from({ length: 300 }, (_, n) => `${n}`.padEnd(200, "x")) } : p)) };
    await assert.rejects(store.replace(huge));
    const client = await tables.ensure("Organisation");
    const left = await partitions(client);
    // Only the first version's partitions (its main one and those its people are spread over) and meta remain.
    const strays = [...left.keys()].filter((key) => key !== "meta" && key !== first.version && !key.startsWith(`${first.version}|`));
    assert.deepEqual(strays, [], JSON.stringify([...left]));
    assert.equal((await store.load())?.version, first.version);
  });

  it("when an import was killed mid-way (its version left 'writing' for over an hour), then the next import removes it", async () => {
    const tables = testTables();
    const store = new OrganisationStore(tables);
    await store.replace(demoOrganisation());
    const client = await tables.ensure("Organisation");
    const killed = "v000000001dead00";
    await client.createEntity({ partitionKey: "meta", rowKey: `version|${killed}`, state: "writing", createdAt: new Date(Date.now() - 2 * 3600_000).toISOString() });
    for (let i = 0; i < 120; i++) await client.createEntity({ partitionKey: killed, rowKey: `person|p${i}`, kind: "person", order: i, data: "{}" });
    const next = await store.replace(demoOrganisation());
    const left = await partitions(client);
    assert.equal(left.has(killed), false, "the killed import's rows are gone");
    assert.ok(left.has(next.version));
    const versions: string[] = [];
    for await (const e of client.listEntities({ queryOptions: { filter: "PartitionKey eq 'meta'" } })) versions.push(e.rowKey!);
    assert.ok(!versions.includes(`version|${killed}`));
  });
});
