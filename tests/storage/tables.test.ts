import assert from "node:assert/strict";
import { odata } from "@azure/data-tables";
import { testTables } from "../helpers/storage";
import { RequestCounter, Tables, storageStatus } from "../../bot/src/storage/tables";

describe("Tables", () => {
  it("when a table is ensured twice, then it is created once and entities round-trip", async () => {
    const tables = testTables();
    const a = await tables.ensure("Probe");
    await tables.ensure("Probe");
    await a.createEntity({ partitionKey: "p", rowKey: "it's", value: 1 });
    const rows = [];
    for await (const e of a.listEntities({ queryOptions: { filter: odata`RowKey eq ${"it's"}` } })) rows.push(e);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].value, 1);
  });

  it("when an entity is created twice, then the second attempt fails with 409", async () => {
    const client = await testTables().ensure("Probe");
    await client.createEntity({ partitionKey: "p", rowKey: "r" });
    await assert.rejects(client.createEntity({ partitionKey: "p", rowKey: "r" }), (err) => storageStatus(err) === 409);
  });

  it("when a counter is attached, then it counts every request", async () => {
    const counter = new RequestCounter();
    const tables = new Tables({ kind: "connectionString", connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! }, "cnt" + Date.now().toString(36), { counter });
    const client = await tables.ensure("Probe");
    await client.upsertEntity({ partitionKey: "p", rowKey: "r" });
    assert.equal(counter.count, 2);
  });
});
