// Knowing where to post: the bot stores a conversation reference when it is installed and when a conversation
// first talks to it, marks it stale on uninstall, and lets a koordinator or the sektionsleder name the
// department channel ("brug denne kanal til påmindelser").
import { ActivityTypes, TurnContext, type Activity } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Person } from "../domain/organisation";
import type { ConversationKind, ConversationStore } from "../storage/conversationStore";
import type { Logger } from "../logger";
import { identifyAsker } from "./identify";
import { may, whoMay } from "../domain/permissions";

/** What capturing references needs. */
export interface ConversationDeps {
  readonly directory: () => Directory | undefined;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly conversations?: ConversationStore;
}

/** How many conversation ids a process remembers as already stored (so a message costs no storage request). */
const KNOWN_LIMIT = 10_000;

/**
 * Conversation ids this process has stored: a cache of what is in the table, not state of a conversation. A
 * restart forgets them and the next message stores the reference again (an idempotent upsert).
 */
const knownByStore = new WeakMap<ConversationStore, Set<string>>();

function knownIds(store: ConversationStore): Set<string> {
  let known = knownByStore.get(store);
  if (!known) knownByStore.set(store, (known = new Set()));
  return known;
}

/** The kind of the turn's conversation. */
export function conversationKind(activity: Activity): ConversationKind {
  const type = activity.conversation?.conversationType;
  return type === "channel" ? "channel" : type === "groupChat" ? "groupChat" : "personal";
}

/** The conversation id to post new messages to: a channel thread's ";messageid=…" suffix dropped. */
export function rootConversationId(id: string): string {
  return id.split(";messageid=")[0];
}

/** Stores the turn's conversation reference; `always` forces a write (installs), else only the first time seen. */
export async function captureConversation(context: TurnContext, deps: ConversationDeps, always = false): Promise<void> {
  const store = deps.conversations;
  const activity = context.activity;
  if (!store || !activity.conversation?.id || !activity.serviceUrl) return;
  const conversationId = rootConversationId(activity.conversation.id);
  const known = knownIds(store);
  if (!always && known.has(conversationId)) return;
  const kind = conversationKind(activity);
  const reference = TurnContext.getConversationReference(activity);
  const aadObjectId = kind === "personal" ? activity.from?.aadObjectId : undefined;
  const person = aadObjectId ? deps.directory()?.identify({ aadObjectId }) : undefined;
  try {
    await store.save({
      kind, conversationId,
      reference: { ...reference, conversation: { ...reference.conversation!, id: conversationId } },
      ...(aadObjectId && { aadObjectId }),
      ...(person?.email && { email: person.email }),
      ...(person && { personId: person.id }),
      updatedAt: deps.clock(),
    });
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.add(conversationId);
    // Not linked by object id: ask Teams for the e-mail/UPN (once per conversation; routes call this after answering).
    const directory = deps.directory();
    if (kind === "personal" && !person && directory) await linkByEmail(context, deps, store, directory, conversationId, reference);
  } catch (err) {
    // The answer matters more than the reference: log, and the next message tries again.
    deps.logger.warn({ err, kind }, "could not store the conversation reference");
  }
}

/** Stores the person a personal conversation belongs to, found by the member's e-mail/UPN. */
async function linkByEmail(
  context: TurnContext, deps: ConversationDeps, store: ConversationStore, directory: Directory, conversationId: string,
  reference: ReturnType<typeof TurnContext.getConversationReference>,
): Promise<void> {
  try {
    const { person, email } = await identifyAsker(context, directory, deps.logger);
    if (!email) return;
    await store.save({
      kind: "personal", conversationId,
      reference: { ...reference, conversation: { ...reference.conversation!, id: conversationId } },
      ...(context.activity.from?.aadObjectId && { aadObjectId: context.activity.from.aadObjectId }),
      email: person?.email ?? email,
      ...(person && { personId: person.id }),
      updatedAt: deps.clock(),
    });
  } catch (err) {
    deps.logger.warn({ err }, "could not link the conversation to a person by e-mail");
  }
}

/** Marks the turn's conversation stale (the app was removed). */
export async function forgetConversation(context: TurnContext, deps: ConversationDeps): Promise<void> {
  const activity = context.activity;
  if (!deps.conversations || !activity.conversation?.id) return;
  const conversationId = rootConversationId(activity.conversation.id);
  knownIds(deps.conversations).delete(conversationId);
  await deps.conversations.markStale(conversationKind(activity), conversationId, "uninstalled");
}

/** True for an installationUpdate that adds the app. */
export function isInstall(activity: Activity): boolean {
  return activity.type === ActivityTypes.InstallationUpdate && (activity.action === "add" || activity.action === "add-upgrade");
}

/** True for an installationUpdate that removes the app. */
export function isUninstall(activity: Activity): boolean {
  return activity.type === ActivityTypes.InstallationUpdate && (activity.action === "remove" || activity.action === "remove-upgrade");
}

const USE_CHANNEL = /^(?:brug|benyt|anvend)\s+(?:denne|den\s+her|her\s+denne)\s+kanal\s+til\s+(?:påmindelser|paamindelser|påmindelserne)[.!]?$|^use\s+this\s+channel\s+for\s+reminders[.!]?$/i;

/** True when the (mention-stripped) text asks to make this channel the department channel. */
export function isUseThisChannel(text: string): boolean {
  return USE_CHANNEL.test(text.replace(/\s+/g, " ").trim());
}

/** What happened to a "brug denne kanal til påmindelser". */
export type UseChannelOutcome = "set" | "notChannel" | "notAllowed" | "unavailable";

/** Makes the turn's channel the department channel, if the asker is a koordinator or the sektionsleder. */
export async function useThisChannel(context: TurnContext, deps: ConversationDeps, asker: Person | undefined): Promise<UseChannelOutcome> {
  if (!deps.conversations) return "unavailable";
  if (conversationKind(context.activity) !== "channel") return "notChannel";
  if (!asker || !may(asker, "chooseChannel")) return "notAllowed";
  await captureConversation(context, deps, true);
  await deps.conversations.setDepartmentChannel(rootConversationId(context.activity.conversation.id), asker.id);
  return "set";
}

/** The reply to "brug denne kanal til påmindelser", in Danish or English. */
export function useChannelReply(outcome: UseChannelOutcome, lang: "da" | "en", directory: Directory | undefined): string {
  const who = directory ? whoMay(directory.organisation.people, "chooseChannel").map((p) => p.name).join(", ") : "";
  const da: Record<UseChannelOutcome, string> = {
    set: "Denne kanal får nu påmindelser om møder for afdelingen.",
    notChannel: "Skriv det i den kanal, der skal have påmindelserne.",
    notAllowed: `Kun en faglig koordinator eller sektionslederen kan vælge kanalen til påmindelser${who ? ` (${who})` : ""}.`,
    unavailable: "Jeg kan ikke gemme kanalen lige nu. Prøv igen om lidt.",
  };
  const en: Record<UseChannelOutcome, string> = {
    set: "This channel now gets the department's meeting reminders.",
    notChannel: "Write this in the channel that should get the reminders.",
    notAllowed: `Only a coordinator or the section leader can choose the reminder channel${who ? ` (${who})` : ""}.`,
    unavailable: "I cannot save the channel right now. Please try again shortly.",
  };
  return (lang === "en" ? en : da)[outcome];
}
