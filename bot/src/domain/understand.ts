// Understanding a staff member's question: what they ask (the intent) and about what (area, duty, person, date).
// The bot's own vocabulary (question words, fyrtårn, rulleplan, telefonnummer, …) lives here; every name, area,
// duty, synonym and competence comes from the organisation through OrgIndex, so another municipality's file works
// as well as the demo. Pure and cheap: no I/O, a capped amount of work whatever the input, and it never throws.
import { addDays, mondayOf, readDateExpressions, type DayPart } from "./dateExpressions";
import type { IsoDate } from "./organisation";
import { MAX_QUERY_WORDS, type EntityKind, type EntityMatch, type EntitySuggestion, type OrgIndex } from "./orgIndex";
import { closeEnough, fold, stem, stripHtml, tokens } from "./text";

/** The language to answer in: English when the question clearly is, else Danish. */
export type Language = "da" | "en";

/** The roles and representatives the bot can name. */
export type AskedRole = "sektionsleder" | "koordinator" | "tr" | "amr";

/** What a question asks, with the organisation's ids of what it asks about. */
export type Question = { readonly lang: Language } & (
  /** Fyrtårn and/or backup of an area: "hvem er fyrtårn for valg", "backup for MitID", "brevstemme". */
  | { readonly intent: "fyrtaarn"; readonly area: string; readonly want: "fyrtaarn" | "backup" | "both" }
  /** The rota of one day, optionally one duty or half day: "hvem har hotline i eftermiddag". */
  | { readonly intent: "rota"; readonly date: IsoDate; readonly duty?: string; readonly part?: DayPart }
  /** The rota of a week (from its Monday): "rulleplan næste uge". */
  | { readonly intent: "rotaWeek"; readonly from: IsoDate }
  /** The asker's own duties, inclusive dates: "hvad skal jeg i dag", "min rulleplan denne uge". */
  | { readonly intent: "myDuties"; readonly from: IsoDate; readonly to: IsoDate }
  /** Who holds a role, optionally in a unit: "hvem er faglig koordinator". */
  | { readonly intent: "role"; readonly role: AskedRole; readonly unit?: string }
  /** A person's contact details: "hvad er Mettes telefonnummer", "hvem er Peter Holm". */
  | { readonly intent: "contact"; readonly person: string; readonly field: "phone" | "email" | "all" }
  /** The areas a person is fyrtårn or backup for: "hvilke områder er Anne fyrtårn for". */
  | { readonly intent: "personAreas"; readonly person: string }
  /** Who has a competence: "hvem kan noget om budget". `term` is the competence as the organisation writes it. */
  | { readonly intent: "competence"; readonly term: string; readonly people: readonly string[] }
  /** What the front settles and where the rest goes: "hvor henviser jeg skat?". */
  | { readonly intent: "referral"; readonly area: string }
  /** The next meeting, of one kind or any: "hvornår er næste MED-møde". */
  | { readonly intent: "nextMeeting"; readonly meeting?: string }
  /** This week's checks, or the ones not done: "hvilke kontroller mangler?". */
  | { readonly intent: "checks"; readonly scope: "week" | "missing" }
  /** One check: "vis kontrol mitid". */
  | { readonly intent: "check"; readonly check: string }
  | { readonly intent: "help" }
  | { readonly intent: "greeting" }
  /** Not understood: the labels of what was recognised, and the closest things in the organisation. */
  | { readonly intent: "unknown"; readonly understood: readonly string[]; readonly suggestions: readonly EntitySuggestion[] }
);

/** Only this much of a message is read: questions are short, and a 10 kB paste must cost no more than a question. */
export const MAX_QUESTION_CHARS = 300;
/** A match spelt less exactly than this (two typos in a short word, a bare prefix) is only a suggestion. */
const MIN_EXACTNESS = 0.7;
/** At most this many labels of what was recognised: with 25,000 people "Anne" names hundreds. */
const MAX_UNDERSTOOD = 8;
/** HTML is stripped from at most this much before the cut above. */
const MAX_RAW_CHARS = 4000;

// ---------------------------------------------------------------------------------------------------------------
// The bot's vocabulary. Phrases are matched on stemmed, folded words, so "fyrtårnene", "fyrtaarn" and a typo in a
// longer word ("rulleplam") all match. A cue word that is also in the organisation ("telefon" is a duty, "rulleplan"
// a competence) is still searched there: what it names counts only when the intent asks for that kind of thing.

type Cue =
  | "fyrtaarn" | "backup" | "knows" | "speaks"
  | "rota" | "rotaWeak" | "my" | "doing"
  | "phone" | "email" | "contact" | "areas"
  | "sektionsleder" | "koordinator" | "tr" | "amr"
  | "referral" | "meeting" | "check" | "missing"
  | "who" | "when" | "help" | "greeting";

const VOCABULARY: ReadonlyArray<readonly [Cue, readonly string[]]> = [
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
    "henvisning", "henvis", "sende videre", "send videre", "videresende", "klare", "refer", "referral", "redirect",
    "forward", "send on",
  ]],
  ["meeting", ["møde", "meeting", "mødes"]],
  ["check", ["kontrol", "ledelseskontrol", "ledelsestilsyn", "tilsyn", "stikprøve", "check", "checks", "control"]],
  ["missing", [
    "mangler", "manglende", "missing", "overdue", "forfalden", "forfaldne", "forsinket", "udestående", "outstanding",
    "ikke lavet", "ikke udført", "not done", "late", "pending",
  ]],
  ["who", ["hvem", "who", "whos"]],
  ["when", ["hvornår", "when", "næste", "next", "kommende", "upcoming"]],
  ["help", [
    "hjælp", "help", "hvad kan du", "what can you do", "hvad kan jeg spørge om", "what can i ask", "kommandoer",
    "commands", "vejledning", "menu", "instructions",
  ]],
  ["greeting", [
    "hej", "hejsa", "hejhej", "hello", "hi", "hey", "goddag", "godmorgen", "god morgen", "good morning", "godaften",
    "davs", "dav", "halløj", "morn", "tak", "tusind tak", "thanks", "thank you", "cheers", "god eftermiddag",
    "good afternoon",
  ]],
];

/** How a cue is named back to the asker in "what I understood"; question words and greetings are not. */
const CUE_LABELS: Readonly<Partial<Record<Cue, Readonly<Record<Language, string>>>>> = {
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
};

/** Cue phrases as stemmed words, by their first word. */
const CUE_PHRASES = new Map<string, Array<{ readonly cue: Cue; readonly stems: readonly string[] }>>();
/** One-word cues long enough to be matched with a typo. */
const FUZZY_CUES: Array<{ readonly cue: Cue; readonly stem: string }> = [];
for (const [cue, phrases] of VOCABULARY) {
  for (const phrase of phrases) {
    const stems = tokens(phrase).map(stem);
    if (stems.length === 0) continue;
    const list = CUE_PHRASES.get(stems[0]) ?? [];
    list.push({ cue, stems });
    list.sort((a, b) => b.stems.length - a.stems.length);
    CUE_PHRASES.set(stems[0], list);
    if (stems.length === 1 && stems[0].length >= 5) FUZZY_CUES.push({ cue, stem: stems[0] });
  }
}
// Words that only make a compound a meeting or a check ("personalemøde", "paskontrol"); the compound itself is
// still a name to search for.
const MEETING_SUFFIXES = ["mod", "meeting"];
const CHECK_SUFFIXES = ["kontrol", "tilsyn"];

const ENGLISH_WORDS = new Set([
  "who", "whos", "what", "whats", "when", "where", "which", "how", "is", "are", "am", "the", "of", "on", "at", "to", "my",
  "me", "do", "does", "doing", "can", "show", "next", "this", "today", "todays", "tomorrow", "yesterday", "week", "help",
  "hello", "hi", "hey", "thanks", "thank", "phone", "number", "meeting", "meetings", "checks", "rota", "lighthouse",
  "please", "tell", "about", "speaks", "knows", "refer", "missing", "overdue", "morning", "afternoon", "monday",
  "tuesday", "wednesday", "thursday", "friday", "good", "contact", "coordinator", "manager", "leader", "boss", "areas",
  "questions", "send", "with", "and", "has", "have", "working", "shift", "shifts", "duty", "deputy", "there",
  "whom", "does", "give", "find", "need", "should", "would", "could", "go", "be", "in",
].map(fold));
const DANISH_WORDS = new Set([
  "hvem", "hvad", "hvornår", "hvor", "hvilke", "hvilken", "hvilket", "er", "og", "jeg", "mig", "min", "mine", "mit",
  "på", "til", "om", "af", "den", "det", "skal", "kan", "har", "står", "næste", "denne", "dag", "dagens", "idag",
  "morgen", "imorgen", "uge", "ugen", "hjælp", "hej", "tak", "godmorgen", "mandag", "tirsdag", "onsdag", "torsdag",
  "fredag", "fyrtårn", "rulleplan", "møde", "kontrol", "kontroller", "telefonnummer", "noget", "ved", "taler",
  "henviser", "vi", "vis", "mangler", "med", "hvordan", "nogen", "laves", "sidder", "vagt",
].map(fold));

// ---------------------------------------------------------------------------------------------------------------

/** What a question asks; never throws, and reads at most MAX_QUESTION_CHARS characters of it. */
export function understand(text: string, index: OrgIndex, today: IsoDate): Question {
  const clipped = stripHtml(String(text ?? "").slice(0, MAX_RAW_CHARS)).slice(0, MAX_QUESTION_CHARS);
  const words = tokens(clipped, MAX_QUERY_WORDS).map((w) => (w.length > 40 ? "" : w));
  const lang = languageOf(words);
  if (words.every((w) => w.length === 0)) return { lang, intent: "help" };
  return new Reading(words, lang, index, today).question();
}

/** Which matches of a kind count. */
interface MatchOptions {
  /** Only matches resting on more than the bot's own words (default true). */
  readonly strong?: boolean;
  /** The share of a name the words must cover (default 0.75; 0.3 for meetings and checks, whose titles are long). */
  readonly minCoverage?: number;
  /** Accept half a name when nothing else comes close (default true). */
  readonly allowHalf?: boolean;
}

function sameWords(a: EntityMatch, b: EntityMatch): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}

/** English when more English than Danish function words; Danish on a tie (the organisation's language). */
function languageOf(words: readonly string[]): Language {
  let english = 0;
  let danish = 0;
  for (const word of words) {
    const folded = fold(word);
    if (ENGLISH_WORDS.has(folded)) english++;
    if (DANISH_WORDS.has(folded)) danish++;
  }
  return english > danish ? "en" : "da";
}

/** One question being read: its words, cues, dates and the things it names. Lives for one call. */
class Reading {
  private readonly stems: string[];
  private readonly cues = new Map<Cue, number[]>();
  /** Indices of words that are the bot's vocabulary. */
  private readonly cueWords = new Set<number>();
  private readonly date?: IsoDate;
  private readonly week?: IsoDate;
  private readonly part?: DayPart;
  /** Index of the first word after "ved noget om", "kan noget om", …: the topic, even if a cue word. */
  private readonly topicStart: number;
  private readonly matches: EntityMatch[];

  constructor(
    private readonly words: readonly string[],
    private readonly lang: Language,
    private readonly index: OrgIndex,
    private readonly today: IsoDate,
  ) {
    this.stems = words.map((w) => (w.length > 0 ? stem(w) : ""));
    const dates = readDateExpressions(words, today);
    const dateWords = new Set(dates.consumed);
    this.date = dates.date;
    this.week = dates.week?.from;
    this.part = dates.part;
    this.readCues(dateWords);
    const knows = this.cues.get("knows");
    this.topicStart = knows ? Math.max(...knows) + 1 : words.length;
    // Date words are read; the rest is searched in the organisation, the bot's own words included (see isStrong).
    // A bot word the organisation does not use as written ("fyrtårn", "hvem") can only match its names by a typo,
    // which would be wrong, and typo search is the costly part of a question: such words are not searched.
    this.matches = index.findWords(words.map((w, i) => (dateWords.has(i) || (this.cueWords.has(i) && !index.hasTerm(w)) ? "" : w)));
  }

  private readCues(dateWords: ReadonlySet<number>): void {
    const { stems, words } = this;
    for (let i = 0; i < stems.length; i++) {
      if (dateWords.has(i) || stems[i].length === 0) continue;
      let found = false;
      for (const phrase of CUE_PHRASES.get(stems[i]) ?? []) {
        if (!phrase.stems.every((s, k) => stems[i + k] === s && !dateWords.has(i + k))) continue;
        this.addCue(phrase.cue, i, phrase.stems.length);
        found = true;
      }
      if (!found && stems[i].length >= 5) {
        for (const { cue, stem: known } of FUZZY_CUES) {
          if (known[0] === stems[i][0] && closeEnough(stems[i], known)) {
            this.addCue(cue, i, 1);
            found = true;
          }
        }
      }
      // English "I" is the asker; Danish "i" is "in".
      if (words[i] === "i" && this.lang === "en") this.addCue("my", i, 1);
      if (!found && stems[i].length > 4) {
        if (MEETING_SUFFIXES.some((s) => stems[i].endsWith(s))) this.addCue("meeting", i, 0);
        if (CHECK_SUFFIXES.some((s) => stems[i].endsWith(s))) this.addCue("check", i, 0);
      }
    }
  }

  /** Records a cue at word i; `length` words become vocabulary (0 for a compound that is also a name). */
  private addCue(cue: Cue, i: number, length: number): void {
    this.cues.set(cue, [...(this.cues.get(cue) ?? []), i]);
    for (let k = 0; k < length; k++) this.cueWords.add(i + k);
  }

  private has(...cues: Cue[]): boolean {
    return cues.some((cue) => this.cues.has(cue));
  }

  /** True when a match rests on something besides the bot's own words, or on the topic after "ved noget om". */
  private isStrong(match: EntityMatch): boolean {
    return match.words.some((i) => !this.cueWords.has(i) || i >= this.topicStart);
  }

  /** The accepted matches of a kind, best first. */
  private accepted(kind: EntityKind, options: MatchOptions = {}): EntityMatch[] {
    const { strong = true, minCoverage = kind === "meeting" || kind === "check" ? 0.3 : 0.75, allowHalf = true } = options;
    const ofKind = this.matches.filter((m) => m.kind === kind && (!strong || this.isStrong(m)) && m.exactness >= MIN_EXACTNESS);
    const full = ofKind.filter((m) => m.coverage >= minCoverage);
    if (full.length > 0 || !allowHalf) return full;
    // Half a name is enough when nothing else of the kind comes close ("udbetaling" for "Udbetaling Danmark").
    // Another thing of the same name (the area and the duty "Den Digitale Hotline") does not count as a rival.
    const half = ofKind.filter((m) => m.coverage >= 0.5);
    const rivals = half.length === 1 ? this.matches.filter((m) => m.coverage >= 0.3 && m.label !== half[0].label) : [];
    return half.length === 1 && rivals.length === 0 ? half : [];
  }

  /** The one best accepted match of a kind; `ambiguous` lists the tied ones when two or more are equally good. */
  private best(kind: EntityKind, options?: MatchOptions): { match?: EntityMatch; ambiguous: EntityMatch[] } {
    const list = this.accepted(kind, options);
    if (list.length === 0) return { ambiguous: [] };
    const tied = list.filter((m) => m.score >= list[0].score - 1e-9);
    if (tied.length === 1) return { match: list[0], ambiguous: [] };
    // Two things named by different words ("valg og pas") are two questions: answer the first. The same words
    // naming two things ("Larsen") is a real doubt: ask.
    const disjoint = tied.every((a, i) => tied.every((b, j) => i === j || !a.words.some((w) => b.words.includes(w))));
    if (disjoint) return { match: [...tied].sort((a, b) => a.words[0] - b.words[0])[0], ambiguous: [] };
    return { ambiguous: tied.filter((m) => tied.some((o) => o !== m && o.words.some((w) => m.words.includes(w)))) };
  }

  question(): Question {
    const { lang } = this;
    const area = this.best("area");
    const person = this.best("person");
    const competence = this.best("competence");
    const duty = this.best("duty", { strong: false });
    const unit = this.best("unit");
    const fyrtaarn = this.has("fyrtaarn");
    const backup = this.has("backup");

    // Knows-cue topics come first: "hvem kan noget om ledelseskontrol" is about a competence, not a check.
    const topicCompetence = competence.match && competence.match.words.every((i) => i >= this.topicStart);

    if (this.has("check") && !topicCompetence) {
      const check = this.best("check", { minCoverage: 0.5 });
      if (check.match) return { lang, intent: "check", check: check.match.id };
      if (check.ambiguous.length > 0) return this.unknown(check.ambiguous);
      return { lang, intent: "checks", scope: this.has("missing") ? "missing" : "week" };
    }

    const meeting = this.best("meeting");
    if (this.has("meeting") || (meeting.match && this.has("when") && !area.match && !person.match && !duty.match)) {
      if (meeting.ambiguous.length > 0) return this.unknown(meeting.ambiguous);
      return meeting.match ? { lang, intent: "nextMeeting", meeting: meeting.match.id } : { lang, intent: "nextMeeting" };
    }

    if (this.has("referral")) {
      if (area.match) return { lang, intent: "referral", area: area.match.id };
      return this.unknown(area.ambiguous);
    }

    const role = this.role();
    if (role && !person.match && person.ambiguous.length === 0) {
      return unit.match ? { lang, intent: "role", role, unit: unit.match.id } : { lang, intent: "role", role };
    }

    if (person.ambiguous.length > 0 && !area.match) return this.unknown(person.ambiguous);
    if (person.match) {
      if (area.match && (fyrtaarn || backup)) return { lang, intent: "fyrtaarn", area: area.match.id, want: this.want() };
      if (this.has("areas") || fyrtaarn || backup) return { lang, intent: "personAreas", person: person.match.id };
      const field = this.has("phone") ? "phone" : this.has("email") ? "email" : "all";
      return { lang, intent: "contact", person: person.match.id, field };
    }

    if (this.has("knows", "speaks")) {
      if (competence.match && (this.has("speaks") || !area.match)) return this.competence(competence.match);
      if (area.match) return { lang, intent: "fyrtaarn", area: area.match.id, want: this.want() };
      return this.unknown([...area.ambiguous, ...competence.ambiguous]);
    }

    // "hotline" names both an area and a duty; next to a date or "jeg" it is the duty.
    const areaOnly = area.match && !(duty.match && sameWords(area.match, duty.match)) ? area.match : undefined;
    const aboutMyDay = this.has("rota", "rotaWeak", "doing") || this.date || this.week || duty.match;
    if (this.has("my") && aboutMyDay && !this.has("who") && !areaOnly && !competence.match) {
      return this.myDuties();
    }

    if (fyrtaarn || backup) {
      if (area.match) return { lang, intent: "fyrtaarn", area: area.match.id, want: this.want() };
      return this.unknown(area.ambiguous);
    }

    const dated = this.date !== undefined || this.week !== undefined || this.part !== undefined;
    const otherThing = areaOnly || competence.match;
    if (this.has("rota") || (dated && (duty.match || !otherThing)) || (this.has("rotaWeak") && (duty.match || !otherThing))) {
      if (this.week && !this.date) return { lang, intent: "rotaWeek", from: this.week };
      return this.rota(duty.match);
    }

    if (area.match) return { lang, intent: "fyrtaarn", area: area.match.id, want: this.want() };
    if (area.ambiguous.length > 0) return this.unknown(area.ambiguous);
    if (duty.match && this.isStrong(duty.match)) return this.rota(duty.match);
    if (competence.match) return this.competence(competence.match);
    const namedMeeting = this.best("meeting", { minCoverage: 0.75, allowHalf: false }).match;
    if (namedMeeting) return { lang, intent: "nextMeeting", meeting: namedMeeting.id };
    if (this.has("greeting") && !this.hasContent()) return { lang, intent: "greeting" };
    if (this.has("help") && !this.hasContent()) return { lang, intent: "help" };
    return this.unknown([...duty.ambiguous, ...competence.ambiguous]);
  }

  /** True when some word is neither a function word, a cue, a date nor a greeting: something we did not place. */
  private hasContent(): boolean {
    return this.matches.some((m) => this.isStrong(m) && m.coverage >= 0.75 && m.exactness >= MIN_EXACTNESS);
  }

  /** Backup only when only backup is asked; fyrtårn only when a full question asks who the fyrtårn is; else both. */
  private want(): "fyrtaarn" | "backup" | "both" {
    const fyrtaarn = this.has("fyrtaarn");
    const backup = this.has("backup");
    if (backup && !fyrtaarn) return "backup";
    if (fyrtaarn && !backup && this.has("who")) return "fyrtaarn";
    return "both";
  }

  private role(): AskedRole | undefined {
    const order: AskedRole[] = ["tr", "amr", "koordinator", "sektionsleder"];
    // The earliest role word wins: "hvem er koordinator og ikke leder" is about the coordinator.
    let best: { role: AskedRole; at: number } | undefined;
    for (const role of order) {
      const at = this.cues.get(role)?.[0];
      if (at !== undefined && (!best || at < best.at)) best = { role, at };
    }
    return best?.role;
  }

  private rota(duty: EntityMatch | undefined): Question {
    const question: { lang: Language; intent: "rota"; date: IsoDate; duty?: string; part?: DayPart } = {
      lang: this.lang, intent: "rota", date: this.date ?? this.today,
    };
    if (duty) question.duty = duty.id;
    if (this.part) question.part = this.part;
    return question;
  }

  /** A day or week asked about; without one, today, or this week when the question is about a plan or "when". */
  private myDuties(): Question {
    if (this.date) return { lang: this.lang, intent: "myDuties", from: this.date, to: this.date };
    const from = this.week ?? (this.has("rota", "when") ? mondayOf(this.today) : undefined);
    if (from) return { lang: this.lang, intent: "myDuties", from, to: addDays(from, 6) };
    return { lang: this.lang, intent: "myDuties", from: this.today, to: this.today };
  }

  private competence(match: EntityMatch): Question {
    return { lang: this.lang, intent: "competence", term: match.label, people: this.index.peopleWithCompetence(match.id) };
  }

  /** Not understood: what was recognised, and the closest things (the tied ones first). */
  private unknown(tied: readonly EntityMatch[]): Question {
    const understood: string[] = [];
    const add = (label: string): void => {
      if (!understood.includes(label)) understood.push(label);
    };
    for (const cue of this.cues.keys()) {
      const label = CUE_LABELS[cue];
      if (label) add(label[this.lang]);
    }
    if (this.date) add(this.date);
    if (this.week) add(`${this.lang === "en" ? "week of" : "ugen fra"} ${this.week}`);
    const suggestions: EntitySuggestion[] = [];
    const suggest = (s: EntitySuggestion): void => {
      if (suggestions.length < 5 && !suggestions.some((x) => x.kind === s.kind && x.id === s.id)) suggestions.push(s);
    };
    for (const m of tied) suggest({ kind: m.kind, id: m.id, label: m.label });
    for (const m of this.matches) {
      if (understood.length >= MAX_UNDERSTOOD) break;
      if (m.coverage >= 0.75 && m.exactness >= MIN_EXACTNESS && this.isStrong(m)) add(m.label);
    }
    // Not what only the bot's own words matched ("fyrtårn" is not a hint at "Fyrtårnsmøde").
    for (const m of this.matches) if (m.score >= 0.25 && this.isStrong(m)) suggest({ kind: m.kind, id: m.id, label: m.label });
    return { lang: this.lang, intent: "unknown", understood, suggestions };
  }
}
