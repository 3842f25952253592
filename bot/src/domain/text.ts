// Text helpers for understanding questions: folding away the many ways staff spell Danish letters, splitting a
// message into words, and Danish stemming. Both the organisation index and the question go through the same
// functions, so a word and its every spelling meet. Everything here runs per question: keep it cheap.
import { StemmerDa } from "@nlpjs/lang-da";

import { fold } from "./fold";
import { ClearingCache } from "./clearingCache";

// fold() lives in its own module so the tab can use it without the stemmer.
export { fold };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", nbsp: " ", quot: '"', apos: "'", lt: "<", gt: ">",
  aelig: "æ", oslash: "ø", aring: "å", AElig: "Æ", Oslash: "Ø", Aring: "Å",
  auml: "ä", ouml: "ö", uuml: "ü", eacute: "é",
};

/** The text without HTML tags and with the common HTML entities decoded (Teams sends some messages as HTML). */
export function stripHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  return s
    .replace(/<[^<>]{0,500}>/g, " ")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name] ?? whole;
    });
}

// A number with inner separators stays one token ("7/12", "7.12", "7/12-2026", "2026-12-07", "10:30") so the
// date reader sees it whole; a word may carry a short dotted ending ("mit.dk", "borger.dk"). Everything
// else (punctuation, emoji, hyphens, apostrophes) separates words: "MED-møde" -> "med", "møde"; "Mette's" ->
// "mette", "s".
const TOKEN = /\p{N}+(?:[./:-]\p{N}+)+|[\p{L}\p{N}]+(?:\.\p{L}{2,3}(?![\p{L}\p{N}]))?/gu;

/** The words of a message, lowercased (NFKC) but not folded, at most `max` of them. HTML is removed first. */
export function tokens(s: string, max = Number.POSITIVE_INFINITY): string[] {
  return splitWords(stripHtml(s), max);
}

/** The words of a text that is not HTML (the organisation's own names), lowercased (NFKC), at most `max`. */
export function splitWords(s: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (max <= 0) return out;
  for (const match of s.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    out.push(match[0]);
    if (out.length >= max) break;
  }
  return out;
}

const stemmer = new StemmerDa();
const stemCache = new ClearingCache<string, string>(50_000);

/**
 * The Danish Snowball stem of a word, in folded form: "fyrtårne", "fyrtaarnet" and "fyrtarn" all give "fyrtarn".
 * The word is folded before stemming rather than after, so that every spelling reaches the stemmer as the same
 * letters and is cut the same way ("koerekortet" and "kørekortet" would otherwise differ in where the suffix
 * region starts). Words with anything but letters (numbers, "mit.dk") are returned folded, unstemmed.
 */
export function stem(word: string): string {
  const folded = fold(word);
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  // Snowball leaves the r of a syncopated "-er" noun ("kundecentret", "teatret", "filtre" -> "…tr") but cuts the
  // base form ("kundecenter" -> "kundecent"): a stem of five letters or more ending in consonant + r drops the r so
  // both meet ("amr" stays).
  const stemmed = /[^\p{L}]/u.test(folded) || folded.length < 3 ? folded : stemmer.stem(folded).replace(/(?<=\p{L}{3}[bcdfghjklmnpqstvwxz])r$/u, "");
  // The stemmer may never empty a word: a stem of "" would match nothing and confuse the index.
  return stemCache.set(folded, stemmed.length > 0 ? stemmed : folded);
}

// Function words of Danish and English that never name anything in an organisation. Kept short on purpose:
// "med" (Lokal-MED), "per", "bo", "hans" (first names) and the bot's own words are not here.
const STOPWORD_LIST = [
  // Danish
  "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "af", "for", "ikke", "der", "var",
  "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "da", "fra", "du", "ud", "sin",
  "dem", "os", "op", "man", "hvor", "eller", "hvad", "skal", "her", "alle", "vil", "blev", "kunne", "ind", "når",
  "være", "dog", "noget", "nogen", "ville", "jo", "deres", "efter", "ned", "skulle", "denne", "end", "dette", "mit",
  "også", "have", "dig", "hende", "mine", "alt", "meget", "sit", "sine", "disse", "hvis", "din", "dine", "nogle",
  "hos", "blive", "mange", "bliver", "hendes", "været", "jer", "sådan", "hvem", "hvilke", "hvilken", "hvilket",
  "hvornår", "hvordan", "hvorfor", "kan", "må", "lige", "så", "ja", "nej", "tak", "hej", "lidt", "godt", "gerne",
  "ca", "hm", "hmm", "ok", "okay", "vel", "bare", "mon", "please", "pls",
  // English
  "a", "an", "the", "is", "are", "am", "be", "was", "were", "of", "in", "on", "at", "to", "from", "by", "with",
  "and", "or", "but", "not", "no", "do", "does", "did", "me", "my", "mine", "you", "your", "we", "our", "us", "it",
  "its", "this", "that", "these", "those", "what", "whats", "who", "whos", "whom", "which", "when", "where", "how",
  "why", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "s", "so", "there", "here",
  "any", "some", "has", "have", "had", "get", "got", "tell", "give", "need", "want", "about", "hi", "hey",
];

/** Folded stopwords. */
const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST.map(fold));

/** True for a function word (Danish or English) that never names anything; compares folded forms. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}

/** How many typing errors a word of this length may carry and still match: none below 5 letters, then 1, from 10 letters 2. */
export function maxEdits(length: number): number {
  if (length < 5) return 0;
  return length < 10 ? 1 : 2;
}

/**
 * The Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours)
 * between a and b, or `limit + 1` as soon as it is known to exceed `limit`. Bounded so that junk input stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n], limit + 1);
}

/** True when `typed` is `known` or within the typing errors allowed for its length (both already folded/stemmed). */
export function closeEnough(typed: string, known: string): boolean {
  if (typed === known) return true;
  const limit = maxEdits(Math.min(typed.length, known.length));
  return limit > 0 && editDistance(typed, known, limit) <= limit;
}

/** Whether a word starts with 0-9 (as /^\d/): the date and clock readers try their number patterns only then. */
export function startsWithDigit(word: string | undefined): boolean {
  const c = word === undefined ? 0 : word.charCodeAt(0);
  return c >= 48 && c <= 57;
}
