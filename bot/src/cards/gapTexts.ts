// A gap in the rota in words: one sentence each, the same on the rota card, in its summary and on the morning card.
// An absence reason is worded by the language's texts ("kursus" is "course" in English), as on every other card.
import type { Lang, RotaGap } from "./cardData";
import { texts, type CardTexts } from "./texts";

const WORDS: Readonly<Record<Lang, (g: RotaGap, x: Pick<CardTexts, "and" | "reason">) => string>> = {
  da: (g, { and, reason }) => {
    switch (g.kind) {
      case "understaffed":
        return `${g.duty}, ${g.slot.toLowerCase()}: ${g.present} af mindst ${g.minStaff}${g.absent.length ? ` (væk: ${and(g.absent.map((a) => `${a.name}, ${reason(a.reason)}`))})` : ""}.`;
      case "doubleBooked":
        return `${g.person} står på både ${and(g.duties)} i ${g.slot.toLowerCase()}.`;
      case "absentPlanned":
        return `${g.person} (${reason(g.reason)}) står på ${g.duty}, ${g.slot.toLowerCase()}, og ingen er sat ind i stedet.`;
      case "areaUncovered":
        return `${g.area}: både fyrtårn og backup er væk (${and(g.away.map((a) => `${a.name}: ${reason(a.reason)}`))}). Spørgsmål går til koordinatoren.`;
    }
  },
  en: (g, { and, reason }) => {
    switch (g.kind) {
      case "understaffed":
        return `${g.duty}, ${g.slot.toLowerCase()}: ${g.present} of at least ${g.minStaff}${g.absent.length ? ` (away: ${and(g.absent.map((a) => `${a.name}, ${reason(a.reason)}`))})` : ""}.`;
      case "doubleBooked":
        return `${g.person} is on both ${and(g.duties)} in ${g.slot.toLowerCase()}.`;
      case "absentPlanned":
        return `${g.person} (${reason(g.reason)}) is on ${g.duty}, ${g.slot.toLowerCase()}, with nobody instead.`;
      case "areaUncovered":
        return `${g.area}: lighthouse and backup are both away (${and(g.away.map((a) => `${a.name}: ${reason(a.reason)}`))}). Questions go to the coordinator.`;
    }
  },
};

/** One gap as a sentence in `lang`. */
export function gapText(gap: RotaGap, lang: Lang): string {
  return WORDS[lang](gap, texts(lang));
}
