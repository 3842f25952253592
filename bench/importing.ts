// The bot bench's writes: `npm run import` in its own process, and the same rows as raw batches (Azurite's floor).
import { performance } from "node:perf_hooks";
import { spawn } from "node:child_process";
import path from "node:path";
import type { TransactionAction } from "@azure/data-tables";
import type { Organisation } from "../bot/src/domain/organisation";
import { toEntities } from "../bot/src/storage/organisationEntities";
import { Tables } from "../bot/src/storage/tables";

const ROOT = path.resolve(__dirname, "..");

/** Runs `npm run import` of a file as a user would, in its own process; its wall time. */
export async function importWithCli(file: string, connectionString: string, prefix: string): Promise<number> {
  const started = performance.now();
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tsx, [path.join(ROOT, "bot/src/cli/import.ts"), file], { env: { ...process.env, STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: prefix }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`importen fejlede (${code}): ${stderr}`))));
  });
  return performance.now() - started;
}

/** The same number of rows as an import of `org`, written as raw batches of 100 with 8 in flight: no app code. */
export async function rawBatches(org: Organisation, connectionString: string): Promise<number> {
  const tables = new Tables({ kind: "connectionString", connectionString }, `raw${Date.now().toString(36)}`, { deadlineMs: 30_000 });
  const table = await tables.ensure("Raw");
  const entities = toEntities(org, "v0");
  const batches: TransactionAction[][] = [];
  const byPartition = new Map<string, TransactionAction[]>();
  for (const e of entities) {
    const list = byPartition.get(e.partitionKey) ?? [];
    if (list.length === 0) byPartition.set(e.partitionKey, list);
    list.push(["create", { ...e }]);
    if (list.length === 100) {
      batches.push(list.splice(0));
    }
  }
  for (const list of byPartition.values()) if (list.length) batches.push(list);
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < batches.length) await table.submitTransaction(batches[next++]);
  }));
  return performance.now() - started;
}
