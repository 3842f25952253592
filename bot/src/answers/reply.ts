// What every answerer returns and may depend on, and the small helpers they share. No Bot Framework here: the
// Teams handler sends what an answerer returns.
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import type { IsoDate, Person } from "../domain/organisation";
import type { DayInfo } from "../domain/calendar";
import type { CheckRecord } from "../domain/checkRecords";
import { factsOf, type Away } from "../domain/coverage";
import * as cards from "../cards";
import type { AdaptiveCard, ContactWithAbsence } from "../cards";

/**
 * What the bot sends back: one card and its plain-text summary, or a line of text alone ("Selv tak."), and the
 * people it named first (for "hans", "hendes").
 */
export interface Reply {
  readonly intent: string;
  readonly card?: AdaptiveCard;
  readonly text: string;
  /** Person ids the answer is about, the one to ask first first. */
  readonly people?: readonly string[];
}

/** Facts of the turn an answer may depend on; each answerer declares which it needs. */
export interface AskContext {
  readonly now: Date;
  /** The person the asker is, when the Teams user could be linked. */
  readonly asker?: Person;
  /** The e-mail/UPN Teams gave, for "I don't know you" replies. */
  readonly askerEmail?: string;
  /** Check records by occurrence key (from storage; only for check questions): the recent ones and every deviation. */
  readonly completions?: ReadonlyMap<string, CheckRecord>;
  /** True when the check log could not be read: check answers say so. */
  readonly completionsUnavailable?: boolean;
}

/** What an answerer needs beyond the frame and the organisation, so the handler fetches only that. */
export interface Needs {
  /** The asker as a person of the organisation (a Teams look-up on the first question of a conversation). */
  readonly asker?: boolean;
  /** Completions from the check log (a storage read). */
  readonly completions?: boolean;
}

/** One intent's answer: what it needs, and the reply built from the frame. */
export interface Answerer {
  readonly needs: (frame: Frame) => Needs;
  /** Whether the reply depends only on the organisation version, the day, the asker and the frame (safe to memo). */
  readonly dayStable: boolean;
  readonly answer: (frame: Frame, directory: Directory, context: AskContext) => Reply;
}

export const NEEDS_NOTHING = (): Needs => ({});

/** A reply of one card. */
export function reply(frame: Frame, card: AdaptiveCard, text: string, people?: readonly string[]): Reply {
  return people && people.length > 0 ? { intent: frame.intent, card, text, people } : { intent: frame.intent, card, text };
}

/** A reply of one line of text, no card: what a colleague would write back to "tak". */
export function textReply(frame: Frame, text: string): Reply {
  return { intent: frame.intent, text };
}

/** A person as a contact row, marked when away on `date`. */
export function contactMaker(directory: Directory, date: IsoDate): (personId: string) => ContactWithAbsence {
  return (personId) => {
    const p = directory.person(personId);
    if (!p) return { name: personId };
    return { name: p.name, title: p.title, phone: p.phone, email: p.email, absentToday: absenceOn(directory, p.id, date)?.reason };
  };
}

/** A whole-day absence of a person on a date (coverage/presence.ts's day facts), for "fraværende i dag" on a contact. */
export function absenceOn(directory: Directory, personId: string, date: IsoDate): Away | undefined {
  return factsOf(directory.organisation, date, directory.calendar).awayBy.get(personId)?.find((a) => !a.slots?.length);
}

/** "I don't know you": the asker could not be linked to a person of the organisation. */
export function unknownUserReply(frame: Frame, context: AskContext): Reply {
  const data: cards.ErrorCardData = { kind: "unknownUser", email: context.askerEmail };
  return reply(frame, cards.renderErrorCard(data, frame.lang), cards.errorSummary(data, frame.lang));
}

/** The frame named something the organisation no longer has (an edit in between): say what was understood. */
export function notUnderstood(frame: Frame): Reply {
  const data: cards.UnknownCardData = { understood: [], suggestions: [] };
  return { intent: `${frame.intent}:missing`, card: cards.renderUnknownCard(data, frame.lang), text: cards.unknownSummary(data, frame.lang) };
}

/** Why a day has no rota, for cards. */
export function dayOff(day: DayInfo): cards.DayOff | undefined {
  const off = day.off;
  if (!off || off.kind === "halfDay") return undefined;
  return { reason: off.kind, holidayName: off.name };
}


/** The people a frame is about: named, or the asker for "jeg". */
export function subjects(frame: Frame, context: AskContext): readonly string[] {
  if (frame.people && frame.people.length > 0) return frame.people;
  return frame.self && context.asker ? [context.asker.id] : [];
}
