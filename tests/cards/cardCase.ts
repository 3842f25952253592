// The card tests' case shape: a card rendered from sample data, the words it must (and must not) show, its summary.
import type { AdaptiveCard, Lang } from "../../bot/src/cards/cardData";

export const LANGS: readonly Lang[] = ["da", "en"];

/** A card rendered from sample data, the words it must show in Danish, and the summary for the reply text. */
export interface CardCase {
  readonly name: string;
  readonly card: (lang: Lang) => AdaptiveCard;
  readonly summary: (lang: Lang) => string;
  /** Strings that must appear in the Danish card (texts, fact values, urls, imBack values). */
  readonly da: readonly string[];
  /** Strings that must appear in the English card. */
  readonly en?: readonly string[];
  /** Strings that must not appear in the Danish card. */
  readonly notDa?: readonly string[];
}

/** One row of a card's cases: its data instead of the card and summary functions. */
type CaseRow<D> = Omit<CardCase, "card" | "summary"> & { readonly data: D };

/** The cases of one card: each row's card and summary bound to its data, so card and summary always agree. */
export function casesOf<D>(
  renderCard: (data: D, lang: Lang) => AdaptiveCard,
  summarise: (data: D, lang: Lang) => string,
  rows: readonly CaseRow<NoInfer<D>>[],
): CardCase[] {
  return rows.map(({ data, ...row }) => ({ ...row, card: (lang) => renderCard(data, lang), summary: (lang) => summarise(data, lang) }));
}
