// Every word the cards show, in Danish (da.ts) and English (en.ts). `labels` are plain strings handed to the
// templates as `t`; the functions compose sentences from data (lists, plurals, dates) before they reach a template.
// The shape of one language's words is cardTexts.ts.
import type { Lang } from "../cardData";
import type { CardTexts } from "./cardTexts";
import { da } from "./da";
import { en } from "./en";

export type { CardLabels, CardTexts } from "./cardTexts";

/** The words of a language. */
export const TEXTS: Readonly<Record<Lang, CardTexts>> = { da, en };

/** The words of `lang`. */
export function texts(lang: Lang): CardTexts {
  return TEXTS[lang];
}
