// The bot's turn handler: routes are data ({ select, handle }); each handler parses, asks the domain and
// sends cards. The handler object holds no per-conversation state; everything lives in the turn or storage.
import { ActivityTypes, CardFactory, MessageFactory, TeamsInfo, TurnContext, type Activity } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Person } from "../domain/organisation";
import { understand } from "../domain/understand";
import { OPEN_ROUNDS_LOOKBACK_MS } from "../domain/occurrences";
import { containsCpr } from "../domain/cpr";
import type { Logger } from "../logger";
import { answerQuestion, cprWarningReply, unavailableReply, welcomeReply, type Reply } from "../answers/answerQuestion";
import { texts } from "./replyTexts";
import { localeLang } from "./locale";
import { identifyAsker } from "./identify";
import { recordsForRounds, type CheckLog, type CheckLogEntry } from "../storage/checkLog";
import type { AgendaStore } from "../storage/agendaStore";
import { handleCardAction, isCardAction } from "./cardActions";
import type { ConversationStore } from "../storage/conversationStore";
import { captureConversation, forgetConversation, isInstall, isUninstall, isUseThisChannel, useChannelReply, useThisChannel } from "./conversations";

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
}

/** One route: which activities it takes, and what it does with them. */
export interface Route {
  readonly name: string;
  readonly select: (activity: Activity) => boolean;
  readonly handle: (context: TurnContext, deps: BotDeps) => Promise<TurnOutcome>;
}

/** What a handler tells the turn log. */
export interface TurnOutcome {
  readonly intent: string;
  readonly lang?: string;
}

/** Messages longer than this are not read (they are not questions). */
const MAX_MESSAGE_CHARS = 4000;

/** Creates the turn handler from the routes; unknown activity types are logged and ignored. */
export function createBot(deps: BotDeps, routes: readonly Route[] = defaultRoutes): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const started = Date.now();
    const route = routes.find((r) => r.select(context.activity));
    const outcome = route ? await route.handle(context, deps) : { intent: "ignored" };
    deps.logger.info({ turn: context.activity.type, route: route?.name ?? "none", ...outcome, conversationType: context.activity.conversation?.conversationType, ms: Date.now() - started }, "turn");
  };
}


async function send(context: TurnContext, reply: Reply): Promise<void> {
  const attachments = reply.cards.map((card) => CardFactory.adaptiveCard(card));
  await context.sendActivity(attachments.length > 1 ? MessageFactory.carousel(attachments, reply.text) : MessageFactory.attachment(attachments[0], reply.text));
}

/** The question text: mention of the bot removed, white space tidied. */
export function questionText(context: TurnContext): string {
  const withoutMention = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  return withoutMention.replace(/\s+/g, " ").trim();
}

async function answerMessage(context: TurnContext, deps: BotDeps): Promise<TurnOutcome> {
  const text = questionText(context);
  const lang = localeLang(context.activity);
  // The CPR guard comes first: the number is never echoed, logged, stored or even parsed further.
  if (containsCpr(text)) {
    await send(context, cprWarningReply(lang));
    return { intent: "cprWarning", lang };
  }
  if (text.length === 0) {
    await context.sendActivity(texts(lang).empty);
    return { intent: "empty", lang };
  }
  if (text.length > MAX_MESSAGE_CHARS) {
    await context.sendActivity(texts(lang).tooLong);
    return { intent: "tooLong", lang };
  }
  const directory = deps.directory();
  if (!directory) {
    await send(context, unavailableReply(lang));
    return { intent: "unavailable", lang };
  }
  const now = deps.clock();
  const question = understand(text, directory.index, directory.calendar.today(now));
  const asker = question.intent === "myDuties" ? await identifyAsker(context, directory, deps.logger) : undefined;
  const completions = question.intent === "checks" || question.intent === "check" ? await recentCompletions(deps, now) : undefined;
  await send(context, answerQuestion(question, directory, { now, asker: asker?.person, askerEmail: asker?.email, completions }));
  return { intent: question.intent, lang: question.lang };
}

/** Completions of the rounds check answers look at (OPEN_ROUNDS_LOOKBACK_MS); none when the log cannot be read. */
async function recentCompletions(deps: BotDeps, now: Date): Promise<Map<string, CheckLogEntry> | undefined> {
  if (!deps.checkLog) return undefined;
  try {
    return await recordsForRounds(deps.checkLog, now, OPEN_ROUNDS_LOOKBACK_MS);
  } catch (err) {
    deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "could not read the check log; check status shown without completions");
    return undefined;
  }
}

/** "brug denne kanal til påmindelser": the channel becomes the department channel, if the asker may choose it. */
async function useChannel(context: TurnContext, deps: BotDeps): Promise<TurnOutcome> {
  const lang = localeLang(context.activity);
  const directory = deps.directory();
  const asker = directory ? await identifyAsker(context, directory, deps.logger) : {};
  const outcome = await useThisChannel(context, deps, asker.person);
  await context.sendActivity(useChannelReply(outcome, lang, directory));
  return { intent: `useChannel:${outcome}`, lang };
}

function mentionStripped(activity: Activity): string {
  return (activity.text ?? "").replace(/<at>[^<]*<\/at>/g, " ");
}

async function welcome(context: TurnContext, deps: BotDeps): Promise<TurnOutcome> {
  const lang = localeLang(context.activity);
  await send(context, welcomeReply(deps.directory(), lang));
  return { intent: "welcome", lang };
}

function botWasAdded(activity: Activity): boolean {
  return (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
}

/**
 * The bot's routes, in order; the first that selects an activity handles it. Teams sends both an
 * installationUpdate and a conversationUpdate on install; the welcome goes out once, on the latter.
 */
export const defaultRoutes: readonly Route[] = [
  { name: "cardAction", select: isCardAction, handle: handleCardAction },
  { name: "useChannel", select: (a) => a.type === ActivityTypes.Message && isUseThisChannel(mentionStripped(a)), handle: useChannel },
  // The answer goes first; storing the conversation (and perhaps asking Teams who the user is) follows in the turn.
  { name: "message", select: (a) => a.type === ActivityTypes.Message, handle: async (c, d) => { const outcome = await answerMessage(c, d); await captureConversation(c, d); return outcome; } },
  { name: "botAdded", select: (a) => a.type === ActivityTypes.ConversationUpdate && botWasAdded(a), handle: async (c, d) => (await captureConversation(c, d, true), welcome(c, d)) },
  { name: "installed", select: isInstall, handle: async (c, d) => (await captureConversation(c, d, true), { intent: "installed" }) },
  { name: "uninstalled", select: isUninstall, handle: async (c, d) => (await forgetConversation(c, d), { intent: "uninstalled" }) },
];
