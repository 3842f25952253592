// A local Bot Connector: the v3 endpoints the adapter calls to post proactively, recording every delivered
// activity. Scriptable per conversation (429 with or without Retry-After, 5xx, 403/404), with random faults, and
// enforcing Teams' rate limits itself like an independent Teams would: every request that arrives counts, at the
// moment it arrives, in sliding windows per conversation (7/1 s, 8/2 s, 60/30 s, 1,800/h) and for the bot
// (50/1 s); one over any of them is answered 429 Retry-After 1 and counted as a violation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted answer instead of delivering. */
export interface Fault {
  readonly status: number;
  /** Retry-After header in seconds. */
  readonly retryAfter?: number;
}

/** A delivered activity. */
export interface Delivery {
  readonly conversationId: string;
  readonly activity: Record<string, any>;
  /** When the request arrived. */
  readonly at: number;
  /** The id the connector answered with. */
  readonly id: string;
}

/** One limit of the mock: at most `limit` requests in any `ms`. */
export interface MockWindow {
  readonly limit: number;
  readonly ms: number;
}

/** Teams' published limits for a bot, per conversation. */
export const TEAMS_CONVERSATION_WINDOWS: readonly MockWindow[] = [{ limit: 7, ms: 1000 }, { limit: 8, ms: 2000 }, { limit: 60, ms: 30_000 }, { limit: 1800, ms: 3_600_000 }];
/** Teams' limit for the bot as a whole. */
export const TEAMS_APP_WINDOWS: readonly MockWindow[] = [{ limit: 50, ms: 1000 }];

/** Options for the mock. */
export interface MockConnectorOptions {
  /** Answer 429 (Retry-After 1) when a conversation or the whole bot goes over Teams' limits. */
  readonly enforceLimits?: boolean;
  readonly conversationWindows?: readonly MockWindow[];
  readonly appWindows?: readonly MockWindow[];
  /** Chance per request of an injected fault, drawn from `randomFaults`. */
  readonly faultRate?: number;
  readonly randomFaults?: readonly Fault[];
  readonly random?: () => number;
}

/** The running mock. */
export class MockConnector {
  readonly deliveries: Delivery[] = [];
  /** Every request, faulted or not, with its arrival time. */
  readonly requests: { conversationId: string; status: number; at: number }[] = [];
  private readonly scripted = new Map<string, Fault[]>();
  private readonly perConversation = new Map<string, number[]>();
  private readonly overall: number[] = [];
  private server?: Server;
  url = "";
  /** TCP connections opened to the mock (a client that keeps its connection opens one). */
  connections = 0;
  /** Requests that went over one of Teams' limits. */
  limitViolations = 0;
  /** Faults injected (scripted or random), not counting limit answers. */
  injected = 0;
  /**
   * Runs after a delivery is recorded and before the answer is written: a test can kill the sender here
   * (Teams has the message, the sender has not heard back), or delay the answer.
   */
  beforeAnswer?: (delivery: Delivery) => Promise<void> | void;

  constructor(private readonly options: MockConnectorOptions = {}) {}

  /** The next requests to this conversation get these answers, in order. */
  failNext(conversationId: string, ...faults: Fault[]): void {
    this.scripted.set(conversationId, [...(this.scripted.get(conversationId) ?? []), ...faults]);
  }

  /** Deliveries to one conversation. */
  to(conversationId: string): Delivery[] {
    return this.deliveries.filter((d) => d.conversationId === conversationId);
  }

  /** Deliveries per conversation id. */
  deliveryCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of this.deliveries) counts.set(d.conversationId, (counts.get(d.conversationId) ?? 0) + 1);
    return counts;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", () => (this.connections += 1));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = Date.now();
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec((req.url ?? "").split("?")[0]);
    // Counted synchronously on arrival, so the windows see requests in the order they came.
    const overLimit = match ? this.countAgainstLimits(decodeURIComponent(match[1]), arrived) : false;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!match || (req.method !== "POST" && req.method !== "PUT")) return this.answer(res, 404, { error: { code: "NotFound", message: `${req.method} ${req.url}` } });
    const conversationId = decodeURIComponent(match[1]);
    const injected = this.scripted.get(conversationId)?.shift() ?? this.randomFault();
    if (injected) this.injected += 1;
    const fault = injected ?? (overLimit ? { status: 429, retryAfter: 1 } : undefined);
    if (fault) {
      this.requests.push({ conversationId, status: fault.status, at: arrived });
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      return this.answer(res, fault.status, { error: { code: fault.status === 429 ? "Throttled" : "Failed", message: "scripted" } }, headers);
    }
    this.requests.push({ conversationId, status: 201, at: arrived });
    const activity = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    const delivery: Delivery = { conversationId, activity, at: arrived, id: `act-${this.deliveries.length + 1}` };
    this.deliveries.push(delivery);
    await this.beforeAnswer?.(delivery);
    if (res.destroyed) return;
    this.answer(res, req.method === "PUT" ? 200 : 201, { id: delivery.id });
  }

  private randomFault(): Fault | undefined {
    const { faultRate = 0, randomFaults = [], random = Math.random } = this.options;
    if (faultRate <= 0 || randomFaults.length === 0 || random() >= faultRate) return undefined;
    return randomFaults[Math.floor(random() * randomFaults.length)];
  }

  /** Counts the request in every window; true (and one violation) when that puts any window over its limit. */
  private countAgainstLimits(conversationId: string, now: number): boolean {
    if (!this.options.enforceLimits) return false;
    const conversationWindows = this.options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS;
    const appWindows = this.options.appWindows ?? TEAMS_APP_WINDOWS;
    let times = this.perConversation.get(conversationId);
    if (!times) this.perConversation.set(conversationId, (times = []));
    times.push(now);
    this.overall.push(now);
    prune(times, now, Math.max(...conversationWindows.map((w) => w.ms)));
    prune(this.overall, now, Math.max(...appWindows.map((w) => w.ms)));
    const over = (list: number[], windows: readonly MockWindow[]) => windows.some((w) => countSince(list, now - w.ms) > w.limit);
    const violated = over(times, conversationWindows) || over(this.overall, appWindows);
    if (violated) this.limitViolations += 1;
    return violated;
  }

  private answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }
}

function prune(times: number[], now: number, longest: number): void {
  let stale = 0;
  while (stale < times.length && times[stale] <= now - longest) stale++;
  if (stale > 0) times.splice(0, stale);
}

/** Entries strictly after `t` (times ascending). */
function countSince(times: readonly number[], t: number): number {
  let n = 0;
  for (let i = times.length - 1; i >= 0 && times[i] > t; i--) n++;
  return n;
}
