// What every card has: the Adaptive Card JSON itself, its refresh block, the languages, and a person as cards
// show them.
import type { Lang } from "../../domain/format";

/** The languages the cards are written in (the bot's languages). */
export type { Lang };

/** An Adaptive Card as plain JSON, ready to be wrapped in an attachment (contentType application/vnd.microsoft.card.adaptive). */
export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: string;
  readonly version: string;
  readonly body: readonly Record<string, unknown>[];
  readonly actions?: readonly Record<string, unknown>[];
  readonly refresh?: CardRefresh;
  readonly [property: string]: unknown;
}

/** The card's refresh block (Universal Actions): Teams calls the verb to get a card for the viewing user. */
export interface CardRefresh {
  readonly action: { readonly type: "Action.Execute"; readonly verb: string; readonly data: Record<string, unknown> };
  /** Teams user MRIs that get the automatic refresh; absent means everyone in a chat of at most 60 people. */
  readonly userIds?: readonly string[];
}

/** A person as a card shows them: name and work contact, all optional but the name. */
export interface ContactPerson {
  readonly name: string;
  readonly title?: string;
  /** As written in the organisation file, "+45 63 33 70 01"; the tel: link drops the spaces. */
  readonly phone?: string;
  readonly email?: string;
}

/** A contact who may be away today; `absentToday` is the reason as the rota has it ("ferie", "syg", …). */
export interface ContactWithAbsence extends ContactPerson {
  readonly absentToday?: string;
}
