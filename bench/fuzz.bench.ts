// npm run bench:fuzz: 10,000 fuzzed activities (tests/helpers/fuzz.ts) against the real server in a child process
// (its own Azurite, the demo organisation, Bot Framework authentication off as in development), in bursts, with a
// valid question between them. Prints the answers by status, and the server's RSS and heap before, after each
// burst and after a pause, to show whether memory returns to its level. BENCH_FUZZ=<n> changes the count.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startAzurite } from "../bot/src/cli/azurite";
import { OrganisationStore } from "../bot/src/storage/organisationStore";
import { Tables } from "../bot/src/storage/tables";
import { demoOrganisation } from "../tests/helpers/demo";
import { MockConnector } from "../tests/helpers/mockConnector";
import { fuzzedActivity, prng } from "../tests/helpers/fuzz";
import { messageActivity } from "../tests/helpers/app";

const TOTAL = Number(process.env.BENCH_FUZZ || 10_000);
const BURSTS = 4;
const CONCURRENCY = 16;
const ROOT = path.resolve(__dirname, "..");

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  const azurite = await startAzurite();
  const connector = new MockConnector();
  const connectorUrl = await connector.start();
  const prefix = "fuzz";
  await new OrganisationStore(new Tables({ kind: "connectionString", connectionString: azurite.connectionString }, prefix)).replace(demoOrganisation());
  const port = 39000 + Math.floor(Math.random() * 1000);
  // Node itself with tsx as a loader (the tsx binary would put a wrapper process in between).
  const server = spawn(process.execPath, ["--import=tsx", "--no-deprecation", path.join(ROOT, "bot/src/server.ts")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", PORT: String(port), STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix, SCHEDULER_ENABLED: "false", LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const post = async (body: unknown) => {
    const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
    await res.arrayBuffer();
    return res.status;
  };
  const heap = async () => {
    try {
      const h = (await (await fetch(`${url}/healthz`)).json()) as { status: string; memory: Record<string, number> };
      return `${h.status}; memory (MB) ${JSON.stringify(h.memory)}`;
    } catch {
      return "?";
    }
  };
  // Warm up with valid questions, so the baseline includes the code paths a normal day uses.
  for (let i = 0; i < 200; i++) await post(messageActivity("hvem er fyrtårn for pas?", { serviceUrl: connectorUrl }));
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const before = await rssOf(server.pid!);
  console.log(`server RSS after warm-up: ${mb(before)}; healthz: ${await heap()}`);
  const random = prng(1);
  const statuses = new Map<number, number>();
  const perBurst = Math.ceil(TOTAL / BURSTS);
  let sent = 0;
  for (let burst = 1; burst <= BURSTS; burst++) {
    const started = Date.now();
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < perBurst && sent < TOTAL) {
        next++;
        sent++;
        const status = await post(fuzzedActivity(random, connectorUrl));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }));
    console.log(`burst ${burst}: ${sent} fuzzed so far in ${Date.now() - started} ms; RSS ${mb(await rssOf(server.pid!))}; healthz: ${await heap()}`);
  }
  await new Promise((r) => setTimeout(r, 10_000));
  const after = await rssOf(server.pid!);
  console.log(`answers by status: ${[...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(", ")}`);
  console.log(`healthz after the burst: ${await heap()}`);
  console.log(`server RSS: ${mb(before)} before, ${mb(after)} 10 s after ${sent} fuzzed activities (${after > before * 1.25 ? "GREW" : "back to its level"})`);
  server.kill("SIGINT");
  await new Promise((r) => server.once("exit", r));
  await connector.stop();
  await azurite.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
