// One spelling for the Danish letters, shared by the bot's matching (text.ts) and the tab's people pickers:
// no imports beyond the dependency-free clearingCache.ts, so the tab bundles it without the stemmer.
import { ClearingCache } from "./clearingCache";

/**
 * The canonical form of a word or phrase: lowercase, NFKC, and one spelling for the Danish letters.
 *
 * Staff write "fyrtårn", "fyrtaarn" and "fyrtarn"; "kørekort", "koerekort" and "korekort"; "lægeattest",
 * "laegeattest" and "lageattest". The only form all three spellings can reach is the plain-ASCII one with
 * the letter dropped to its base vowel: æ, ae -> a; ø, oe -> o; å, aa -> a. Other accents go too (é -> e,
 * ü -> u, ä -> a, ö -> o), since a Swedish or German keyboard gives "körekort". The cost is a few
 * collisions between real words ("Michael" and "Michal", "boer" and "bor"), harmless because both the
 * organisation and the question are folded the same way and the matcher ranks whole names, not letters.
 */
export function fold(s: string): string {
  // Lowercase ASCII (most words of a question, as tokens gives them) is its own NFKC form: no normalising.
  const ascii = lowerAscii(s);
  if (ascii !== NOT_ASCII) return ascii === TWO_LETTER_SPELLING ? foldTwoLetters(s) : s;
  const cached = folded.get(s);
  if (cached !== undefined) return cached;
  let t = s.normalize("NFKC").toLowerCase();
  if (lowerAscii(t) === PLAIN) return folded.set(s, t); // plain ASCII with nothing to fold
  t = t.replace(/[æä]/g, "a").replace(/[øö]/g, "o").replace(/å/g, "a");
  t = t.normalize("NFD").replace(/\p{M}+/gu, "");
  return folded.set(s, foldTwoLetters(t));
}

const NOT_ASCII = 0;
const PLAIN = 1;
const TWO_LETTER_SPELLING = 2;

/** Whether `s` is only a-z, 0-9 and spaces, and then whether it holds "aa", "ae" or "oe"; one pass, no regex. */
function lowerAscii(s: string): number {
  let two = false;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return NOT_ASCII;
    // "aa", "ae", "oe": a or o, then a or e.
    if ((previous === 97 || previous === 111) && (c === 97 || c === 101) && !(previous === 111 && c === 97)) two = true;
    previous = c;
  }
  return two ? TWO_LETTER_SPELLING : PLAIN;
}

function foldTwoLetters(t: string): string {
  return t.replace(/aa/g, "a").replace(/ae/g, "a").replace(/oe/g, "o");
}

/** Words that needed normalising, folded: a question folds the same few words many times. */
const folded = new ClearingCache<string, string>(10_000);
