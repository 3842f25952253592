// The tick loop: once a minute it plans what fell due in the grace window, claims each reminder in Table
// Storage, sends it politely and records it the moment Teams accepted it. Several instances may run it at once:
// the claim decides who sends. A claim's lease is renewed while its send waits; a record that storage cannot take
// is held in memory and retried while sending pauses (sendRecorder.ts). An instance remembers what it saw
// settled, so a steady tick costs storage requests only for reminders still open. What this guarantees, and why,
// is in docs/reminders.md.
import { randomBytes } from "node:crypto";
import type { Activity, ConversationReference } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Logger } from "../logger";
import type { ClaimKey, ClaimStore } from "../storage/claimStore";
import type { ConversationStore, StoredConversation } from "../storage/conversationStore";
import { claimKind, recipientKey, remindersBetween } from "./plan";
import type { PlannedReminder } from "./reminder";
import { occasionEnd, reminderMessage, type ReminderSources } from "./reminderCards";
import { ConversationGoneError, PoliteSender, SendAbandonedError } from "./sender";
import { HeldClaim } from "./heldClaim";
import { SendRecorder } from "./sendRecorder";

/** Posts one activity into a stored conversation (production: adapter.continueConversationAsync); resolves to Teams' activity id. */
export type Deliver = (reference: Partial<ConversationReference>, activity: Partial<Activity>) => Promise<string>;

/** What the scheduler needs. */
export interface SchedulerDeps extends ReminderSources {
  readonly directory: () => Directory | undefined;
  readonly claims: ClaimStore;
  readonly conversations: ConversationStore;
  readonly deliver: Deliver;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Shared by every send of this process (npm run remind builds the same); its limits are per process. */
  readonly sender?: PoliteSender;
}

/** Scheduler settings. */
export interface SchedulerOptions {
  /** Names this instance in claims; random by default. */
  readonly instance?: string;
  /** Reminders older than this are recorded as missed, not sent (config.reminderGraceHours). */
  readonly graceHours: number;
  /** How long a claim is held before another instance may take it over; renewed while a send waits. Default 2 minutes. */
  readonly leaseMs?: number;
  /** Default one minute. */
  readonly tickMs?: number;
  /** Reminders worked on at once (claiming, waiting for the limiter, in flight, retrying, recording). Default 128. */
  readonly backlog?: number;
  /**
   * After taking over an expired claim, wait this long and check the claim is still ours before sending: an owner
   * that was cut off from storage (not dead) records its send in that time, and the takeover then sends nothing.
   * Default 15 s.
   */
  readonly takeoverQuietMs?: number;
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

type Outcome = "sent" | "skipped" | "missed" | "busy";

/** A claimed reminder ready to send, or why it is not sent. */
type Prepared =
  | { readonly missed: string }
  | { readonly skip: string }
  | { readonly conversation: StoredConversation; readonly activity: Partial<Activity> };

/** Reminders to one recipient worked on at once: what Teams lets into one conversation in 2 s. */
const PER_RECIPIENT_CHAINS = 8;

/** Catch-up at start looks this far behind the grace window to record missed reminders. */
const MISSED_LOOK_BACK_MS = 24 * 3_600_000;

/** The scheduler of one instance. */
export class Scheduler {
  readonly instance: string;
  private readonly leaseMs: number;
  private readonly sender: PoliteSender;
  private readonly recorder: SendRecorder;
  private readonly settled = new Map<string, number>();
  /** Reminders this instance is working on (a concurrent tick leaves them alone). */
  private readonly inProgress = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<TickReport>;
  private started = false;

  constructor(private readonly deps: SchedulerDeps, private readonly options: SchedulerOptions) {
    this.instance = options.instance ?? `i-${randomBytes(4).toString("hex")}`;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.sender = deps.sender ?? new PoliteSender();
    this.recorder = new SendRecorder(deps.claims, deps.logger);
  }

  /** Messages Teams accepted that storage has not recorded yet (held in memory). */
  get unrecorded(): number {
    return this.recorder.unrecorded;
  }

  /** Runs a tick now (the start-up catch-up) and then every tickMs. */
  start(): void {
    if (this.timer) return;
    const run = () => {
      if (this.running) return;
      this.running = this.tick().finally(() => (this.running = undefined));
      this.running.catch((err: unknown) => this.deps.logger.error({ err }, "scheduler tick failed"));
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

  /** One pass: plan the grace window, claim, send, record. */
  async tick(): Promise<TickReport> {
    const directory = this.deps.directory();
    const report = { planned: 0, sent: 0, skipped: 0, missed: 0, busy: 0, failed: 0 };
    if (!directory) return report;
    const now = this.deps.clock();
    const graceStart = new Date(now.getTime() - this.options.graceHours * 3_600_000);
    const firstTick = !this.started;
    this.started = true;
    const from = firstTick ? new Date(graceStart.getTime() - MISSED_LOOK_BACK_MS) : graceStart;
    const due = remindersBetween(directory.organisation, directory.calendar, from, new Date(now.getTime() + 1)).filter((r) => !this.settled.has(idOf(r)) && !this.inProgress.has(idOf(r)));
    report.planned = due.length;
    this.forgetBefore(from.getTime());
    if (due.length === 0) return report;

    let conversations: Promise<ConversationIndex> | undefined;
    const index = () => (conversations ??= this.deps.conversations.list().then((all) => new ConversationIndex(all)));
    const backlog = new Semaphore(this.options.backlog ?? 128);
    // Every recipient of one meeting sees the same agenda items: read them once per tick.
    const sources = onceEach(this.deps);
    // When each occasion ends, worked out once per tick (the occurrence rules are not free to expand).
    const ends = new Map<string, Date | undefined>();
    const passed = (reminder: PlannedReminder) => {
      const key = `${reminder.kind}|${reminder.occurrence}`;
      if (!ends.has(key)) ends.set(key, occasionEnd(reminder, directory));
      const end = ends.get(key);
      return end !== undefined && end.getTime() <= this.deps.clock().getTime();
    };
    for (const reminder of due) this.inProgress.add(idOf(reminder));
    // A chain holds one backlog slot and works through its reminders one after another; a recipient with many
    // reminders gets a few chains (what its conversation's windows let out at once), so it keeps its pace without
    // queueing behind everyone else's reminders, and does not crowd them out either.
    await Promise.all(chainsOf(due, PER_RECIPIENT_CHAINS).map(async (chain) => {
      await backlog.acquire();
      try {
        for (const reminder of chain) {
          try {
            if (reminder.at < graceStart) {
              await this.deps.claims.recordMissed(keyOf(reminder), now, "tooLate");
              this.settle(reminder);
              report.missed += 1;
              continue;
            }
            report[await this.handle(reminder, directory, index, sources, passed)] += 1;
          } catch (err) {
            report.failed += 1;
            this.deps.logger.error({ err, reminder: describe(reminder) }, "reminder failed; its lease lets a later tick retry");
          } finally {
            this.inProgress.delete(idOf(reminder));
          }
        }
      } finally {
        backlog.release();
      }
    }));
    if (report.sent + report.missed + report.failed > 0) this.deps.logger.info({ instance: this.instance, ...report }, "scheduler tick");
    return report;
  }

  private async handle(
    reminder: PlannedReminder, directory: Directory, index: () => Promise<ConversationIndex>, sources: ReminderSources, passed: (reminder: PlannedReminder) => boolean,
  ): Promise<Outcome> {
    const key = keyOf(reminder);
    const claimed = await this.deps.claims.claim(key, this.instance, this.deps.clock(), this.leaseMs);
    if (!claimed.won) {
      if (claimed.claim.state !== "claimed") this.settle(reminder);
      return "busy";
    }
    const hold = new HeldClaim(this.deps.claims, key, claimed.lease, this.leaseMs, this.deps.clock, this.deps.logger).start();
    const settle = async (outcome: "skipped" | "missed", reason: string): Promise<Outcome> => {
      const recorded = await this.recorder.record(key, () => hold.lease, { state: outcome, reason, at: this.deps.clock() });
      if (recorded.lost) return "busy";
      this.settle(reminder);
      this.deps.logger.info({ reminder: describe(reminder), outcome, reason }, "reminder not sent");
      return outcome;
    };
    try {
      if (claimed.takenOver && !(await this.stillOursAfterQuiet(key, claimed.lease.etag))) return "busy";
      const prepared = await (async (): Promise<Prepared> => {
        if (passed(reminder)) return { missed: "occasionPassed" };
        const conversation = reminder.recipient.kind === "channel"
          ? await this.deps.conversations.departmentChannel()
          : (await index()).personal(directory, reminder.recipient.personId);
        if (!conversation) return { skip: "noConversation" };
        const message = await reminderMessage(reminder, directory, sources, this.deps.clock());
        return "skip" in message ? { skip: message.skip } : { conversation, activity: message.activity };
      })();
      if ("missed" in prepared) return await settle("missed", prepared.missed);
      if ("skip" in prepared) return await settle("skipped", prepared.skip);
      const { conversation, activity } = prepared;
      let activityId: string;
      try {
        const sent = await this.sender.send(conversation.conversationId, () => this.deps.deliver(conversation.reference, activity), {
          beforeAttempt: async () => {
            await this.recorder.gate();
            if (passed(reminder)) throw new SendAbandonedError("occasionPassed");
            // Room for the attempt and its answer before anyone could take the claim over.
            await hold.ensureValid(this.leaseMs / 2);
          },
          // A send that waited for the limiter while a record started failing waits for storage instead.
          mayProceed: () => this.recorder.open,
        });
        activityId = sent.result;
      } catch (err) {
        if (err instanceof SendAbandonedError) return err.reason === "claimLost" ? "busy" : await settle("missed", err.reason);
        if (!(err instanceof ConversationGoneError)) throw err;
        await this.deps.conversations.markStale(conversation.kind, conversation.conversationId, String(err.status));
        return await settle("skipped", `conversationGone:${err.status}`);
      }
      const recorded = await this.recorder.record(key, () => hold.lease, { state: "sent", activityId, at: this.deps.clock() });
      if (recorded.takenOverBy) this.deps.logger.warn({ reminder: describe(reminder), takenOverBy: recorded.takenOverBy }, "sent after the claim was taken over: the recipient may get it twice");
      this.settle(reminder);
      return "sent";
    } finally {
      hold.stop();
    }
  }

  /** After a takeover: wait, then true if the claim still carries our ETag (its old owner did not record a send). */
  private async stillOursAfterQuiet(key: ClaimKey, etag: string): Promise<boolean> {
    const quiet = this.options.takeoverQuietMs ?? 15_000;
    if (quiet > 0) await new Promise((resolve) => setTimeout(resolve, quiet));
    const current = await this.deps.claims.get(key);
    return current?.etag === etag;
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

/** Splits reminders into chains: per recipient up to `per` chains taking turns, chains ordered by their first reminder. */
function chainsOf(due: readonly PlannedReminder[], per: number): PlannedReminder[][] {
  const byRecipient = new Map<string, PlannedReminder[][]>();
  const chains: PlannedReminder[][] = [];
  const counts = new Map<string, number>();
  for (const reminder of due) {
    const key = recipientKey(reminder.recipient);
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    let mine = byRecipient.get(key);
    if (!mine) byRecipient.set(key, (mine = []));
    if (n < per) {
      const chain = [reminder];
      mine.push(chain);
      chains.push(chain);
    } else {
      mine[n % per].push(reminder);
    }
  }
  return chains;
}

/** The reminder sources with each meeting's agenda read once (for one tick). */
function onceEach(sources: ReminderSources): ReminderSources {
  const agendas = new Map<string, ReturnType<ReminderSources["agenda"]["list"]>>();
  return {
    checkLog: sources.checkLog,
    agenda: {
      list: (occurrence) => {
        let items = agendas.get(occurrence);
        if (!items) {
          agendas.set(occurrence, (items = sources.agenda.list(occurrence)));
          items.catch(() => agendas.delete(occurrence));
        }
        return items;
      },
    },
  };
}

/** At most `size` holders at once; waiters are served in arrival order. */
class Semaphore {
  private readonly waiters: Array<() => void> = [];

  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.free += 1;
  }
}
