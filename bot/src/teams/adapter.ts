// The Bot Framework adapter: CloudAdapter with authentication from the validated configuration.
// With an empty MicrosoftAppId it accepts unauthenticated local traffic, which loadConfig only allows
// in development.
//
// /api/messages does not hand the HTTP request to CloudAdapter.process: that answers an authentication failure
// with 500 and the internal error text ("getaddrinfo ENOTFOUND login.botframework.com" when the key look-up
// fails), a malformed activity with 500 ("endpoint.toLowerCase is not a function"), and prints to stderr. Instead
// handleActivity checks the activity's shape (400), authenticates it (401 on any failure, the reason only in the
// log) and then runs the turn; every answer is a calm JSON body, never an error message.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from "botbuilder";
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from "botframework-connector";
import type { Pipeline } from "@azure/core-rest-pipeline";
import { z } from "zod";
import type { BotAuthConfig } from "../config";
import type { Logger } from "../logger";
import { texts } from "./replyTexts";
import { localeLang } from "./locale";

/**
 * The bot's authentication, with its clients kept across turns.
 * - Proactive sends (createConnectorFactory, used by continueConversationAsync) make exactly one HTTP request per
 *   call. botbuilder's client (an Azure core-client pipeline) would otherwise retry 429s and 5xx by itself, out of
 *   sight of the app's rate limiter, and its options cannot switch that off (botbuilder-stdlib's
 *   ServiceClientContext drops `retryOptions`): so the pipeline's Retry phase is removed from every client that
 *   factory makes. Retries are the sender's job (scheduler/sender.ts), where each attempt passes the limiter.
 * - A turn's replies (the factory authenticateRequest returns) keep botbuilder's own retries, as before.
 * - botbuilder makes a new connector client and user-token client for every turn (a pipeline, credentials and
 *   about 70 KB each turn); they hold no per-turn state, so one per app id, service URL and audience is kept.
 */
class KeptClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly turnClients = new Map<string, Promise<ConnectorClient>>();
  private readonly sendClients = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: keptFactory(this.turnClients, result.claimsIdentity, factory, (client) => client) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return keptFactory(this.sendClients, claimsIdentity, super.createConnectorFactory(claimsIdentity), withoutRetries);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.tokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>>;

/** A factory whose clients are made once per app id, service URL and audience. */
function keptFactory(clients: Map<string, Promise<ConnectorClient>>, claimsIdentity: ClaimsIdentity, factory: ConnectorFactory, adapt: (client: ConnectorClient) => ConnectorClient): ConnectorFactory {
  const appId = appIdOf(claimsIdentity);
  return {
    create: (serviceUrl: string, audience?: string) => kept(clients, `${appId}\n${serviceUrl}\n${audience ?? ""}`, async () => adapt(await factory.create(serviceUrl, audience))),
  } as ConnectorFactory;
}

/** The bot's app id in an activity's claims, read as botbuilder reads it (AuthenticationConstants' AudienceClaim, else its AppIdClaim). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue("aud") ?? claimsIdentity.getClaimValue("appid") ?? "";
}

/** Most keys kept: Teams uses a few service URLs; past this the map starts over rather than grow. */
const KEPT_CLIENTS = 100;

/** The client for a key, made on first use; a creation that fails is not kept. */
export function kept<T>(clients: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= KEPT_CLIENTS) clients.clear();
    client = create();
    clients.set(key, client);
    client.catch(() => {
      if (clients.get(key) === client) clients.delete(key);
    });
  }
  return client;
}

/** Removes the retry policies from a connector client's pipeline; fails loudly if botbuilder's shape changed. */
export function withoutRetries(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== "function") {
    throw new Error("botbuilder's ConnectorClient no longer exposes its pipeline: the connector's own retries cannot be switched off (teams/adapter.ts)");
  }
  pipeline.removePolicy({ phase: "Retry" });
  return client;
}

/** CloudAdapter with its turn runner open to an already authenticated activity (see createActivityHandler). */
export class BotAdapter extends CloudAdapter {
  /** Authenticates a posted activity with the adapter's own authentication (whose clients are kept). */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn for an activity whose request was authenticated by the caller. */
  runAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** Creates the adapter; a failing turn is logged and the user gets a calm message, never a stack trace. */
export function createAdapter(auth: BotAuthConfig, logger: Logger): BotAdapter {
  const adapter = new BotAdapter(new KeptClientsAuthentication({ ...auth }));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ err: error, activityType: context.activity.type }, "turn failed");
    if (context.activity.type === "message") {
      try {
        await context.sendActivity(texts(localeLang(context.activity)).turnFailed);
      } catch (sendError) {
        logger.warn({ err: String(sendError) }, "could not tell the user that the turn failed");
      }
    }
  };
  return adapter;
}

const id = z.string().max(1000);
const party = z.object({ id, name: z.string().max(1000).nullish(), aadObjectId: z.string().max(200).nullish() }).passthrough();

/**
 * The fields botbuilder reads before or while routing a turn, with the types it assumes. Anything else passes
 * through untouched; a wrong type here would otherwise surface as a TypeError deep in the SDK. null is taken as
 * absent (some channels send it for fields they leave empty).
 */
const ActivityShape = z.object({
  type: z.string().min(1).max(100),
  id: id.nullish(),
  serviceUrl: z.string().max(2000).refine((url) => /^https?:\/\/[^\s]+$/i.test(url), "must be an http(s) URL").nullish(),
  channelId: z.string().max(100).nullish(),
  from: party.nullish(),
  recipient: party.nullish(),
  conversation: z.object({ id, conversationType: z.string().max(100).nullish(), tenantId: z.string().max(200).nullish(), name: z.string().max(1000).nullish() }).passthrough().nullish(),
  text: z.string().max(100_000).nullish(),
  locale: z.string().max(100).nullish(),
  name: z.string().max(200).nullish(),
  action: z.string().max(100).nullish(),
  replyToId: id.nullish(),
  deliveryMode: z.string().max(100).nullish(),
  timestamp: z.string().max(100).refine((t) => !Number.isNaN(Date.parse(t)), "must be a date").nullish(),
  localTimestamp: z.string().max(100).refine((t) => !Number.isNaN(Date.parse(t)), "must be a date").nullish(),
  membersAdded: z.array(party).max(1000).nullish(),
  membersRemoved: z.array(party).max(1000).nullish(),
  entities: z.array(z.object({ type: z.string().max(200) }).passthrough()).max(100).nullish(),
  attachments: z.array(z.object({ contentType: z.string().max(200) }).passthrough()).max(50).nullish(),
  channelData: z.record(z.string(), z.unknown()).nullish(),
}).passthrough();

/** What /api/messages answers: a status and a JSON body (the invoke response or expectReplies). */
export interface ActivityAnswer {
  readonly status: number;
  readonly body?: unknown;
}

/** Runs the bot's turn for one posted activity. */
export type HandleActivity = (body: unknown, authorization: string | undefined, logic: (context: TurnContext) => Promise<void>) => Promise<ActivityAnswer>;

/** The /api/messages pipeline: shape (400), authentication (401), then the turn (its invoke response or 200). */
export function createActivityHandler(adapter: BotAdapter, logger: Logger): HandleActivity {
  return async (body, authorization, logic) => {
    const shape = ActivityShape.safeParse(body);
    if (!shape.success) {
      // Field names only: a value may be anything the client sent.
      const fields = [...new Set(shape.error.issues.map((i) => i.path.join(".") || "(activity)"))].slice(0, 5);
      logger.warn({ fields }, "activity rejected: malformed");
      return { status: 400, body: { error: `Ugyldig aktivitet: ${fields.join(", ")} har forkert form.` } };
    }
    const activity = withDates(shape.data as unknown as Activity);
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await adapter.authenticate(activity, authorization ?? "");
    } catch (err) {
      logger.warn({ err, hasAuthorization: Boolean(authorization) }, "activity rejected: not authenticated");
      return { status: 401, body: { error: "Ikke godkendt." } };
    }
    let response: InvokeResponse | undefined;
    try {
      response = await adapter.runAuthenticated(authenticated, activity, logic);
    } catch (err) {
      logger.error({ err, activityType: activity.type }, "activity failed");
      return { status: 500, body: { error: "Aktiviteten kunne ikke behandles." } };
    }
    return { status: response?.status ?? 200, body: response?.body };
  };
}

/** The timestamps botbuilder expects as Date objects (what CloudAdapter.process would do). */
function withDates(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const key of ["timestamp", "localTimestamp", "expiration"]) {
    if (typeof raw[key] === "string") raw[key] = new Date(raw[key] as string);
  }
  return activity;
}
