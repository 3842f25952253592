// The bot's own words: question words, fyrtårn, rulleplan, telefonnummer, syg, … in Danish and English. Nothing
// here names anything in an organisation: every name, area, duty, slot, synonym and competence comes from the
// organisation file through OrgIndex. understand/tagging.ts reads these words as cues.
import type { Language } from "./frame";
import { fold, stem, tokens } from "./text";

/**
 * Only cue words at least this long (stemmed) are matched with a typo: a typo in a short word is too often another
 * word ("ledig" is not "leder").
 */
export const MIN_FUZZY_CUE = 7;

/** Pronouns that point at the person(s) of the last answer; "hans" is also a first name, so only with a previous turn. */
export const PRONOUNS: ReadonlyMap<string, "one" | "all"> = new Map([
  ...["han", "hun", "ham", "hende", "hans", "hendes", "he", "she", "him", "her", "his", "hers"].map((w) => [w, "one"] as const),
  ...["de", "dem", "deres", "they", "them", "their"].map((w) => [w, "all"] as const),
]);

/** English words for competences the organisation writes in Danish (languages first: "who speaks Arabic"). */
export const ENGLISH_COMPETENCES: ReadonlyMap<string, string> = new Map([
  ["arabic", "arabisk"], ["danish", "dansk"], ["english", "engelsk"], ["german", "tysk"], ["french", "fransk"], ["spanish", "spansk"],
  ["turkish", "tyrkisk"], ["polish", "polsk"], ["ukrainian", "ukrainsk"], ["russian", "russisk"], ["somali", "somali"],
  ["urdu", "urdu"], ["persian", "persisk"], ["farsi", "farsi"], ["kurdish", "kurdisk"], ["tigrinya", "tigrinya"],
  ["romanian", "rumænsk"], ["lithuanian", "litauisk"], ["swedish", "svensk"], ["norwegian", "norsk"], ["italian", "italiensk"],
  ["portuguese", "portugisisk"], ["chinese", "kinesisk"], ["vietnamese", "vietnamesisk"], ["thai", "thai"], ["tamil", "tamil"],
  ["bosnian", "bosnisk"], ["serbian", "serbisk"], ["greenlandic", "grønlandsk"], ["faroese", "færøsk"], ["dari", "dari"],
  ["pashto", "pashto"], ["sign", "tegnsprog"], ["budget", "budget"], ["economy", "økonomi"], ["finance", "økonomi"],
  ["pensions", "pension"], ["housing", "boligstøtte"], ["debt", "gæld"], ["law", "jura"], ["legal", "jura"],
]);

/**
 * Competence words the bot knows, both sides of ENGLISH_COMPETENCES (folded): after "hvem kan" such a word asks for
 * a competence even when nobody in the organisation has it ("hvem kan tyrkisk"), unlike "hvem kan tage telefonen".
 */
export const KNOWN_COMPETENCES: ReadonlySet<string> = new Set([...ENGLISH_COMPETENCES].flat().map(fold));

// ---------------------------------------------------------------------------------------------------------------
// The bot's vocabulary. Phrases are matched on stemmed, folded words, so "fyrtårnene", "fyrtaarn" and a typo in a
// longer word ("rulleplam") all match. A cue word that is also in the organisation ("telefon" is a duty, "rulleplan"
// a competence) is still searched there: what it names counts only when the intent asks for that kind of thing.

/** A kind of bot word; the taggers in understand/tagging.ts read them. */
export type Cue =
  | "fyrtaarn" | "backup" | "knows" | "speaks"
  | "rota" | "rotaWeak" | "my" | "doing"
  | "phone" | "email" | "contact" | "areas"
  | "sektionsleder" | "koordinator" | "tr" | "amr"
  | "referral" | "meeting" | "check" | "missing"
  | "cover" | "absent" | "atWork" | "nextTime" | "members" | "where" | "followUp" | "dayAfter" | "dayBefore"
  | "who" | "when" | "help" | "greeting" | "thanks" | "acknowledged";

export const VOCABULARY: ReadonlyArray<readonly [Cue, readonly string[]]> = [
  ["fyrtaarn", ["fyrtårn", "lighthouse", "specialist", "ekspert", "expert", "superbruger", "nøgleperson", "go to", "goto"]],
  ["backup", ["backup", "back up", "stedfortræder", "afløser", "deputy", "substitute", "reserve", "næstkommanderende"]],
  ["knows", [
    "ved noget om", "ved mest om", "ved om", "kan noget om", "kan om", "kender til", "styr på", "god til", "hvem kan",
    "spørge", "spørg", "knows", "know about", "knows about", "good at", "who can", "ask", "kompetence", "skills", "skill",
  ]],
  ["speaks", ["taler", "snakker", "speaks", "speak", "sprog", "language"]],
  ["rota", [
    "rulleplan", "rota", "vagt", "vagtplan", "vagtskema", "skema", "plan", "dagsplan", "schedule", "roster", "shift",
    "bemanding", "staffing",
  ]],
  ["rotaWeak", [
    "står i", "står på", "sidder i", "sidder på", "er på", "hvem har", "who has", "who is on", "who s on", "whos on",
    "on duty", "duty", "arbejder", "working",
  ]],
  // Not "mig"/"me": "fortæl mig hvem der har hotline" is not about the asker's own duties.
  ["my", ["jeg", "min", "mine", "mit", "my", "myself"]],
  ["doing", ["skal", "laver", "har", "arbejder", "doing", "do", "work", "working", "have"]],
  ["phone", ["telefonnummer", "telefonnr", "tlf", "tlfnr", "nummer", "nr", "mobil", "mobilnummer", "ring", "ringe", "phone", "number", "call", "telefon"]],
  ["email", ["mail", "e mail", "email", "mailadresse", "e mailadresse", "skriv", "skrive", "write"]],
  ["contact", ["kontakt", "kontaktinfo", "kontaktoplysninger", "contact", "details"]],
  ["areas", ["område", "fagområde", "areas", "area", "ansvarlig for", "responsible for"]],
  ["sektionsleder", [
    "sektionsleder", "leder", "chef", "afdelingsleder", "nærmeste leder", "manager", "boss", "section leader", "head",
    "leader",
  ]],
  ["koordinator", ["koordinator", "faglig koordinator", "coordinator"]],
  ["tr", ["tr", "tillidsrepræsentant", "tillidsmand", "tillidskvinde", "union rep", "union representative", "shop steward"]],
  ["amr", ["amr", "arbejdsmiljørepræsentant", "arbejdsmiljø repræsentant", "safety rep", "safety representative"]],
  ["referral", [
    "straks afklare", "straksafklare", "straksafklaring", "straks afklaring", "afklare", "afklaring", "henvise",
    "henvisning", "henvis", "henviser", "sende videre", "send videre", "sender", "videre", "videresende", "klare", "refer", "referral", "redirect",
    "forward", "send on",
  ]],
  ["meeting", ["møde", "meeting", "mødes"]],
  ["check", ["kontrol", "ledelseskontrol", "ledelsestilsyn", "tilsyn", "stikprøve", "check", "checks", "control"]],
  ["missing", [
    "mangler", "manglende", "missing", "overdue", "forfalden", "forfaldne", "forsinket", "udestående", "outstanding",
    "ikke lavet", "ikke udført", "not done", "late", "pending",
  ]],
  ["cover", [
    "dækker for", "dækker", "dække", "tager over for", "afløser for", "afløse", "vikarierer for", "vikar for", "hvem tager",
    "kan tage", "nogen tage", "overtage", "tage over", "can take", "anyone take", "take over",
    "covers for", "cover for", "covering for", "covers", "stands in for", "stand in for", "who takes", "instead of", "i stedet for",
  ]],
  ["absent", [
    "syg", "syge", "sygemeldt", "sygdom", "ferie", "kursus", "afspadsering", "afspadserer", "fri", "væk", "fraværende",
    "fravær", "barsel", "orlov", "hjemme", "sick", "ill", "holiday", "holidays", "vacation", "leave", "away", "absent", "off",
    "course", "day off",
  ]],
  ["atWork", ["på arbejde", "på job", "at work", "in the office", "på kontoret", "er inde", "mødt ind", "møder ind"]],
  ["nextTime", ["næste gang", "next time", "hvornår har", "when do", "when does", "when is my"]],
  ["members", ["medlemmer", "ansatte", "arbejder i", "members", "staff in", "works in", "work in", "who is in", "hvem er i", "hvem er der i"]],
  ["where", ["hvor", "where"]],
  ["followUp", ["og", "and", "hvad med", "what about", "how about", "også", "also", "samme", "same"]],
  ["dayAfter", ["dagen efter", "day after", "næste dag", "the next day", "dagen derpå"]],
  ["dayBefore", ["dagen før", "day before", "dagen inden"]],
  // "er der nogen syge i dag", "is anyone on holiday": asking who, without the word.
  ["who", ["hvem", "who", "whos", "er der nogen", "anyone", "anybody", "someone", "somebody"]],
  ["when", ["hvornår", "when", "næste", "next", "kommende", "upcoming"]],
  ["help", [
    "hjælp", "help", "hvad kan du", "what can you do", "hvad kan jeg spørge om", "what can i ask", "kommandoer",
    "commands", "vejledning", "menu", "instructions",
  ]],
  ["greeting", [
    "hej", "hejsa", "hejhej", "hello", "hi", "hey", "goddag", "godmorgen", "god morgen", "good morning", "godaften",
    "davs", "dav", "halløj", "morn", "god eftermiddag", "good afternoon",
  ]],
  ["thanks", [
    "tak", "tusind tak", "mange tak", "tak for hjælpen", "tak for det", "takker", "tak skal du have", "thanks", "thank you",
    "thx", "cheers", "many thanks",
  ]],
  // An answer to the bot's answer, not a question: "ok", "perfekt", "forstået".
  ["acknowledged", [
    "ok", "okay", "okey", "oki", "perfekt", "super", "fedt", "forstået", "modtaget", "got it", "perfect", "great", "alright",
    "all right", "understood",
  ]],
];

/** How a cue is named back to the asker in "what I understood"; question words and greetings are not. */
export const CUE_LABELS: Readonly<Partial<Record<Cue, Readonly<Record<Language, string>>>>> = {
  fyrtaarn: { da: "fyrtårn", en: "lighthouse" },
  backup: { da: "backup", en: "backup" },
  knows: { da: "hvem ved noget om", en: "who knows about" },
  speaks: { da: "sprog", en: "language" },
  rota: { da: "rulleplan", en: "rota" },
  rotaWeak: { da: "rulleplan", en: "rota" },
  phone: { da: "telefonnummer", en: "phone number" },
  email: { da: "e-mail", en: "e-mail" },
  contact: { da: "kontaktoplysninger", en: "contact details" },
  areas: { da: "områder", en: "areas" },
  sektionsleder: { da: "sektionsleder", en: "section leader" },
  koordinator: { da: "koordinator", en: "coordinator" },
  tr: { da: "TR", en: "union representative" },
  amr: { da: "AMR", en: "safety representative" },
  referral: { da: "henvisning", en: "referral" },
  meeting: { da: "møde", en: "meeting" },
  check: { da: "kontrol", en: "check" },
  missing: { da: "mangler", en: "missing" },
  help: { da: "hjælp", en: "help" },
  cover: { da: "hvem dækker", en: "who covers" },
  absent: { da: "fravær", en: "absence" },
  atWork: { da: "på arbejde", en: "at work" },
};

/** A cue phrase: its words stemmed, and folded as written (an inflection must start like the word it inflects). */
export interface CuePhrase {
  readonly cue: Cue;
  readonly stems: readonly string[];
  readonly folds: readonly string[];
}

/** Words a message may open with before it leads on ("tak, og i morgen?", "ok, hvad med backup?"). */
const OPENING_CUES: ReadonlySet<Cue> = new Set<Cue>(["thanks", "acknowledged", "greeting"]);

/** Cue phrases by their first stem (longest first). */
export const CUE_PHRASES = new Map<string, CuePhrase[]>();
/** One-word cues long enough to be matched with a typo. */
export const FUZZY_CUES: Array<{ readonly cue: Cue; readonly stem: string }> = [];
for (const [cue, phrases] of VOCABULARY) {
  for (const phrase of phrases) {
    const words = tokens(phrase);
    const stems = words.map(stem);
    if (stems.length === 0) continue;
    const list = CUE_PHRASES.get(stems[0]) ?? [];
    list.push({ cue, stems, folds: words.map(fold) });
    list.sort((a, b) => b.stems.length - a.stems.length);
    CUE_PHRASES.set(stems[0], list);
    if (stems.length === 1 && stems[0].length >= MIN_FUZZY_CUE) FUZZY_CUES.push({ cue, stem: stems[0] });
  }
}
/**
 * True when a word is the cue word in some inflection: the same stem, and one spelling starts with the other
 * ("lederen", "ledere" are "leder"; "ledig" has the stem of "leder" but is another word).
 */
export function inflects(word: string, cueFold: string): boolean {
  const folded = fold(word);
  return folded.startsWith(cueFold) || (cueFold.startsWith(folded) && folded.length >= cueFold.length - 1);
}

/**
 * The longest phrase of these cues starting at word `at` (the words and their stems, as the taggers read them), as
 * its number of words; 0 when none.
 */
export function cuePhraseAt(words: readonly string[], stems: readonly string[], at: number, cues: ReadonlySet<Cue>): number {
  let longest = 0;
  for (const p of CUE_PHRASES.get(stems[at] ?? "") ?? []) {
    if (cues.has(p.cue) && p.stems.length > longest && p.stems.every((s, k) => stems[at + k] === s && inflects(words[at + k], p.folds[k]))) longest = p.stems.length;
  }
  return longest;
}

/** How many words "tak", "ok", "hej" open a message with: a follow-up word may still lead on after them ("tak, og i morgen?"). */
export function openingLength(words: readonly string[], stems: readonly string[]): number {
  let at = 0;
  for (let n = cuePhraseAt(words, stems, at, OPENING_CUES); n > 0; n = cuePhraseAt(words, stems, at, OPENING_CUES)) at += n;
  return at;
}

// Words that only make a compound a meeting or a check ("personalemøde", "paskontrol"); the compound itself is
// still a name to search for.
export const MEETING_SUFFIXES = ["mod", "meeting"];
export const CHECK_SUFFIXES = ["kontrol", "tilsyn"];

export const ENGLISH_WORDS = new Set([
  "who", "whos", "what", "whats", "when", "where", "which", "how", "is", "are", "am", "the", "of", "on", "at", "to", "my",
  "me", "do", "does", "doing", "can", "show", "next", "this", "today", "todays", "tomorrow", "yesterday", "week", "help",
  "hello", "hi", "hey", "thanks", "thank", "phone", "number", "meeting", "meetings", "checks", "rota", "lighthouse",
  "please", "tell", "about", "speaks", "knows", "refer", "missing", "overdue", "morning", "afternoon", "monday",
  "tuesday", "wednesday", "thursday", "friday", "good", "contact", "coordinator", "manager", "leader", "boss", "areas",
  "questions", "send", "with", "and", "has", "have", "working", "shift", "shifts", "duty", "deputy", "there",
  "whom", "does", "give", "find", "need", "should", "would", "could", "go", "be", "in", "got", "it", "perfect", "great",
  "understood", "cheers", "thx", "alright", "many", "you",
].map(fold));
export const DANISH_WORDS = new Set([
  "hvem", "hvad", "hvornår", "hvor", "hvilke", "hvilken", "hvilket", "er", "og", "jeg", "mig", "min", "mine", "mit",
  "på", "til", "om", "af", "den", "det", "skal", "kan", "har", "står", "næste", "denne", "dag", "dagens", "idag",
  "morgen", "imorgen", "uge", "ugen", "hjælp", "hej", "tak", "godmorgen", "mandag", "tirsdag", "onsdag", "torsdag",
  "fredag", "fyrtårn", "rulleplan", "møde", "kontrol", "kontroller", "telefonnummer", "noget", "ved", "taler",
  "henviser", "vi", "vis", "mangler", "med", "hvordan", "nogen", "laves", "sidder", "vagt", "der",
].map(fold));
/** Words that name nothing by themselves: the function words the language is told by. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...ENGLISH_WORDS, ...DANISH_WORDS]);

