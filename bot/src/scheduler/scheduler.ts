// The tick loop: once a minute it plans what fell due in the grace window, claims each reminder in Table
// Storage, sends it politely and settles the claim. Several instances may run it at once: the claim decides who
// sends. An instance remembers what it saw settled, so a steady tick costs storage requests only for reminders
// still open.
import { randomBytes } from "node:crypto";
import type { Activity, ConversationReference } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Logger } from "../logger";
import type { ClaimKey, ClaimStore } from "../storage/claimStore";
import type { ConversationStore, StoredConversation } from "../storage/conversationStore";
import { claimKind, recipientKey, remindersBetween, type PlannedReminder } from "./plan";
import { reminderMessage, type ReminderSources } from "./reminderCards";
import { ConversationGoneError, PoliteSender } from "./sender";

/** Posts one activity into a stored conversation (production: adapter.continueConversationAsync). */
export type Deliver = (reference: Partial<ConversationReference>, activity: Partial<Activity>) => Promise<void>;

/** What the scheduler needs. */
export interface SchedulerDeps extends ReminderSources {
  readonly directory: () => Directory | undefined;
  readonly claims: ClaimStore;
  readonly conversations: ConversationStore;
  readonly deliver: Deliver;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Shared by every send of this instance; its limits are per process. */
  readonly sender?: PoliteSender;
}

/** Scheduler settings. */
export interface SchedulerOptions {
  /** Names this instance in claims; random by default. */
  readonly instance?: string;
  /** Reminders older than this are recorded as missed, not sent (config.reminderGraceHours). */
  readonly graceHours: number;
  /** How long a claim is held before another instance may take it over. Default 2 minutes. */
  readonly leaseMs?: number;
  /** Default one minute. */
  readonly tickMs?: number;
  /** Reminders handled at once within a tick (the limiter sets the pace). Default 64. */
  readonly concurrency?: number;
}

/** What one tick did. */
export interface TickReport {
  readonly planned: number;
  readonly sent: number;
  readonly skipped: number;
  readonly missed: number;
  readonly busy: number;
  readonly failed: number;
}

/** Catch-up at start looks this far behind the grace window to record missed reminders. */
const MISSED_LOOK_BACK_MS = 24 * 3_600_000;

/** The scheduler of one instance. */
export class Scheduler {
  readonly instance: string;
  private readonly leaseMs: number;
  private readonly sender: PoliteSender;
  private readonly settled = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<TickReport>;
  private started = false;

  constructor(private readonly deps: SchedulerDeps, private readonly options: SchedulerOptions) {
    this.instance = options.instance ?? `i-${randomBytes(4).toString("hex")}`;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.sender = deps.sender ?? new PoliteSender();
  }

  /** Runs a tick now (the start-up catch-up) and then every tickMs. */
  start(): void {
    if (this.timer) return;
    const run = () => {
      if (this.running) return;
      this.running = this.tick().finally(() => (this.running = undefined));
      this.running.catch((err: unknown) => this.deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, "scheduler tick failed"));
    };
    this.timer = setInterval(run, this.options.tickMs ?? 60_000);
    this.timer.unref();
    run();
  }

  /** Stops ticking and waits for a running tick. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass: plan the grace window, claim, send, settle. */
  async tick(): Promise<TickReport> {
    const directory = this.deps.directory();
    const report = { planned: 0, sent: 0, skipped: 0, missed: 0, busy: 0, failed: 0 };
    if (!directory) return report;
    const now = this.deps.clock();
    const graceStart = new Date(now.getTime() - this.options.graceHours * 3_600_000);
    const firstTick = !this.started;
    this.started = true;
    const from = firstTick ? new Date(graceStart.getTime() - MISSED_LOOK_BACK_MS) : graceStart;
    const due = remindersBetween(directory.organisation, directory.calendar, from, new Date(now.getTime() + 1)).filter((r) => !this.settled.has(idOf(r)));
    report.planned = due.length;
    this.forgetBefore(from.getTime());
    if (due.length === 0) return report;

    let conversations: Promise<ConversationIndex> | undefined;
    const index = () => (conversations ??= this.deps.conversations.list().then((all) => new ConversationIndex(all)));

    await inPool(due, this.options.concurrency ?? 64, async (reminder) => {
      try {
        if (reminder.at < graceStart) {
          await this.deps.claims.recordMissed(keyOf(reminder), now);
          this.settle(reminder);
          report.missed += 1;
          return;
        }
        const outcome = await this.handle(reminder, directory, now, index);
        report[outcome] += 1;
      } catch (err) {
        report.failed += 1;
        this.deps.logger.error({ err: err instanceof Error ? err.message : String(err), reminder: describe(reminder) }, "reminder failed; its lease lets a later tick retry");
      }
    });
    if (report.sent + report.missed + report.failed > 0) this.deps.logger.info({ instance: this.instance, ...report }, "scheduler tick");
    return report;
  }

  private async handle(reminder: PlannedReminder, directory: Directory, now: Date, index: () => Promise<ConversationIndex>): Promise<"sent" | "skipped" | "busy"> {
    const key = keyOf(reminder);
    const claim = await this.deps.claims.claim(key, this.instance, now, this.leaseMs);
    if (!claim.won) {
      if (claim.claim.state !== "claimed") this.settle(reminder);
      return "busy";
    }
    const skip = async (reason: string) => {
      await this.deps.claims.settle(key, "skipped", this.deps.clock(), reason);
      this.settle(reminder);
      this.deps.logger.info({ reminder: describe(reminder), reason }, "reminder not sent");
      return "skipped" as const;
    };
    const conversation = reminder.recipient.kind === "channel"
      ? await this.deps.conversations.departmentChannel()
      : (await index()).personal(directory, reminder.recipient.personId);
    if (!conversation) return skip("noConversation");
    const message = await reminderMessage(reminder, directory, this.deps, now);
    if ("skip" in message) return skip(message.skip);
    try {
      await this.sender.send(conversation.conversationId, () => this.deps.deliver(conversation.reference, message.activity));
    } catch (err) {
      if (!(err instanceof ConversationGoneError)) throw err;
      await this.deps.conversations.markStale(conversation.kind, conversation.conversationId, String(err.status));
      return skip(`conversationGone:${err.status}`);
    }
    await this.deps.claims.settle(key, "sent", this.deps.clock());
    this.settle(reminder);
    return "sent";
  }

  private settle(reminder: PlannedReminder): void {
    this.settled.set(idOf(reminder), reminder.at.getTime());
  }

  private forgetBefore(time: number): void {
    for (const [id, at] of this.settled) if (at < time) this.settled.delete(id);
  }
}

/** Personal conversations by person: linked id first, then Entra object id, then e-mail. */
class ConversationIndex {
  private readonly byPerson = new Map<string, StoredConversation>();
  private readonly byAad = new Map<string, StoredConversation>();
  private readonly byEmail = new Map<string, StoredConversation>();

  constructor(all: readonly StoredConversation[]) {
    const usable = all.filter((c) => c.kind === "personal" && !c.stale).sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
    for (const c of usable) {
      if (c.personId) this.byPerson.set(c.personId, c);
      if (c.aadObjectId) this.byAad.set(c.aadObjectId.toLowerCase(), c);
      if (c.email) this.byEmail.set(c.email.toLowerCase(), c);
    }
  }

  personal(directory: Directory, personId: string): StoredConversation | undefined {
    const person = directory.person(personId);
    return this.byPerson.get(personId)
      ?? (person?.aadObjectId ? this.byAad.get(person.aadObjectId.toLowerCase()) : undefined)
      ?? (person?.email ? this.byEmail.get(person.email.toLowerCase()) : undefined);
  }
}

function keyOf(reminder: PlannedReminder): ClaimKey {
  return { occurrence: reminder.occurrence, kind: claimKind(reminder), recipient: recipientKey(reminder.recipient) };
}

function idOf(reminder: PlannedReminder): string {
  return `${reminder.occurrence}|${claimKind(reminder)}|${recipientKey(reminder.recipient)}`;
}

function describe(reminder: PlannedReminder): string {
  return `${idOf(reminder)} at ${reminder.at.toISOString()}`;
}

/** Runs `work` over `items`, at most `size` at a time. */
async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
