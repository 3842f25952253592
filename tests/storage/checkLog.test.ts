// The check log against Azurite: append-only, one completion per round, listing by check and time.
import assert from "node:assert/strict";
import { TableCheckLog, type CheckLogEntry } from "../../bot/src/storage/checkLog";
import { testTables } from "../helpers/storage";

function entry(overrides: Partial<CheckLogEntry> = {}): CheckLogEntry {
  return {
    checkId: "mitid", occurrence: "mitid@2026-11-23", occurrenceDate: "2026-11-23", periodLabel: "uge 47",
    completedAt: new Date("2026-11-24T09:12:00Z"), by: "mj", byName: "Mette Jensen", result: "ok", sampleChecked: 5,
    ...overrides,
  };
}

describe("CheckLog in Table Storage", () => {
  it("when a round is recorded, then get returns it with every field", async () => {
    const log = new TableCheckLog(testTables());
    const recorded = entry({ result: "deviation", deviationKind: "Manglende ID-type", findings: "Sag 12", followUp: "Gennemgås", followUpDue: "2026-12-04" });
    assert.deepEqual(await log.record(recorded), { created: true, entry: recorded });
    assert.deepEqual(await log.get("mitid", "mitid@2026-11-23"), recorded);
    assert.equal(await log.get("mitid", "mitid@2026-11-30"), undefined);
  });

  it("when a deviation is closed and the round approved, then each step is its own row, the record folds them in, and a second step of a kind keeps the first", async () => {
    const tables = testTables();
    const log = new TableCheckLog(tables);
    await log.record(entry({ result: "deviation", followUp: "Gennemgås", followUpDue: "2026-12-04" }));
    // A later round of the same check sorts next to this one: its rows must not mix in.
    await log.record(entry({ occurrence: "mitid@2026-11-30", occurrenceDate: "2026-11-30", completedAt: new Date("2026-12-01T09:00:00Z") }));
    const closedAt = new Date("2026-11-27T10:00:00Z");
    const closed = await log.addStep("mitid", "mitid@2026-11-23", { kind: "closed", at: closedAt, by: "mj", byName: "Mette Jensen", date: "2026-11-27", note: "Rettet" });
    assert.equal(closed?.created, true);
    assert.deepEqual([closed?.entry.closedDate, closed?.entry.closedByName, closed?.entry.closeNote], ["2026-11-27", "Mette Jensen", "Rettet"]);
    const approvedAt = new Date("2026-11-28T08:00:00Z");
    await log.addStep("mitid", "mitid@2026-11-23", { kind: "approved", at: approvedAt, by: "hbl", byName: "Helle Bach Larsen", date: "2026-11-28" });
    const again = await log.addStep("mitid", "mitid@2026-11-23", { kind: "approved", at: new Date("2026-11-29T08:00:00Z"), by: "x", byName: "Someone Else", date: "2026-11-29" });
    assert.equal(again?.created, false);
    assert.equal(again?.entry.approvedBy, "Helle Bach Larsen");

    const record = await log.get("mitid", "mitid@2026-11-23");
    assert.deepEqual([record?.closedDate, record?.approvedBy, record?.approvedAt?.toISOString(), record?.sampleChecked], ["2026-11-27", "Helle Bach Larsen", approvedAt.toISOString(), 5]);
    assert.equal((await log.get("mitid", "mitid@2026-11-30"))?.approvedBy, undefined);
    assert.deepEqual((await log.list()).map((e) => [e.occurrence, e.closedDate, e.approvedBy]), [["mitid@2026-11-23", "2026-11-27", "Helle Bach Larsen"], ["mitid@2026-11-30", undefined, undefined]]);
    assert.deepEqual((await log.list({ result: "deviation" })).map((e) => e.occurrence), ["mitid@2026-11-23"]);
    // Append-only: the completion row is as first written, the steps are rows of their own.
    const rows: string[] = [];
    for await (const row of (await tables.ensure("CheckLog")).listEntities()) rows.push(String(row.rowKey));
    assert.deepEqual(rows.sort(), ["mitid@2026-11-23", "mitid@2026-11-23|approved", "mitid@2026-11-23|closed", "mitid@2026-11-30"]);
  });

  it("when a step is added to a round never completed, then nothing is written", async () => {
    const log = new TableCheckLog(testTables());
    assert.equal(await log.addStep("mitid", "mitid@2026-11-23", { kind: "approved", at: new Date(), by: "hbl", byName: "Helle", date: "2026-11-24" }), undefined);
    assert.deepEqual(await log.list(), []);
  });

  it("when the same round is recorded twice, then the first stands and the second says so", async () => {
    const log = new TableCheckLog(testTables());
    const first = entry();
    const results = await Promise.all([log.record(first), log.record(entry({ by: "kp", byName: "Kirsten Poulsen", sampleChecked: 9 }))]);
    assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
    const stored = await log.list();
    assert.equal(stored.length, 1);
    for (const r of results) assert.deepEqual(r.entry, stored[0]);
  });

  it("when listing, then the check and the time window filter, oldest first", async () => {
    const log = new TableCheckLog(testTables());
    await log.record(entry({ occurrence: "mitid@2026-11-16", completedAt: new Date("2026-11-17T08:00:00Z") }));
    await log.record(entry({ occurrence: "mitid@2026-11-09", completedAt: new Date("2026-11-10T08:00:00Z") }));
    await log.record(entry({ checkId: "pas", occurrence: "pas@2026-11-04", completedAt: new Date("2026-11-05T08:00:00Z") }));
    assert.deepEqual((await log.list()).map((e) => e.occurrence), ["pas@2026-11-04", "mitid@2026-11-09", "mitid@2026-11-16"]);
    assert.deepEqual((await log.list({ checkId: "mitid" })).map((e) => e.occurrence), ["mitid@2026-11-09", "mitid@2026-11-16"]);
    const window = await log.list({ from: new Date("2026-11-06T00:00:00Z"), to: new Date("2026-11-17T08:00:00Z") });
    assert.deepEqual(window.map((e) => e.occurrence), ["mitid@2026-11-09"]);
  });

  it("when a check id has a quote, then the filter still quotes it", async () => {
    const log = new TableCheckLog(testTables());
    await log.record(entry({ checkId: "o'brien", occurrence: "o'brien@2026-11-23" }));
    assert.equal((await log.list({ checkId: "o'brien" })).length, 1);
  });
});
