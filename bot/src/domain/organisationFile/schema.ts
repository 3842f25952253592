// The shape of the organisation file: a zod schema whose output is exactly the contract's types
// (organisation.ts). Messages for the common issue kinds are made in messages.ts; the ones given here are specific
// to a field.
import { IANAZone } from "luxon";
import { z } from "zod";
import { weekdayName } from "../format";
import { isIsoDate, isoWeekday, validDate } from "../isoDate";
import { ROLES, TILLIDSHVERV, WEEKDAYS } from "../organisation";
import type { Organisation } from "../organisation";
import { rruleProblem } from "./rrule";

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** "HH:MM", 00:00 to 23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTH_DAY_PATTERN = /^(\d{2})-(\d{2})$/;
const DURATION_PATTERN = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A string checked by a function that returns what is wrong with it, or undefined. */
function text(problemOf: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = problemOf(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

const nonEmpty = z.string().min(1);
const id = text((v) =>
  !ID_PATTERN.test(v)
    ? "ugyldigt id: brug kun små bogstaver a-z, tal og bindestreg (æ, ø og å som ae, oe og aa)"
    : v.length > 64
      ? "id er for langt (højst 64 tegn)"
      : undefined,
);
const ref = z.string().min(1);
const refs = z.array(ref);
const words = z.array(nonEmpty).default(() => []);
const date = text(dateProblem);
const localTime = text((v) => (TIME_PATTERN.test(v) ? undefined : 'ugyldigt klokkeslæt: skriv TT:MM, fx "08:00"'));
const duration = text((v) =>
  DURATION_PATTERN.test(v) ? undefined : "ugyldig varighed: skriv ISO 8601, fx P14D (14 dage), P1W (en uge), PT2H (2 timer) eller PT30M",
);
const rrule = text(rruleProblem);
const webUrl = text((v) => {
  if (!/^https?:\/\//i.test(v)) return "ugyldig adresse: skal begynde med https:// eller http://";
  return URL.canParse(v) ? undefined : "ugyldig adresse";
});
const email = z.email({ error: "ugyldig e-mailadresse" });
const positiveInt = z.number().int().min(1);
const onHoliday = z.enum(["next", "skip"]);

const organisationInfoSchema = z.strictObject({
  name: nonEmpty,
  municipality: nonEmpty,
  timezone: text((v) => (IANAZone.isValidZone(v) ? undefined : "ukendt tidszone: brug et IANA-navn, fx Europe/Copenhagen")),
  maxAreasPerPerson: positiveInt.optional(),
  morningCardAt: localTime.optional(),
});

const unitSchema = z.strictObject({ id, name: nonEmpty, parent: ref.optional(), leader: ref.optional() });

const personSchema = z.strictObject({
  id,
  name: nonEmpty,
  title: nonEmpty,
  unit: ref,
  role: z.enum(ROLES),
  email: email.optional(),
  phone: nonEmpty.optional(),
  competences: words,
  tillidshverv: z.array(z.enum(TILLIDSHVERV)).default(() => []),
  aadObjectId: text((v) =>
    GUID_PATTERN.test(v) ? undefined : "ugyldigt Entra-objekt-id: forventede et GUID som 00000000-0000-0000-0000-000000000000",
  ).optional(),
});

const guideSchema = z.strictObject({ title: nonEmpty, url: webUrl });

const areaSchema = z.strictObject({
  id,
  name: nonEmpty,
  synonyms: words,
  fyrtaarne: refs.min(1),
  backups: refs.default(() => []),
  front: z.string().nullable().optional(),
  referTo: z.string().nullable().optional(),
  guides: z.array(guideSchema).default(() => []),
});

const slotTimesSchema = z.strictObject({ start: localTime, end: localTime });
const slotSchema = z.strictObject({
  id,
  name: nonEmpty,
  synonyms: z.array(nonEmpty).optional(),
  start: localTime,
  end: localTime,
  days: z.array(z.enum(WEEKDAYS)).min(1).optional(),
  // Weekday keys are checked with the references, so a wrong key gets a message that lists the right ones.
  byDay: z.record(z.string(), slotTimesSchema).optional(),
});

const dutySchema = z.strictObject({ id, name: nonEmpty, synonyms: words, minStaff: positiveInt.optional() });
const dayPlanSchema = z.record(z.string(), z.record(z.string(), refs));
const cycleWeekSchema = z.record(z.string(), dayPlanSchema);

const absenceSchema = z.strictObject({
  person: ref,
  from: date,
  to: date,
  reason: nonEmpty,
  slots: refs.optional(),
});

const changeSchema = z.strictObject({ date, duty: ref, slot: ref, people: refs });

const rotaSchema = z.strictObject({
  slots: z.array(slotSchema),
  duties: z.array(dutySchema),
  cycleStart: text((v) => dateProblem(v) ?? (isoWeekday(v) === 1 ? undefined : `skal være en mandag (${v} er en ${weekdayName(v)})`)),
  cycle: z.array(cycleWeekSchema).min(1),
  absences: z.array(absenceSchema).default(() => []),
  changes: z.array(changeSchema).default(() => []),
});

const meetingSchema = z.strictObject({
  id,
  title: nonEmpty,
  rrule,
  start: localTime,
  minutes: positiveInt,
  place: nonEmpty.optional(),
  remind: z.array(duration).default(() => []),
  audience: z.union([z.literal("channel"), refs.min(1)], { error: 'skal være "channel" eller en liste af person-id\'er' }),
  agendaUrl: webUrl.optional(),
  agendaDue: duration.optional(),
  onHoliday: onHoliday.optional(),
  from: date.optional(),
  owner: ref.optional(),
  minutesDue: duration.optional(),
});

const checkSchema = z.strictObject({
  id,
  title: nonEmpty,
  rrule,
  at: localTime,
  sample: positiveInt.optional(),
  instructions: nonEmpty,
  owner: ref,
  due: duration,
  escalateTo: ref.optional(),
  onHoliday: onHoliday.optional(),
  from: date.optional(),
  since: date.optional(),
});

const monthDay = text((v) => {
  const m = MONTH_DAY_PATTERN.exec(v);
  if (!m) return 'ugyldig dag: skriv MM-DD, fx "12-24"';
  // 2024 is a leap year: 02-29 is a day.
  return validDate(2024, Number(m[1]), Number(m[2])) ? undefined : "dagen findes ikke";
});

const holidaysSchema = z.strictObject({
  extra: z.array(monthDay).default(() => []),
  halfDays: z.array(monthDay).default(() => []),
  dates: z.array(date).default(() => []),
});

/** The whole file. */
export const organisationSchema = z.strictObject({
  organisation: organisationInfoSchema,
  units: z.array(unitSchema).min(1),
  people: z.array(personSchema).min(1),
  areas: z.array(areaSchema).default(() => []),
  rota: rotaSchema,
  meetings: z.array(meetingSchema).default(() => []),
  checks: z.array(checkSchema).default(() => []),
  holidays: holidaysSchema.default(() => ({ extra: [], halfDays: [], dates: [] })),
});

// The schema must produce exactly the contract's types: a compile error here means organisation.ts and the schema
// have drifted apart (a field added to one and not the other).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Parsed = z.output<typeof organisationSchema>;
const schemaMatchesContract: [
  SameKeys<Parsed, Organisation>,
  SameKeys<Parsed["organisation"], Organisation["organisation"]>,
  SameKeys<Parsed["units"][number], Organisation["units"][number]>,
  SameKeys<Parsed["people"][number], Organisation["people"][number]>,
  SameKeys<Parsed["areas"][number], Organisation["areas"][number]>,
  SameKeys<Parsed["areas"][number]["guides"][number], Organisation["areas"][number]["guides"][number]>,
  SameKeys<Parsed["rota"], Organisation["rota"]>,
  SameKeys<Parsed["rota"]["slots"][number], Organisation["rota"]["slots"][number]>,
  SameKeys<Parsed["rota"]["duties"][number], Organisation["rota"]["duties"][number]>,
  SameKeys<Parsed["rota"]["absences"][number], Organisation["rota"]["absences"][number]>,
  SameKeys<Parsed["rota"]["changes"][number], Organisation["rota"]["changes"][number]>,
  SameKeys<Parsed["meetings"][number], Organisation["meetings"][number]>,
  SameKeys<Parsed["checks"][number], Organisation["checks"][number]>,
  SameKeys<Parsed["holidays"], Organisation["holidays"]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void schemaMatchesContract;
const parsedIsOrganisation = (parsed: Parsed): Organisation => parsed;
void parsedIsOrganisation;

/** What is wrong with a date ("YYYY-MM-DD" that exists), or undefined. */
export function dateProblem(value: string): string | undefined {
  if (!DATE_PATTERN.test(value)) return "ugyldig dato: skriv ÅÅÅÅ-MM-DD, fx 2026-01-05";
  return isIsoDate(value) ? undefined : "datoen findes ikke";
}

/** Every field name of the format, for "mente du …?" on an unknown one. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set([
    ...Object.keys(organisationSchema.shape),
    ...Object.keys(organisationInfoSchema.shape),
    ...Object.keys(unitSchema.shape),
    ...Object.keys(personSchema.shape),
    ...Object.keys(guideSchema.shape),
    ...Object.keys(areaSchema.shape),
    ...Object.keys(slotSchema.shape),
    ...Object.keys(dutySchema.shape),
    ...Object.keys(absenceSchema.shape),
    ...Object.keys(changeSchema.shape),
    ...Object.keys(rotaSchema.shape),
    ...Object.keys(meetingSchema.shape),
    ...Object.keys(checkSchema.shape),
    ...Object.keys(holidaysSchema.shape),
  ]),
];
