// Weighing a match: how well a query term meets an indexed term (exact, a prefix, a typo), and how completely and
// exactly the words of a question name an entity by one of its aliases.
import { editDistance, maxEdits } from "../text";
import type { Alias } from "./entities";

/** Prefix search only for terms at least this long, so that "pas" does not match every "pas…". */
export const MIN_PREFIX_LENGTH = 4;

/** An entity a search met: its score, the search terms that met it and the indexed terms they met. */
export interface Candidate {
  readonly key: number;
  score: number;
  readonly sources: string[];
  readonly terms: string[];
}

/** A search term of the question: a word, stemmed, or the known head of a compound. */
export interface QueryTerm {
  readonly term: string;
  /** Index of the word it came from. */
  readonly index: number;
  /** 1 for the word itself, less for a part of it. */
  readonly exactness: number;
}

/** How well a query term matches an indexed term: 1 exact, less for a prefix or a typo, 0 not at all. */
function termQuality(query: string, term: string): number {
  if (query === term) return 1;
  if (query.length >= MIN_PREFIX_LENGTH && term.startsWith(query)) return 0.7 + (0.3 * query.length) / term.length;
  // A long typed word may carry two typos even when the stem it meets is shorter ("brevstemmr" -> "brevstem").
  const limit = Math.min(maxEdits(query.length), maxEdits(term.length) + 1);
  if (limit === 0) return 0;
  const distance = editDistance(query, term, limit);
  return distance <= limit ? 1 - 0.15 * distance : 0;
}

/** How well the query names an entity by one alias: each alias term takes the best unused query word. */
export function weighAlias(
  alias: Alias,
  matched: ReadonlySet<string>,
  query: readonly QueryTerm[],
): { score: number; coverage: number; exactness: number; words: number[] } | undefined {
  let total = 0;
  let covered = 0;
  let matchedWeight = 0;
  let weighted = 0;
  const used: number[] = [];
  for (let t = 0; t < alias.terms.length; t++) {
    const term = alias.terms[t];
    const weight = alias.weights[t];
    total += weight;
    if (!matched.has(term)) continue;
    let bestQuality = 0;
    let bestShare = 0;
    let bestWord = -1;
    for (const q of query) {
      if (used.includes(q.index)) continue;
      const quality = termQuality(q.term, term) * q.exactness;
      if (quality > bestQuality) {
        bestQuality = quality;
        bestWord = q.index;
        // A prefix ("korek") covers only its part of the term: it is a hint, not the name.
        bestShare = q.term !== term && term.startsWith(q.term) ? q.term.length / term.length : 1;
      }
    }
    if (bestWord < 0) continue;
    used.push(bestWord);
    covered += weight * bestShare;
    matchedWeight += weight;
    weighted += weight * bestQuality;
  }
  if (used.length === 0 || total === 0) return undefined;
  const coverage = covered / total;
  // A little for every word used, so "Anne Kristensen" beats the first name "Anne" shared by others.
  const score = (weighted / total) * alias.boost + 0.02 * (used.length - 1);
  const exactness = matchedWeight > 0 ? weighted / matchedWeight : 0;
  return { score, coverage, exactness, words: used.sort((a, b) => a - b) };
}
