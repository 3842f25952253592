// The bot bench's reporting: percentiles and units, a step's wall time and CPU profile, and the closing table.
import { performance } from "node:perf_hooks";
import { Session } from "node:inspector/promises";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Figures, Kind } from "./measure";

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0)} ms`;
export const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs one step of the bench and notes its wall time on stderr (where the bench's own minutes go). */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    process.stderr.write(`  [${name}: ${s(performance.now() - started)}]\n`);
  }
}

/**
 * With BENCH_PROFILE=<folder>: a CPU profile of `work` alone (sampled every 100 µs) and where it allocates
 * (sampled every 8 KB, collected objects included), written there as <name>.cpuprofile and <name>.heapprofile
 * for Chrome's DevTools or `npx speedscope`.
 */
export async function profiled(name: string, work: () => Promise<void>): Promise<void> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  await session.post("HeapProfiler.startSampling", { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  try {
    await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    const { profile: heap } = await session.post("HeapProfiler.stopSampling");
    session.disconnect();
    await writeFile(path.join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    await writeFile(path.join(folder, `${name}.heapprofile`), JSON.stringify(heap));
    process.stderr.write(`  [profil: ${path.join(folder, `${name}.cpuprofile`)}, .heapprofile]\n`);
  }
}

/** One size's figures for the closing table. */
export interface Summary {
  readonly size: string;
  readonly questions: Record<Kind, Figures>;
  readonly edits: readonly number[];
  readonly stall: number;
  readonly importMs: number;
  readonly rawBatchesMs?: number;
  readonly startMs: number;
  readonly heapMb: number;
  readonly rssMb: number;
}

/** The closing table: issue 12's figures per size, each with its target and whether it is met. */
export function printSummary(results: readonly Summary[]): void {
  const rows: Array<[string, (r: Summary) => string, string, ((r: Summary) => boolean | undefined)?]> = [];
  const ratio = (r: Summary, k: Kind) => r.questions[k].p50 / r.questions.echo.p50;
  const large = (r: Summary) => r.size !== "demo" && Number(r.size) >= 25_000;
  for (const [k, label] of [["echo", "ekko"], ["fyrtaarn", "fyrtårn"], ["rota", "rulleplan"], ["nyBruger", "fyrtårn, ny bruger"]] as const) {
    rows.push([`${label} p50 / p99`, (r) => `${ms(r.questions[k].p50)} / ${ms(r.questions[k].p99)}`, ""]);
    if (k !== "echo") rows.push([`  ${label} p50 i forhold til ekko`, (r) => ratio(r, k).toFixed(2), "≤ 1.3", (r) => ratio(r, k) <= 1.3]);
  }
  rows.push(["redigering, svartid p50 / maks", (r) => `${ms(percentile(r.edits, 50))} / ${ms(Math.max(...r.edits))}`, "p50 ≤ 300 ms ved 25000", (r) => (large(r) ? percentile(r.edits, 50) <= 300 : undefined)]);
  rows.push(["længste spørgsmål mens redigeringer lander", (r) => ms(r.stall), "≤ 100 ms", (r) => r.stall <= 100]);
  rows.push(["import (npm run import, egen proces)", (r) => s(r.importMs), "≤ 10 s ved 25000", (r) => (large(r) ? r.importMs <= 10_000 : undefined)]);
  rows.push(["  samme rækker som rå batches (Azurite alene)", (r) => (r.rawBatchesMs === undefined ? "–" : s(r.rawBatchesMs)), ""]);
  rows.push(["serverstart med indlæsning", (r) => s(r.startMs), ""]);
  rows.push(["hukommelse: organisationen i heap / rss", (r) => `${r.heapMb.toFixed(0)} MB / ${r.rssMb.toFixed(0)} MB`, ""]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const cell = 22;
  console.log(`\nSamlet (issue 12)${" ".repeat(width - 17)}  ${results.map((r) => r.size.padStart(cell)).join("")}  mål`);
  for (const [label, value, target, ok] of rows) {
    const cells = results.map((r) => {
      const met = ok?.(r);
      return `${value(r)}${met === undefined ? "  " : met ? " ✓" : " ✗"}`.padStart(cell);
    });
    console.log(`${label.padEnd(width)}  ${cells.join("")}  ${target}`);
  }
}
