// The previous turn of each conversation and user (its frame and the people its answer named), kept 30 minutes
// for follow-ups ("og backup?", "hendes nummer?"). In Table Storage, because Azure may run two instances and a
// follow-up may land on the other one. A self-contained question never reads it; a follow-up reads it once. The
// row is written after the reply has been sent. This instance's own last turns are kept in memory too, used only
// when storage cannot be read (a follow-up then still works on the instance that answered before).
// Writes are gathered for WRITE_DELAY_MS after a reply and then made together, the newest turn per conversation and
// user only, one round at a time. A write per turn cost about as much event loop as the question itself (the SDK's
// pipeline, signing and socket), all of it while the next turns wait; two writes of one key in flight at once could
// land out of order and leave the older turn stored. A person's follow-up comes seconds later, never within the
// delay, and one on this instance reads the turn from memory until it is written.
import { createHash } from "node:crypto";
import { CONTEXT_TTL_MS, type Frame, type PreviousTurn } from "../domain/frame";
import { storageStatus, type Tables } from "./tables";
import { ClearingCache } from "../domain/clearingCache";

/** Where previous turns are kept. */
export interface ContextStore {
  /** The previous turn of this user in this conversation, if younger than CONTEXT_TTL_MS. */
  previous(conversationId: string, userId: string, now: Date): Promise<PreviousTurn | undefined>;
  /**
   * Keeps this turn for the next follow-up: in memory at once, in the table in the background (the reply does not
   * wait for it). Write failures go to `onWriteError`.
   */
  remember(conversationId: string, userId: string, turn: PreviousTurn, now: Date): void;
}

interface ContextEntity {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly frame: string;
  readonly people: string;
  /** When the turn was answered, epoch ms. */
  readonly at: number;
}

/** How long a turn waits to be written with the turns answered after it (ms). */
const WRITE_DELAY_MS = 100;

/** How many turns a process keeps in memory (least recently used go first). */
const MEMORY_LIMIT = 5000;

/** Conversation and user ids may hold characters a row key may not ("/", "#", "?"): keys are hashes. */
function key(id: string): string {
  return keys.get(id) ?? keys.set(id, createHash("sha256").update(id).digest("hex").slice(0, 40));
}

/** The hashed keys of the ids seen lately: a conversation's every turn hashes the same two ids. */
const keys = new ClearingCache<string, string>(MEMORY_LIMIT);

/** Previous turns in Table Storage, with this instance's own in memory as a fallback. */
export class TableContextStore implements ContextStore {
  private readonly memory = new Map<string, { turn: PreviousTurn; at: number }>();

  /** The newest turn per key not yet handed to storage (turned into a row when the round starts, off the turn). */
  private readonly pending = new Map<string, { readonly partitionKey: string; readonly rowKey: string; readonly turn: PreviousTurn; readonly at: number }>();
  /** Keys of the round being written. */
  private readonly writing = new Set<string>();
  private round?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tables: Pick<Tables, "ensure">,
    private readonly onError: (err: unknown, what: "read" | "write") => void = () => undefined,
  ) {}

  /** Writes what is waiting now and resolves when every turn remembered so far is written (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.round) {
      if (!this.round) this.flush();
      await this.round;
    }
  }

  async previous(conversationId: string, userId: string, now: Date): Promise<PreviousTurn | undefined> {
    const pk = key(conversationId);
    const rk = key(userId);
    const memoryKey = `${pk}|${rk}`;
    // A turn of this instance not yet in the table is newer than what the table holds.
    if (this.pending.has(memoryKey) || this.writing.has(memoryKey)) {
      const kept = this.memory.get(memoryKey);
      if (kept) return now.getTime() - kept.at <= CONTEXT_TTL_MS ? kept.turn : undefined;
    }
    try {
      const table = await this.tables.ensure("Context");
      const entity = await table.getEntity<ContextEntity>(pk, rk);
      if (now.getTime() - entity.at > CONTEXT_TTL_MS) return undefined;
      return { frame: JSON.parse(entity.frame) as Frame, people: JSON.parse(entity.people) as string[] };
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      this.onError(err, "read");
      const kept = this.memory.get(memoryKey);
      return kept && now.getTime() - kept.at <= CONTEXT_TTL_MS ? kept.turn : undefined;
    }
  }

  remember(conversationId: string, userId: string, turn: PreviousTurn, now: Date): void {
    const pk = key(conversationId);
    const rk = key(userId);
    const memoryKey = `${pk}|${rk}`;
    this.memory.delete(memoryKey);
    this.memory.set(memoryKey, { turn, at: now.getTime() });
    if (this.memory.size > MEMORY_LIMIT) this.memory.delete(this.memory.keys().next().value!);
    this.pending.delete(memoryKey);
    this.pending.set(memoryKey, { partitionKey: pk, rowKey: rk, turn, at: now.getTime() });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.round || this.pending.size === 0) return;
    this.timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
  }

  /** Starts a round with what is waiting; the next round waits for this one (a key's writes stay in order). */
  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entities = [...this.pending.values()].map(({ partitionKey, rowKey, turn, at }): ContextEntity => ({
      partitionKey, rowKey, frame: JSON.stringify(turn.frame), people: JSON.stringify(turn.people), at,
    }));
    this.pending.clear();
    for (const e of entities) this.writing.add(`${e.partitionKey}|${e.rowKey}`);
    this.round = Promise.all(entities.map((e) => this.write(e))).then(() => {
      this.writing.clear();
      this.round = undefined;
      this.schedule();
    });
  }

  private async write(entity: ContextEntity): Promise<void> {
    try {
      const table = await this.tables.ensure("Context");
      await table.upsertEntity<ContextEntity>(entity, "Replace");
    } catch (err) {
      this.onError(err, "write");
    }
  }
}
