// The web app: restify serves the bot (/api/messages), health, and later the tab and its API.
// Only wiring lives here; run directly (`npm run serve`) it reads the environment and listens.
import restify, { type Request, type Response } from "restify";
import type { TurnContext } from "botbuilder";
import { z } from "zod";
import { loadConfig, ConfigError, type Config } from "./config";
import { mountApi } from "./api/routes";
import { createAuthenticator, type AuthOptions } from "./api/auth";
import { directoryWithEtags } from "./api/etags";
import { createLogger, type Logger } from "./logger";
import { Tables, type CredentialFactory, type RequestCounter } from "./storage/tables";
import { OrganisationStore } from "./storage/organisationStore";
import { OrganisationCache } from "./storage/organisationCache";
import { Directory } from "./domain/directory";
import { createAdapter } from "./teams/adapter";
import { createBot, defaultRoutes, type Route } from "./teams/bot";
import { TableCheckLog, type CheckLog } from "./storage/checkLog";
import { TableAgendaStore, type AgendaStore } from "./storage/agendaStore";
import { TableConversationStore, type ConversationStore } from "./storage/conversationStore";
import { TableContextStore } from "./storage/contextStore";
import { TableClaimStore } from "./storage/claimStore";
import { Scheduler } from "./scheduler/scheduler";
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

/** A Bot Framework activity must at least be an object with a string type. */
const ActivityShape = z.object({ type: z.string().min(1).max(100) }).passthrough();

/** Builds and starts the whole app on config.port (0 picks a free port). */
export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const tables = new Tables(config.storage, config.tablePrefix, { counter: options.counter, credentialFactory: options.credentialFactory });
  const store = new OrganisationStore(tables);
  const cache = new OrganisationCache(store, directoryWithEtags, { refreshSeconds: config.orgRefreshSeconds, logger });
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
      { directory: () => cache.current, claims: new TableClaimStore(tables), conversations, checkLog, agenda, deliver: adapterDeliver(adapter, config.bot.MicrosoftAppId), logger, clock },
      { graceHours: config.reminderGraceHours },
    )
    : undefined;

  const server = restify.createServer({ name: "fyrtaarn", handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post("/api/messages", async (req: Request, res: Response) => {
    const shape = ActivityShape.safeParse(req.body);
    if (!shape.success) {
      res.status(400);
      res.json({ error: "Ugyldig aktivitet: forventede et JSON-objekt med feltet \"type\"." });
      return;
    }
    try {
      await adapter.process(req, res, (context: TurnContext) => bot(context));
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "activity rejected");
      if (!res.headersSent) {
        res.status(400);
        res.json({ error: "Aktiviteten kunne ikke behandles." });
      }
    }
  });

  mountApi(server, { cache, store, authenticate: createAuthenticator(config, options.auth), clock, logger, development: config.development, checkLog, agenda });

  server.get("/healthz", async (_req: Request, res: Response) => {
    const status = cache.status;
    const ready = cache.current !== undefined;
    res.status(ready ? 200 : 503);
    res.json({ status: ready ? "ok" : "starting", organisation: { version: status.version, revision: status.revision }, storageError: status.lastError ? true : undefined });
  });

  server.on("restifyError", (req: Request, res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ path: req.path(), err: err.message }, "request failed");
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
