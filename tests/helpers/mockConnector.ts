// A local Bot Connector: the v3 endpoints the adapter calls to post proactively, recording every delivered
// activity. Scriptable per conversation (429 with or without Retry-After, 5xx, 403/404) and, for the benchmark,
// enforcing Teams' rate limits itself.
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
  readonly at: number;
}

/** Options for the mock. */
export interface MockConnectorOptions {
  /** Answer 429 (Retry-After 1) when a conversation or the whole bot goes over Teams' limits. */
  readonly enforceLimits?: boolean;
  /** Chance per request of an injected fault, drawn from `randomFaults`. */
  readonly faultRate?: number;
  readonly randomFaults?: readonly Fault[];
  readonly random?: () => number;
}

/** The running mock. */
export class MockConnector {
  readonly deliveries: Delivery[] = [];
  /** Every request, faulted or not. */
  readonly requests: { conversationId: string; status: number }[] = [];
  private readonly scripted = new Map<string, Fault[]>();
  private readonly perConversation = new Map<string, number[]>();
  private readonly overall: number[] = [];
  private server?: Server;
  url = "";
  limitViolations = 0;

  constructor(private readonly options: MockConnectorOptions = {}) {}

  /** The next requests to this conversation get these answers, in order. */
  failNext(conversationId: string, ...faults: Fault[]): void {
    this.scripted.set(conversationId, [...(this.scripted.get(conversationId) ?? []), ...faults]);
  }

  /** Deliveries to one conversation. */
  to(conversationId: string): Delivery[] {
    return this.deliveries.filter((d) => d.conversationId === conversationId);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec((req.url ?? "").split("?")[0]);
    if (!match || (req.method !== "POST" && req.method !== "PUT")) return this.answer(res, 404, { error: { code: "NotFound", message: `${req.method} ${req.url}` } });
    const conversationId = decodeURIComponent(match[1]);
    const now = Date.now();
    const fault = this.scripted.get(conversationId)?.shift() ?? this.randomFault() ?? this.limitFault(conversationId, now);
    if (fault) {
      this.requests.push({ conversationId, status: fault.status });
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      return this.answer(res, fault.status, { error: { code: fault.status === 429 ? "Throttled" : "Failed", message: "scripted" } }, headers);
    }
    this.requests.push({ conversationId, status: 201 });
    const activity = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    this.deliveries.push({ conversationId, activity, at: now });
    this.answer(res, req.method === "PUT" ? 200 : 201, { id: `act-${this.deliveries.length}` });
  }

  private randomFault(): Fault | undefined {
    const { faultRate = 0, randomFaults = [], random = Math.random } = this.options;
    if (faultRate <= 0 || randomFaults.length === 0 || random() >= faultRate) return undefined;
    return randomFaults[Math.floor(random() * randomFaults.length)];
  }

  /** Teams' limits: 7/s and 60/30 s per conversation, 50/s overall; counted on accepted requests. */
  private limitFault(conversationId: string, now: number): Fault | undefined {
    if (!this.options.enforceLimits) return undefined;
    let times = this.perConversation.get(conversationId);
    if (!times) this.perConversation.set(conversationId, (times = []));
    const count = (list: number[], ms: number) => list.filter((t) => t > now - ms).length;
    while (this.overall.length > 0 && this.overall[0] <= now - 1000) this.overall.shift();
    if (count(times, 1000) >= 7 || count(times, 30_000) >= 60 || this.overall.length >= 50) {
      this.limitViolations += 1;
      return { status: 429, retryAfter: 1 };
    }
    times.push(now);
    this.overall.push(now);
    return undefined;
  }

  private answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }
}
