// npm run bench: what the bot costs at demo size and at 25,000 people and 1,000 areas, on one server with its own
// Azurite. Per size it prints:
// - import: `npm run import` of the organisation file as a user runs it (its own process), and server start;
// - the server's memory once loaded (heap after a full GC, and the process's resident size);
// - questions through /api/messages (deliveryMode expectReplies): p50/p99 of a fyrtårn question, a rota question
//   and a trivial echo on the same server, and their ratio to the echo (one request at a time, the kinds
//   interleaved so that machine noise falls on all alike), and throughput with 8 in flight;
// - edits through the tab's API (an absence, a fyrtårn assignment, a one-day rota change): their response time,
//   and the longest question latency while they land (a question loop runs meanwhile);
// - an edit made by another instance and a new import: how long until this server has it, and the longest
//   question latency meanwhile.
// - at generated sizes, the same number of rows written as raw batches (100 per transaction, 8 in flight) with no
//   app code: Azurite's own floor for the import.
// At the end one table holds the figures of issue 12's "Done when" for every size, each against its target.
// BENCH_SIZES=demo,25000 (default) chooses the sizes; BENCH_ROUNDS, BENCH_REQUESTS, BENCH_EDITS the amounts;
// BENCH_PROFILE=<folder> writes a CPU profile of the measured questions there.
import { performance } from "node:perf_hooks";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { startAzurite } from "../bot/src/cli/azurite";
import { loadConfig } from "../bot/src/config";
import { createLogger } from "../bot/src/logger";
import { startApp } from "../bot/src/server";
import { OrganisationStore } from "../bot/src/storage/organisationStore";
import { Tables } from "../bot/src/storage/tables";
import { rowKeyOf } from "../bot/src/storage/organisationEntities";
import { serialiseOrganisation, validateOrganisation } from "../bot/src/domain/organisationFile";
import type { Organisation } from "../bot/src/domain/organisation";
import { generateOrganisation } from "./generateOrganisation";
import { demoOrganisation } from "../tests/helpers/demo";
import { MockConnector } from "../tests/helpers/mockConnector";
import { importWithCli, rawBatches } from "./importing";
import {
  CONCURRENCY, EDITS, KINDS, LATENCY_ROUNDS, ReadWriteCounter, THROUGHPUT_KINDS, THROUGHPUT_REQUESTS, echoRoute, measureEdits,
  measureFollowUps, measureQuestions, questionsDuring,
} from "./measure";
import { mb, ms, percentile, phase, printSummary, s, type Summary } from "./report";

const SIZES = (process.env.BENCH_SIZES || "demo,25000").split(",").map((s) => s.trim());

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

async function run(name: string, org: Organisation, connectionString: string, dir: string, size: string): Promise<Summary> {
  const prefix = `bench${Date.now().toString(36)}`;
  const file = path.join(dir, `${prefix}.yaml`);
  await writeFile(file, serialiseOrganisation(org));
  const importMs = await phase("import", () => importWithCli(file, connectionString, prefix));

  const counter = new ReadWriteCounter();
  const config = loadConfig({ NODE_ENV: "development", PORT: "0", STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: prefix, SCHEDULER_ENABLED: "false", ORG_REFRESH_SECONDS: "3600" });
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  const app = await startApp(config, createLogger("silent"), { counter, extraRoutes: [echoRoute] });
  const loadMs = performance.now() - loadStarted;
  collectGarbage();
  const memory = process.memoryUsage();
  try {
    console.log(`\n${name}: ${org.people.length} personer, ${org.areas.length} områder`);
    console.log(`  import (npm run import, egen proces): ${s(importMs)}   serverstart med indlæsning: ${s(loadMs)}`);
    console.log(`  hukommelse: organisationen fylder ${mb(memory.heapUsed - heapBefore)} i heap (heap i alt ${mb(memory.heapUsed)}, rss ${mb(memory.rss)})`);

    const before = counter.count;
    const figures = await phase("spørgsmål", () => measureQuestions(app, org));
    const asked = KINDS.length * (30 + LATENCY_ROUNDS) + THROUGHPUT_KINDS.length * THROUGHPUT_REQUESTS;
    console.log("  spørgsmål   p50 ms   p99 ms   svar/s   p50/ekko  p99/ekko  svar/s ekko/spm");
    for (const k of KINDS) {
      const f = figures[k];
      const e = figures.echo;
      const rps = f.rps === undefined ? "–" : f.rps.toFixed(0);
      const perRps = f.rps === undefined || e.rps === undefined ? "–" : (e.rps / f.rps).toFixed(2);
      console.log(`  ${k.padEnd(10)} ${f.p50.toFixed(2).padStart(7)} ${f.p99.toFixed(2).padStart(8)} ${rps.padStart(8)} ${(f.p50 / e.p50).toFixed(2).padStart(9)} ${(f.p99 / e.p99).toFixed(2).padStart(9)} ${perRps.padStart(12)}`);
    }
    console.log(`  lagerforespørgsler under ${asked} spørgsmål: ${counter.count - before} (${((counter.count - before) / asked).toFixed(3)} pr. spørgsmål; læsninger ${counter.reads})`);
    await phase("opfølgninger", () => measureFollowUps(app, org, counter));

    const { edits, latencies } = await phase("redigeringer", () => measureEdits(app, org));
    const all = edits.flatMap((e) => e.times);
    console.log(`  redigeringer i fanen (${all.length}, mens spørgsmål stilles): svartid p50 ${ms(percentile(all, 50))}, maks ${ms(Math.max(...all))}; ${edits.map((e) => `${e.kind} p50 ${ms(percentile(e.times, 50))}`).join(", ")}`);
    console.log(`    spørgsmål imens (${latencies.length}): p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, længste ${ms(Math.max(...latencies))}`);

    // Another instance edits: this server catches up on its next check of the pointer.
    const other = new OrganisationStore(new Tables({ kind: "connectionString", connectionString }, prefix));
    const stored = (await other.load())!;
    const area = org.areas[0];
    const areaRow = rowKeyOf("area", area.id);
    await other.updateRows(stored.version, [{ kind: "area", rowKey: areaRow, data: { ...area, fyrtaarne: [org.people[org.people.length - 1].id] }, order: 0, etag: stored.etags.get(areaRow) }]);
    const remote = await questionsDuring(app, org, async () => {
      const started = performance.now();
      await app.cache.refresh();
      return performance.now() - started;
    });
    if (app.cache.current!.area(area.id)!.fyrtaarne[0] !== org.people[org.people.length - 1].id) throw new Error("den anden instans' ændring blev ikke set");
    console.log(`  ændring fra en anden instans: indhentet på ${ms(remote.result)}; længste spørgsmål imens ${ms(Math.max(...remote.latencies))} (${remote.latencies.length} spørgsmål)`);

    // A new import: the server reads and builds the new version while answering from the old one.
    await phase("ny import", () => importWithCli(file, connectionString, prefix));
    const reimport = await questionsDuring(app, org, async () => {
      const started = performance.now();
      await app.cache.refresh();
      return performance.now() - started;
    });
    console.log(`  ny import: indlæst og bygget på ${s(reimport.result)}; længste spørgsmål imens ${ms(Math.max(...reimport.latencies))} (${reimport.latencies.length} spørgsmål, p99 ${ms(percentile(reimport.latencies, 99))})`);
    const rawBatchesMs = size === "demo" ? undefined : await phase("rå batches", () => rawBatches(org, connectionString));
    if (rawBatchesMs !== undefined) console.log(`  samme antal rækker som rå batches (100 pr. transaktion, 8 ad gangen, ingen app-kode): ${s(rawBatchesMs)}`);
    return {
      size, questions: figures, edits: all, stall: Math.max(...latencies), importMs, rawBatchesMs, startMs: loadMs,
      heapMb: (memory.heapUsed - heapBefore) / 1024 / 1024, rssMb: memory.rss / 1024 / 1024,
    };
  } finally {
    await phase("luk server", () => app.close());
  }
}

async function main(): Promise<void> {
  const azurite = await phase("start Azurite", () => startAzurite());
  // A Bot Connector that answers at once, as Teams does: a new personal chat looks its member up (getMember) once,
  // and an unreachable serviceUrl made every such turn wait out botbuilder's retries (minutes of follow-up pairs).
  const connector = new MockConnector();
  process.env.TEST_CONNECTOR_URL = await connector.start();
  const dir = await mkdtemp(path.join(tmpdir(), "fyr-bench-"));
  const started = performance.now();
  try {
    console.log(`Bot-benchmark: ${LATENCY_ROUNDS} runder latens (én ad gangen), ${THROUGHPUT_REQUESTS} forespørgsler × ${CONCURRENCY} samtidige for gennemløb, ${EDITS} redigeringer; Node ${process.version}.`);
    const results: Summary[] = [];
    for (const size of SIZES) {
      if (size === "demo") {
        results.push(await run("Demo-organisation", demoOrganisation(), azurite.connectionString, dir, size));
        continue;
      }
      const people = Number(size);
      const generated = validateOrganisation(generateOrganisation(people, Math.min(1_000, Math.max(1, Math.round(people / 25)))));
      if (!generated.ok) throw new Error("den genererede organisation er ugyldig");
      results.push(await run("Genereret organisation", generated.organisation, azurite.connectionString, dir, size));
    }
    printSummary(results);
    console.log(`Benchmarken tog ${s(performance.now() - started)}.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
