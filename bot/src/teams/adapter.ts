// The Bot Framework adapter: CloudAdapter with authentication from the validated configuration.
// With an empty MicrosoftAppId it accepts unauthenticated local traffic, which loadConfig only allows
// in development.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import type { BotAuthConfig } from "../config";
import type { Logger } from "../logger";
import { texts } from "./replyTexts";
import { localeLang } from "./locale";

/** Creates the adapter; a failing turn is logged and the user gets a calm message, never a stack trace. */
export function createAdapter(auth: BotAuthConfig, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...auth }));
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
