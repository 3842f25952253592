// The data each card is rendered from. The bot and the scheduler fill these from the organisation and storage;
// the cards module turns them into Adaptive Card JSON and never looks anything up itself. Names, dates and
// times come in as plain values (IsoDate, LocalTime, ISO instants); the card formats them for the language.
import type { Lang } from "../domain/format";
import type { IsoDate, LocalTime, Role, Tillidshverv } from "../domain/organisation";

/** The languages the cards are written in (the bot's languages). */
export type { Lang };

/** An Adaptive Card as plain JSON, ready to be wrapped in an attachment (contentType application/vnd.microsoft.card.adaptive). */
export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: string;
  readonly version: string;
  readonly body: readonly Record<string, unknown>[];
  readonly actions?: readonly Record<string, unknown>[];
  readonly refresh?: CardRefresh;
  readonly [property: string]: unknown;
}

/** The card's refresh block (Universal Actions): Teams calls the verb to get a card for the viewing user. */
export interface CardRefresh {
  readonly action: { readonly type: "Action.Execute"; readonly verb: string; readonly data: Record<string, unknown> };
  /** Teams user MRIs that get the automatic refresh; absent means everyone in a chat of at most 60 people. */
  readonly userIds?: readonly string[];
}

/** A person as a card shows them: name and work contact, all optional but the name. */
export interface ContactPerson {
  readonly name: string;
  readonly title?: string;
  /** As written in the organisation file, "+45 63 33 70 01"; the tel: link drops the spaces. */
  readonly phone?: string;
  readonly email?: string;
}

/** A contact who may be away today; `absentToday` is the reason as the rota has it ("ferie", "syg", …). */
export interface ContactWithAbsence extends ContactPerson {
  readonly absentToday?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Answer cards

/** One person in full: "hvad er Mettes telefonnummer", "hvilke områder er Anne fyrtårn for". */
export interface PersonCardData {
  readonly person: ContactPerson;
  /** The unit's name (not its id). */
  readonly unit?: string;
  readonly role: Role;
  /** Names of the areas where the person is fyrtårn. */
  readonly fyrtaarnFor: readonly string[];
  /** Names of the areas where the person is backup. */
  readonly backupFor: readonly string[];
  readonly competences: readonly string[];
  readonly tillidshverv: readonly Tillidshverv[];
  /** Reason when the person is away today ("ferie"); absent when at work. */
  readonly absentToday?: string;
  /** Last day of that absence, when known. */
  readonly absentUntil?: IsoDate;
}

/** What a list of people answers; the card words the heading from it. */
export type PeopleListTopic =
  | { readonly kind: "role"; readonly role: Role }
  | { readonly kind: "competence"; readonly competence: string }
  | { readonly kind: "tillidshverv"; readonly tillidshverv: Tillidshverv }
  /** The people of a unit ("hvem er i Ydelseskontoret"). */
  | { readonly kind: "unit"; readonly unit: string }
  /** The people with a title ("hvem er centerchef"), the title as the organisation writes it. */
  | { readonly kind: "title"; readonly title: string }
  /** Two or more people with the first name asked about. */
  | { readonly kind: "namesakes"; readonly name: string }
  /** Who is away over some days, optionally for one reason ("hvem er syg i dag"). */
  | { readonly kind: "absent"; readonly from?: IsoDate; readonly to?: IsoDate; readonly reason?: string }
  /** Any other list; the heading is used as given (already in the asker's language). */
  | { readonly kind: "custom"; readonly heading: string };

/** One compact row of a people list. */
export interface PeopleListPerson extends ContactWithAbsence {
  /** A short extra line, e.g. the competences that matched ("budget, økonomi"). */
  readonly detail?: string;
}

/** Several people: "hvem er faglig koordinator", "hvem kan noget om budget". */
export interface PeopleListCardData {
  readonly topic: PeopleListTopic;
  readonly people: readonly PeopleListPerson[];
  /** A line under the list, already in the asker's language. */
  readonly note?: string;
  /** The heading is a whole answer ("Nej, Nanna Egholm er væk …"): the summary is the heading alone. */
  readonly statement?: boolean;
}

/** A procedure link (arbejdsgangsbeskrivelse). */
export interface GuideLink {
  readonly title: string;
  readonly url: string;
}

/** A subject area: "hvem er fyrtårn for valg"; with `focus: "referral"`, "kan vi straks-afklare …". */
export interface AreaCardData {
  readonly area: string;
  readonly fyrtaarne: readonly ContactWithAbsence[];
  readonly backups: readonly ContactWithAbsence[];
  /** What the front settles at once (straks-afklaring). */
  readonly front?: string | null;
  /** Where to send what the front cannot settle. */
  readonly referTo?: string | null;
  readonly guides: readonly GuideLink[];
  /** "referral" leads with front/referTo, for "kan vi straks-afklare …" and "hvor henviser jeg …". Default "people". */
  /** "backup": "og backup?" — the backups come first. */
  readonly focus?: "people" | "referral" | "backup";
  /** Who to ask when the fyrtårne are away: the first person at work, and whether it is a backup or the koordinator. */
  readonly askInstead?: { readonly name: string; readonly as: "backup" | "fyrtaarn" | "koordinator" | "nobody" };
  /** The day the absences are about, when not today ("hvem tager pas i morgen"). */
  readonly date?: IsoDate;
}

/** Who covers for a person: their duties on a day and who does each instead ("hvem dækker for Kim i eftermiddag"). */
export interface CoverCardData {
  readonly person: string;
  readonly date: IsoDate;
  /** The person's absence that day, when any ("syg"). */
  readonly absent?: string;
  readonly duties: ReadonlyArray<{
    readonly duty: string;
    readonly slot: string;
    readonly start: LocalTime;
    readonly end: LocalTime;
    /** Names of who covers instead; empty when nobody does (a gap). */
    readonly coveredBy: readonly string[];
  }>;
  /** No rota that day. */
  readonly dayOff?: { readonly reason: "weekend" | "holiday" | "dayOff"; readonly holidayName?: string };
}

/** A person in a rota cell; `absent` is the reason they are out ("syg"), shown next to the name. */
export interface RotaCellPerson {
  readonly name: string;
  readonly absent?: string;
}

/** Who covers one duty in one slot. */
export interface RotaCell {
  /** Slot id; matches RotaDayCardData.slots[].id. */
  readonly slot: string;
  readonly people: readonly RotaCellPerson[];
  /** A one-day change (RotaChange) applies to this cell. */
  readonly changed?: boolean;
  /** Fewer people present than the duty's minimum. */
  readonly understaffed?: boolean;
  /** The duty's minimum, shown with `understaffed` ("under minimum: 1 af 2"). */
  readonly minStaff?: number;
}

/** One duty row of the rota table. */
export interface RotaDutyRow {
  readonly id: string;
  readonly name: string;
  /** One cell per slot; a slot without a cell shows as empty. */
  readonly cells: readonly RotaCell[];
}

/** A slot column of the rota table, with the times that apply on that day (e.g. a longer Thursday). */
export interface RotaSlotColumn {
  readonly id: string;
  readonly name: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
}

/** An absence on the shown day. */
export interface RotaAbsence {
  readonly name: string;
  /** "ferie", "kursus", "syg", "afspadsering", … */
  readonly reason: string;
  /** Slot ids when only part of the day; absent means the whole day. */
  readonly slots?: readonly string[];
}

/** Why the asked-for day has no rota, so another day is shown. */
export interface RotaRedirect {
  /** The day that was asked for. */
  readonly requested: IsoDate;
  readonly reason: "weekend" | "holiday" | "dayOff";
  /** "Juledag", "1. maj", … when known. */
  readonly holidayName?: string;
}

/** A gap in the rota as cards word it (names, not ids): the rota card and the morning card. */
export type RotaGap =
  | { readonly kind: "understaffed"; readonly duty: string; readonly slot: string; readonly present: number; readonly minStaff: number; readonly absent: readonly { readonly name: string; readonly reason: string }[] }
  | { readonly kind: "doubleBooked"; readonly person: string; readonly slot: string; readonly duties: readonly string[] }
  | { readonly kind: "absentPlanned"; readonly person: string; readonly reason: string; readonly duty: string; readonly slot: string }
  | { readonly kind: "areaUncovered"; readonly area: string; readonly away: readonly { readonly name: string; readonly reason: string }[] };

/** The rulleplan of one day: "hvad er dagens rulleplan", "hvem står i skranken i dag". */
export interface RotaDayCardData {
  readonly date: IsoDate;
  /** Set when the asked-for day had no rota and this is the next working day. */
  readonly redirect?: RotaRedirect;
  /** Any other note, already in the asker's language. */
  readonly note?: string;
  readonly slots: readonly RotaSlotColumn[];
  readonly duties: readonly RotaDutyRow[];
  readonly absences: readonly RotaAbsence[];
  /** The day's gaps as the coverage module finds them (gapsOfDay), worded with names; the same the morning card lists. */
  readonly gaps?: readonly RotaGap[];
  /** Show only one duty and/or one slot (ids). */
  readonly only?: { readonly duty?: string; readonly slot?: string };
}

/** One of the asker's duties on a day. */
export interface MyDuty {
  /** Duty name ("Skranke"). */
  readonly duty: string;
  /** Slot name ("Formiddag"). */
  readonly slot: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly changed?: boolean;
}

/** One day of the asker's duties. */
export interface MyDutiesDay {
  readonly date: IsoDate;
  readonly duties: readonly MyDuty[];
  /** Set when there is no rota that day. */
  readonly dayOff?: { readonly reason: "weekend" | "holiday" | "dayOff"; readonly holidayName?: string };
  /** The asker's absence reason that day ("ferie"). */
  readonly absent?: string;
}

/** A person's duties over some days: "hvad skal jeg i dag", "min rulleplan denne uge", "hvad skal Peter i dag". */
export interface MyDutiesCardData {
  readonly person: string;
  /** The asker's own duties ("Dine vagter"); default true. False: "Vagter for Peter Brandt". */
  readonly own?: boolean;
  /** A heading that says more ("Næste gang Kim Vang har Informationen"), already in the asker's language. */
  readonly heading?: string;
  readonly days: readonly MyDutiesDay[];
}

/** A meeting occurrence in a list. */
export interface MeetingListItem {
  readonly title: string;
  readonly date: IsoDate;
  readonly start: LocalTime;
  readonly minutes: number;
  readonly place?: string;
  readonly agendaUrl?: string;
  /** Last day for agenda items. */
  readonly agendaDue?: IsoDate;
}

/** Next meeting(s): "hvornår er næste MED-møde". */
export interface MeetingsCardData {
  readonly meetings: readonly MeetingListItem[];
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
}

/** Where a check occurrence stands: done OK, done with a deviation, to do, past its deadline, or never done (the next round has begun). */
export type CheckStatus = "done" | "deviation" | "due" | "overdue" | "missed";

/** The period a check covers. */
export type CheckPeriod =
  | { readonly kind: "week"; readonly week: number; readonly year?: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "range"; readonly from: IsoDate; readonly to: IsoDate };

/** A check occurrence in a list. */
export interface CheckListItem {
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly due: IsoDate;
  readonly status: CheckStatus;
  /** Owner's name. */
  readonly owner: string;
}

/** A deviation whose follow-up is not yet closed. */
export interface OpenDeviationItem {
  readonly period?: CheckPeriod;
  readonly kind?: string;
  readonly followUp?: string;
  /** The follow-up deadline. */
  readonly due?: IsoDate;
  readonly overdue: boolean;
}

/** One check in a checks card: its rounds (newest first) and open deviations. */
export interface CheckGroupItem {
  readonly title: string;
  /** Owner's name. */
  readonly owner: string;
  readonly rounds: readonly CheckListItem[];
  readonly deviations: readonly OpenDeviationItem[];
  /** Rounds the viewer may approve: each opens its card ("Åbn runden") where "Godkend" is. */
  readonly awaitingApproval?: readonly { readonly checkId: string; readonly occurrence: string; readonly period?: CheckPeriod; readonly by: string; readonly deviation: boolean }[];
}

/** Checks: "hvilke kontroller skal laves denne uge", "hvilke kontroller mangler". */
export interface ChecksCardData {
  /** Words the heading: "thisWeek", "missing" (due and overdue), or "all". Default "all". */
  readonly scope?: "thisWeek" | "missing" | "all";
  /** Grouped per check, the most pressing first. */
  readonly groups: readonly CheckGroupItem[];
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
}

/** Names from the organisation to build example questions from; any left out gives a generic example. */
export interface ExampleNames {
  /** An area name ("Valg"). */
  readonly area?: string;
  /** A duty name ("Skranke"). */
  readonly duty?: string;
  /** A first name ("Mette"). */
  readonly person?: string;
  /** A competence word ("budget"). */
  readonly competence?: string;
  /** A meeting title ("Lokal-MED"). */
  readonly meeting?: string;
}

/** Help: what the bot can do and example questions as buttons. */
export interface HelpCardData {
  readonly examples?: ExampleNames;
}

/** Welcome on install: help with a greeting. */
export interface WelcomeCardData extends HelpCardData {
  /** The user's first name, when known. */
  readonly firstName?: string;
  /** The department's name ("Borgerservice & Ydelse"). */
  readonly organisation?: string;
}

/** What the bot recognised in a question it could not answer. */
export interface UnderstoodPart {
  readonly kind: "area" | "duty" | "slot" | "person" | "role" | "date" | "meeting" | "check" | "other";
  /** The recognised thing as shown ("Pas", "i morgen"). */
  readonly text: string;
}

/** A question the bot could not answer: what it understood and "Mente du …?" suggestions. */
export interface UnknownCardData {
  readonly understood: readonly UnderstoodPart[];
  /** Whole questions the user can send with one click, in the asker's language. */
  readonly suggestions: readonly string[];
}

/** What went wrong, for the error card. */
export interface ErrorCardData {
  /** "unavailable": storage cannot be read; "failed": anything else; "unknownUser": the Teams user is not in the organisation. */
  readonly kind: "unavailable" | "failed" | "unknownUser";
  /** For "unknownUser": the e-mail/UPN Teams gave, so the user can tell a coordinator. */
  readonly email?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Reminder cards

/** An agenda item proposed on a meeting card. */
export interface AgendaItem {
  readonly text: string;
  /** Name of who proposed it. */
  readonly by: string;
  /** When, as an ISO 8601 instant ("2026-11-20T08:14:00Z"). */
  readonly at: string;
}

/** Meeting reminder with agenda items and an input to propose one. */
export interface MeetingReminderCardData extends MeetingListItem {
  readonly meetingId: string;
  /** The day the card is made: a date in another year is written with its year. */
  readonly today?: IsoDate;
  /** The occurrence key as the scheduler names it; sent back in the Action.Execute data. */
  readonly occurrence: string;
  readonly items: readonly AgendaItem[];
  /** True after the agenda deadline: the input is left out. */
  readonly agendaClosed?: boolean;
  /** True on the card returned to whoever just proposed an item: a short thank-you. */
  readonly justProposed?: boolean;
  /** IANA zone the item times are shown in. */
  readonly timezone: string;
  /** Teams user MRIs for automatic refresh. */
  readonly refreshUserIds?: readonly string[];
}

/** A recorded completion of a check. */
export interface CheckCompletion {
  /** Name of who completed it. */
  readonly by: string;
  /** When, as an ISO 8601 instant. */
  readonly at: string;
  readonly result: "ok" | "deviation";
  readonly sampleChecked: number;
  /** The kind of deviation. */
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  /** Deadline of the follow-up (a deviation). */
  readonly followUpDue?: IsoDate;
  /** The deviation was closed: by whom, on which day, with what note. */
  readonly closed?: { readonly by: string; readonly date: IsoDate; readonly note?: string };
  /** The round was approved: by whom, when (ISO 8601 instant). */
  readonly approved?: { readonly by: string; readonly at: string };
}

/** The inputs of a check card as typed (strings, as Teams sends them). */
export interface CheckInputValues {
  readonly sampleChecked?: number;
  readonly result?: "ok" | "deviation";
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  readonly followUpDue?: string;
}

/** A line on a check card saying why an action did not happen or what is still needed. */
export type CheckNotice =
  /** A deviation was submitted without follow-up and deadline. */
  | { readonly kind: "followUpMissing" }
  /** The follow-up deadline is before today. */
  | { readonly kind: "deadlineInPast" }
  /** Only the sektionsleder approves. */
  | { readonly kind: "onlyLeaderApproves"; readonly leaders: readonly string[] }
  /** Only the check's owner (or the sektionsleder) closes a deviation. */
  | { readonly kind: "onlyOwnerCloses"; readonly owner: string }
  /** A round with an open deviation is approved once it is closed. */
  | { readonly kind: "closeBeforeApproval" }
  /** Someone else was first. */
  | { readonly kind: "alreadyApproved"; readonly by: string }
  | { readonly kind: "alreadyClosed"; readonly by: string }
  /** The click did what it said. */
  | { readonly kind: "approved" }
  | { readonly kind: "closed" };

/** The view of a check card. */
export type CheckCardState =
  /** Not done: inputs and "Markér som udført". */
  | {
      readonly kind: "open";
      readonly notice?: CheckNotice;
      /** What was typed, when the card comes back with a notice: nothing typed is lost. */
      readonly values?: CheckInputValues;
    }
  /** Done: the completion; "Godkend" for a sektionsleder, "Luk afvigelse" for the owner, when they may. */
  | {
      readonly kind: "completed";
      readonly completion: CheckCompletion;
      readonly canApprove?: boolean;
      readonly canClose?: boolean;
      readonly notice?: CheckNotice;
    }
  /** The viewer may not complete it: who can, no inputs. */
  | {
      readonly kind: "notAllowed";
      /** Names of the koordinatorer. */
      readonly coordinators: readonly string[];
      /** Names of the sektionsledere. */
      readonly leaders: readonly string[];
    };

/** Check reminder, recorded from the card. */
export interface CheckReminderCardData {
  readonly checkId: string;
  /** The occurrence key as the scheduler names it; sent back in the Action.Execute data. */
  readonly occurrence: string;
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly instructions: string;
  readonly sample?: number;
  readonly due: IsoDate;
  /** Owner's name. */
  readonly owner: string;
  /** Past the due date and not completed. */
  readonly overdue?: boolean;
  readonly state: CheckCardState;
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
  /** IANA zone the completion time is shown in. */
  readonly timezone: string;
  /** Teams user MRIs for automatic refresh. */
  readonly refreshUserIds?: readonly string[];
}

/** Told to a check's escalateTo person when it is overdue. */
export interface EscalationCardData {
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly due: IsoDate;
  /** Whole days past the due date (at least 1). */
  readonly daysOverdue: number;
  readonly owner: ContactPerson;
}

/** Monday digest for a coordinator. */
export interface DigestCardData {
  /** The coordinator's first name. */
  readonly firstName?: string;
  /** ISO week number of the week the digest covers. */
  readonly week: number;
  readonly dueThisWeek: readonly CheckListItem[];
  readonly overdue: readonly CheckListItem[];
  readonly meetings: readonly MeetingListItem[];
}
