// The bot's turn handler: routes are data ({ select, handle }); each handler parses, asks the domain and
// sends cards. The handler object holds no per-conversation state; everything lives in the turn or storage.
import { ActivityTypes, CardFactory, MessageFactory, TurnContext, type Activity } from "botbuilder";
import { languageOf, mayFollowUp, readQuestion, understand, MAX_MESSAGE_CHARS } from "../domain/understand";
import { OPEN_ROUNDS_LOOKBACK_MS } from "../domain/occurrences";
import { isSmallTalk } from "../domain/frame";
import { containsCpr } from "../domain/cpr";
import { answer, cprWarningReply, needsOf, unavailableReply, welcomeReply, type Reply } from "../answers";
import { texts } from "./replyTexts";
import { localeLang } from "./locale";
import { identifyAsker } from "./identify";
import { recordsForRounds, type CheckLogEntry } from "../storage/checkLog";
import { handleCardAction, isCardAction } from "./cardActions";
import type { BotDeps } from "./deps";
import { captureConversation, forgetConversation, isInstall, isUninstall, isUseThisChannel, rootConversationId, useChannelReply, useThisChannel } from "./conversations";

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


/** Creates the turn handler from the routes; unknown activity types are logged and ignored. */
export function createBot(deps: BotDeps, routes: readonly Route[] = defaultRoutes): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const started = Date.now();
    const route = routes.find((r) => r.select(context.activity));
    const outcome = route ? await route.handle(context, deps) : { intent: "ignored" };
    deps.logger.info({ turn: context.activity.type, route: route?.name ?? "none", ...outcome, conversationType: context.activity.conversation?.conversationType, ms: Date.now() - started }, "turn");
  };
}


/**
 * One message per answer: the card alone, with its plain-text summary as the activity's `summary` (what Teams
 * shows in notifications and the chat list) and as the card's fallbackText (screen readers), not as a second bubble.
 */
async function send(context: TurnContext, reply: Reply): Promise<void> {
  if (!reply.card) {
    await context.sendActivity(reply.text);
    return;
  }
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  message.summary = reply.text;
  await context.sendActivity(message);
}

/**
 * The question text: mention of the bot removed, white space tidied. A card button ("Prøv at spørge", "Mente du
 * …?") sends its question as `value.ask` (Action.Submit), which works alike in Teams and the Agents Playground.
 */
export function questionText(context: TurnContext): string {
  const asked = (context.activity.value as { ask?: unknown } | undefined)?.ask;
  if (typeof asked === "string" && !context.activity.text) return asked.replace(/\s+/g, " ").trim();
  const withoutMention = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  return withoutMention.replace(/\s+/g, " ").trim();
}

async function answerMessage(context: TurnContext, deps: BotDeps): Promise<TurnOutcome> {
  const text = questionText(context);
  // The CPR guard comes first: the number is never echoed, logged, stored or even parsed further. The warning
  // answers in the language of the message.
  if (containsCpr(text)) {
    const lang = languageOf(text.replace(/[0-9]/g, " "));
    await send(context, cprWarningReply(lang));
    return { intent: "cprWarning", lang };
  }
  // Read once: its language here, then understand() and mayFollowUp() on the same words.
  const asked = readQuestion(text);
  const lang = text.length > 0 ? asked.lang : localeLang(context.activity);
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
  const today = directory.calendar.today(now);
  const where = contextKey(context);
  // A self-contained question costs no storage request; one that leaves things out reads the previous turn once.
  // The same words asked again today ("hvad er dagens rulleplan") read the same: the Directory remembers the frame.
  let frame = directory.memo(`frame|${today}|${asked.words.join(" ")}`, () => understand(asked, directory.index, today));
  if (where && deps.contexts && mayFollowUp(frame, asked)) {
    const previous = await deps.contexts.previous(where.conversation, where.user, now).catch(() => undefined);
    if (previous) frame = understand(asked, directory.index, today, previous);
  }
  const needs = needsOf(frame);
  const asker = needs.asker ? await identifyAsker(context, directory, deps.logger) : undefined;
  const log = needs.completions ? await recentCompletions(deps, now) : undefined;
  const reply = answer(frame, directory, { now, asker: asker?.person, askerEmail: asker?.email, completions: log?.completions, completionsUnavailable: log?.unavailable });
  await send(context, reply);
  // "hej", "tak", "hjælp" name nothing: the question before them stays the one a follow-up leans on.
  if (where && !isSmallTalk(frame.intent)) deps.contexts?.remember(where.conversation, where.user, { frame, people: reply.people ?? [] }, now);
  return { intent: frame.followUp ? `${frame.intent}:followUp` : frame.intent, lang: frame.lang };
}

/** The conversation and user a turn belongs to, for follow-ups. */
function contextKey(context: TurnContext): { conversation: string; user: string } | undefined {
  const conversation = context.activity.conversation?.id;
  const user = context.activity.from?.aadObjectId ?? context.activity.from?.id;
  return conversation && user ? { conversation: rootConversationId(conversation), user } : undefined;
}

/** Completions of the rounds check answers look at (OPEN_ROUNDS_LOOKBACK_MS); `unavailable` when the log cannot be read. */
async function recentCompletions(deps: BotDeps, now: Date): Promise<{ completions?: Map<string, CheckLogEntry>; unavailable?: boolean }> {
  if (!deps.checkLog) return {};
  try {
    // The recent rounds and every deviation however old (an open one is listed until it is closed).
    return { completions: await recordsForRounds(deps.checkLog, now, OPEN_ROUNDS_LOOKBACK_MS) };
  } catch (err) {
    deps.logger.warn({ err }, "could not read the check log; check status shown without completions");
    return { unavailable: true };
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
