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
    const recorded = entry({ findings: "Sag 12", followUp: "Ingen", approvedBy: "hbl", closedDate: "2026-11-30" });
    assert.deepEqual(await log.record(recorded), { created: true, entry: recorded });
    assert.deepEqual(await log.get("mitid", "mitid@2026-11-23"), recorded);
    assert.equal(await log.get("mitid", "mitid@2026-11-30"), undefined);
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
