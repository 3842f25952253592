// The rule table: which intent a question has, from what its words filled (the tags a Reading holds). Read top
// down: earlier rows are more specific.
import type { Frame, Intent } from "../frame";
import type { Reading } from "./reading";

/** One rule of the table: an intent, when it applies, and the frame it builds. Tried in order; the first wins. */
export interface Rule {
  readonly intent: Intent;
  readonly when: (r: Reading) => boolean;
  readonly build?: (r: Reading) => Omit<Frame, "lang" | "intent"> | undefined;
}

/**
 * The rule table: which intent a question has, from what its words filled. Read top down: earlier rows are more
 * specific. A row's `build` may still decline (return undefined) and the next row is tried.
 */
export const RULES: readonly Rule[] = [
  // "tak for i dag", "mange tak for hjælpen": a thanks with nothing asked, even with a day in it.
  { intent: "thanks", when: (r) => r.cue("thanks") && r.onlyCues("thanks", "acknowledged", "greeting", "help") && !r.hasContent() },
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
  // "hvem kan tage min skranke i morgen", "hvem dækker mine vagter fredag": the asker's duties (one, or all) that day.
  {
    intent: "cover",
    when: (r) => r.cue("cover") && r.isSelf() && r.people().length === 0 && !r.areaOnly() && (!!r.tags.duty.match || r.cue("rota")),
    build: (r) => ({ self: true, ...(r.tags.duty.match && { duty: r.tags.duty.match.id }), ...r.when(), ...r.slotPart() }),
  },
  { intent: "cover", when: (r) => r.cue("cover") && !!r.areaId() && !r.cue("fyrtaarn", "backup"), build: (r) => ({ areas: r.areaIds(), ...r.when() }) },
  // "er Nanna på arbejde i morgen", "is Peter in today".
  { intent: "atWork", when: (r) => r.people().length > 0 && (r.cue("atWork") || (r.cue("absent") && !r.cue("who", "when"))), build: (r) => ({ people: r.people(), ...r.when() }) },
  // "hvem er syg i dag", "hvem har ferie næste uge", "hvornår har jeg ferie", "hvornår er Nanna på kursus".
  {
    intent: "absences",
    when: (r) => r.cue("absent") && !r.areaId() && !r.tags.duty.match && (r.cue("who", "when") || r.isSelf() || r.people().length > 0),
    build: (r) => ({ ...(r.tags.reason && { reason: r.tags.reason }), ...(r.isSelf() && { self: true }), ...(r.people().length > 0 && { people: r.people() }), ...r.absenceRange() }),
  },
  // "hvem er min leder", "hvem er Sofies koordinator", "og hendes leder?": the person's own, not everyone in the role.
  {
    intent: "role",
    when: (r) => !!r.askedRole() && (r.cue("who") || r.isSelf() || !!r.tags.pronoun) && (r.people().length > 0 || r.isSelf()) && !r.areaId() && !r.tags.unit.match,
    build: (r) => ({ role: r.askedRole(), ...(r.people().length > 0 ? { people: r.people() } : { self: true }) }),
  },
  { intent: "role", when: (r) => !!r.askedRole() && r.people().length === 0, build: (r) => ({ role: r.askedRole(), ...(r.tags.unit.match && { unit: r.tags.unit.match.id }) }) },
  { intent: "unknown", when: (r) => r.tags.person.ambiguous.length > 0 && !r.areaId() && !r.namesakes(), build: (r) => r.unknownSlots(r.tags.person.ambiguous) },
  { intent: "fyrtaarn", when: (r) => r.people().length > 0 && !!r.areaId() && r.cue("fyrtaarn", "backup"), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "personAreas", when: (r) => r.people().length > 0 && r.cue("areas", "fyrtaarn", "backup"), build: (r) => ({ people: r.people() }) },
  { intent: "nextDuty", when: (r) => r.people().length > 0 && r.asksNextTime() && !!r.tags.duty.match, build: (r) => ({ people: r.people(), duty: r.tags.duty.match!.id }) },
  {
    intent: "duties",
    when: (r) => r.people().length > 0 && !r.cue("phone", "email", "contact") && (r.cue("rota", "doing") || r.dated()),
    build: (r) => ({ people: r.people(), ...r.when(r.cue("rota", "when") ? "week" : "day"), ...r.slotPart() }),
  },
  { intent: "contact", when: (r) => r.people().length > 0, build: (r) => ({ people: r.people(), want: r.contactWant() }) },
  { intent: "competence", when: (r) => r.cue("knows", "speaks") && !!r.tags.competence.match && (r.cue("speaks") || !r.areaId()), build: (r) => r.competenceSlots() },
  // "hvem kan tyrkisk" with nobody who has it: said so, rather than not understood.
  { intent: "competence", when: (r) => r.unregisteredCompetence() !== undefined, build: (r) => ({ competence: { term: r.unregisteredCompetence()!, people: [] } }) },
  { intent: "fyrtaarn", when: (r) => r.cue("knows", "speaks") && !!r.areaId(), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "unknown", when: (r) => r.cue("knows", "speaks"), build: (r) => r.unknownSlots([...r.tags.area.ambiguous, ...r.tags.competence.ambiguous]) },
  { intent: "nextDuty", when: (r) => r.isSelf() && r.asksNextTime() && !!r.tags.duty.match, build: (r) => ({ self: true, duty: r.tags.duty.match!.id }) },
  {
    intent: "duties",
    when: (r) => r.isSelf() && !r.cue("who") && !r.areaOnly() && !r.tags.competence.match && (r.cue("rota", "rotaWeak", "doing") || r.dated() || !!r.tags.duty.match),
    build: (r) => ({ self: true, ...r.when(r.cue("rota", "when") ? "week" : "day"), ...r.slotPart() }),
  },
  { intent: "fyrtaarn", when: (r) => r.cue("fyrtaarn", "backup") && !!r.areaId(), build: (r) => ({ areas: r.areaIds(), want: r.want(), ...r.dayIfDated() }) },
  { intent: "unknown", when: (r) => r.cue("fyrtaarn", "backup") && !r.tags.unit.match, build: (r) => r.unknownSlots(r.tags.area.ambiguous) },
  // A title named in full ("ydelsessagsbehandler") is the title, not the unit its first part resembles.
  { intent: "members", when: (r) => !!r.tags.unit.match && !r.areaOnly() && !r.tags.duty.match && (!r.tags.title || r.cue("members")), build: (r) => ({ unit: r.tags.unit.match!.id }) },
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
  { intent: "thanks", when: (r) => r.cue("thanks") && !r.hasContent() },
  { intent: "acknowledged", when: (r) => r.cue("acknowledged") && !r.hasContent() },
  { intent: "greeting", when: (r) => r.cue("greeting") && !r.hasContent() },
  { intent: "help", when: (r) => r.cue("help") && !r.hasContent() },
];
