// Where the bot can post (table Conversations): one row per conversation it was installed in or talked in.
// PartitionKey = the conversation kind (personal, groupChat, channel), RowKey = the conversation id in base64url
// (Teams ids hold characters Table Storage refuses in keys). The department channel is a row of its own in
// partition "settings". Rows are never deleted: an uninstall or a 403/404 from Teams marks them stale.
import { odata, type TableClient } from "@azure/data-tables";
import type { ConversationReference } from "botbuilder";
import { storageStatus, type Tables } from "./tables";
import { redactCpr } from "../domain/cpr";

/** The kind of conversation, as Teams names it. */
export type ConversationKind = "personal" | "groupChat" | "channel";

/** A conversation the bot can post in. */
export interface StoredConversation {
  readonly kind: ConversationKind;
  readonly conversationId: string;
  /** The Bot Framework reference, serviceUrl included (continueConversationAsync needs it). */
  readonly reference: Partial<ConversationReference>;
  /** Personal chats: the user's Entra object id, e-mail/UPN and the person of the organisation, when known. */
  readonly aadObjectId?: string;
  readonly email?: string;
  readonly personId?: string;
  readonly stale: boolean;
  readonly staleReason?: string;
  readonly updatedAt: Date;
}

/** Conversation references: save, mark stale, read. */
export interface ConversationStore {
  /** Saves (or refreshes) a reference; a stale one becomes usable again. */
  save(conversation: Omit<StoredConversation, "stale" | "staleReason">): Promise<void>;
  markStale(kind: ConversationKind, conversationId: string, reason: string): Promise<void>;
  get(kind: ConversationKind, conversationId: string): Promise<StoredConversation | undefined>;
  /** Every conversation, stale ones included (callers skip them). */
  list(): Promise<StoredConversation[]>;
  setDepartmentChannel(conversationId: string, byPersonId: string): Promise<void>;
  /** The department channel, unless it has gone stale or none was chosen. */
  departmentChannel(): Promise<StoredConversation | undefined>;
}

interface ConversationEntity {
  partitionKey: string;
  rowKey: string;
  conversationId: string;
  reference: string;
  aadObjectId?: string;
  email?: string;
  personId?: string;
  stale: boolean;
  staleReason?: string;
  updatedAt: Date;
}

const SETTINGS = "settings";
const DEPARTMENT_CHANNEL = "departmentChannel";

/** A conversation id as a RowKey: base64url has none of / \ # ? and no control characters. */
export function conversationKey(conversationId: string): string {
  return Buffer.from(conversationId, "utf8").toString("base64url");
}

/** Conversation references in Table Storage. */
export class TableConversationStore implements ConversationStore {
  constructor(private readonly tables: Pick<Tables, "ensure">, private readonly clock: () => Date = () => new Date()) {}

  private table(): Promise<TableClient> {
    return this.tables.ensure("Conversations");
  }

  async save(c: Omit<StoredConversation, "stale" | "staleReason">): Promise<void> {
    const table = await this.table();
    // Replace, so a row that was stale loses its staleReason.
    await table.upsertEntity<ConversationEntity>({
      partitionKey: c.kind,
      rowKey: conversationKey(c.conversationId),
      conversationId: c.conversationId,
      reference: JSON.stringify(withoutCpr(c.reference)),
      ...(c.aadObjectId && { aadObjectId: c.aadObjectId }),
      ...(c.email && { email: redactCpr(c.email.toLowerCase()) }),
      ...(c.personId && { personId: c.personId }),
      stale: false,
      updatedAt: c.updatedAt,
    }, "Replace");
  }

  async markStale(kind: ConversationKind, conversationId: string, reason: string): Promise<void> {
    const table = await this.table();
    try {
      await table.updateEntity({ partitionKey: kind, rowKey: conversationKey(conversationId), stale: true, staleReason: reason, updatedAt: this.clock() }, "Merge");
    } catch (err) {
      if (storageStatus(err) !== 404) throw err;
      // Never stored: nothing to mark.
    }
  }

  async get(kind: ConversationKind, conversationId: string): Promise<StoredConversation | undefined> {
    const table = await this.table();
    try {
      return fromEntity(await table.getEntity<ConversationEntity>(kind, conversationKey(conversationId)));
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
  }

  async list(): Promise<StoredConversation[]> {
    const table = await this.table();
    const out: StoredConversation[] = [];
    const filter = odata`PartitionKey ne ${SETTINGS}`;
    for await (const e of table.listEntities<ConversationEntity>({ queryOptions: { filter } })) out.push(fromEntity(e));
    return out;
  }

  async setDepartmentChannel(conversationId: string, byPersonId: string): Promise<void> {
    const table = await this.table();
    await table.upsertEntity({ partitionKey: SETTINGS, rowKey: DEPARTMENT_CHANNEL, conversationId, by: byPersonId, updatedAt: this.clock() }, "Replace");
  }

  async departmentChannel(): Promise<StoredConversation | undefined> {
    const table = await this.table();
    let conversationId: string;
    try {
      conversationId = (await table.getEntity<{ conversationId: string }>(SETTINGS, DEPARTMENT_CHANNEL)).conversationId;
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw err;
    }
    const channel = await this.get("channel", conversationId);
    return channel && !channel.stale ? channel : undefined;
  }
}

/**
 * The reference with the names people type (display names, a group chat's or channel's name) passed through the
 * CPR guard; ids and the service URL are kept exactly, or Teams could not be reached with it.
 */
function withoutCpr(reference: Partial<ConversationReference>): Partial<ConversationReference> {
  const named = <T extends { name?: string }>(party: T | undefined): T | undefined =>
    party && typeof party.name === "string" ? { ...party, name: redactCpr(party.name) } : party;
  return {
    ...reference,
    ...(reference.user && { user: named(reference.user) }),
    ...(reference.bot && { bot: named(reference.bot) }),
    ...(reference.conversation && { conversation: named(reference.conversation) }),
  };
}

function fromEntity(e: ConversationEntity): StoredConversation {
  return {
    kind: e.partitionKey as ConversationKind,
    conversationId: e.conversationId,
    reference: JSON.parse(e.reference) as Partial<ConversationReference>,
    ...(e.aadObjectId && { aadObjectId: e.aadObjectId }),
    ...(e.email && { email: e.email }),
    ...(e.personId && { personId: e.personId }),
    stale: Boolean(e.stale),
    ...(e.staleReason && { staleReason: e.staleReason }),
    updatedAt: new Date(e.updatedAt),
  };
}
