// Reading one question into a frame: understand() tags the words (tagging.ts) and runs the rule table (rules.ts)
// on them; a message that leaves things out ("og backup?", "hvad med i morgen?") runs it again with the previous
// turn's slots.
import { isSmallTalk, type AskedRole, type Frame, type Intent, type Language, type PreviousTurn, type SlotAsked, type Want } from "../frame";
import { addDays, mondayOf } from "../isoDate";
import type { IsoDate } from "../organisation";
import type { EntityMatch, EntitySuggestion, OrgIndex } from "../orgIndex";
import { fold } from "../text";
import { CUE_LABELS, KNOWN_COMPETENCES, type Cue } from "../vocabulary";
import { asAsked, type AskedWords } from "./question";
import { RULES } from "./rules";
import { MIN_EXACTNESS, TaggedWords, type Tags } from "./tagging";

/** At most this many labels of what was recognised: with 25,000 people "Anne" names hundreds. */
const MAX_UNDERSTOOD = 8;

/** What a question asks; never throws. `previous` is the conversation's last turn, for follow-ups. */
export function understand(text: string | AskedWords, index: OrgIndex, today: IsoDate, previous?: PreviousTurn): Frame {
  const asked = asAsked(text);
  const words = asked.words.map((w) => (w.length > 40 ? "" : w));
  const lang = asked.lang;
  if (words.every((w) => w.length === 0)) return previous ? { ...previous.frame, lang, followUp: true } : { lang, intent: "help" };
  return new Reading(words, lang, index, today, previous).frame();
}

/** Slots inherited from the previous frame, when this message leaves them out. */
interface Inherited {
  readonly frame: Frame;
  readonly people: readonly string[];
}

/** One question being read: its tagged words, and the previous turn's slots on a follow-up. Lives for one call. */
export class Reading {
  private readonly tagged: TaggedWords;
  readonly tags: Tags;
  /** Slots from the previous turn, while the rules run on a follow-up. */
  private inherited?: Inherited;

  constructor(
    words: readonly string[],
    private readonly lang: Language,
    private readonly index: OrgIndex,
    private readonly today: IsoDate,
    private readonly previous?: PreviousTurn,
  ) {
    this.tagged = new TaggedWords(words, lang, index, today, Boolean(previous));
    this.tags = this.tagged.tags;
  }


  /** The frame: the rule table on this message alone, or, for a follow-up, on it with the previous turn's slots. */
  frame(): Frame {
    const own = this.applyRules();
    const previous = this.previous;
    if (!previous || !this.isFollowUp(own)) return own;
    this.inherited = { frame: previous.frame, people: previous.people };
    // "hvad med i morgen?", "og i eftermiddag?", "og næste uge?": only a day or a slot is new, so the question is
    // the previous one on that day or in that slot (not the rota of that day).
    if (this.onlyWhen(own) && previous.frame.intent !== "unknown" && !isSmallTalk(previous.frame.intent)) {
      return { ...this.keepIntent(previous.frame), lang: this.lang, followUp: true };
    }
    const merged = this.applyRules();
    const frame = merged.intent === "unknown" || isSmallTalk(merged.intent)
      ? this.keepIntent(previous.frame)
      : { ...this.carried(previous.frame, merged.intent), ...merged };
    return { ...frame, lang: this.lang, followUp: true };
  }

  /**
   * A message leans on the previous turn when it starts like one, points with a pronoun, or says too little alone
   * but something the previous question can use (a day, a slot, "backup", "hvor?"). A message that names nothing
   * the bot recognises ("kørek", "asdfgh") is not a follow-up: it gets its own "Mente du …?".
   */
  private isFollowUp(own: Frame): boolean {
    if (this.tags.leadsOn || this.tags.pronoun) return true;
    if (own.intent !== "unknown" && own.intent !== "help") return false;
    if (this.cue("help")) return false;
    const t = this.tags;
    return this.dated() || !!t.slot || !!t.area.match || !!t.duty.match || !!t.unit.match || !!t.person.match || !!t.role ||
      this.cue("backup", "fyrtaarn", "phone", "email", "contact", "where", "when", "dayAfter", "dayBefore", "rota", "absent", "cover", "areas");
  }

  /** The message alone names only days or a slot: the rules read it as a rota question without a duty. */
  private onlyWhen(own: Frame): boolean {
    return own.intent === "rota" && !own.duty && !this.cue("rota", "rotaWeak", "my");
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
    return this.tagged.cue(...cues);
  }

  /** True when every bot word of the message is one of these ("tak for hjælpen", "hej og tak"). */
  onlyCues(...cues: Cue[]): boolean {
    for (const c of this.tags.cues) if (!cues.includes(c)) return false;
    return true;
  }

  /** The role asked about; "og i Ydelseskontoret?" after a role question asks the same role in that unit. */
  askedRole(): AskedRole | undefined {
    if (this.tags.role) return this.tags.role;
    return this.inherited && this.tags.unit.match && !this.tags.person.match ? this.inherited.frame.role : undefined;
  }

  /** "næste gang", or a follow-up of such a question naming another duty ("og skranke?"). */
  asksNextTime(): boolean {
    return this.cue("nextTime") || this.inherited?.frame.intent === "nextDuty";
  }

  /** The asker: "jeg", "min", "I", or a follow-up of a question about the asker. */
  isSelf(): boolean {
    return this.cue("my") || (!!this.inherited?.frame.self && this.people().length === 0);
  }

  /** People named, or pointed at ("hans", "hendes"), or inherited; two namesakes both ("Sara" -> both Saras). */
  people(): readonly string[] {
    return this.named() ?? (this.inherited && !this.cue("my") ? this.inherited.frame.people ?? [] : []);
  }

  /** The people this message names: by name, a first name two or three share, or a pronoun into the last answer. */
  private named(): readonly string[] | undefined {
    const { person, pronoun } = this.tags;
    if (person.match) return [person.match.id];
    return this.namesakes() ?? (pronoun && this.inherited ? this.pronounPeople() : undefined);
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
    // "hvem er fyrtårn for pas?" – "og hvis hun er syg?": the pronoun's person, whom the last answer named first.
    return this.cue("absent") ? this.named() ?? [] : [];
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
      const monday = mondayOf(this.today);
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

  /**
   * A competence asked for that nobody has, as asked: the lone word after "hvem kan", "taler", "speaks" when it is a
   * competence word the bot knows or follows a word for speaking (a language), or in a follow-up of a competence
   * question ("og swahili?"). Not when the question names something else ("hvem kan tage telefonen").
   */
  unregisteredCompetence(): string | undefined {
    if (this.tags.competence.match || this.areaId() || this.tags.duty.match || this.tags.unit.match || this.people().length > 0) return undefined;
    const lone = this.tagged.loneWord();
    if (!lone) return undefined;
    const asked = lone.afterKnows && (this.cue("speaks") || KNOWN_COMPETENCES.has(fold(lone.word)));
    return asked || this.inherited?.frame.intent === "competence" ? lone.word : undefined;
  }

  namedMeeting(): EntityMatch | undefined {
    return this.tagged.best("meeting", { minCoverage: 0.75, allowHalf: false }).match;
  }

  /** True when some word is neither a function word, a cue, a date nor a greeting: something we did not place. */
  hasContent(): boolean {
    return this.tagged.matches.some((m) => this.isStrong(m) && m.coverage >= 0.75 && m.exactness >= MIN_EXACTNESS);
  }

  /** True when a match rests on something besides the bot's own words, or on the topic after "ved noget om". */
  isStrong(match: EntityMatch): boolean {
    return this.tagged.isStrong(match);
  }

  /** Not understood: what was recognised, and the closest things (the tied ones first). */
  unknownSlots(tied: readonly EntityMatch[]): Partial<Frame> {
    const understood: string[] = [];
    const add = (label: string): void => {
      if (!understood.includes(label)) understood.push(label);
    };
    for (const cue of this.tags.cues) {
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
    for (const m of this.tagged.matches) {
      if (understood.length >= MAX_UNDERSTOOD) break;
      if (m.coverage >= 0.75 && m.exactness >= MIN_EXACTNESS && this.isStrong(m)) add(m.label);
    }
    // Not what only the bot's own words matched ("fyrtårn" is not a hint at "Fyrtårnsmøde").
    for (const m of this.tagged.matches) if (m.score >= 0.25 && this.isStrong(m)) suggest({ kind: m.kind, id: m.id, label: m.label });
    return { understood, suggestions };
  }
}
