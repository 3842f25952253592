// The bot bench's measurements on a running server: questions, follow-ups, and edits through the tab's API.
import { performance } from "node:perf_hooks";
import type { TurnContext } from "botbuilder";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import type { App } from "../bot/src/server";
import { RequestCounter } from "../bot/src/storage/tables";
import { versionOf } from "../bot/src/api/etags";
import { addDays } from "../bot/src/domain/isoDate";
import type { Organisation, Person } from "../bot/src/domain/organisation";
import type { Route } from "../bot/src/teams/bot";
import { messageActivity } from "../tests/helpers/app";
import { ms, percentile, profiled } from "./report";

export const LATENCY_ROUNDS = Number(process.env.BENCH_ROUNDS || 300);
/** Rounds asked before the measured ones; the measured fyrtårn questions ask about other areas (while there are more areas than rounds). */
export const WARM_ROUNDS = Number(process.env.BENCH_WARM || 30);
export const THROUGHPUT_REQUESTS = Number(process.env.BENCH_REQUESTS || 400);
export const EDITS = Number(process.env.BENCH_EDITS || 30);
export const CONCURRENCY = 8;

/** Counts storage requests, reads (GET) apart from writes: a follow-up's read comes before its reply, a turn's write after. */
export class ReadWriteCounter extends RequestCounter {
  reads = 0;
  override readonly policy: PipelinePolicy = {
    name: "readWriteCounter",
    sendRequest: (request, next) => {
      this.count += 1;
      if (request.method === "GET") this.reads += 1;
      return next(request);
    },
  };
}

/**
 * Storage per question in conversations: a self-contained question, then a follow-up ("og backup?") in the same
 * conversation; reads counted up to the reply, and the turn's write after it.
 */
export async function measureFollowUps(app: App, org: Organisation, counter: ReadWriteCounter): Promise<void> {
  const pairs = 40;
  const post = async (text: string, conversation: string): Promise<number> => {
    const started = performance.now();
    const body = messageActivity(text, { conversation: { id: conversation, conversationType: "personal" }, from: { id: `u-${conversation}`, name: "Bench" } });
    const res = await fetch(`${app.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await res.json();
    return performance.now() - started;
  };
  let selfReads = 0;
  let followReads = 0;
  let writes = 0;
  const followMs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const area = org.areas[(i * 37) % org.areas.length];
    const conversation = `bench-follow-${Date.now().toString(36)}-${i}`;
    await app.contexts.settled();
    let reads = counter.reads;
    let all = counter.count;
    await post(`hvem er fyrtårn for ${area.name}`, conversation);
    await app.contexts.settled();
    selfReads += counter.reads - reads;
    writes += counter.count - all - (counter.reads - reads);
    reads = counter.reads;
    all = counter.count;
    followMs.push(await post("og backup?", conversation));
    await app.contexts.settled();
    followReads += counter.reads - reads;
    writes += counter.count - all - (counter.reads - reads);
  }
  console.log(`  samtaler (${pairs} par): lagerlæsninger pr. selvstændigt spørgsmål ${(selfReads / pairs).toFixed(2)}, pr. opfølgning ${(followReads / pairs).toFixed(2)}; skrivninger pr. tur ${(writes / (2 * pairs)).toFixed(2)} (efter svaret); opfølgning p50 ${ms(percentile(followMs, 50))}`);
}

/** A trivial echo on the same server: the cost of HTTP, the adapter and sending one reply. */
export const echoRoute: Route = {
  name: "benchEcho",
  select: (a) => a.type === "message" && (a.text ?? "").startsWith("ekko "),
  handle: async (context: TurnContext) => {
    await context.sendActivity(context.activity.text!.slice(5));
    return { intent: "echo" };
  },
};

export type Kind = "echo" | "fyrtaarn" | "rota" | "nyBruger";
/** Measured one at a time, interleaved. "nyBruger": a fyrtårn question from a new user each time, so that no two
 * turns share a conversation and user and every one is written for follow-ups (the others share one). */
export const KINDS: Kind[] = ["echo", "fyrtaarn", "rota", "nyBruger"];
/** Measured for throughput (8 in flight). */
export const THROUGHPUT_KINDS: Kind[] = ["echo", "fyrtaarn", "rota"];

function questions(org: Organisation): Record<Kind, (i: number) => string> {
  const areas = org.areas;
  const duties = org.rota.duties;
  return {
    echo: (i) => `ekko ${i}`,
    fyrtaarn: (i) => `hvem er fyrtårn for ${areas[(i * 7919) % areas.length].name}`,
    rota: (i) => (i % 2 === 0 ? "hvad er dagens rulleplan" : `hvem står i ${duties[i % duties.length].name.toLowerCase()} i morgen`),
    nyBruger: (i) => `hvem er fyrtårn for ${areas[(i * 7919) % areas.length].name}`,
  };
}

let newUsers = 0;
/** The sender of a "nyBruger" question: a user never seen before, in the same conversation. */
function newUser(): Record<string, unknown> {
  newUsers += 1;
  return { from: { id: `bench-user-${newUsers}`, name: "Bench", aadObjectId: `bench-${newUsers}` } };
}

async function askOnce(url: string, text: string, overrides: Record<string, unknown> = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(messageActivity(text, overrides)) });
  const body = (await res.json()) as { activities?: unknown[] };
  if (res.status !== 200 || !body.activities?.length) throw new Error(`uventet svar ${res.status} på "${text}"`);
  return performance.now() - started;
}

export interface Figures { p50: number; p99: number; rps?: number }

export async function measureQuestions(app: App, org: Organisation): Promise<Record<Kind, Figures>> {
  const q = questions(org);
  const ask = (k: Kind, i: number) => askOnce(app.url, q[k](i), k === "nyBruger" ? newUser() : {});
  for (let i = 0; i < WARM_ROUNDS; i++) for (const k of KINDS) await ask(k, i);
  const samples: Record<Kind, number[]> = { echo: [], fyrtaarn: [], rota: [], nyBruger: [] };
  await profiled(`questions-${org.people.length}`, async () => {
    for (let i = WARM_ROUNDS; i < WARM_ROUNDS + LATENCY_ROUNDS; i++) for (const k of KINDS) samples[k].push(await ask(k, i));
  });
  const rps = {} as Record<Kind, number>;
  for (const k of THROUGHPUT_KINDS) {
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < THROUGHPUT_REQUESTS) await askOnce(app.url, q[k](next++));
    }));
    rps[k] = THROUGHPUT_REQUESTS / ((performance.now() - started) / 1000);
  }
  const out = {} as Record<Kind, Figures>;
  for (const k of KINDS) out[k] = { p50: percentile(samples[k], 50), p99: percentile(samples[k], 99), rps: rps[k] };
  return out;
}

/** Asks fyrtårn and rota questions one after another until `work` is done; the latencies seen meanwhile. */
export async function questionsDuring<T>(app: App, org: Organisation, work: () => Promise<T>): Promise<{ result: T; latencies: number[] }> {
  const q = questions(org);
  const latencies: number[] = [];
  let done = false;
  const loop = (async () => {
    for (let i = 0; !done; i++) latencies.push(await askOnce(app.url, i % 2 ? q.rota(i) : q.fyrtaarn(i)));
  })();
  try {
    return { result: await work(), latencies };
  } finally {
    done = true;
    await loop;
  }
}

export interface EditFigures { kind: string; times: number[] }

/** Edits through the tab's API as a coordinator: absences, fyrtårn assignments and one-day rota changes in turn. */
export async function measureEdits(app: App, org: Organisation): Promise<{ edits: EditFigures[]; latencies: number[] }> {
  const coordinator = org.people.find((p) => p.role === "koordinator" || p.role === "sektionsleder")!;
  const headers = { "x-dev-person": coordinator.id, "content-type": "application/json" };
  const rotaPeople = [...new Set(Object.values(org.rota.cycle[0]?.mon ?? {}).flatMap((slots) => Object.values(slots).flat()))];
  const pool: readonly string[] = rotaPeople.length >= 2 ? rotaPeople : org.people.slice(0, 2).map((p: Person) => p.id);
  const edits: EditFigures[] = [{ kind: "fravær", times: [] }, { kind: "fyrtårn", times: [] }, { kind: "rulleplan", times: [] }];
  const calendar = app.cache.current!.calendar;
  let day = "2026-12-01";
  const nextWorkingDay = () => {
    do day = addDays(day, 1);
    while (!calendar.isWorkingDay(day));
    return day;
  };
  const send = async (method: string, url: string, body: unknown): Promise<number> => {
    const started = performance.now();
    const res = await fetch(`${app.url}${url}`, { method, headers, body: JSON.stringify(body) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${url} svarede ${res.status}: ${text.slice(0, 300)}`);
    return performance.now() - started;
  };
  const { latencies } = await questionsDuring(app, org, async () => {
    for (let i = 0; i < EDITS; i++) {
      const person = pool[i % pool.length];
      if (i % 3 === 0) {
        const date = nextWorkingDay();
        edits[0].times.push(await send("POST", "/api/absences", { person, from: date, to: date, reason: "kursus" }));
      } else if (i % 3 === 1) {
        const area = org.areas[(i * 31) % org.areas.length];
        const etag = versionOf(app.cache.current!, { kind: "area", id: area.id });
        const fyrtaarn = org.people[(i * 7919) % org.people.length].id;
        edits[1].times.push(await send("PUT", `/api/areas/${area.id}`, { fyrtaarne: [fyrtaarn], backups: [], etag }));
        // The next question must name the new fyrtårn.
        const res = await fetch(`${app.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(messageActivity(`hvem er fyrtårn for ${area.name}`)) });
        const name = org.people.find((p) => p.id === fyrtaarn)!.name;
        if (!JSON.stringify(await res.json()).includes(name)) throw new Error(`svaret efter redigeringen nævner ikke ${name}`);
      } else {
        const date = nextWorkingDay();
        const duty = org.rota.duties[i % org.rota.duties.length].id;
        const slot = org.rota.slots[i % org.rota.slots.length].id;
        edits[2].times.push(await send("PUT", "/api/rota/changes", { date, duty, slot, people: [person], etag: null }));
      }
    }
  });
  return { edits, latencies };
}
