// The tab API's answers as JSON, in one place: the server's views are typed with them (so the compiler checks that
// they are what is promised) and the tab imports them type-only. An answer that is a domain value as it is (a rota
// cell) takes the domain's type, type-only, so the two cannot drift; nothing else is imported, and the tab's bundle
// takes nothing from the bot. A field the server sends but no type here names is no promise.
import type { AbsentFromCell, RotaCell as DomainRotaCell } from "../domain/rota";

/**
 * An opaque version of something the tab can edit; null when it is not stored yet. Send it back unchanged with
 * the edit (`If-Match` or the body's `etag`): when someone changed the thing first the answer is 409.
 */
export type Version = string | null;

/** GET /api/me: who is signed in, and what the tab may offer them (the server checks again on every request). */
export interface Me {
  readonly person: { readonly id: string; readonly name: string; readonly title: string; readonly role: string };
  readonly canEdit: boolean;
  readonly may: { readonly edit: boolean; readonly exportCheckLog: boolean; readonly readFindings: boolean };
  readonly development: boolean;
  readonly organisation: string;
}

/** A person as the organisation chart shows them. */
export interface OrgPerson {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly unit: string;
  readonly role: string;
  readonly email?: string;
  readonly phone?: string;
  /** Area ids where the person is fyrtårn, and where backup. */
  readonly fyrtaarn: readonly string[];
  readonly backup: readonly string[];
  readonly competences: readonly string[];
  readonly tillidshverv: readonly ("tr" | "amr")[];
}

/** GET /api/org: the organisation chart's data. */
export interface OrgData {
  readonly organisation: { readonly name: string; readonly municipality: string };
  readonly units: readonly { readonly id: string; readonly name: string; readonly parent?: string; readonly leader?: string }[];
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly OrgPerson[];
}

/** GET /api/search: the bot's raw matches, and "Mente du" when there are none. */
export interface SearchAnswer {
  readonly q: string;
  readonly matches: readonly { readonly kind: string; readonly id: string; readonly label: string; readonly score: number }[];
  readonly suggestions: readonly { readonly kind: string; readonly id: string; readonly label: string }[];
}

/** A person's absence today; `slots` (names) when only part of the day. */
export interface AbsenceToday {
  readonly reason: string;
  readonly slots?: readonly string[];
}

/** GET /api/org/today: absences and each person's duties ("Skranke, Formiddag"), by person id. */
export interface OrgToday {
  readonly date: string;
  readonly working: boolean;
  readonly absent: Readonly<Record<string, AbsenceToday>>;
  readonly duties: Readonly<Record<string, readonly string[]>>;
}

/** What a chart search found: the people to highlight and, for a unit, the unit. */
export interface ChartHit {
  readonly kind: "person" | "unit" | "area" | "competence" | "duty" | "title";
  readonly id: string;
  readonly label: string;
  /** Person ids this hit points at (the person; an area's fyrtårne then backups; a competence's holders; …). */
  readonly people: readonly string[];
  /** For a unit: its id. */
  readonly unit?: string;
}

/** GET /api/org/search: `suggestions` is never empty when `hits` is (something to try from the organisation). */
export interface ChartSearch {
  readonly q: string;
  readonly hits: readonly ChartHit[];
  readonly suggestions: readonly { readonly kind: string; readonly id: string; readonly label: string }[];
}

/** One area of the Fyrtårne view with its gaps; also the answer to PUT /api/areas/:id. */
export interface AreaRow {
  readonly id: string;
  readonly name: string;
  readonly fyrtaarne: readonly string[];
  readonly backups: readonly string[];
  /** The version to send with an edit of the area's people. */
  readonly etag: Version;
  readonly missingFyrtaarn: boolean;
  readonly missingBackup: boolean;
  readonly absent: readonly { readonly person: string; readonly reason: string; readonly coveredBy: string | null }[];
  /** Every fyrtårn and backup is away today (the koordinator is then in coveredBy). */
  readonly nobodyIn: boolean;
}

/** GET /api/fyrtaarne: areas with fyrtårn and backup, and who carries too many areas. */
export interface FyrtaarnData {
  readonly date: string;
  readonly maxAreasPerPerson: number;
  readonly areas: readonly AreaRow[];
  readonly overloaded: readonly { readonly person: string; readonly count: number }[];
}

/** Someone away, and why (ferie, kursus, syg, …). */
export type AwayReason = AbsentFromCell;

/** One duty in one slot of a day (bot/src/domain/rota.ts). */
export type RotaCell = DomainRotaCell;

/** The rulleplan of one day (bot/src/domain/rota.ts). */
export interface RotaDay<Cell extends RotaCell = RotaCell> {
  readonly date: string;
  readonly working: boolean;
  /** 1-based week of the cycle that applies. */
  readonly cycleWeek: number;
  readonly day: { readonly weekday: string; readonly reason?: string };
  readonly duties: readonly { readonly duty: string; readonly name: string; readonly cells: readonly Cell[] }[];
  readonly absent: readonly (AwayReason & { readonly slots?: readonly string[] })[];
}

/** A gap of the day's rota (bot/src/domain/coverage/gaps.ts), for the koordinator to fill. */
export type RotaGap =
  | { readonly kind: "understaffed"; readonly duty: string; readonly slot: string; readonly minStaff: number; readonly present: readonly string[]; readonly absent: readonly AwayReason[] }
  | { readonly kind: "doubleBooked"; readonly person: string; readonly slot: string; readonly duties: readonly string[] }
  | { readonly kind: "absentPlanned"; readonly person: string; readonly reason: string; readonly duty: string; readonly slot: string }
  | { readonly kind: "areaUncovered"; readonly area: string; readonly away: readonly AwayReason[] };

/** A cell of the Rulleplan view, with the version of its one-day change (null: none yet). */
export interface RotaWeekCell extends RotaCell {
  readonly etag: Version;
}

/** A day of the Rulleplan view: the day's rota with its gaps. */
export interface RotaWeekDay extends RotaDay<RotaWeekCell> {
  readonly gaps: readonly RotaGap[];
}

/** GET /api/rota: the working week of a date. */
export interface RotaWeek {
  readonly date: string;
  readonly slots: readonly { readonly id: string; readonly name: string }[];
  readonly duties: readonly { readonly id: string; readonly name: string; readonly minStaff?: number }[];
  readonly days: readonly RotaWeekDay[];
  /** The version of each cycle week (index 0 is week 1), for editing the repeating plan. */
  readonly cycleEtags: readonly Version[];
}

/** PUT /api/rota/changes: the day as saved, and the cell's new version. */
export interface RotaChangeSaved {
  readonly day: RotaDay;
  readonly etag: Version;
}

/** PUT /api/rota/cycle: the cycle week as saved (duty → slot → people per weekday), and its new version. */
export interface CycleWeekSaved {
  readonly week: number;
  readonly plan: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>>> | null;
  readonly etag: Version;
}

/** POST /api/absences: the absence as stored. */
export interface AbsenceSaved {
  readonly absence: { readonly person: string; readonly from: string; readonly to: string; readonly reason: string; readonly slots?: readonly string[] } | null;
  readonly etag: Version;
}

/** A round's status. */
export type RoundStatus = "upcoming" | "due" | "overdue" | "missed" | "done" | "deviation";

/** A round of a check; the record's fields only for a viewer who may read findings. */
export interface RoundView {
  readonly key: string;
  readonly date: string;
  /** ISO instant. */
  readonly dueAt: string;
  /** Local date. */
  readonly due: string;
  readonly period: string;
  readonly status: RoundStatus;
  readonly byName?: string;
  readonly result?: "ok" | "deviation";
  readonly sampleChecked?: number;
  readonly deviationOpen?: boolean;
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  readonly followUpDue?: string;
  readonly closedDate?: string;
  readonly closedByName?: string;
  readonly approvedBy?: string;
}

/** An agenda item proposed on a meeting's reminder card. */
export interface AgendaItem {
  readonly text: string;
  readonly byName: string;
  /** ISO instant. */
  readonly at: string;
}

/** An upcoming meeting. */
export interface MeetingView {
  readonly id: string;
  /** The occurrence. */
  readonly key: string;
  readonly title: string;
  readonly date: string;
  readonly time: string;
  readonly place?: string;
  readonly agendaUrl?: string;
  readonly agendaItems: readonly AgendaItem[];
}

/** GET /api/checks: meetings a season ahead, each check's rounds, completion per week. */
export interface ChecksData {
  readonly today: string;
  readonly timezone: string;
  readonly checks: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: string;
    readonly ownerName?: string;
    readonly sample?: number;
    readonly since?: string;
    readonly rounds: readonly RoundView[];
  }[];
  readonly weeks: readonly { readonly week: string; readonly due: number; readonly done: number; readonly deviations: number }[];
  readonly meetings: readonly MeetingView[];
}

/** GET /api/dev/people (development only): whom the sign-in picker offers. */
export interface DevPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

/** Any 4xx or 5xx answer: a calm Danish message, and for some the details. */
export interface ErrorAnswer {
  readonly error: string;
  /** What was wrong with the request (400). */
  readonly problems?: readonly string[];
  /** Fields that looked like a CPR number (400). */
  readonly cprFields?: readonly string[];
  /** The thing as it is now, after someone else changed it first (409). */
  readonly current?: unknown;
}
