// The department's working calendar: which days are working days in its time zone (Danish public holidays by
// law, plus the days off and half days of the local agreement), and conversions between instants and local
// wall-clock time. Dates are plain "YYYY-MM-DD" strings; date arithmetic is done on UTC midnights, so it never
// meets a daylight-saving change; only toInstant/localParts touch the zone.
import Holidays from "date-holidays";
import { DateTime, IANAZone } from "luxon";
import { formatDayMonth } from "./format";
import type { HolidayRules, IsoDate, LocalTime, Organisation } from "./organisation";
import { DAY_NAMES, addDays, daysBetween, epochDay, weekdayOf, type DayName } from "./isoDate";
import { ClearingCache } from "./clearingCache";

export { addDays, daysBetween, weekdayOf, type DayName };

/** On a half day the department closes at this time. */
export const HALF_DAY_CLOSES_AT: LocalTime = "12:00";

/** What the calendar knows about one day. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly weekday: DayName;
  /** False on weekends, public holidays and the agreed days off. */
  readonly working: boolean;
  /** A working day closed from HALF_DAY_CLOSES_AT. */
  readonly halfDay: boolean;
  /** Why the day is off or half: "weekend", "helligdag: Juledag", "fridag: 24. december", "halv fridag: 1. maj". */
  readonly reason?: string;
  /** The same as data, for texts in other languages: what kind of day off, and the holiday's (Danish) name. */
  readonly off?: { readonly kind: "weekend" | "holiday" | "dayOff" | "halfDay"; readonly name?: string };
}

/** The working week (Monday to Friday) that contains a date, with its ISO week number. */
export interface WorkWeek {
  readonly isoYear: number;
  readonly isoWeek: number;
  /** Monday..Friday, whether or not they are working days. */
  readonly days: readonly IsoDate[];
}

/** An instant as read on the wall clock in the organisation's zone. */
export interface LocalParts {
  readonly date: IsoDate;
  readonly time: LocalTime;
  readonly weekday: DayName;
}

const NO_RULES: HolidayRules = { extra: [], halfDays: [], dates: [] };
/** No agreement closes for longer than this; beyond it the holiday rules are surely wrong. */
const MAX_DAYS_OFF_IN_A_ROW = 366;
/** Bound on toInstant's memo; a year of slot and reminder times fits many times over. */
const MAX_MEMO = 10_000;

/** Working days and local time for one organisation. Holds no per-request state; build once per organisation. */
export class WorkCalendar {
  private readonly holidays = new Holidays("DK", { languages: ["da"], types: ["public"] });
  private readonly publicHolidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();
  private readonly extra: ReadonlySet<string>;
  private readonly halfDays: ReadonlySet<string>;
  private readonly dates: ReadonlySet<IsoDate>;
  private readonly ianaZone: IANAZone;
  /** Memo of toInstant (a pure function of its arguments): zone arithmetic is the costliest part of a rota. */
  private readonly instants = new ClearingCache<string, number>(MAX_MEMO);
  private lastToday?: { readonly minute: number; readonly date: IsoDate };

  constructor(
    /** IANA time zone, e.g. "Europe/Copenhagen". */
    readonly zone: string,
    rules: HolidayRules = NO_RULES,
  ) {
    if (!IANAZone.isValidZone(zone)) throw new Error(`Unknown time zone "${zone}": use an IANA name such as "Europe/Copenhagen"`);
    this.ianaZone = IANAZone.create(zone);
    this.extra = new Set(rules.extra.map((day) => checkMonthDay(day, "holidays.extra")));
    this.halfDays = new Set(rules.halfDays.map((day) => checkMonthDay(day, "holidays.halfDays")));
    this.dates = new Set(rules.dates.map((date) => { epochDay(date); return date; }));
  }

  /** The calendar of an organisation: its time zone and its holiday rules. */
  static forOrganisation(org: Pick<Organisation, "organisation" | "holidays">): WorkCalendar {
    return new WorkCalendar(org.organisation.timezone, org.holidays);
  }

  /** The local date at `now` in the organisation's zone. */
  today(now: Date): IsoDate {
    // Every turn asks this; zone offsets change only on whole hours, so the answer holds for the whole minute.
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.lastToday?.minute !== minute) this.lastToday = { minute, date: this.localParts(now).date };
    return this.lastToday.date;
  }

  /** Whether a date is a working day, a half day, and why not. */
  dayInfo(date: IsoDate): DayInfo {
    const weekday = weekdayOf(date);
    const monthDay = date.slice(5);
    const holiday = this.publicHolidays(Number(date.slice(0, 4))).get(date);
    // The most telling reason wins: a holiday on a Sunday is "helligdag: Påskedag", not "weekend".
    if (holiday !== undefined) return { date, weekday, working: false, halfDay: false, reason: `helligdag: ${holiday}`, off: { kind: "holiday", name: holiday } };
    if (this.extra.has(monthDay) || this.dates.has(date)) {
      return { date, weekday, working: false, halfDay: false, reason: `fridag: ${formatDayMonth(date)}`, off: { kind: "dayOff", name: formatDayMonth(date) } };
    }
    if (weekday === "sat" || weekday === "sun") return { date, weekday, working: false, halfDay: false, reason: "weekend", off: { kind: "weekend" } };
    if (this.halfDays.has(monthDay)) {
      return { date, weekday, working: true, halfDay: true, reason: `halv fridag: ${formatDayMonth(date)}`, off: { kind: "halfDay", name: formatDayMonth(date) } };
    }
    return { date, weekday, working: true, halfDay: false };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayInfo(date).working;
  }

  /** Whether the department is open at a local time: a working day, and before noon on a half day. */
  isOpenAt(date: IsoDate, time: LocalTime): boolean {
    const info = this.dayInfo(date);
    return info.working && !(info.halfDay && time >= HALF_DAY_CLOSES_AT);
  }

  /** The first working day after `date` (or `date` itself with includeSelf). */
  nextWorkingDay(date: IsoDate, options: { readonly includeSelf?: boolean } = {}): IsoDate {
    return this.nextDayWhere(date, options.includeSelf ?? false, (day) => this.isWorkingDay(day));
  }

  /** The first day from `date` on (or after it) when the department is open at `time`. */
  nextOpenDay(date: IsoDate, time: LocalTime, options: { readonly includeSelf?: boolean } = {}): IsoDate {
    return this.nextDayWhere(date, options.includeSelf ?? false, (day) => this.isOpenAt(day, time));
  }

  /** The working day `count` working days after `date` ("referat inden 5 arbejdsdage"); count 0 is date itself if working. */
  addWorkingDays(date: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 0) throw new Error(`addWorkingDays needs a whole count >= 0, got ${count}`);
    let day = this.nextWorkingDay(date, { includeSelf: true });
    for (let i = 0; i < count; i++) day = this.nextWorkingDay(day);
    return day;
  }

  /** The date `days` calendar days after `date` (negative: before). */
  addDays(date: IsoDate, days: number): IsoDate {
    return addDays(date, days);
  }

  /** Monday..Friday of the week that contains `date`, with its ISO week number. */
  weekOf(date: IsoDate): WorkWeek {
    const parsed = parseDate(date);
    const monday = parsed.minus({ days: parsed.weekday - 1 });
    const days = [0, 1, 2, 3, 4].map((offset) => monday.plus({ days: offset }).toISODate() as IsoDate);
    return { isoYear: parsed.weekYear, isoWeek: parsed.weekNumber, days };
  }

  /**
   * The instant at which the wall clock in the zone shows `time` on `date`. A time skipped by the spring change
   * (02:30 on the last Sunday of March) moves forward an hour; one repeated in October is taken in winter time.
   */
  toInstant(date: IsoDate, time: LocalTime): Date {
    const key = `${date}T${time}`;
    const known = this.instants.get(key);
    if (known !== undefined) return new Date(known);
    epochDay(date);
    const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
    if (!match) throw new Error(`Invalid time "${time}": expected HH:mm`);
    const [year, month, day] = date.split("-").map(Number);
    // fromObject with a ready zone object: about three times faster than fromISO with a zone name.
    const local = DateTime.fromObject({ year, month, day, hour: Number(match[1]), minute: Number(match[2]) }, { zone: this.ianaZone });
    if (!local.isValid) throw new Error(`Cannot place ${date} ${time} in "${this.zone}": ${local.invalidExplanation}`);
    this.instants.set(key, local.toMillis());
    return local.toJSDate();
  }

  /** The local date, time and weekday of an instant in the zone. */
  localParts(instant: Date): LocalParts {
    const local = DateTime.fromJSDate(instant, { zone: this.ianaZone });
    if (!local.isValid) throw new Error(`Invalid instant: ${local.invalidExplanation}`);
    return { date: local.toISODate(), time: local.toFormat("HH:mm"), weekday: DAY_NAMES[local.weekday - 1] };
  }

  private nextDayWhere(date: IsoDate, includeSelf: boolean, accept: (day: IsoDate) => boolean): IsoDate {
    let day = includeSelf ? date : addDays(date, 1);
    for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, day = addDays(day, 1)) {
      if (accept(day)) return day;
    }
    throw new Error(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${date}: check the organisation's holidays`);
  }

  private publicHolidays(year: number): ReadonlyMap<IsoDate, string> {
    let byDate = this.publicHolidaysByYear.get(year);
    if (byDate === undefined) {
      const found = new Map<IsoDate, string>();
      // `date` is the local day ("2026-12-25 00:00:00"); `start` is a UTC instant and may fall on the day before.
      for (const holiday of this.holidays.getHolidays(year, "da")) {
        if (holiday.type === "public") found.set(holiday.date.slice(0, 10), holiday.name);
      }
      byDate = found;
      this.publicHolidaysByYear.set(year, byDate);
    }
    return byDate;
  }
}

/** Parses "YYYY-MM-DD" at UTC midnight, where a day is always 24 hours. */
function parseDate(date: IsoDate): DateTime<true> {
  epochDay(date);
  return DateTime.fromISO(date, { zone: "utc" }) as DateTime<true>;
}

function checkMonthDay(value: string, field: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  // 2024 is a leap year, so "02-29" is accepted (it applies in leap years only).
  if (!match || !DateTime.fromISO(`2024-${value}`, { zone: "utc" }).isValid) {
    throw new Error(`${field}: "${value}" is not a day of the year: expected MM-DD, e.g. "12-24"`);
  }
  return value;
}
