import assert from "node:assert/strict";
import type { PreviousTurn } from "../../bot/src/domain/frame";
import { TableContextStore } from "../../bot/src/storage/contextStore";
import { testTables } from "../helpers/storage";

const NOW = new Date("2026-03-02T08:00:00Z");

function turn(area: string): PreviousTurn {
  return { frame: { lang: "da", intent: "fyrtaarn", areas: [area] }, people: [] };
}

/** Tables whose Context table counts the upserts it is asked for. */
function countingTables() {
  const tables = testTables();
  const upserts: string[] = [];
  const ensure = async (name: string) => {
    const table = await tables.ensure(name);
    return new Proxy(table, {
      get(target, prop, receiver) {
        if (prop === "upsertEntity") return (entity: { partitionKey: string; rowKey: string; frame: string }, mode: "Replace") => (upserts.push(entity.frame), target.upsertEntity(entity, mode));
        return Reflect.get(target, prop, receiver);
      },
    });
  };
  return { tables, counted: { ensure } as Pick<typeof tables, "ensure">, upserts };
}

describe("context store: writing previous turns", () => {
  it("when one conversation answers several turns within the write delay, then only the newest is written, and this instance reads it before then", async () => {
    const { tables, counted, upserts } = countingTables();
    const store = new TableContextStore(counted);
    for (const area of ["valg", "skat", "pas"]) store.remember("conv", "user", turn(area), NOW);
    assert.deepEqual((await store.previous("conv", "user", NOW))?.frame.areas, ["pas"], "the newest turn, from memory");
    await store.settled();
    assert.equal(upserts.length, 1);
    const other = new TableContextStore(tables);
    assert.deepEqual((await other.previous("conv", "user", NOW))?.frame.areas, ["pas"], "another instance reads the newest turn");
  });

  it("when turns come while a round is being written, then they are written in a later round, newest last", async () => {
    const { tables, counted, upserts } = countingTables();
    const store = new TableContextStore(counted);
    store.remember("conv", "user", turn("valg"), NOW);
    const first = store.settled();
    store.remember("conv", "user", turn("skat"), NOW);
    await first;
    await store.settled();
    assert.deepEqual(upserts.map((f) => JSON.parse(f).areas[0]), ["valg", "skat"]);
    assert.deepEqual((await new TableContextStore(tables).previous("conv", "user", NOW))?.frame.areas, ["skat"]);
  });
});
