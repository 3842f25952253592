// The message as a question: the sentence that asks (a long message often explains first), its language, and
// whether it may lean on the previous turn. Read before, and without, the organisation.
import { isReplyToBot, isSmallTalk, type Frame, type Language } from "../frame";
import { MAX_QUERY_WORDS } from "../orgIndex";
import { fold, stem, stripHtml, tokens } from "../text";
import { DANISH_WORDS, ENGLISH_WORDS, PRONOUNS, cuePhraseAt, openingLength, type Cue } from "../vocabulary";

/** A question is read up to this many characters (the sentence that asks, see pickQuestionText). */
export const MAX_QUESTION_CHARS = 300;
/** Messages are read up to this many characters; past it they are not questions. */
export const MAX_MESSAGE_CHARS = 4000;

/**
 * Whether a message may lean on the previous turn, decided from the frame read alone so that a self-contained
 * question costs no storage read: it starts like a follow-up ("og …", "hvad med …"), points with a pronoun, or
 * says too little alone. The bot's words for both are vocabulary.ts's, as the Reading uses them.
 */
export function mayFollowUp(frame: Frame, { words }: AskedWords): boolean {
  if (words.some((w) => PRONOUNS.has(w))) return true;
  const stems = words.map(stem);
  // "tak, og i morgen?": the follow-up word may come after "tak", "ok" or "hej".
  if (cuePhraseAt(words, stems, openingLength(words, stems), LEADS_ON) > 0) return true;
  // "tak" and "ok" alone answer the bot; they lean on nothing.
  return frame.intent === "unknown" || (isSmallTalk(frame.intent) && !isReplyToBot(frame.intent));
}

const LEADS_ON: ReadonlySet<Cue> = new Set<Cue>(["followUp"]);

/** A message read as a question: the words of the sentence that asks (pickQuestionText), and their language. */
export interface AskedWords {
  readonly words: readonly string[];
  readonly lang: Language;
}

/** Reads a message once for everything a turn asks of it: its language, understand() and mayFollowUp(). */
export function readQuestion(text: string): AskedWords {
  const words = tokens(pickQuestionText(String(text ?? "")), MAX_QUERY_WORDS);
  return { words, lang: languageOfWords(words) };
}

/** The message as read, whether given as text (anything, even not a string: it never throws) or already read. */
export function asAsked(text: string | AskedWords): AskedWords {
  return typeof text === "object" && text !== null && Array.isArray(text.words) ? text : readQuestion(text as string);
}

/** The language of a message (for replies that do not read it further, such as the CPR warning). */
export function languageOf(text: string): Language {
  return readQuestion(text).lang;
}

/**
 * The part of a message that asks: a long message often explains first and asks last ("Jeg har en borger ved
 * skranken … Hvem er fyrtårn for pas?"). The last sentence that is a question (ends in "?" or starts with a question
 * word) wins; a short message is read whole.
 */
export function pickQuestionText(text: string): string {
  const plain = stripHtml(text.slice(0, MAX_MESSAGE_CHARS)).replace(/\s+/g, " ").trim();
  if (plain.length <= MAX_QUESTION_CHARS) return plain;
  const sentences = plain.split(/(?<=[.!?\n])\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
  const asking = (s: string): boolean => s.endsWith("?") || QUESTION_START.test(s);
  const chosen = [...sentences].reverse().find(asking) ?? sentences[0] ?? plain;
  return chosen.slice(0, MAX_QUESTION_CHARS);
}
const QUESTION_START = /^(hvem|hvad|hvornår|hvor|hvilke|hvilken|hvordan|kan|er|har|who|what|when|where|which|how|can|is|are|does|do)\b/i;

/** English when more English than Danish function words; Danish on a tie (the organisation's language). */
export function languageOfWords(words: readonly string[]): Language {
  let english = 0;
  let danish = 0;
  for (const word of words) {
    const folded = fold(word);
    if (ENGLISH_WORDS.has(folded)) english++;
    if (DANISH_WORDS.has(folded)) danish++;
  }
  return english > danish ? "en" : "da";
}
