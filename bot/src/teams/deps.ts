// What the bot's handlers need from the rest of the app, in its own module so that the handlers (bot.ts,
// cardActions.ts, …) import it without importing each other.
import type { Directory } from "../domain/directory";
import type { Logger } from "../logger";
import type { AgendaStore } from "../storage/agendaStore";
import type { CheckLog } from "../storage/checkLog";
import type { ContextStore } from "../storage/contextStore";
import type { ConversationStore } from "../storage/conversationStore";
import type { RotaWriter } from "./morningActions";

/** What the bot needs from the rest of the app. */
export interface BotDeps {
  /** The current organisation view; undefined while it could not be loaded. */
  readonly directory: () => Directory | undefined;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** The append-only log of completed checks (card actions, "hvilke kontroller mangler"). */
  readonly checkLog?: CheckLog;
  /** Agenda items proposed on meeting cards. */
  readonly agenda?: AgendaStore;
  /** Where the bot can post (references stored on install and first message). */
  readonly conversations?: ConversationStore;
  /** The previous turn of each conversation and user, for follow-ups. */
  readonly contexts?: ContextStore;
  /** Writing one-day rota changes from the morning card (the tab's ETag rules). */
  readonly rota?: RotaWriter;
}
