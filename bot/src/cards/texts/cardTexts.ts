// What the words of one language are: the fixed labels the templates read as `t`, and the functions that compose
// sentences from data (lists, plurals, dates) before they reach a template.
import type { Role, Tillidshverv } from "../../domain/organisation";
import type { CheckPeriod, DayOff, ExampleNames, PeopleListTopic, RotaRedirect, UnderstoodPart } from "../cardData";

/** Fixed words the templates read as `${t.name}` (or `${$root.t.name}` inside a loop). */
export interface CardLabels {
  readonly phone: string;
  readonly email: string;
  readonly call: string;
  readonly sendMail: string;
  readonly chat: string;
  readonly nobody: string;
  readonly role: string;
  readonly unit: string;
  readonly fyrtaarnFor: string;
  readonly backupFor: string;
  readonly competences: string;
  readonly tillidshverv: string;
  readonly area: string;
  readonly fyrtaarne: string;
  readonly backups: string;
  readonly front: string;
  readonly referTo: string;
  readonly guides: string;
  readonly noContacts: string;
  readonly duty: string;
  readonly absences: string;
  /** The rota card's list of gaps (understaffed, double-booked, absent with nobody instead, an area nobody covers). */
  readonly gaps: string;
  readonly noRota: string;
  readonly noDuties: string;
  readonly time: string;
  readonly place: string;
  readonly agendaDue: string;
  readonly openAgenda: string;
  readonly noMeetings: string;
  readonly owner: string;
  readonly period: string;
  readonly sample: string;
  readonly due: string;
  readonly helpHeading: string;
  readonly helpIntro: string;
  readonly capabilities: readonly string[];
  readonly tryAsking: string;
  readonly ownWords: string;
  readonly cprReminder: string;
  readonly unknownHeading: string;
  readonly understood: string;
  readonly nothingUnderstood: string;
  readonly didYouMean: string;
  readonly showHelp: string;
  readonly helpQuestion: string;
  readonly cprHeading: string;
  readonly cprBody: string;
  readonly agendaItems: string;
  readonly noAgendaItems: string;
  readonly proposeLabel: string;
  readonly proposePlaceholder: string;
  readonly proposeError: string;
  /** Under a card field whose text held a CPR number (the number is cut out; nothing is saved). */
  readonly cprInField: string;
  /** Above a check answer when the check log could not be read. */
  readonly checkLogUnavailable: string;
  readonly proposeButton: string;
  readonly agendaClosed: string;
  readonly thanksProposed: string;
  readonly instructions: string;
  readonly overdueNote: string;
  readonly sampleCheckedLabel: string;
  readonly sampleCheckedError: string;
  readonly resultLabel: string;
  readonly resultOk: string;
  readonly resultDeviation: string;
  readonly resultError: string;
  readonly findingsLabel: string;
  readonly findingsPlaceholder: string;
  readonly followUpLabel: string;
  readonly followUpPlaceholder: string;
  readonly completeButton: string;
  readonly findings: string;
  readonly followUp: string;
  readonly escalationHeading: string;
  readonly digestDue: string;
  readonly digestOverdue: string;
  readonly digestMeetings: string;
  readonly none: string;
}

/** All the words of one language. */
export interface CardTexts {
  readonly labels: CardLabels;
  readonly roleName: (role: Role) => string;
  readonly tillidshvervName: (hverv: Tillidshverv) => string;
  readonly reason: (reason: string) => string;
  /** "A, B og C" */
  readonly and: (items: readonly string[]) => string;
  /** "A, B eller C" */
  readonly or: (items: readonly string[]) => string;
  readonly peopleHeading: (topic: Exclude<PeopleListTopic, { kind: "custom" }>, count: number) => string;
  /** One row of an absence list: the reason and the days, "Ferie mandag 14. december til fredag 18. december". */
  readonly absenceDetail: (reason: string, period: string, slots: string | undefined) => string;
  /** "mandag 14. december til fredag 18. december". */
  readonly dayRange: (from: string, to: string) => string;
  /** Heading of someone else's duties. */
  readonly dutiesOf: (person: string) => string;
  /** Who to ask instead on an area card. */
  /** `several`: the area has more than one fyrtårn ("Fyrtårnene er væk"). */
  readonly askInstead: (name: string, as: "backup" | "fyrtaarn" | "koordinator" | "nobody", date: string | undefined, several?: boolean) => string;
  readonly coverHeading: (person: string, date: string) => string;
  readonly coverAbsent: (person: string, reason: string) => string;
  readonly coverNotAbsent: (person: string) => string;
  /** The person has no duties that day, or not the one asked about (`duty`). */
  readonly coverNoDuties: (person: string, duty?: string) => string;
  readonly coverGap: string;
  /** "er Nanna på arbejde i morgen". */
  readonly atWork: (person: string, date: string) => string;
  readonly notAtWork: (person: string, date: string, reason: string, until: string | undefined) => string;
  readonly partlyAway: (person: string, date: string, reason: string, slots: string) => string;
  readonly dayOffFor: (date: string) => string;
  /**
   * Nobody matched an absence question: "Ingen er meldt syge tirsdag 24. november.", "Du har ingen ferie registreret
   * det næste år." `people`: the names asked about (empty: everyone; `you`: the asker); `period`: the day or the
   * first and last day asked about (formatted), or undefined for the year ahead.
   */
  readonly noAbsence: (people: readonly string[] | "you", reason: string | undefined, period: { readonly from: string; readonly to?: string } | undefined) => string;
  /** Nobody in the role above a person ("hvem er Helles leder" asked of the top leader); `you`: the asker. */
  readonly noRoleHolder: (role: Role, of: string | "you") => string;
  /** Nobody has the competence asked about: "Ingen i organisationen har tyrkisk registreret som kompetence." */
  readonly noCompetence: (competence: string) => string;
  /** "hvornår har jeg X næste gang". */
  readonly nextDutyFound: (person: string, duty: string) => string;
  readonly nextDutyNone: (person: string, duty: string, weeks: number) => string;
  /** A duty asked for that does not run on the day, and the next day it does (two cycles ahead at most). */
  readonly dutyNotThatDay: (duty: string, date: string, next: string | undefined) => string;
  /** A slot asked for that does not run on the day. */
  readonly slotNotThatDay: (date: string) => string;
  readonly noPeople: string;
  /** "Fraværende i dag (syg)"; `day` when the answer is about another day ("torsdag 26. november"). */
  readonly absentToday: (reason: string, until?: string, day?: string) => string;
  /** The reason given for someone the question says is away, not the rota ("… når Anne er væk"). */
  readonly saidAway: string;
  readonly absentContactBackup: (reason: string, day?: string) => string;
  readonly noFrontInfo: (area: string) => string;
  readonly rotaHeading: (date: string) => string;
  readonly rotaRedirect: (redirect: RotaRedirect, shownDate: string) => string;
  readonly showing: (parts: readonly string[]) => string;
  readonly understaffed: (present: number, min?: number) => string;
  readonly changed: string;
  readonly wholeDay: string;
  readonly myDutiesHeading: string;
  readonly dayOff: (reason: DayOff["reason"], holidayName?: string) => string;
  readonly absentDay: (reason: string) => string;
  readonly meetingsHeading: (count: number) => string;
  readonly checksHeading: (scope: "thisWeek" | "missing" | "all") => string;
  readonly noChecks: (scope: "thisWeek" | "missing" | "all") => string;
  readonly checkStatus: (status: "done" | "deviation" | "due" | "overdue" | "missed", due: string) => string;
  readonly period: (period: CheckPeriod) => string;
  readonly examples: (names: ExampleNames) => readonly string[];
  readonly welcomeHeading: (firstName?: string) => string;
  /** The bot's answer to "tak" and to "ok": a line of text, not a card. */
  readonly smallTalk: Readonly<Record<"thanks" | "acknowledged", string>>;
  readonly welcomeIntro: (organisation?: string) => string;
  readonly understoodKind: (kind: UnderstoodPart["kind"]) => string;
  readonly errorHeading: (kind: "unavailable" | "failed" | "unknownUser") => string;
  readonly errorBody: (kind: "unavailable" | "failed" | "unknownUser", email?: string) => string;
  readonly proposedBy: (name: string, when: string) => string;
  readonly samples: (count: number) => string;
  readonly completedBy: (name: string, when: string, result: "ok" | "deviation", samples: number) => string;
  readonly whoMayComplete: (owner: string, coordinators: readonly string[], leaders: readonly string[]) => string;
  readonly overdueBy: (title: string, days: number) => string;
  readonly chatWith: (name: string) => string;
  readonly callName: (name: string, phone: string) => string;
  readonly mailName: (name: string) => string;
  readonly digestHeading: (week: number) => string;
  readonly digestGreeting: (firstName?: string) => string;
  readonly dueOn: (date: string) => string;
  readonly checksCount: (count: number, overdue: number) => string;
  readonly digestCounts: (overdue: number, due: number, meetings: number) => string;
  readonly helpSummary: string;
  readonly didYouMeanSummary: (suggestions: readonly string[]) => string;
  /** "… og 3 flere": the line under a list that was cut. */
  readonly more: (count: number) => string;
  readonly showingOf: (shown: number, total: number) => string;
  readonly olderNotShown: (count: number) => string;
  readonly moreDuties: (count: number) => string;
}
