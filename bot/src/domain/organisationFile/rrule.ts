// RRULEs in the organisation file (meetings and checks): RFC 5545 recurrence rules without DTSTART, checked part by
// part so that each mistake gets its own Danish message, then by the rrule package for whatever is left.
import { RRule } from "rrule";
import { redactCpr } from "../cpr";
import { isIsoDate, isoDate } from "../isoDate";

const RRULE_PARTS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "WKST"]);
const RRULE_FREQS = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]);
const RRULE_DAY = /^[+-]?([1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$/;
const RRULE_INTS = /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/;
const RRULE_UNTIL = /^\d{8}(T\d{6}Z?)?$/;
const RRULE_HORIZON_YEARS = 10;
const RRULE_MAX_INTERVAL = 100;
const RRULE_MIN_YEAR = 2000;
const RRULE_MAX_YEAR = 2100;
/** Allowed values of the BY* parts (RFC 5545 §3.3.10): [min, max, may be negative]. */
const RRULE_RANGES: Readonly<Record<string, readonly [number, number, boolean]>> = {
  BYMONTH: [1, 12, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYSETPOS: [1, 366, true],
};

/** What is wrong with an RRULE (without DTSTART: the day it counts from is `from` or rota.cycleStart). */
export function rruleProblem(value: string): string | undefined {
  const rule = value.trim();
  if (/DTSTART/i.test(rule)) return "ugyldig rrule: skriv ikke DTSTART i reglen; brug feltet from";
  const parts = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/i, "").split(";")) {
    const [key, val, ...rest] = part.split("=");
    const name = key.trim().toUpperCase();
    if (!val || rest.length > 0) return `ugyldig rrule: "${redactCpr(part)}" skal have formen NAVN=VÆRDI, fx FREQ=WEEKLY;BYDAY=MO`;
    if (name === "BYHOUR" || name === "BYMINUTE" || name === "BYSECOND") return "ugyldig rrule: klokkeslættet står i start/at, ikke i reglen";
    if (!RRULE_PARTS.has(name)) return `ugyldig rrule: ukendt del "${redactCpr(key)}"`;
    if (parts.has(name)) return `ugyldig rrule: ${name} står to gange`;
    parts.set(name, val.trim().toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (!freq) return "ugyldig rrule: FREQ mangler, fx FREQ=WEEKLY";
  if (!RRULE_FREQS.has(freq)) return "ugyldig rrule: FREQ skal være YEARLY, MONTHLY, WEEKLY eller DAILY";
  for (const name of ["INTERVAL", "COUNT"]) {
    const n = parts.get(name);
    if (n !== undefined && !/^[1-9]\d{0,3}$/.test(n)) return `ugyldig rrule: ${name} skal være et positivt helt tal`;
  }
  if (Number(parts.get("INTERVAL") ?? 1) > RRULE_MAX_INTERVAL) return `ugyldig rrule: INTERVAL må højst være ${RRULE_MAX_INTERVAL}`;
  for (const name of ["BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"]) {
    const n = parts.get(name);
    if (n !== undefined && !RRULE_INTS.test(n)) return `ugyldig rrule: ${name} skal være tal adskilt af komma`;
    const [min, max, signed] = RRULE_RANGES[name];
    const outside = n?.split(",").map(Number).find((v) => (signed ? Math.abs(v) : v) < min || (signed ? Math.abs(v) : v) > max || (!signed && v < 0));
    if (outside !== undefined) return `ugyldig rrule: ${name}=${outside} ligger uden for ${signed ? `±${min}..${max}` : `${min}..${max}`}`;
  }
  const byDay = parts.get("BYDAY");
  if (byDay !== undefined && !byDay.split(",").every((d) => RRULE_DAY.test(d))) {
    return "ugyldig rrule: BYDAY skal være ugedage som MO,TU,WE,TH,FR (evt. med nummer, fx 2TU)";
  }
  const wkst = parts.get("WKST");
  if (wkst !== undefined && !RRULE_DAY.test(wkst)) return "ugyldig rrule: WKST skal være en ugedag, fx MO";
  const until = parts.get("UNTIL");
  if (until !== undefined && !RRULE_UNTIL.test(until)) return "ugyldig rrule: UNTIL skal være en dato som 20271231";
  if (until !== undefined) {
    const [year, month, day] = [Number(until.slice(0, 4)), Number(until.slice(4, 6)), Number(until.slice(6, 8))];
    if (!isIsoDate(isoDate(year, month, day))) return `ugyldig rrule: UNTIL=${until.slice(0, 8)} er ikke en dato`;
    if (year < RRULE_MIN_YEAR || year > RRULE_MAX_YEAR) return `ugyldig rrule: UNTIL skal ligge mellem år ${RRULE_MIN_YEAR} og ${RRULE_MAX_YEAR}`;
    const time = /T(\d{2})(\d{2})(\d{2})/.exec(until);
    if (time && (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3]) > 59)) return "ugyldig rrule: klokkeslættet i UNTIL findes ikke";
  }
  if (until !== undefined && parts.has("COUNT")) return "ugyldig rrule: brug enten COUNT eller UNTIL, ikke begge";

  try {
    const options = RRule.parseString(rule);
    const start = new Date(Date.UTC(2026, 0, 1));
    const horizon = new Date(Date.UTC(2026 + RRULE_HORIZON_YEARS, 0, 1));
    const first = new RRule({ ...options, dtstart: start }).between(start, horizon, true, (_date, i) => i < 1);
    // With UNTIL or COUNT a rule may have ended before 2026; that is allowed. Without, it must produce a date.
    if (first.length === 0 && until === undefined && !parts.has("COUNT")) return `ugyldig rrule: giver ingen datoer inden for ${RRULE_HORIZON_YEARS} år`;
  } catch {
    // The rrule package's own message is English and may quote the value; the parts were checked above.
    return "ugyldig rrule: kan ikke læses, fx FREQ=MONTHLY;BYDAY=2TU";
  }
  return undefined;
}
