// npm run bench: latency and throughput of questions through /api/messages (deliveryMode expectReplies) for a
// fyrtårn question, a rota question and a trivial echo on the same server, at demo size and at 25,000 people
// and 1,000 areas; and how many storage requests a question costs. Starts its own Azurite. Prints figures.
import { performance } from "node:perf_hooks";
import type { TurnContext } from "botbuilder";
import { startAzurite } from "../bot/src/cli/azurite";
import { loadConfig } from "../bot/src/config";
import { createLogger } from "../bot/src/logger";
import { startApp, type App } from "../bot/src/server";
import { OrganisationStore } from "../bot/src/storage/organisationStore";
import { RequestCounter, Tables } from "../bot/src/storage/tables";
import { validateOrganisation } from "../bot/src/domain/organisationFile";
import type { Organisation } from "../bot/src/domain/organisation";
import type { Route } from "../bot/src/teams/bot";
import { generateOrganisation } from "./generateOrganisation";
import { demoOrganisation } from "../tests/helpers/demo";
import { messageActivity } from "../tests/helpers/app";

const LATENCY_ROUNDS = Number(process.env.BENCH_ROUNDS || 300);
const THROUGHPUT_REQUESTS = Number(process.env.BENCH_REQUESTS || 600);
const CONCURRENCY = 8;

/** A trivial echo on the same server: the cost of HTTP, the adapter and sending one reply. */
const echoRoute: Route = {
  name: "benchEcho",
  select: (a) => a.type === "message" && (a.text ?? "").startsWith("ekko "),
  handle: async (context: TurnContext) => {
    await context.sendActivity(context.activity.text!.slice(5));
    return { intent: "echo" };
  },
};

type Kind = "echo" | "fyrtaarn" | "rota";

function questions(org: Organisation): Record<Kind, (i: number) => string> {
  const areas = org.areas;
  const duties = org.rota.duties;
  return {
    echo: (i) => `ekko ${i}`,
    fyrtaarn: (i) => `hvem er fyrtårn for ${areas[(i * 7919) % areas.length].name}`,
    rota: (i) => (i % 2 === 0 ? "hvad er dagens rulleplan" : `hvem står i ${duties[i % duties.length].name.toLowerCase()} i morgen`),
  };
}

async function askOnce(url: string, text: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(messageActivity(text)) });
  const body = (await res.json()) as { activities?: unknown[] };
  if (res.status !== 200 || !body.activities?.length) throw new Error(`uventet svar ${res.status} på "${text}"`);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Figures { p50: number; p99: number; rps: number }

async function measure(app: App, org: Organisation): Promise<Record<Kind, Figures>> {
  const q = questions(org);
  const kinds: Kind[] = ["echo", "fyrtaarn", "rota"];
  for (let i = 0; i < 30; i++) for (const k of kinds) await askOnce(app.url, q[k](i));
  // Latency: one request at a time, the kinds interleaved so machine noise falls on all alike.
  const samples: Record<Kind, number[]> = { echo: [], fyrtaarn: [], rota: [] };
  for (let i = 0; i < LATENCY_ROUNDS; i++) for (const k of kinds) samples[k].push(await askOnce(app.url, q[k](i)));
  // Throughput: CONCURRENCY requests in flight.
  const rps = {} as Record<Kind, number>;
  for (const k of kinds) {
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < THROUGHPUT_REQUESTS) await askOnce(app.url, q[k](next++));
    }));
    rps[k] = THROUGHPUT_REQUESTS / ((performance.now() - started) / 1000);
  }
  const out = {} as Record<Kind, Figures>;
  for (const k of kinds) {
    const sorted = samples[k].sort((a, b) => a - b);
    out[k] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), rps: rps[k] };
  }
  return out;
}

async function run(name: string, org: Organisation, connectionString: string): Promise<Record<Kind, Figures>> {
  const prefix = `bench${Date.now().toString(36)}`;
  const importStarted = performance.now();
  await new OrganisationStore(new Tables({ kind: "connectionString", connectionString }, prefix)).replace(org);
  const importMs = performance.now() - importStarted;
  const counter = new RequestCounter();
  const config = loadConfig({ NODE_ENV: "development", PORT: "0", STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: prefix, SCHEDULER_ENABLED: "false", ORG_REFRESH_SECONDS: "3600" });
  const loadStarted = performance.now();
  const app = await startApp(config, createLogger("silent"), { counter, extraRoutes: [echoRoute] });
  const loadMs = performance.now() - loadStarted;
  try {
    const before = counter.count;
    const figures = await measure(app, org);
    const asked = 90 + 3 * LATENCY_ROUNDS + 3 * THROUGHPUT_REQUESTS;
    console.log(`\n${name}: ${org.people.length} personer, ${org.areas.length} områder (import ${(importMs / 1000).toFixed(1)} s, serverstart med indlæsning ${(loadMs / 1000).toFixed(1)} s)`);
    console.log("spørgsmål   p50 ms   p99 ms   svar/s   p50/ekko  p99/ekko  svar/s ekko/spm");
    for (const k of ["echo", "fyrtaarn", "rota"] as Kind[]) {
      const f = figures[k];
      const e = figures.echo;
      console.log(`${k.padEnd(10)} ${f.p50.toFixed(2).padStart(7)} ${f.p99.toFixed(2).padStart(8)} ${f.rps.toFixed(0).padStart(8)} ${(f.p50 / e.p50).toFixed(2).padStart(9)} ${(f.p99 / e.p99).toFixed(2).padStart(9)} ${(e.rps / f.rps).toFixed(2).padStart(12)}`);
    }
    console.log(`lagerforespørgsler under ${asked} spørgsmål: ${counter.count - before} (${((counter.count - before) / asked).toFixed(3)} pr. spørgsmål)`);
    return figures;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const azurite = await startAzurite();
  try {
    console.log(`Bot-benchmark: ${LATENCY_ROUNDS} runder latens (én ad gangen), ${THROUGHPUT_REQUESTS} forespørgsler × ${CONCURRENCY} samtidige for gennemløb; Node ${process.version}.`);
    const demo = await run("Demo-organisation", demoOrganisation(), azurite.connectionString);
    const generated = validateOrganisation(generateOrganisation(25_000, 1_000));
    if (!generated.ok) throw new Error("den genererede organisation er ugyldig");
    const large = await run("Genereret organisation", generated.organisation, azurite.connectionString);
    console.log("\np99 ved 25.000 personer i forhold til demo:");
    for (const k of ["fyrtaarn", "rota"] as Kind[]) console.log(`  ${k}: ${(large[k].p99 / demo[k].p99).toFixed(2)}×`);
  } finally {
    await azurite.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
