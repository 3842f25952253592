// Cutting a long list to what fits in a Teams message, with a line saying how many are left out. Teams refuses a
// message over about 28 KB and a contact row is about 1 KB, so each card has its maximum (MAX_PEOPLE, …); the sizes
// are tested with worst-case data.
import type { Lang } from "../cardData";
import { texts } from "../texts";

/** The first `max` items and a "… og 3 flere" line (empty when nothing is cut). */
export function firstOf<T>(items: readonly T[], max: number, lang: Lang): { shown: readonly T[]; more: string } {
  return items.length > max ? { shown: items.slice(0, max), more: texts(lang).more(items.length - max) } : { shown: items, more: "" };
}
