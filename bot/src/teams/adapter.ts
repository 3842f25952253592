// The Bot Framework adapter: CloudAdapter with authentication from the validated configuration.
// With an empty MicrosoftAppId it accepts unauthenticated local traffic, which loadConfig only allows
// in development.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory } from "botframework-connector";
import type { Pipeline } from "@azure/core-rest-pipeline";
import type { BotAuthConfig } from "../config";
import type { Logger } from "../logger";
import { texts } from "./replyTexts";
import { localeLang } from "./locale";

/**
 * Authentication whose connector clients make exactly one HTTP request per call. botbuilder's client (an Azure
 * core-client pipeline) would otherwise retry 429s and 5xx by itself, out of sight of the app's rate limiter, and
 * its options cannot switch that off (botbuilder-stdlib's ServiceClientContext drops `retryOptions`): so the
 * pipeline's Retry phase is removed from every client the factory makes. Retries are the sender's job
 * (scheduler/sender.ts), where each attempt passes the limiter.
 */
class SingleAttemptAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    return {
      create: async (serviceUrl: string, audience?: string): Promise<ConnectorClient> => withoutRetries(await factory.create(serviceUrl, audience)),
    } as ConnectorFactory;
  }
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

/** Creates the adapter; a failing turn is logged and the user gets a calm message, never a stack trace. */
export function createAdapter(auth: BotAuthConfig, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(new SingleAttemptAuthentication({ ...auth }));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error), activityType: context.activity.type }, "turn failed");
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
