// "npm run remind -- <item-id>": an item's current reminder, sent now without waiting for its time and without
// claims (a person asked for it), through the same PoliteSender (limiter, retries) as the scheduler. The current
// round of a check is the latest that has started (else the next); of a meeting, the next one.
import type { Directory } from "../domain/directory";
import { nextOccurrence, occurrencesBetween, type Occurrence } from "../domain/occurrences";
import type { ConversationStore, StoredConversation } from "../storage/conversationStore";
import type { Recipient, PlannedReminder } from "./reminder";
import { reminderMessage, type ReminderSources } from "./reminderCards";
import type { Deliver } from "./scheduler";
import { ConversationGoneError, PoliteSender } from "./sender";

/** What sending now needs. */
export interface RemindNowDeps extends ReminderSources {
  readonly conversations: Pick<ConversationStore, "list" | "departmentChannel" | "markStale">;
  readonly deliver: Deliver;
  readonly sender?: PoliteSender;
}

/** What was sent, and to whom it could not be. */
export interface RemindNowReport {
  readonly occurrence: string;
  readonly sent: string[];
  /** Conversations Teams refused (gone: 403/404) or that failed after every retry, with the reason. */
  readonly failed: { readonly conversationId: string; readonly reason: string }[];
  readonly noConversation: string[];
  readonly skipped?: string;
  /** True when no recipient had a conversation and every stored one got it instead (development only). */
  readonly fellBack: boolean;
}

/** Sends the item's current reminder now; throws naming the known ids when the item is unknown. */
export async function remindNow(itemId: string, directory: Directory, deps: RemindNowDeps, now: Date, options: { fallBackToAll?: boolean } = {}): Promise<RemindNowReport> {
  const { organisation, calendar } = directory;
  const check = organisation.checks.find((c) => c.id === itemId);
  const meeting = organisation.meetings.find((m) => m.id === itemId);
  if (!check && !meeting) {
    const ids = [...organisation.checks, ...organisation.meetings].map((i) => i.id).join(", ");
    throw new Error(`Ukendt møde eller kontrol "${itemId}". Kendte id'er: ${ids}`);
  }
  let occurrence: Occurrence | undefined;
  let reminder: Omit<PlannedReminder, "recipient">;
  let recipients: Recipient[];
  if (check) {
    const started = occurrencesBetween(check, organisation, calendar, new Date(now.getTime() - 400 * 86_400_000), new Date(now.getTime() + 1));
    occurrence = started.at(-1) ?? nextOccurrence(check, organisation, calendar, now);
    if (!occurrence) throw new Error(`Kontrollen "${itemId}" har ingen runder (reglen er udløbet).`);
    reminder = { kind: "check", itemId, occurrence: occurrence.key, at: occurrence.at };
    recipients = [{ kind: "person", personId: check.owner }];
  } else {
    occurrence = nextOccurrence(meeting!, organisation, calendar, now);
    if (!occurrence) throw new Error(`Mødet "${itemId}" har ikke flere datoer (reglen er udløbet).`);
    reminder = { kind: "meeting", itemId, occurrence: occurrence.key, offset: meeting!.remind[0], at: now };
    recipients = meeting!.audience === "channel" ? [{ kind: "channel" }] : meeting!.audience.map((personId) => ({ kind: "person", personId }));
  }

  const all = (await deps.conversations.list()).filter((c) => !c.stale);
  const targets = new Map<string, StoredConversation>();
  const noConversation: string[] = [];
  for (const recipient of recipients) {
    const found = recipient.kind === "channel" ? await deps.conversations.departmentChannel() : personal(all, directory, recipient.personId);
    const name = recipient.kind === "channel" ? "afdelingens kanal" : directory.person(recipient.personId)?.name ?? recipient.personId;
    if (found) targets.set(found.conversationId, found);
    else noConversation.push(name);
  }
  const fellBack = targets.size === 0 && Boolean(options.fallBackToAll) && all.length > 0;
  if (fellBack) for (const c of all) targets.set(c.conversationId, c);

  const message = await reminderMessage({ ...reminder, recipient: recipients[0] }, directory, deps, now);
  if ("skip" in message) return { occurrence: occurrence.key, sent: [], failed: [], noConversation, skipped: message.skip, fellBack };
  // All at once through the limiter, which sets the pace: a retried fault waits alone.
  const sender = deps.sender ?? new PoliteSender();
  const sent: string[] = [];
  const failed: { conversationId: string; reason: string }[] = [];
  await Promise.all([...targets.values()].map(async (target) => {
    try {
      await sender.send(target.conversationId, () => deps.deliver(target.reference, message.activity));
      sent.push(target.conversationId);
    } catch (err) {
      if (err instanceof ConversationGoneError) await deps.conversations.markStale(target.kind, target.conversationId, String(err.status));
      failed.push({ conversationId: target.conversationId, reason: err instanceof Error ? err.message : String(err) });
    }
  }));
  return { occurrence: occurrence.key, sent, failed, noConversation, fellBack };
}

function personal(all: readonly StoredConversation[], directory: Directory, personId: string): StoredConversation | undefined {
  const person = directory.person(personId);
  return all.find((c) => c.kind === "personal" && (c.personId === personId
    || (person?.aadObjectId && c.aadObjectId?.toLowerCase() === person.aadObjectId.toLowerCase())
    || (person?.email && c.email?.toLowerCase() === person.email.toLowerCase())));
}
