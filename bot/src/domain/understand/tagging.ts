// Tagging a question's words: the bot's own words (cues, vocabulary.ts), dates (dateExpressions.ts), the slot,
// the absence reason, the role and title asked about, and every thing of the organisation the words name, with
// the best match of each kind. What the rule table reads (rules.ts).
import { readAbsenceReason } from "../coverage";
import { readDateExpressions, type DateExpressions } from "../dateExpressions";
import type { AskedRole, Frame, Language, SlotAsked } from "../frame";
import type { IsoDate } from "../organisation";
import type { EntityKind, EntityMatch, OrgIndex } from "../orgIndex";
import { readSlotMention } from "../slots";
import { closeEnough, fold, stem } from "../text";
import { CHECK_SUFFIXES, CUE_PHRASES, ENGLISH_COMPETENCES, FUNCTION_WORDS, FUZZY_CUES, MEETING_SUFFIXES, PRONOUNS, inflects, openingLength, type Cue } from "../vocabulary";
import { organisationWords } from "./titles";

/** A match spelt less exactly than this (two typos in a short word, a bare prefix) is only a suggestion. */
export const MIN_EXACTNESS = 0.7;

/** Which matches of a kind count. */
export interface MatchOptions {
  /** Only matches resting on more than the bot's own words (default true). */
  readonly strong?: boolean;
  /** The share of a name the words must cover (default 0.75; 0.3 for meetings and checks, whose titles are long). */
  readonly minCoverage?: number;
  /** Accept half a name when nothing else comes close (default true). */
  readonly allowHalf?: boolean;
}

/** The best match of a kind, or the tied ones when the same words name two things. */
export interface Best {
  readonly match?: EntityMatch;
  readonly ambiguous: readonly EntityMatch[];
}

/** What the taggers found: the slots, the cues, and the matches they rest on. */
export interface Tags {
  readonly cues: ReadonlySet<Cue>;
  readonly area: Best;
  readonly person: Best;
  readonly competence: Best;
  readonly duty: Best;
  readonly unit: Best;
  readonly meeting: Best;
  readonly check: Best;
  readonly role?: AskedRole;
  readonly title?: Frame["title"];
  readonly slot?: SlotAsked;
  readonly dates: DateExpressions;
  readonly reason?: string;
  /** "hans", "hendes", … with a previous turn to point into. */
  readonly pronoun?: "one" | "all";
  /** The competence words stand after "ved noget om …": the question is about a competence. */
  readonly topicCompetence: boolean;
  /** The area and the duty are the same words ("hotline"). */
  readonly areaIsDuty: boolean;
  /** The message starts like a follow-up ("og …", "hvad med …"). */
  readonly leadsOn: boolean;
}

/** A word of a question nothing else accounts for, and whether it follows "hvem kan"/"taler" (see loneWord). */
export interface LoneWord {
  readonly word: string;
  readonly afterKnows: boolean;
}

/** A question's words as tagged: its cues, dates and the things it names. Built once per question. */
export class TaggedWords {
  /** loneWord(), once read (null: there is none). */
  private lone: LoneWord | null | undefined;
  private readonly stems: string[];
  private readonly cueAt = new Map<Cue, number[]>();
  /** Indices of words that are the bot's vocabulary. */
  private readonly cueWords = new Set<number>();
  /** The words before this one are "tak", "ok", "hej": a follow-up word may still open the message after them. */
  private readonly opening: number;
  /** Index of the first word after "ved noget om", "kan noget om", …: the topic, even if a cue word. */
  private readonly topicStart: number;
  /** Everything the words name in the organisation, best first. */
  readonly matches: EntityMatch[];
  readonly tags: Tags;
  /** The words read for days and slots: "dagen efter"/"day after" blanked (not "dagens", not the slot "Aften"). */
  private readonly whenWords: readonly string[];

  /** `afterTurn`: the conversation has a previous turn, so a pronoun ("hendes") points into it. */
  constructor(
    private readonly words: readonly string[],
    private readonly lang: Language,
    private readonly index: OrgIndex,
    today: IsoDate,
    afterTurn: boolean,
  ) {
    this.stems = words.map((w) => (w.length > 0 ? stem(w) : ""));
    this.opening = openingLength(words, this.stems);
    // "dagen efter", "dagen før" shift the previous turn's day; "dagen" there is not "dagens" (today).
    const shiftWords = this.shiftPhraseWords();
    this.whenWords = shiftWords.size > 0 ? words.map((w, i) => (shiftWords.has(i) ? "" : w)) : words;
    const dates = readDateExpressions(this.whenWords, today);
    const dateWords = new Set(dates.consumed);
    const pronounAt = afterTurn ? words.findIndex((w) => PRONOUNS.has(w)) : -1;
    this.readCues(dateWords);
    const knows = this.cueAt.get("knows");
    this.topicStart = knows ? Math.max(...knows) + 1 : words.length;
    // Date words are read; the rest is searched in the organisation, the bot's own words included (see isStrong).
    // A bot word the organisation does not use as written ("fyrtårn", "hvem") can only match its names by a typo,
    // which would be wrong, and typo search is the costly part of a question: such words are not searched.
    // English competence words are searched as the organisation writes them ("arabic" -> "arabisk").
    const searched = words.map((w, i) => {
      if (i === pronounAt) return "";
      const danish = this.lang === "en" || !index.hasTerm(w) ? ENGLISH_COMPETENCES.get(fold(w)) : undefined;
      if (danish && index.hasTerm(danish)) return danish;
      return dateWords.has(i) || (this.cueWords.has(i) && !index.hasTerm(w)) ? "" : w;
    });
    this.matches = index.findWords(searched);
    // A compound that ends in "kontrol" or "møde" is a check or a meeting only when nothing else is named by it.
    for (const [cue, at] of [["check", this.cueAt.get("check") ?? []], ["meeting", this.cueAt.get("meeting") ?? []]] as const) {
      const kept = at.filter((i) => !this.compoundNamesOther(i, cue === "check" ? "check" : "meeting"));
      if (kept.length === 0) this.cueAt.delete(cue);
      else this.cueAt.set(cue, kept);
    }
    const [area, duty] = longerNameWins(this.best("area"), this.best("duty", { strong: false }));
    const competence = this.best("competence");
    this.tags = {
      cues: new Set(this.cueAt.keys()),
      area,
      person: this.best("person"),
      competence,
      duty,
      unit: this.best("unit"),
      meeting: this.best("meeting"),
      check: this.best("check", { minCoverage: 0.5 }),
      role: this.role(),
      title: this.title(),
      slot: this.slot(),
      dates,
      reason: this.reason(),
      pronoun: pronounAt >= 0 ? PRONOUNS.get(words[pronounAt]) : undefined,
      topicCompetence: !!competence.match && competence.match.words.every((i) => i >= this.topicStart),
      areaIsDuty: !!(area.match && duty.match && sameWords(area.match, duty.match)),
      leadsOn: this.leadsOn(),
    };
  }

  cue(...cues: Cue[]): boolean {
    return cues.some((c) => this.cueAt.has(c));
  }

  /** True when a match rests on something besides the bot's own words, or on the topic after "ved noget om". */
  isStrong(match: EntityMatch): boolean {
    return match.words.some((i) => !this.cueWords.has(i) || i >= this.topicStart);
  }

  // --- taggers --------------------------------------------------------------------------------------------------

  private readCues(dateWords: ReadonlySet<number>): void {
    const { stems, words } = this;
    for (let i = 0; i < stems.length; i++) {
      if (dateWords.has(i) || stems[i].length === 0) continue;
      let found = false;
      for (const phrase of CUE_PHRASES.get(stems[i]) ?? []) {
        if (!phrase.stems.every((s, k) => stems[i + k] === s && !dateWords.has(i + k) && inflects(words[i + k], phrase.folds[k]))) continue;
        // "og"/"hvad med" lead on only at the start, or after "tak"/"ok"/"hej": "valg og pas" is one question,
        // "tak, og i morgen?" leads on.
        if (phrase.cue === "followUp" && i > this.opening) continue;
        this.addCue(phrase.cue, i, phrase.stems.length);
        found = true;
      }
      // A typo only in a long bot word, and never in a word the organisation uses ("ledig" is not "leder").
      if (!found && stems[i].length >= 7 && !this.index.hasTerm(words[i])) {
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
    this.cueAt.set(cue, [...(this.cueAt.get(cue) ?? []), i]);
    for (let k = 0; k < length; k++) this.cueWords.add(i + k);
  }

  /** Word i ends in "kontrol"/"møde" but names an area, duty or competence, and no check/meeting: "Kulturkontrol". */
  private compoundNamesOther(i: number, kind: EntityKind): boolean {
    if (this.cueWords.has(i)) return false;
    const on = this.matches.filter((m) => m.words.includes(i) && m.coverage >= 0.5 && m.exactness >= MIN_EXACTNESS);
    return on.some((m) => m.kind !== kind && m.kind !== "unit") && !on.some((m) => m.kind === kind);
  }

  /** Indices of the words of a "dagen efter"/"dagen før" phrase (dayAfter, dayBefore), which are not date words. */
  private shiftPhraseWords(): Set<number> {
    const at = new Set<number>();
    const { stems, words } = this;
    for (let i = 0; i < stems.length; i++) {
      for (const phrase of CUE_PHRASES.get(stems[i]) ?? []) {
        if (phrase.cue !== "dayAfter" && phrase.cue !== "dayBefore") continue;
        if (!phrase.stems.every((s, k) => stems[i + k] === s && inflects(words[i + k], phrase.folds[k]))) continue;
        for (let k = 0; k < phrase.stems.length; k++) at.add(i + k);
      }
    }
    return at;
  }

  /**
   * The one word nothing placed: not the bot's, not a date or a function word, and in no name the organisation
   * search found ("tyrkisk" in "hvem kan tyrkisk" when nobody has it); whether it stands after "hvem kan"/"taler".
   * Read only when a rule asks, which few questions reach.
   */
  loneWord(): LoneWord | undefined {
    if (this.lone === undefined) this.lone = this.findLoneWord() ?? null;
    return this.lone ?? undefined;
  }

  private findLoneWord(): LoneWord | undefined {
    const dateWords = this.tags.dates.consumed;
    const named = new Set(this.matches.flatMap((m) => m.words));
    let at: number | undefined;
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i];
      if (word.length === 0 || PRONOUNS.has(word) || dateWords.includes(i) || this.cueWords.has(i) || named.has(i) || FUNCTION_WORDS.has(fold(word))) continue;
      if (at !== undefined) return undefined;
      at = i;
    }
    if (at === undefined) return undefined;
    const topicCues = [...(this.cueAt.get("knows") ?? []), ...(this.cueAt.get("speaks") ?? [])];
    return { word: this.words[at], afterKnows: topicCues.some((cueAt) => cueAt < at) };
  }

  private leadsOn(): boolean {
    const at = this.cueAt.get("followUp")?.[0];
    return at !== undefined && at <= this.opening;
  }

  private role(): AskedRole | undefined {
    const order: AskedRole[] = ["tr", "amr", "koordinator", "sektionsleder"];
    // The earliest role word wins: "hvem er koordinator og ikke leder" is about the coordinator.
    let best: { role: AskedRole; at: number } | undefined;
    for (const role of order) {
      const at = this.cueAt.get(role)?.[0];
      if (at !== undefined && (!best || at < best.at)) best = { role, at };
    }
    return best?.role;
  }

  /** A title the organisation uses ("centerchef", "teamleder"), written in full. */
  private title(): Frame["title"] {
    const titles = organisationWords(this.index.organisation).titles;
    const stems = this.stems;
    for (let i = 0; i < stems.length; i++) {
      for (const title of titles.get(stems[i]) ?? []) {
        if (title.stems.every((s, k) => stems[i + k] === s)) return { label: title.label, people: title.people };
      }
    }
    return undefined;
  }

  /** The slot named (slots.ts): by the organisation's slot names and synonyms, a clock time or a part of the day. */
  private slot(): SlotAsked | undefined {
    return readSlotMention(this.index.organisation, this.whenWords)?.ref;
  }

  /** The absence reason asked about ("syg", "ferie"; coverage/absences.ts reads the words). */
  private reason(): string | undefined {
    return readAbsenceReason(this.words)?.reason;
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
  best(kind: EntityKind, options?: MatchOptions): Best {
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
}

const NO_MATCH: Best = { ambiguous: [] };

/**
 * An area and a duty named by overlapping words: the one whose name takes more of them wins ("hvem har digital
 * post" is the area Digital Post, not the duty Post og bagkontor). Named by the same words, both stay (areaIsDuty).
 */
function longerNameWins(area: Best, duty: Best): [Best, Best] {
  if (!area.match || !duty.match) return [area, duty];
  if (within(duty.match.words, area.match.words)) return [area, NO_MATCH];
  if (within(area.match.words, duty.match.words)) return [NO_MATCH, duty];
  return [area, duty];
}

/** Every word of `inner` is in `outer`, which has more. */
function within(inner: readonly number[], outer: readonly number[]): boolean {
  return inner.length < outer.length && inner.every((w) => outer.includes(w));
}

function sameWords(a: EntityMatch, b: EntityMatch): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}
