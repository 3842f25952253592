// The organisation as the department maintains it (the organisation file) and as the app holds it in memory.
// Field names are a contract with the department's YAML file: see docs/organisation-file.md.

/** A calendar day in the organisation's time zone, "YYYY-MM-DD". */
export type IsoDate = string;
/** A local time of day, "HH:mm". */
export type LocalTime = string;
/** An ISO 8601 duration such as "P14D" or "PT2H". */
export type IsoDuration = string;

export const ROLES = ["sektionsleder", "koordinator", "medarbejder"] as const;
/** What a person may do in the app follows from the role: sektionsleder and koordinator edit. */
export type Role = (typeof ROLES)[number];

export const TILLIDSHVERV = ["tr", "amr"] as const;
/** Union and safety representative (TR, AMR); optional on a person. */
export type Tillidshverv = (typeof TILLIDSHVERV)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
/** A working weekday as the rota names it. */
export type Weekday = (typeof WEEKDAYS)[number];

/** The department itself. */
export interface OrganisationInfo {
  readonly name: string;
  readonly municipality: string;
  /** IANA time zone; "today" and every reminder time are in this zone. */
  readonly timezone: string;
  /** A person who is fyrtårn or backup for more areas than this is flagged as carrying too many; default 3. */
  readonly maxAreasPerPerson?: number;
  /** When each koordinator gets the morning card with the day's rota gaps (local time); default 07:30. */
  readonly morningCardAt?: LocalTime;
}

/** A unit of the organisation tree (section, office, team). */
export interface Unit {
  readonly id: string;
  readonly name: string;
  /** Id of the parent unit; absent for the top unit. */
  readonly parent?: string;
  /** Person id of who leads the unit (the head of its box in the tab's chart); default its sektionsleder, else koordinator. */
  readonly leader?: string;
}

/** A member of staff. Only work contact data: never a CPR number. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly unit: string;
  readonly role: Role;
  /** Matched to the Teams user's e-mail/UPN. */
  readonly email?: string;
  readonly phone?: string;
  /** Free words for "hvem kan noget om …". */
  readonly competences: readonly string[];
  readonly tillidshverv: readonly Tillidshverv[];
  /** Entra object id, when known; matched to the Teams user's aadObjectId. */
  readonly aadObjectId?: string;
}

/** A link to a procedure (arbejdsgangsbeskrivelse). */
export interface Guide {
  readonly title: string;
  readonly url: string;
}

/** A subject area (fagområde) with its fyrtårne and backups. */
export interface Area {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly fyrtaarne: readonly string[];
  readonly backups: readonly string[];
  /** What the front settles at once (straks-afklaring). */
  readonly front?: string | null;
  /** Where to send what the front cannot settle. */
  readonly referTo?: string | null;
  readonly guides: readonly Guide[];
}

/** A half-day (or other) slot of the rota. */
export interface Slot {
  readonly id: string;
  readonly name: string;
  /** Other words staff use for the slot ("morgenvagten", "aftenåbent"); optional, so older stored files still read. */
  readonly synonyms?: readonly string[];
  readonly start: LocalTime;
  readonly end: LocalTime;
  /** The slot runs only on these weekdays (a Thursday evening); every working day when absent. */
  readonly days?: readonly Weekday[];
  /** Other times on particular weekdays, e.g. a longer Thursday. */
  readonly byDay?: Partial<Record<Weekday, { readonly start: LocalTime; readonly end: LocalTime }>>;
}

/** A duty of the rota (skranke, telefon, …). */
export interface Duty {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  /** Minimum staffing per slot; a slot below it is flagged. */
  readonly minStaff?: number;
}

/** duty id -> slot id -> person ids. */
export type DayPlan = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
/** One week of the repeating cycle. */
export type CycleWeek = Readonly<Partial<Record<Weekday, DayPlan>>>;

/** A period a person is away (inclusive dates); takes them out of their slots. */
export interface Absence {
  readonly person: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** ferie, kursus, syg, afspadsering, … */
  readonly reason: string;
  /** Only these slots (e.g. a half day); all slots when absent. */
  readonly slots?: readonly string[];
}

/** A one-day override of who covers a duty in a slot. */
export interface RotaChange {
  readonly date: IsoDate;
  readonly duty: string;
  readonly slot: string;
  readonly people: readonly string[];
}

/** The rulleplan: a cycle of weeks that repeats from cycleStart. */
export interface Rota {
  readonly slots: readonly Slot[];
  readonly duties: readonly Duty[];
  /** A Monday: the first day of week 1 of the cycle. */
  readonly cycleStart: IsoDate;
  readonly cycle: readonly CycleWeek[];
  readonly absences: readonly Absence[];
  readonly changes: readonly RotaChange[];
}

/** What happens to an occurrence that falls on a holiday or day off. */
export type OnHoliday = "next" | "skip";

/** A recurring meeting (Lokal-MED, faggruppemøde, …). */
export interface Meeting {
  readonly id: string;
  readonly title: string;
  /** RFC 5545 RRULE evaluated in the organisation's time zone. */
  readonly rrule: string;
  readonly start: LocalTime;
  readonly minutes: number;
  readonly place?: string;
  /** Offsets before the start at which to remind. */
  readonly remind: readonly IsoDuration[];
  /** "channel" (the department channel) or person ids. */
  readonly audience: "channel" | readonly string[];
  readonly agendaUrl?: string;
  /** How long before the meeting agenda items are due; default P14D. */
  readonly agendaDue?: IsoDuration;
  readonly onHoliday?: OnHoliday;
  /** First day the rule counts from (its DTSTART); default rota.cycleStart, so "every second week" follows the cycle. */
  readonly from?: IsoDate;
  /** Person id of who writes the minutes; told when they are due. */
  readonly owner?: string;
  /** How long after the meeting the minutes are due, counted in working days (P5D = 5 working days); default P5D. */
  readonly minutesDue?: IsoDuration;
}

/** A recurring management check (ledelseskontrol). */
export interface Check {
  readonly id: string;
  readonly title: string;
  readonly rrule: string;
  readonly at: LocalTime;
  readonly sample?: number;
  readonly instructions: string;
  /** Person id of who carries it out. */
  readonly owner: string;
  /** How long after the occurrence it is due. */
  readonly due: IsoDuration;
  /** Person id told when the check is overdue. */
  readonly escalateTo?: string;
  readonly onHoliday?: OnHoliday;
  /** First day the rule counts from (its DTSTART); default rota.cycleStart. */
  readonly from?: IsoDate;
  /**
   * The day the department started the check: rounds before it never count as missed. Absent in the file means
   * the day the check first appeared in an import (the import fills it in).
   */
  readonly since?: IsoDate;
}

/** Days off beyond the legal holidays, by local agreement. */
export interface HolidayRules {
  /** Every year, "MM-DD". */
  readonly extra: readonly string[];
  /** Every year, "MM-DD": closed from 12:00. */
  readonly halfDays: readonly string[];
  /** One-off days off, "YYYY-MM-DD". */
  readonly dates: readonly IsoDate[];
}

/** The whole organisation, as in the organisation file. */
export interface Organisation {
  readonly organisation: OrganisationInfo;
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
  readonly areas: readonly Area[];
  readonly rota: Rota;
  readonly meetings: readonly Meeting[];
  readonly checks: readonly Check[];
  readonly holidays: HolidayRules;
}
