// The web app: restify serves the bot (/api/messages), health, and later the tab and its API.
// Only wiring lives here; run directly (`npm run serve`) it reads the environment and listens.
import restify, { type Request, type Response } from "restify";
import type { TurnContext } from "botbuilder";
import { loadConfig, ConfigError, type Config } from "./config";
import { mountApi } from "./api/routes";
import { createAuthenticator, type AuthOptions } from "./api/auth";
import { directoryBuilder } from "./api/etags";
import { createLogger, routeConsoleToLogger, type Logger } from "./logger";
import { Tables, type CredentialFactory, type RequestCounter } from "./storage/tables";
import { OrganisationStore } from "./storage/organisationStore";
import { OrganisationCache } from "./storage/organisationCache";
import { Directory } from "./domain/directory";
import { createActivityHandler, createAdapter } from "./teams/adapter";
import { createBot, defaultRoutes, type Route } from "./teams/bot";
import { TableCheckLog, type CheckLog } from "./storage/checkLog";
import { TableAgendaStore, type AgendaStore } from "./storage/agendaStore";
import { TableConversationStore, type ConversationStore } from "./storage/conversationStore";
import { TableContextStore } from "./storage/contextStore";
import { TableClaimStore } from "./storage/claimStore";
import { Scheduler, type SchedulerOptions } from "./scheduler/scheduler";
import type { PoliteSender } from "./scheduler/sender";
import { adapterDeliver } from "./scheduler/deliver";

/** Extra knobs for tests and benchmarks; production uses the defaults. */
export interface AppOptions {
  /** The current time; sinon's fake clock or a fixed date in tests. */
  readonly clock?: () => Date;
  readonly counter?: RequestCounter;
  readonly credentialFactory?: CredentialFactory;
  /** Routes tried before the bot's own (benchmarks add a trivial echo). */
  readonly extraRoutes?: readonly Route[];
  /** Where the tab API gets its token keys (tests pass a local key set instead of Entra's). */
  readonly auth?: AuthOptions;
  /** Deadline of one storage call in ms (default STORAGE_DEADLINE_MS); tests that freeze storage pass less. */
  readonly storageDeadlineMs?: number;
  /** Scheduler settings beyond the configuration (fault tests and benchmarks: instance name, lease, tick, sender). */
  readonly scheduler?: Partial<Omit<SchedulerOptions, "graceHours">> & { readonly sender?: PoliteSender };
}

/** A running app and how to stop it. */
export interface App {
  readonly server: restify.Server;
  readonly cache: OrganisationCache<Directory>;
  readonly store: OrganisationStore;
  readonly tables: Tables;
  /** Completed checks (append-only). */
  readonly checkLog: CheckLog;
  readonly agenda: AgendaStore;
  readonly conversations: ConversationStore;
  /** Previous turns for follow-ups. */
  readonly contexts: TableContextStore;
  /** The reminder scheduler; undefined when config.schedulerEnabled is false. */
  readonly scheduler?: Scheduler;
  readonly url: string;
  close(): Promise<void>;
}

/** Builds and starts the whole app on config.port (0 picks a free port). */
export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const tables = new Tables(config.storage, config.tablePrefix, { counter: options.counter, credentialFactory: options.credentialFactory, deadlineMs: options.storageDeadlineMs });
  const store = new OrganisationStore(tables);
  const cache = new OrganisationCache(store, directoryBuilder, { refreshSeconds: config.orgRefreshSeconds, logger });
  await cache.start();

  const adapter = createAdapter(config.bot, logger);
  const checkLog = new TableCheckLog(tables);
  const agenda = new TableAgendaStore(tables);
  const conversations = new TableConversationStore(tables, clock);
  const contexts = new TableContextStore(tables, (err, what) =>
    logger.warn({ err }, what === "read" ? "could not read the previous turn; using this instance's memory" : "could not keep the turn for follow-ups"));
  const rota = { store, refresh: async () => void (await cache.refresh()) };
  const bot = createBot({ directory: () => cache.current, clock, logger, checkLog, agenda, conversations, contexts, rota }, [...(options.extraRoutes ?? []), ...defaultRoutes]);

  const scheduler = config.schedulerEnabled
    ? new Scheduler(
      { directory: () => cache.current, claims: new TableClaimStore(tables), conversations, checkLog, agenda, deliver: adapterDeliver(adapter, config.bot.MicrosoftAppId), logger, clock, sender: options.scheduler?.sender },
      { ...options.scheduler, graceHours: config.reminderGraceHours },
    )
    : undefined;

  const server = restify.createServer({ name: "fyrtaarn", handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));

  const handleActivity = createActivityHandler(adapter, logger);
  server.post("/api/messages", async (req: Request, res: Response) => {
    const answer = await handleActivity(req.body, req.header("authorization") || undefined, (context: TurnContext) => bot(context));
    res.status(answer.status);
    if (answer.body === undefined) res.end();
    else res.json(answer.body);
  });

  mountApi(server, { cache, store, authenticate: createAuthenticator(config, options.auth), clock, logger, development: config.development, checkLog, agenda });

  // Ready once the organisation is in memory: questions are answered from there even while storage is down, so
  // a degraded storage keeps 200 (the instance is useful) but says "degraded" for monitoring.
  server.get("/healthz", async (_req: Request, res: Response) => {
    const status = cache.status;
    const ready = cache.current !== undefined;
    const storage = tables.health.state === "degraded" || status.lastError ? "degraded" : tables.health.state;
    res.status(ready ? 200 : 503);
    res.json({
      status: !ready ? "starting" : storage === "degraded" ? "degraded" : "ok",
      organisation: { version: status.version, revision: status.revision, loadedAt: status.loadedAt?.toISOString() },
      memory: memoryMb(),
      storage: { state: storage, ...(tables.health.lastFailureAt && { lastFailureAt: tables.health.lastFailureAt.toISOString() }), ...(tables.health.lastOkAt && { lastOkAt: tables.health.lastOkAt.toISOString() }) },
    });
  });

  // restify's own errors (unparsable JSON, wrong content type, too large, unknown route) would echo the parser's
  // message, which quotes the request's bytes. The client gets a calm message by status; the log gets the detail.
  server.on("restifyError", (req: Request, _res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown; toString: () => string }, next: (e?: unknown) => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) logger.error({ path: req.path(), err }, "request failed");
    else logger.info({ path: req.path(), status, code: err.name }, "request refused");
    const message = clientMessage(status);
    err.toJSON = () => ({ error: message });
    err.toString = () => message;
    next();
  });

  await new Promise<void>((resolve) => server.listen(config.port, "0.0.0.0", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  logger.info({ url, development: config.development, scheduler: config.schedulerEnabled }, "server listening");
  scheduler?.start();

  return {
    server,
    cache,
    store,
    tables,
    checkLog,
    agenda,
    conversations,
    contexts,
    scheduler,
    url,
    close: async () => {
      await scheduler?.stop();
      await contexts.settled();
      cache.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The process's memory in MB (RSS, the JS heap, and memory outside it), for /healthz and benchmarks. */
function memoryMb(): { rss: number; heapUsed: number; heapTotal: number; external: number } {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return { rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external) };
}

/** What a client is told for a status restify answers by itself; never the parser's message. */
function clientMessage(status: number): string {
  switch (status) {
    case 400: return "Anmodningen kunne ikke læses: send gyldig JSON med Content-Type application/json.";
    case 404: return "Adressen findes ikke.";
    case 405: return "Metoden er ikke tilladt her.";
    case 413: return "Anmodningen er for stor.";
    case 415: return "Indholdstypen understøttes ikke: send JSON (application/json).";
    default: return status >= 500 ? "Der skete en fejl på serveren. Prøv igen om lidt." : "Anmodningen blev afvist.";
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  routeConsoleToLogger(logger);
  const app = await startApp(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    app.close().then(() => process.exit(0), () => process.exit(1));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

if (require.main === module) {
  main().catch((err) => {
    console.error("Serveren kunne ikke starte:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
