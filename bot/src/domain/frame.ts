// What a question asks, as a frame of typed slots: the intent and everything the words named (areas, people, a
// unit, a role, a duty, a slot, a day or a range of days). Taggers in understand/ fill it from the words, a
// table of rules picks the intent from what is filled, and a follow-up ("og backup?", "hvad med i morgen?")
// inherits what it leaves out from the previous frame of the conversation. Plain data: it is stored between turns.
import type { IsoDate } from "./organisation";
import type { EntitySuggestion } from "./orgIndex";
import type { SlotRef } from "./slots";

/** The language to answer in: English when the question clearly is, else Danish. */
export type Language = "da" | "en";

/** The roles and representatives the bot can name. */
export type AskedRole = "sektionsleder" | "koordinator" | "tr" | "amr";


export const INTENTS = [
  "fyrtaarn", "referral", "cover", "rota", "duties", "nextDuty", "absences", "atWork",
  "role", "members", "title", "contact", "personAreas", "competence",
  "nextMeeting", "checks", "check", "help", "greeting", "thanks", "acknowledged", "unknown",
] as const;
/** What a question asks for; one answerer per intent (bot/src/answers/<intent>.ts). */
export type Intent = (typeof INTENTS)[number];

/** Messages that ask about nothing in the organisation: "hjælp", "hej", "tak", "ok". */
const SMALL_TALK: ReadonlySet<Intent> = new Set<Intent>(["help", "greeting", "thanks", "acknowledged"]);

/** True for small talk ("hej", "tak", "hjælp"): such a turn names nothing a follow-up could lean on. */
export function isSmallTalk(intent: Intent): boolean {
  return SMALL_TALK.has(intent);
}

/** True for a message that answers the bot rather than asks ("tak", "ok"): it never leans on the previous turn. */
export function isReplyToBot(intent: Intent): boolean {
  return intent === "thanks" || intent === "acknowledged";
}

/** What of a person or an area the asker wants. */
export type Want = "fyrtaarn" | "backup" | "both" | "phone" | "email" | "all" | "where" | "when";

/** A slot as the question names it (slots.ts): the organisation's slot ids, a clock time, or a part of the day. */
export type SlotAsked = SlotRef;

/** The frame of one question. Every field but `lang` and `intent` is optional: a question fills what it says. */
export interface Frame {
  readonly lang: Language;
  readonly intent: Intent;
  readonly want?: Want;
  /** Area ids, first named first. */
  readonly areas?: readonly string[];
  /** Person ids: the people the question is about; two when a first name is shared ("Sara" -> both). */
  readonly people?: readonly string[];
  /** People the question says are away ("Sara er på ferie, hvem tager pas?"). */
  readonly away?: readonly string[];
  /** "jeg", "min", "I": the question is about the asker. */
  readonly self?: boolean;
  readonly unit?: string;
  readonly role?: AskedRole;
  /** Ids of the people whose title was named ("centerchef"), with the title as the organisation writes it. */
  readonly title?: { readonly label: string; readonly people: readonly string[] };
  readonly duty?: string;
  readonly slot?: SlotAsked;
  /** The first day asked about (inclusive). */
  readonly from?: IsoDate;
  /** The last day asked about (inclusive); equal to `from` for one day. */
  readonly to?: IsoDate;
  /** An absence reason word asked about ("syg", "ferie"), folded. */
  readonly reason?: string;
  /** A competence as the organisation writes it (as asked, when nobody has it), and who has it. */
  readonly competence?: { readonly term: string; readonly people: readonly string[] };
  readonly meeting?: string;
  readonly check?: string;
  /** For "checks": this week's or the ones not done. */
  readonly scope?: "week" | "missing";
  /** True when the frame took slots from the previous one. */
  readonly followUp?: boolean;
  /** For "unknown": the labels of what was recognised, and whole-question suggestions' subjects. */
  readonly understood?: readonly string[];
  readonly suggestions?: readonly EntitySuggestion[];
}

/** The previous turn of a conversation: its frame and the people its answer named first (for "hans", "hendes"). */
export interface PreviousTurn {
  readonly frame: Frame;
  readonly people: readonly string[];
}

/** How long a previous turn counts for follow-ups. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
