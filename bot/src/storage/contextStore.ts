// The previous turn of each conversation and user (its frame and the people its answer named), kept 30 minutes
// for follow-ups ("og backup?", "hendes nummer?"). In Table Storage, because Azure may run two instances and a
// follow-up may land on the other one. A self-contained question never reads it; a follow-up reads it once. The
// row is written after the reply has been sent. This instance's own last turns are kept in memory too, used only
// when storage cannot be read (a follow-up then still works on the instance that answered before).
import { createHash } from "node:crypto";
import { CONTEXT_TTL_MS, type Frame, type PreviousTurn } from "../domain/frame";
import { storageStatus, type Tables } from "./tables";

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

/** How many turns a process keeps in memory (least recently used go first). */
const MEMORY_LIMIT = 5000;

/** Conversation and user ids may hold characters a row key may not ("/", "#", "?"): keys are hashes. */
function key(id: string): string {
  return createHash("sha256").update(id).digest("hex").slice(0, 40);
}

/** Previous turns in Table Storage, with this instance's own in memory as a fallback. */
export class TableContextStore implements ContextStore {
  private readonly memory = new Map<string, { turn: PreviousTurn; at: number }>();

  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly tables: Pick<Tables, "ensure">,
    private readonly onError: (err: unknown, what: "read" | "write") => void = () => undefined,
  ) {}

  /** Resolves when every write started so far has finished (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  async previous(conversationId: string, userId: string, now: Date): Promise<PreviousTurn | undefined> {
    const pk = key(conversationId);
    const rk = key(userId);
    try {
      const table = await this.tables.ensure("Context");
      const entity = await table.getEntity<ContextEntity>(pk, rk);
      if (now.getTime() - entity.at > CONTEXT_TTL_MS) return undefined;
      return { frame: JSON.parse(entity.frame) as Frame, people: JSON.parse(entity.people) as string[] };
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      this.onError(err, "read");
      const kept = this.memory.get(`${pk}|${rk}`);
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
    const entity: ContextEntity = { partitionKey: pk, rowKey: rk, frame: JSON.stringify(turn.frame), people: JSON.stringify(turn.people), at: now.getTime() };
    const write = this.tables
      .ensure("Context")
      .then((table) => table.upsertEntity<ContextEntity>(entity, "Replace"))
      .then(() => undefined, (err: unknown) => this.onError(err, "write"))
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
  }
}
