// The morning card: today's gaps in the rota, to every koordinator, each fillable from the card (pick a
// replacement, "Sæt ind"). Its types, words and view are here; the layout is templates/morningGaps.json.
import type { AdaptiveCard, Lang, RotaGap } from "./cardData";
import { gapText } from "./gapTexts";
import { TEXTS } from "./texts";
import type { IsoDate } from "../domain/organisation";
import { formatDate, formatShortDate, showYear } from "../domain/format";
import { capitalise } from "./format";
import { expand } from "./expand";
import { TEMPLATES } from "./render";

/** A gap as the card words it (names, not ids). */
export type MorningGap = RotaGap;

/** One gap with who could fill it. */
export interface MorningGapItem {
  /** The coverage module's gapKey: sent back by "Sæt ind". */
  readonly key: string;
  readonly gap: MorningGap;
  /** The duty a replacement goes on (absent for an area with nobody in: no rota change fills that). */
  readonly duty?: string;
  readonly dutyName?: string;
  /** In and free in that slot, who had the duty most recently first. */
  readonly candidates: readonly { readonly person: string; readonly name: string; readonly lastHadDuty?: IsoDate }[];
}

/** What the last click did. */
export type MorningNotice =
  | { readonly kind: "filled"; readonly replacement: string; readonly duty: string; readonly slot: string }
  | { readonly kind: "alreadyFilled"; readonly by: readonly string[]; readonly duty?: string; readonly slot?: string }
  | { readonly kind: "pickSomeone" }
  | { readonly kind: "notFree"; readonly name: string }
  | { readonly kind: "conflict" }
  | { readonly kind: "notAllowed" };

/** The morning card. */
export interface MorningCardData {
  readonly date: IsoDate;
  readonly today: IsoDate;
  readonly gaps: readonly MorningGapItem[];
  readonly notice?: MorningNotice;
}

/** Most gaps one card lists. */
export const MAX_GAPS = 12;


const WORDS = {
  da: {
    heading: (date: string) => `Huller i rulleplanen ${date}`,
    none: "Der er ingen huller i rulleplanen i dag.",
    pick: (duty: string) => `Sæt ind på ${duty}`,
    suggested: (date: string) => `havde opgaven ${date}`,
    noCandidates: "Ingen er ledige i det tidsrum.",
    fill: "Sæt ind",
    placeholder: "Vælg en person",
    notice: (n: MorningNotice): string => {
      switch (n.kind) {
        case "filled": return `${n.replacement} er sat ind på ${n.duty}, ${n.slot.toLowerCase()}. Rulleplanen er opdateret.`;
        case "alreadyFilled": return `Hullet er allerede udfyldt${n.by.length ? ` af ${TEXTS.da.and(n.by)}` : ""}.`;
        case "pickSomeone": return "Vælg hvem der skal sættes ind.";
        case "notFree": return `${n.name} er ikke længere ledig i det tidsrum. Vælg en anden.`;
        case "conflict": return "Rulleplanen blev ændret af en anden imens. Intet er overskrevet; se kortet, som det er nu.";
        case "notAllowed": return "Kun koordinatorer og sektionslederen kan ændre rulleplanen.";
      }
    },
  },
  en: {
    heading: (date: string) => `Gaps in the rota ${date}`,
    none: "There are no gaps in the rota today.",
    pick: (duty: string) => `Put on ${duty}`,
    suggested: (date: string) => `had the duty ${date}`,
    noCandidates: "Nobody is free in that slot.",
    fill: "Put on",
    placeholder: "Pick a person",
    notice: (n: MorningNotice): string => {
      switch (n.kind) {
        case "filled": return `${n.replacement} is on ${n.duty}, ${n.slot.toLowerCase()}. The rota is updated.`;
        case "alreadyFilled": return `This gap is already filled${n.by.length ? ` by ${TEXTS.en.and(n.by)}` : ""}.`;
        case "pickSomeone": return "Pick who to put on.";
        case "notFree": return `${n.name} is no longer free in that slot. Pick someone else.`;
        case "conflict": return "Someone else changed the rota meanwhile. Nothing was overwritten; this is the card as it is now.";
        case "notAllowed": return "Only coordinators and the section leader can change the rota.";
      }
    },
  },
} as const;

/** The plain-text summary. */
export function morningSummary(data: MorningCardData, lang: Lang): string {
  const w = WORDS[lang];
  const date = formatDate(data.date, lang, { year: showYear(data.date, data.today) });
  if (data.gaps.length === 0) return `${capitalise(w.heading(date))}: ${w.none}`;
  return `${capitalise(w.heading(date))}: ${data.gaps.slice(0, 3).map((g) => gapText(g.gap, lang)).join(" ")}${data.gaps.length > 3 ? " …" : ""}`;
}

export function renderMorningCard(data: MorningCardData, lang: Lang): AdaptiveCard {
  const w = WORDS[lang];
  const date = formatDate(data.date, lang, { year: showYear(data.date, data.today) });
  const shown = data.gaps.slice(0, MAX_GAPS);
  return expand(TEMPLATES.morningGaps, {
    lang,
    summary: morningSummary(data, lang),
    date: data.date,
    heading: capitalise(w.heading(date)),
    emptyText: data.gaps.length === 0 ? w.none : "",
    notice: data.notice ? w.notice(data.notice) : "",
    noticeStyle: data.notice?.kind === "filled" ? "good" : "attention",
    more: data.gaps.length > shown.length ? (lang === "da" ? `… og ${data.gaps.length - shown.length} flere` : `… and ${data.gaps.length - shown.length} more`) : "",
    gaps: shown.map((item, i) => ({
      text: gapText(item.gap, lang),
      fillable: item.duty !== undefined && item.candidates.length > 0,
      noCandidates: item.duty !== undefined && item.candidates.length === 0 ? w.noCandidates : "",
      inputId: `replacement${i}`,
      label: item.dutyName ? w.pick(item.dutyName) : "",
      fill: w.fill,
      placeholder: w.placeholder,
      key: item.key,
      choices: item.candidates.map((c) => ({
        title: c.lastHadDuty ? `${c.name} (${w.suggested(formatShortDate(c.lastHadDuty, lang))})` : c.name,
        value: c.person,
      })),
    })),
  });
}
