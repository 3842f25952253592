// Lists in words, the same rule in both languages: "A, B og C", "A, B or C", and a suggested question inside
// "Mente du: …?".

/** A suggestion inside "Mente du: …?" loses its own question mark ("Hvem er i Ydelseskontoret??"). */
export const withoutQuestionMark = (suggestion: string): string => suggestion.replace(/\s*\?+\s*$/, "");

/** Joins items with commas and `word` before the last: "A, B og C". */
export function joinWith(word: string): (items: readonly string[]) => string {
  return (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`);
}
