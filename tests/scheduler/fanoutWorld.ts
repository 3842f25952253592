// A fan-out to many personal chats, shared by the fault tests and the benchmarks: the demo organisation with
// `recipients` generated people in one meeting's audience (one P1D reminder each), optionally a few "busy" people
// who are also in the audience of `messages` more meetings at the same time (many messages into one
// conversation), and their stored conversation references pointing at a mock connector.
import type { Organisation, Person, Meeting } from "../../bot/src/domain/organisation";
import { Directory } from "../../bot/src/domain/directory";
import { meetingReminders, nextOccurrence } from "../../bot/src/domain/occurrences";
import type { ConversationStore } from "../../bot/src/storage/conversationStore";
import { demoOrganisation } from "../helpers/demo";

/** The organisation, when its reminders fall due, and what each conversation should receive. */
export interface Fanout {
  readonly organisation: Organisation;
  readonly people: readonly Person[];
  /** When the P1D reminders fall due. */
  readonly dueAt: Date;
  /** The fan-out meeting's occurrence key (the claims' partition). */
  readonly occurrence: string;
  /** Conversation id ("a:<person id>") → messages it should get. */
  readonly expected: ReadonlyMap<string, number>;
}

/** Builds the fan-out; `busy` adds `messages` meetings whose audience is the first `conversations` people. */
export function fanout(recipients: number, busy: { conversations: number; messages: number } = { conversations: 0, messages: 0 }, after = new Date()): Fanout {
  const demo = demoOrganisation();
  const template = demo.people.find((p) => p.role === "medarbejder")!;
  const people: Person[] = Array.from({ length: recipients }, (_, i) => ({ ...template, id: `p${i}`, name: `Medarbejder ${i}`, email: `p${i}@eksempel.dk`, aadObjectId: undefined }));
  const base = demo.meetings.find((m) => m.id === "personalemoede") ?? demo.meetings[0];
  const meeting: Meeting = { ...base, id: "fanout", remind: ["P1D"], audience: people.map((p) => p.id) };
  const busyPeople = people.slice(0, busy.conversations).map((p) => p.id);
  const extra: Meeting[] = Array.from({ length: busy.conversations > 0 ? busy.messages : 0 }, (_, k) => ({ ...meeting, id: `busy-${k}`, audience: busyPeople }));
  const organisation: Organisation = { ...demo, people: [...demo.people, ...people], meetings: [meeting, ...extra], checks: [] };
  const directory = new Directory(organisation);
  const next = nextOccurrence(meeting, organisation, directory.calendar, new Date(after.getTime() + 2 * 86_400_000));
  if (!next) throw new Error("the fan-out meeting has no next occurrence");
  const dueAt = meetingReminders(next, meeting, directory.calendar)[0].at;
  const expected = new Map(people.map((p, i) => [`a:${p.id}`, 1 + (i < busy.conversations ? busy.messages : 0)]));
  return { organisation, people, dueAt, occurrence: next.key, expected };
}

/** Stores a personal conversation reference per person, pointing at `serviceUrl`. */
export async function saveConversations(store: Pick<ConversationStore, "save">, people: readonly Person[], serviceUrl: string, stamp = new Date()): Promise<void> {
  for (let i = 0; i < people.length; i += 100) {
    await Promise.all(people.slice(i, i + 100).map((p) => store.save({
      kind: "personal", conversationId: `a:${p.id}`, personId: p.id, updatedAt: stamp,
      reference: { serviceUrl, channelId: "msteams", conversation: { id: `a:${p.id}`, isGroup: false, conversationType: "personal", name: "" }, bot: { id: "28:bot", name: "Fyrtårn" } },
    })));
  }
}

/** Delivered 0, 1 and 2+ times, against what each conversation should get. */
export function tally(expected: ReadonlyMap<string, number>, delivered: ReadonlyMap<string, number>): { lost: number; once: number; twice: number; duplicatedConversations: string[] } {
  let lost = 0;
  let once = 0;
  let twice = 0;
  const duplicatedConversations: string[] = [];
  for (const [id, want] of expected) {
    const got = delivered.get(id) ?? 0;
    if (got < want) lost += want - got;
    once += Math.min(got, want);
    if (got > want) {
      twice += got - want;
      duplicatedConversations.push(id);
    }
  }
  return { lost, once, twice, duplicatedConversations };
}

/** Every claim key of the fan-out meeting (one per person). */
export function fanoutClaimKeys(world: Pick<Fanout, "occurrence" | "people">): { occurrence: string; kind: string; recipient: string }[] {
  return world.people.map((p) => ({ occurrence: world.occurrence, kind: "meeting:P1D", recipient: `person:${p.id}` }));
}
