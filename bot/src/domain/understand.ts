// Understanding a staff member's question as a frame (frame.ts): taggers fill typed slots from the words — the
// bot's own vocabulary (vocabulary.ts), dates (dateExpressions.ts), and every name, area, duty, slot, title and
// competence of the organisation (OrgIndex) — then a table of rules picks the intent from what is filled. A
// message that leaves things out ("og backup?", "hvad med i morgen?", "hendes nummer?") takes them from the
// previous turn. Pure and cheap: no I/O, a capped amount of work whatever the input, and it never throws.
import { addDays, readDateExpressions, type DateExpressions } from "./dateExpressions";
import type { AskedRole, Frame, Intent, Language, PreviousTurn, SlotAsked, Want } from "./frame";
import { readSlotMention } from "./slots";
import { readAbsenceReason } from "./coverage";
import type { IsoDate, Organisation } from "./organisation";
import { MAX_QUERY_WORDS, type EntityKind, type EntityMatch, type EntitySuggestion, type OrgIndex } from "./orgIndex";
import { closeEnough, fold, splitWords, stem, stripHtml, tokens } from "./text";
import {
  CHECK_SUFFIXES, CUE_LABELS, CUE_PHRASES, DANISH_WORDS, ENGLISH_COMPETENCES, ENGLISH_WORDS, FUZZY_CUES,
  MEETING_SUFFIXES, PRONOUNS, inflects, type Cue,
} from "./vocabulary";

export type { AskedRole, Frame, Intent, Language } from "./frame";

/** A question is read up to this many characters (the sentence that asks, see pickQuestionText). */
export const MAX_QUESTION_CHARS = 300;
/** Messages are read up to this many characters; past it they are not questions. */
export const MAX_MESSAGE_CHARS = 4000;
/** A match spelt less exactly than this (two typos in a short word, a bare prefix) is only a suggestion. */
const MIN_EXACTNESS = 0.7;
/** At most this many labels of what was recognised: with 25,000 people "Anne" names hundreds. */
const MAX_UNDERSTOOD = 8;

/** What a question asks; never throws. `previous` is the conversation's last turn, for follow-ups. */
export function understand(text: string, index: OrgIndex, today: IsoDate, previous?: PreviousTurn): Frame {
  const question = pickQuestionText(String(text ?? ""));
  const words = tokens(question, MAX_QUERY_WORDS).map((w) => (w.length > 40 ? "" : w));
  const lang = languageOfWords(words);
  if (words.every((w) => w.length === 0)) return previous ? { ...previous.frame, lang, followUp: true } : { lang, intent: "help" };
  return new Reading(words, lang, index, today, previous).frame();
}

/** The language of a message (for replies that do not read it further, such as the CPR warning). */
export function languageOf(text: string): Language {
  return languageOfWords(tokens(pickQuestionText(String(text ?? "")), MAX_QUERY_WORDS));
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
function languageOfWords(words: readonly string[]): Language {
  let english = 0;
  let danish = 0;
  for (const word of words) {
    const folded = fold(word);
    if (ENGLISH_WORDS.has(folded)) english++;
    if (DANISH_WORDS.has(folded)) danish++;
  }
  return english > danish ? "en" : "da";
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

/** The best match of a kind, or the tied ones when the same words name two things. */
interface Best {
  readonly match?: EntityMatch;
  readonly ambiguous: readonly EntityMatch[];
}

/** What the taggers found: the slots, the cues, and the matches they rest on. */
interface Tags {
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

/** Slots inherited from the previous frame, when this message leaves them out. */
interface Inherited {
  readonly frame: Frame;
  readonly people: readonly string[];
}

/** One rule of the table: an intent, when it applies, and the frame it builds. Tried in order; the first wins. */
interface Rule {
  readonly intent: Intent;
  readonly when: (r: Reading) => boolean;
  readonly build?: (r: Reading) => Omit<Frame, "lang" | "intent"> | undefined;
}

/**
 * The rule table: which intent a question has, from what its words filled. Read top down: earlier rows are more
 * specific. A row's `build` may still decline (return undefined) and the next row is tried.
 */
const RULES: readonly Rule[] = [
  { intent: "check", when: (r) => r.cue("check") && !r.tags.topicCompetence && !!r.tags.check.match, build: (r) => ({ check: r.tags.check.match!.id }) },
  { intent: "unknown", when: (r) => r.cue("check") && !r.tags.topicCompetence && r.tags.check.ambiguous.length > 0, build: (r) => r.unknownSlots(r.tags.check.ambiguous) },
  { intent: "checks", when: (r) => r.cue("check") && !r.tags.topicCompetence, build: (r) => ({ scope: r.cue("missing") ? "missing" : "week" }) },
  {
    intent: "nextMeeting",
    when: (r) => r.cue("meeting") || (!!r.tags.meeting.match && r.cue("when") && !r.tags.area.match && !r.tags.person.match && !r.tags.duty.match),
    build: (r) => (r.tags.meeting.ambiguous.length > 0 ? undefined : { ...(r.tags.meeting.match && { meeting: r.tags.meeting.match.id }), ...r.wantSlot() }),
  },
  { intent: "referral", when: (r) => r.cue("referral") && !!r.areaId(), build: (r) => ({ areas: r.areaIds() }) },
  // "Sara er på ferie, hvem tager pas?", "hvem er fyrtårn for sundhedskort når Nanna er syg", "hvem dækker for Kim".
  { intent: "cover", when: (r) => r.away().length > 0 && (!!r.areaId() || !!r.tags.duty.match), build: (r) => ({ away: r.away(), ...r.areaOrDuty(), ...r.when(), ...r.slotPart() }) },
  { intent: "cover", when: (r) => r.cue("cover") && !r.cue("areas") && r.people().length > 0, build: (r) => ({ people: r.people(), ...r.when(), ...r.slotPart() }) },
  { intent: "cover", when: (r) => r.cue("cover") && !!r.areaId() && !r.cue("fyrtaarn", "backup"), build: (r) => ({ areas: r.areaIds(), ...r.when() }) },
  // "er Nanna på arbejde i morgen", "is Peter in today".
  { intent: "atWork", when: (r) => r.people().length > 0 && (r.cue("atWork") || (r.cue("absent") && !r.cue("who", "when"))), build: (r) => ({ people: r.people(), ...r.when() }) },
  // "hvem er syg i dag", "hvem har ferie næste uge", "hvornår har jeg ferie", "hvornår er Nanna på kursus".
  {
    intent: "absences",
    when: (r) => r.cue("absent") && !r.areaId() && !r.tags.duty.match && (r.cue("who", "when") || r.isSelf() || r.people().length > 0),
    build: (r) => ({ ...(r.tags.reason && { reason: r.tags.reason }), ...(r.isSelf() && { self: true }), ...(r.people().length > 0 && { people: r.people() }), ...r.absenceRange() }),
  },
  { intent: "role", when: (r) => !!r.tags.role && r.people().length === 0, build: (r) => ({ role: r.tags.role, ...(r.tags.unit.match && { unit: r.tags.unit.match.id }) }) },
  { intent: "unknown", when: (r) => r.tags.person.ambiguous.length > 0 && !r.areaId() && !r.namesakes(), build: (r) => r.unknownSlots(r.tags.person.ambiguous) },
  { intent: "fyrtaarn", when: (r) => r.people().length > 0 && !!r.areaId() && r.cue("fyrtaarn", "backup"), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "personAreas", when: (r) => r.people().length > 0 && r.cue("areas", "fyrtaarn", "backup"), build: (r) => ({ people: r.people() }) },
  { intent: "nextDuty", when: (r) => r.people().length > 0 && r.cue("nextTime") && !!r.tags.duty.match, build: (r) => ({ people: r.people(), duty: r.tags.duty.match!.id }) },
  {
    intent: "duties",
    when: (r) => r.people().length > 0 && !r.cue("phone", "email", "contact") && (r.cue("rota", "doing") || r.dated()),
    build: (r) => ({ people: r.people(), ...r.when(r.cue("rota") ? "week" : "day") }),
  },
  { intent: "contact", when: (r) => r.people().length > 0, build: (r) => ({ people: r.people(), want: r.contactWant() }) },
  { intent: "competence", when: (r) => r.cue("knows", "speaks") && !!r.tags.competence.match && (r.cue("speaks") || !r.areaId()), build: (r) => r.competenceSlots() },
  { intent: "fyrtaarn", when: (r) => r.cue("knows", "speaks") && !!r.areaId(), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "unknown", when: (r) => r.cue("knows", "speaks"), build: (r) => r.unknownSlots([...r.tags.area.ambiguous, ...r.tags.competence.ambiguous]) },
  { intent: "nextDuty", when: (r) => r.isSelf() && r.cue("nextTime") && !!r.tags.duty.match, build: (r) => ({ self: true, duty: r.tags.duty.match!.id }) },
  {
    intent: "duties",
    when: (r) => r.isSelf() && !r.cue("who") && !r.areaOnly() && !r.tags.competence.match && (r.cue("rota", "rotaWeak", "doing") || r.dated() || !!r.tags.duty.match),
    build: (r) => ({ self: true, ...r.when(r.cue("rota", "when") ? "week" : "day") }),
  },
  { intent: "fyrtaarn", when: (r) => r.cue("fyrtaarn", "backup") && !!r.areaId(), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "unknown", when: (r) => r.cue("fyrtaarn", "backup") && !r.tags.unit.match, build: (r) => r.unknownSlots(r.tags.area.ambiguous) },
  { intent: "members", when: (r) => !!r.tags.unit.match && !r.areaOnly() && !r.tags.duty.match, build: (r) => ({ unit: r.tags.unit.match!.id }) },
  { intent: "title", when: (r) => !!r.tags.title && !r.areaOnly(), build: (r) => ({ title: r.tags.title }) },
  {
    intent: "rota",
    when: (r) => r.cue("rota") || ((r.dated() || r.cue("rotaWeak") || !!r.tags.slot) && (!!r.tags.duty.match || !r.otherThing())),
    build: (r) => ({ ...(r.tags.duty.match && { duty: r.tags.duty.match.id }), ...r.when(), ...r.slotPart() }),
  },
  { intent: "fyrtaarn", when: (r) => !!r.areaId(), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "unknown", when: (r) => r.tags.area.ambiguous.length > 0, build: (r) => r.unknownSlots(r.tags.area.ambiguous) },
  { intent: "rota", when: (r) => !!r.tags.duty.match && r.isStrong(r.tags.duty.match), build: (r) => ({ duty: r.tags.duty.match!.id, ...r.when() }) },
  { intent: "competence", when: (r) => !!r.tags.competence.match, build: (r) => r.competenceSlots() },
  { intent: "nextMeeting", when: (r) => !!r.namedMeeting(), build: (r) => ({ meeting: r.namedMeeting()!.id }) },
  { intent: "greeting", when: (r) => r.cue("greeting") && !r.hasContent() },
  { intent: "help", when: (r) => r.cue("help") && !r.hasContent() },
];

/** One question being read: its words, cues, dates and the things it names. Lives for one call. */
class Reading {
  private readonly stems: string[];
  private readonly cueAt = new Map<Cue, number[]>();
  /** Indices of words that are the bot's vocabulary. */
  private readonly cueWords = new Set<number>();
  /** Index of the first word after "ved noget om", "kan noget om", …: the topic, even if a cue word. */
  private readonly topicStart: number;
  private readonly matches: EntityMatch[];
  readonly tags: Tags;
  /** Slots from the previous turn, while the rules run on a follow-up. */
  private inherited?: Inherited;

  constructor(
    private readonly words: readonly string[],
    private readonly lang: Language,
    private readonly index: OrgIndex,
    private readonly today: IsoDate,
    private readonly previous?: PreviousTurn,
  ) {
    this.stems = words.map((w) => (w.length > 0 ? stem(w) : ""));
    const dates = readDateExpressions(words, today);
    const dateWords = new Set(dates.consumed);
    const pronounAt = previous ? words.findIndex((w) => PRONOUNS.has(w)) : -1;
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
    const area = this.best("area");
    const duty = this.best("duty", { strong: false });
    this.tags = {
      cues: new Set(this.cueAt.keys()),
      area,
      person: this.best("person"),
      competence: this.best("competence"),
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
      topicCompetence: false,
      areaIsDuty: !!(area.match && duty.match && sameWords(area.match, duty.match)),
      leadsOn: this.leadsOn(),
    };
    const competence = this.tags.competence.match;
    (this.tags as { topicCompetence: boolean }).topicCompetence = !!competence && competence.words.every((i) => i >= this.topicStart);
  }

  /** The frame: the rule table on this message alone, or, for a follow-up, on it with the previous turn's slots. */
  frame(): Frame {
    const own = this.applyRules();
    const previous = this.previous;
    if (!previous || !this.isFollowUp(own)) return own;
    this.inherited = { frame: previous.frame, people: previous.people };
    const merged = this.applyRules();
    const frame = merged.intent === "unknown" || merged.intent === "help" || merged.intent === "greeting"
      ? this.keepIntent(previous.frame)
      : { ...this.carried(previous.frame, merged.intent), ...merged };
    return { ...frame, lang: this.lang, followUp: true };
  }

  /** A message leans on the previous turn when it starts like one, points with a pronoun, or says too little alone. */
  private isFollowUp(own: Frame): boolean {
    if (this.tags.leadsOn || this.tags.pronoun) return true;
    if (own.intent === "unknown" || own.intent === "help") return !this.cue("help");
    return false;
  }

  /** The previous intent with what this message changed: "hvad med i morgen?", "hvor?", "og backup?". */
  private keepIntent(previous: Frame): Frame {
    const changed: Record<string, unknown> = {};
    const dates = this.when();
    if (dates.from) Object.assign(changed, dates);
    const shift = this.cue("dayAfter") ? 1 : this.cue("dayBefore") ? -1 : 0;
    if (shift !== 0 && previous.from) Object.assign(changed, { from: addDays(previous.from, shift), to: addDays(previous.to ?? previous.from, shift) });
    const slot = this.slotPart();
    if (slot.slot) changed.slot = slot.slot;
    if (this.tags.duty.match) changed.duty = this.tags.duty.match.id;
    if (this.tags.unit.match) changed.unit = this.tags.unit.match.id;
    if (this.areaId()) changed.areas = this.areaIds();
    const want = this.explicitWant();
    if (want) changed.want = want;
    if (this.tags.pronoun && this.inherited) changed.people = this.pronounPeople();
    const { understood: _u, suggestions: _s, followUp: _f, ...rest } = previous;
    return { ...rest, ...changed } as Frame;
  }

  /** What the previous frame carries into a new intent: its dates and slot when this message names none. */
  private carried(previous: Frame, intent: Intent): Partial<Frame> {
    if (intent !== previous.intent) return {};
    const { understood: _u, suggestions: _s, followUp: _f, lang: _l, ...rest } = previous;
    return rest;
  }

  private applyRules(): Frame {
    for (const rule of RULES) {
      if (!rule.when(this)) continue;
      const slots = rule.build ? rule.build(this) : {};
      if (slots === undefined) continue;
      return { lang: this.lang, intent: rule.intent, ...slots } as Frame;
    }
    return { lang: this.lang, intent: "unknown", ...this.unknownSlots([...this.tags.duty.ambiguous, ...this.tags.competence.ambiguous]) };
  }

  // --- what the rules ask ---------------------------------------------------------------------------------------

  cue(...cues: Cue[]): boolean {
    return cues.some((c) => this.cueAt.has(c));
  }

  /** The asker: "jeg", "min", "I", or a follow-up of a question about the asker. */
  isSelf(): boolean {
    return this.cue("my") || (!!this.inherited?.frame.self && this.people().length === 0);
  }

  /** People named, or pointed at ("hans", "hendes"), or inherited; two namesakes both ("Sara" -> both Saras). */
  people(): readonly string[] {
    const { person, pronoun } = this.tags;
    if (person.match) return [person.match.id];
    const namesakes = this.namesakes();
    if (namesakes) return namesakes;
    if (pronoun && this.inherited) return this.pronounPeople();
    if (this.inherited && !this.cue("my")) return this.inherited.frame.people ?? [];
    return [];
  }

  /** Two or three people named by the same first name: both are the answer, clearly told apart. */
  namesakes(): readonly string[] | undefined {
    const tied = this.tags.person.ambiguous;
    if (tied.length < 2 || tied.length > 3) return undefined;
    const firstNames = new Set(tied.map((m) => fold(m.label.split(/\s+/)[0] ?? "")));
    return firstNames.size === 1 ? tied.map((m) => m.id) : undefined;
  }

  private pronounPeople(): readonly string[] {
    const people = this.inherited?.people ?? [];
    return this.tags.pronoun === "all" ? people : people.slice(0, 1);
  }

  /** People said to be away ("Sara er syg"), when the question is about who else to ask or who covers. */
  away(): readonly string[] {
    if (!this.cue("absent")) return [];
    const { person } = this.tags;
    if (person.match) return [person.match.id];
    return this.namesakes() ?? [];
  }

  areaId(): string | undefined {
    return this.tags.area.match?.id ?? (this.inherited && !this.tags.duty.match ? this.inherited.frame.areas?.[0] : undefined);
  }

  areaIds(): readonly string[] {
    const id = this.areaId();
    return id ? [id] : [];
  }

  areaOrDuty(): Partial<Frame> {
    const area = this.areaId();
    if (area && !this.tags.areaIsDuty) return { areas: [area] };
    return this.tags.duty.match ? { duty: this.tags.duty.match.id } : area ? { areas: [area] } : {};
  }

  /** An area named by other words than a duty ("hotline" names both; next to a date it is the duty). */
  areaOnly(): boolean {
    return !!this.tags.area.match && !this.tags.areaIsDuty;
  }

  otherThing(): boolean {
    return this.areaOnly() || !!this.tags.competence.match;
  }

  dated(): boolean {
    const d = this.tags.dates;
    return d.date !== undefined || d.week !== undefined || d.range !== undefined || d.part !== undefined || d.time !== undefined;
  }

  /** The days asked about; without any, today, or this week when `fallback` is "week". Inherited on follow-ups. */
  when(fallback: "day" | "week" = "day"): { from?: IsoDate; to?: IsoDate } {
    const d = this.tags.dates;
    if (d.range) return { from: d.range.from, to: d.range.to };
    if (d.date) return { from: d.date, to: d.date };
    if (d.week) return { from: d.week.from, to: d.week.to };
    const shift = this.cue("dayAfter") ? 1 : this.cue("dayBefore") ? -1 : 0;
    const inherited = this.inherited?.frame;
    if (inherited?.from) return { from: addDays(inherited.from, shift), to: addDays(inherited.to ?? inherited.from, shift) };
    if (fallback === "week") {
      const monday = addDays(this.today, 1 - isoWeekdayOf(this.today));
      return { from: monday, to: addDays(monday, 6) };
    }
    return { from: this.today, to: this.today };
  }

  /** The days asked about, only when the question names some ("hvem er fyrtårn for pas i morgen"). */
  dayIfDated(): { from?: IsoDate; to?: IsoDate } {
    return this.dated() ? this.when() : {};
  }

  /** Absences are looked for over the days asked, or a year ahead for "hvornår har jeg ferie". */
  absenceRange(): { from?: IsoDate; to?: IsoDate } {
    if (this.dated()) return this.when();
    if (this.cue("when")) return {};
    return { from: this.today, to: this.today };
  }

  slotPart(): { slot?: SlotAsked } {
    const slot = this.tags.slot ?? (this.inherited && !this.dated() ? this.inherited.frame.slot : undefined);
    return slot ? { slot } : {};
  }

  want(): Want {
    if (this.cue("backup") && !this.cue("fyrtaarn")) return "backup";
    if (this.cue("fyrtaarn") && !this.cue("backup") && this.cue("who")) return "fyrtaarn";
    return "both";
  }

  /** A want this message states by itself ("og backup?", "hvor?", "nummer?"), for follow-ups. */
  explicitWant(): Want | undefined {
    if (this.cue("backup") && !this.cue("fyrtaarn")) return "backup";
    if (this.cue("fyrtaarn") && !this.cue("backup")) return "fyrtaarn";
    if (this.cue("phone")) return "phone";
    if (this.cue("email")) return "email";
    if (this.cue("where")) return "where";
    if (this.cue("when")) return "when";
    return undefined;
  }

  wantSlot(): { want?: Want } {
    const want = this.cue("where") ? "where" : undefined;
    return want ? { want } : {};
  }

  contactWant(): Want {
    return this.cue("phone") ? "phone" : this.cue("email") ? "email" : "all";
  }

  competenceSlots(): Partial<Frame> {
    const match = this.tags.competence.match!;
    return { competence: { term: match.label, people: this.index.peopleWithCompetence(match.id) } };
  }

  namedMeeting(): EntityMatch | undefined {
    return this.best("meeting", { minCoverage: 0.75, allowHalf: false }).match;
  }

  /** True when some word is neither a function word, a cue, a date nor a greeting: something we did not place. */
  hasContent(): boolean {
    return this.matches.some((m) => this.isStrong(m) && m.coverage >= 0.75 && m.exactness >= MIN_EXACTNESS);
  }

  /** True when a match rests on something besides the bot's own words, or on the topic after "ved noget om". */
  isStrong(match: EntityMatch): boolean {
    return match.words.some((i) => !this.cueWords.has(i) || i >= this.topicStart);
  }

  /** Not understood: what was recognised, and the closest things (the tied ones first). */
  unknownSlots(tied: readonly EntityMatch[]): Partial<Frame> {
    const understood: string[] = [];
    const add = (label: string): void => {
      if (!understood.includes(label)) understood.push(label);
    };
    for (const cue of this.cueAt.keys()) {
      const label = CUE_LABELS[cue];
      if (label) add(label[this.lang]);
    }
    const d = this.tags.dates;
    if (d.date) add(d.date);
    if (d.week) add(`${this.lang === "en" ? "week of" : "ugen fra"} ${d.week.from}`);
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
    return { understood, suggestions };
  }

  // --- taggers --------------------------------------------------------------------------------------------------

  private readCues(dateWords: ReadonlySet<number>): void {
    const { stems, words } = this;
    for (let i = 0; i < stems.length; i++) {
      if (dateWords.has(i) || stems[i].length === 0) continue;
      let found = false;
      for (const phrase of CUE_PHRASES.get(stems[i]) ?? []) {
        if (!phrase.stems.every((s, k) => stems[i + k] === s && !dateWords.has(i + k) && inflects(words[i + k], phrase.folds[k]))) continue;
        // "og"/"hvad med" lead on only at the start: "valg og pas" is one question.
        if (phrase.cue === "followUp" && i > 0) continue;
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

  private leadsOn(): boolean {
    return this.cueAt.get("followUp")?.[0] === 0;
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
    return readSlotMention(this.index.organisation, this.words)?.ref;
  }

  /** The absence reason asked about ("syg", "ferie"; coverage.ts reads the words). */
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
  private best(kind: EntityKind, options?: MatchOptions): Best {
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

function sameWords(a: EntityMatch, b: EntityMatch): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}

function isoWeekdayOf(date: IsoDate): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

// ---------------------------------------------------------------------------------------------------------------
// Words of the organisation that OrgIndex does not search: titles. Built once per organisation object (a new
// version is a new object).

interface PhraseEntry {
  readonly stems: readonly string[];
}
interface OrganisationWords {
  /** Titles by their first stem, with who holds them. */
  readonly titles: ReadonlyMap<string, ReadonlyArray<PhraseEntry & { readonly label: string; readonly people: readonly string[] }>>;
}

const wordsByOrganisation = new WeakMap<Organisation, OrganisationWords>();

/** The organisation's words that OrgIndex does not hold, built once per organisation object. */
function organisationWords(org: Organisation): OrganisationWords {
  let words = wordsByOrganisation.get(org);
  if (words) return words;
  const byTitle = new Map<string, { label: string; stems: string[]; people: string[] }>();
  for (const person of org.people) {
    const stems = splitWords(person.title).map(stem);
    if (stems.length === 0) continue;
    const key = stems.join(" ");
    const entry = byTitle.get(key);
    if (entry) entry.people.push(person.id);
    else byTitle.set(key, { label: person.title, stems, people: [person.id] });
  }
  const titles = new Map<string, Array<PhraseEntry & { label: string; people: string[] }>>();
  for (const entry of byTitle.values()) {
    const list = titles.get(entry.stems[0]) ?? [];
    list.push(entry);
    list.sort((a, b) => b.stems.length - a.stems.length);
    titles.set(entry.stems[0], list);
  }
  words = { titles };
  wordsByOrganisation.set(org, words);
  return words;
}

