// The organisation file: the YAML (or JSON) a department maintains, read into an Organisation with every problem
// named by its place (`areas[3].fyrtaarne[0]: ukendt person "xx"`), and written back in the same format.
// The format is documented in docs/organisation-file.md. Nothing here echoes a CPR-like number.
import { IANAZone, DateTime } from "luxon";
import { RRule } from "rrule";
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit } from "yaml";
import type { Node as YamlNode, YAMLError } from "yaml";
import { z } from "zod";
import { containsCpr, findCpr, redactCpr } from "./cpr";
import { ROLES, TILLIDSHVERV, WEEKDAYS } from "./organisation";
import type { Organisation } from "./organisation";

/** One thing wrong with an organisation file: where (`areas[3].fyrtaarne[0]`) and what, in Danish. */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** The organisation, or every problem that stops it being read. */
export type ParseResult = { ok: true; organisation: Organisation } | { ok: false; problems: FileProblem[] };

/** At most this many problems are listed; a last line says how many more there were. */
export const MAX_PROBLEMS = 200;

type Segment = string | number;
interface Problem {
  readonly path: readonly Segment[];
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** Reads an organisation file (YAML; JSON is YAML too). Syntax errors are reported with line and column. */
export function parseOrganisationFile(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `linje ${line}, kolonne ${col}`;
  };

  if (doc.errors.length > 0) {
    const problems: FileProblem[] = doc.errors.map((error) => ({ path: where(error.pos[0]), message: syntaxMessage(error) }));
    // The values cannot be reached, but a CPR number in the text must still be pointed out (never echoed).
    for (const [start] of findCpr(text)) problems.push({ path: where(start), message: CPR_MESSAGE });
    return { ok: false, problems: capped(problems) };
  }
  if (doc.contents === null) return failure("", "filen er tom: den skal indeholde organisation, units, people, areas og rota");

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // toJS throws on alias bombs and unresolvable aliases; the message names no values from the file.
    return failure("", `filen kan ikke læses: ${redactCpr(firstLine(err instanceof Error ? err.message : String(err)))}`);
  }
  // A CPR-like number in a comment never reaches the values, but it is in the file all the same.
  const inComments = containsCpr(text)
    ? cprOutsideValues(text, doc.contents).map((offset) => ({ path: where(offset), message: `${CPR_MESSAGE} (i en kommentar)` }))
    : [];
  return validate(raw, inComments);
}

/** Checks an already parsed file (any JSON-like value) against the format and its references. */
export function validateOrganisation(raw: unknown): ParseResult {
  return validate(raw, []);
}

/** One line per problem: `areas[3].fyrtaarne[0]: ukendt person "xx"`. */
export function formatProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("\n");
}

const CPR_MESSAGE = "indeholder noget der ligner et CPR-nummer";

function validate(raw: unknown, alsoWrong: readonly FileProblem[]): ParseResult {
  if (raw === null || raw === undefined) return failure("", "filen er tom: den skal indeholde organisation, units, people, areas og rota");
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return failure("", `filen skal være en tabel med felterne organisation, units, people, areas, rota, meetings, checks og holidays (fandt ${kindOf(raw)})`);
  }
  const problems: Problem[] = [];
  findCprValues(raw, [], problems);
  const parsed = organisationSchema.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, raw));
  checkReferences(raw as Loose, (path, message) => problems.push({ path, message }));

  if (problems.length === 0 && alsoWrong.length === 0 && parsed.success) return { ok: true, organisation: parsed.data };
  const inOrder = inFileOrder(raw, problems).map((p) => ({ path: formatPath(p.path), message: p.message }));
  return { ok: false, problems: capped([...inOrder, ...alsoWrong]) };
}

function failure(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

function capped(problems: FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { path: "", message: `… og ${problems.length - MAX_PROBLEMS} fejl mere` }];
}

const SYNTAX_MESSAGES: Partial<Record<YAMLError["code"], string>> = {
  BAD_INDENT: "forkert indrykning",
  TAB_AS_INDENT: "tabulator brugt som indrykning; brug mellemrum",
  DUPLICATE_KEY: "samme felt står to gange",
  MISSING_CHAR: "der mangler et tegn (fx en afsluttende ], } eller et anførselstegn)",
  MULTILINE_IMPLICIT_KEY: "et felt strækker sig over flere linjer (mangler der et kolon, eller et mellemrum efter kolon?)",
  BLOCK_AS_IMPLICIT_KEY: "en liste eller tabel står hvor der skulle stå et feltnavn",
  BLOCK_IN_FLOW: "en indrykket liste eller tabel står inden i { } eller [ ]",
  MULTIPLE_DOCS: "filen må kun indeholde ét dokument (fjern den ekstra ---)",
  BAD_DQ_ESCAPE: "ugyldig \\-sekvens i tekst i dobbelte anførselstegn",
  UNEXPECTED_TOKEN: "uventet tegn",
  BAD_SCALAR_START: "en værdi kan ikke begynde med dette tegn; sæt anførselstegn om den",
  BAD_ALIAS: "ugyldig henvisning (*alias)",
  KEY_OVER_1024_CHARS: "feltnavnet er for langt",
  RESOURCE_EXHAUSTION: "filen bruger for mange henvisninger (*alias)",
};

function syntaxMessage(error: YAMLError): string {
  const danish = specificSyntaxMessage(error) ?? SYNTAX_MESSAGES[error.code];
  const detail = redactCpr(firstLine(error.message));
  return danish ? `syntaksfejl: ${danish}` : `syntaksfejl: ${detail}`;
}

/** The library's message says more than its code for a few common mistakes. */
function specificSyntaxMessage(error: YAMLError): string | undefined {
  if (error.message.includes("end with a ]")) return "en liste i [ ] er ikke lukket med ] (eller fortsætter uden nok indrykning)";
  if (error.message.includes("end with a }")) return "en tabel i { } er ikke lukket med } (eller fortsætter uden nok indrykning)";
  if (error.message.includes("same column")) return "felterne i en tabel skal stå med samme indrykning";
  if (error.code === "BLOCK_AS_IMPLICIT_KEY") return 'to koloner på samme linje; sæt anførselstegn om en værdi, der indeholder ": "';
  return undefined;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0].trim();
}

/** Offsets of CPR-like numbers in the text that lie outside every value and key, i.e. in comments. */
function cprOutsideValues(text: string, contents: YamlNode): number[] {
  const ranges: Array<[number, number]> = [];
  visit(contents, {
    Scalar(_key, node) {
      if (node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return findCpr(text)
    .map(([start]) => start)
    .filter((start) => !ranges.some(([from, to]) => start >= from && start < to));
}

// ---------------------------------------------------------------------------------------------------------------
// The shape: zod schema. Messages for the common issue kinds are made in describeIssue; the ones given here are
// specific to a field.

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
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
const isoDate = text(dateProblem);
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
  from: isoDate,
  to: isoDate,
  reason: nonEmpty,
  slots: refs.optional(),
});

const changeSchema = z.strictObject({ date: isoDate, duty: ref, slot: ref, people: refs });

const rotaSchema = z.strictObject({
  slots: z.array(slotSchema),
  duties: z.array(dutySchema),
  cycleStart: text((v) => dateProblem(v) ?? (isoWeekday(v) === 1 ? undefined : `skal være en mandag (${v} er en ${WEEKDAY_NAMES[isoWeekday(v)]})`)),
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
  from: isoDate.optional(),
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
  from: isoDate.optional(),
  since: isoDate.optional(),
});

const monthDay = text((v) => {
  const m = MONTH_DAY_PATTERN.exec(v);
  if (!m) return 'ugyldig dag: skriv MM-DD, fx "12-24"';
  return DateTime.fromObject({ year: 2024, month: Number(m[1]), day: Number(m[2]) }).isValid ? undefined : "dagen findes ikke";
});

const holidaysSchema = z.strictObject({
  extra: z.array(monthDay).default(() => []),
  halfDays: z.array(monthDay).default(() => []),
  dates: z.array(isoDate).default(() => []),
});

const organisationSchema = z.strictObject({
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

const WEEKDAY_NAMES = ["", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

function dateProblem(value: string): string | undefined {
  const m = DATE_PATTERN.exec(value);
  if (!m) return "ugyldig dato: skriv ÅÅÅÅ-MM-DD, fx 2026-01-05";
  return DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }).isValid ? undefined : "datoen findes ikke";
}

function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: "UTC" }).weekday;
}

const RRULE_PARTS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "WKST"]);
const RRULE_FREQS = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]);
const RRULE_DAY = /^[+-]?([1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$/;
const RRULE_INTS = /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/;
const RRULE_UNTIL = /^\d{8}(T\d{6}Z?)?$/;
const RRULE_HORIZON_YEARS = 10;

/** What is wrong with an RRULE (without DTSTART: the day it counts from is `from` or rota.cycleStart). */
function rruleProblem(value: string): string | undefined {
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
  for (const name of ["BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"]) {
    const n = parts.get(name);
    if (n !== undefined && !RRULE_INTS.test(n)) return `ugyldig rrule: ${name} skal være tal adskilt af komma`;
  }
  const byDay = parts.get("BYDAY");
  if (byDay !== undefined && !byDay.split(",").every((d) => RRULE_DAY.test(d))) {
    return "ugyldig rrule: BYDAY skal være ugedage som MO,TU,WE,TH,FR (evt. med nummer, fx 2TU)";
  }
  const wkst = parts.get("WKST");
  if (wkst !== undefined && !RRULE_DAY.test(wkst)) return "ugyldig rrule: WKST skal være en ugedag, fx MO";
  const until = parts.get("UNTIL");
  if (until !== undefined && !RRULE_UNTIL.test(until)) return "ugyldig rrule: UNTIL skal være en dato som 20271231";
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

// ---------------------------------------------------------------------------------------------------------------
// Messages for zod's issues

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, raw: unknown): Problem[] {
  const path = issue.path.map((s) => (typeof s === "symbol" ? String(s.description) : s));
  const value = valueAt(raw, path);
  const one = (message: string): Problem[] => [{ path, message }];
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return one("påkrævet felt mangler");
      if (value === null) return one(`feltet er tomt; skriv ${expectedName(issue.expected)}`);
      if (issue.expected === "int" && typeof value === "number") return one("skal være et helt tal");
      const hint = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (sæt anførselstegn om værdien)" : "";
      return one(`skal være ${expectedName(issue.expected)}, ikke ${kindOf(value)}${hint}`);
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownFieldMessage(key) }));
    case "invalid_value":
      return one(`skal være en af: ${issue.values.map(String).join(", ")}`);
    case "too_small":
      if (issue.origin === "array") return one(issue.minimum === 1 ? "listen må ikke være tom" : `listen skal have mindst ${issue.minimum} elementer`);
      if (issue.origin === "string") return one("må ikke være tom");
      return one(`skal være mindst ${issue.minimum}`);
    case "too_big":
      if (issue.origin === "string") return one(`er for lang (højst ${issue.maximum} tegn)`);
      return one(`må højst være ${issue.maximum}`);
    default:
      // custom (our own Danish messages), invalid_format with our error, invalid_union with our error.
      return one(redactCpr(issue.message));
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case "string":
      return "en tekst";
    case "number":
      return "et tal";
    case "int":
      return "et helt tal";
    case "array":
      return "en liste";
    case "object":
    case "record":
      return "en tabel (felt: værdi)";
    case "boolean":
      return "true eller false";
    default:
      return expected;
  }
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (Array.isArray(value)) return "en liste";
  switch (typeof value) {
    case "string":
      return "en tekst";
    case "number":
      return "et tal";
    case "boolean":
      return "en sand/falsk-værdi";
    case "object":
      return "en tabel";
    default:
      return typeof value;
  }
}

const KNOWN_FIELDS = [
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

function unknownFieldMessage(key: string): string {
  const folded = foldDanish(key);
  const guess = KNOWN_FIELDS.find((f) => foldDanish(f) === folded) ?? KNOWN_FIELDS.find((f) => editDistance(foldDanish(f), folded) <= 2);
  return `ukendt felt ${quote(key)}${guess ? ` (mente du "${guess}"?)` : ""}`;
}

function foldDanish(s: string): string {
  return s.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** A value from the file inside quotes, shortened, and never with a CPR-like number in it. */
function quote(value: string): string {
  const safe = redactCpr(value);
  return `"${safe.length > 60 ? `${safe.slice(0, 57)}…` : safe}"`;
}

// ---------------------------------------------------------------------------------------------------------------
// References: checked on the raw value, so they are reported even when other parts of the file have the wrong
// shape. Whatever is not where the schema expects it is skipped here (the schema reports it).

type Loose = Record<string, unknown>;
type Report = (path: Segment[], message: string) => void;

const asObject = (v: unknown): Loose | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Loose) : undefined);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const WEEKDAY_HINT = `brug ${WEEKDAYS.join(", ")}`;
/** The weekday keys as a Danish sentence says them ("om torsdagen"). */
const DAY_WORDS: Readonly<Record<string, string>> = { mon: "om mandagen", tue: "om tirsdagen", wed: "om onsdagen", thu: "om torsdagen", fri: "om fredagen" };

function checkReferences(root: Loose, report: Report): void {
  const rota = asObject(root.rota) ?? {};
  const units = definedIds(root.units, ["units"], report);
  const people = definedIds(root.people, ["people"], report);
  definedIds(root.areas, ["areas"], report);
  const slots = definedIds(rota.slots, ["rota", "slots"], report);
  const duties = definedIds(rota.duties, ["rota", "duties"], report);
  definedIds(root.meetings, ["meetings"], report);
  definedIds(root.checks, ["checks"], report);

  const refer = (value: unknown, known: ReadonlyMap<string, number>, kind: string, path: Segment[]): void => {
    if (typeof value === "string" && value !== "" && !known.has(value)) report(path, `ukendt ${kind} ${quote(value)}`);
  };
  const referAll = (values: unknown, known: ReadonlyMap<string, number>, kind: string, path: Segment[]): void => {
    const seen = new Set<unknown>();
    asList(values).forEach((value, i) => {
      if (typeof value === "string" && seen.has(value) && known.has(value)) report([...path, i], `${quote(value)} står to gange`);
      seen.add(value);
      refer(value, known, kind, [...path, i]);
    });
  };

  asList(root.units).forEach((raw, i) => {
    refer(asObject(raw)?.parent, units, "enhed", ["units", i, "parent"]);
    refer(asObject(raw)?.leader, people, "person", ["units", i, "leader"]);
  });
  checkUnitCycles(root.units, report);

  const emails = new Map<string, number>();
  const aadIds = new Map<string, number>();
  asList(root.people).forEach((raw, i) => {
    const person = asObject(raw);
    refer(person?.unit, units, "enhed", ["people", i, "unit"]);
    unique(asString(person?.email)?.toLowerCase(), i, emails, ["people", i, "email"], "e-mailadressen", report);
    unique(asString(person?.aadObjectId)?.toLowerCase(), i, aadIds, ["people", i, "aadObjectId"], "aadObjectId", report);
  });

  asList(root.areas).forEach((raw, i) => {
    const area = asObject(raw);
    referAll(area?.fyrtaarne, people, "person", ["areas", i, "fyrtaarne"]);
    referAll(area?.backups, people, "person", ["areas", i, "backups"]);
  });

  asList(rota.slots).forEach((raw, i) => {
    const slot = asObject(raw);
    checkTimeOrder(slot, ["rota", "slots", i], report);
    const days = asList(slot?.days);
    const seenDays = new Set<unknown>();
    days.forEach((day, d) => {
      if (typeof day !== "string" || !WEEKDAY_SET.has(day)) return;
      if (seenDays.has(day)) report(["rota", "slots", i, "days", d], `${quote(day)} står to gange`);
      seenDays.add(day);
    });
    for (const [day, times] of Object.entries(asObject(slot?.byDay) ?? {})) {
      if (!WEEKDAY_SET.has(day)) report(["rota", "slots", i, "byDay", day], `ukendt ugedag ${quote(day)} (${WEEKDAY_HINT})`);
      else if (days.length > 0 && !days.includes(day)) report(["rota", "slots", i, "byDay", day], `tidsrummet findes ikke ${DAY_WORDS[day] ?? day} (se days)`);
      else checkTimeOrder(asObject(times), ["rota", "slots", i, "byDay", day], report);
    }
  });
  // A slot that runs only on some weekdays: who is planned in it on another weekday would silently never show.
  const slotDays = new Map<string, readonly string[]>();
  asList(rota.slots).forEach((raw) => {
    const slot = asObject(raw);
    const slotId = asString(slot?.id);
    const days = asList(slot?.days).filter((d): d is string => typeof d === "string");
    if (slotId !== undefined && days.length > 0 && !slotDays.has(slotId)) slotDays.set(slotId, days);
  });
  const notThatDay = (slot: string, day: string): string | undefined => {
    const days = slotDays.get(slot);
    return days && !days.includes(day) ? `tidsrummet ${quote(slot)} findes kun ${days.map((d) => DAY_WORDS[d] ?? d).join(", ")} (se rota.slots)` : undefined;
  };

  asList(rota.cycle).forEach((rawWeek, w) => {
    for (const [day, rawPlan] of Object.entries(asObject(rawWeek) ?? {})) {
      const dayPath: Segment[] = ["rota", "cycle", w, day];
      if (!WEEKDAY_SET.has(day)) {
        report(dayPath, `ukendt ugedag ${quote(day)} (${WEEKDAY_HINT}; der er ingen rulleplan i weekenden)`);
        continue;
      }
      for (const [duty, rawSlots] of Object.entries(asObject(rawPlan) ?? {})) {
        if (!duties.has(duty)) report([...dayPath, duty], `ukendt opgave ${quote(duty)} (se rota.duties)`);
        for (const [slot, who] of Object.entries(asObject(rawSlots) ?? {})) {
          if (!slots.has(slot)) report([...dayPath, duty, slot], `ukendt tidsrum ${quote(slot)} (se rota.slots)`);
          else {
            const wrongDay = notThatDay(slot, day);
            if (wrongDay) report([...dayPath, duty, slot], wrongDay);
          }
          referAll(who, people, "person", [...dayPath, duty, slot]);
        }
      }
    }
  });

  asList(rota.absences).forEach((raw, i) => {
    const absence = asObject(raw);
    const path: Segment[] = ["rota", "absences", i];
    refer(absence?.person, people, "person", [...path, "person"]);
    const from = asString(absence?.from);
    const to = asString(absence?.to);
    if (from && to && !dateProblem(from) && !dateProblem(to) && to < from) report([...path, "to"], `ligger før from (${from})`);
    referAll(absence?.slots, slots, "tidsrum", [...path, "slots"]);
  });

  asList(rota.changes).forEach((raw, i) => {
    const change = asObject(raw);
    const path: Segment[] = ["rota", "changes", i];
    refer(change?.duty, duties, "opgave", [...path, "duty"]);
    refer(change?.slot, slots, "tidsrum", [...path, "slot"]);
    const date = asString(change?.date);
    const slot = asString(change?.slot);
    if (date && slot && !dateProblem(date)) {
      const weekday = WEEKDAYS[isoWeekday(date) - 1];
      const wrongDay = weekday ? notThatDay(slot, weekday) : undefined;
      if (wrongDay) report([...path, "slot"], `${wrongDay}; ${date} er en ${WEEKDAY_NAMES[isoWeekday(date)]}`);
    }
    referAll(change?.people, people, "person", [...path, "people"]);
  });

  asList(root.meetings).forEach((raw, i) => {
    const meeting = asObject(raw);
    const audience = meeting?.audience;
    if (Array.isArray(audience)) referAll(audience, people, "person", ["meetings", i, "audience"]);
    refer(meeting?.owner, people, "person", ["meetings", i, "owner"]);
  });

  asList(root.checks).forEach((raw, i) => {
    const check = asObject(raw);
    refer(check?.owner, people, "person", ["checks", i, "owner"]);
    refer(check?.escalateTo, people, "person", ["checks", i, "escalateTo"]);
  });
}

/** The ids defined in a list (id -> index of first definition); a second definition is a problem. */
function definedIds(list: unknown, path: Segment[], report: Report): Map<string, number> {
  const ids = new Map<string, number>();
  asList(list).forEach((raw, i) => {
    const value = asString(asObject(raw)?.id);
    if (value === undefined) return;
    const first = ids.get(value);
    if (first === undefined) ids.set(value, i);
    else report([...path, i, "id"], `id ${quote(value)} er allerede brugt i ${formatPath([...path, first])}`);
  });
  return ids;
}

function unique(value: string | undefined, index: number, seen: Map<string, number>, path: Segment[], what: string, report: Report): void {
  if (!value) return;
  const first = seen.get(value);
  if (first === undefined) seen.set(value, index);
  else report(path, `${what} bruges allerede af people[${first}]`);
}

function checkTimeOrder(times: Loose | undefined, path: Segment[], report: Report): void {
  const start = asString(times?.start);
  const end = asString(times?.end);
  if (start && end && TIME_PATTERN.test(start) && TIME_PATTERN.test(end) && end <= start) report([...path, "end"], `skal ligge efter start (${start})`);
}

/** Each ring of parent references is reported once, at its first unit in the file. */
function checkUnitCycles(list: unknown, report: Report): void {
  const parentOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  asList(list).forEach((raw, i) => {
    const unit = asObject(raw);
    const unitId = asString(unit?.id);
    const parent = asString(unit?.parent);
    if (unitId === undefined || indexOf.has(unitId)) return;
    indexOf.set(unitId, i);
    if (parent !== undefined) parentOf.set(unitId, parent);
  });
  const reported = new Set<string>();
  for (const [start, i] of indexOf) {
    if (reported.has(start)) continue;
    const chain = [start];
    let current = parentOf.get(start);
    while (current !== undefined && current !== start && !chain.includes(current)) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== start) continue;
    chain.forEach((u) => reported.add(u));
    report(["units", i, "parent"], `enhederne danner en ring: ${[...chain, start].map(redactCpr).join(" → ")}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CPR-like numbers anywhere in the values (and keys)

function findCprValues(value: unknown, path: Segment[], problems: Problem[]): void {
  if (typeof value === "string") {
    if (containsCpr(value)) problems.push({ path, message: CPR_MESSAGE });
  } else if (typeof value === "number") {
    // An unquoted 10-digit number is read as a number; a leading zero is lost on the way.
    const digits = String(value);
    if (containsCpr(digits) || containsCpr(digits.padStart(10, "0"))) problems.push({ path, message: CPR_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findCprValues(item, [...path, i], problems));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (containsCpr(key)) problems.push({ path: [...path, key], message: `feltnavnet ${CPR_MESSAGE}` });
      findCprValues(item, [...path, key], problems);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and order

function formatPath(path: readonly Segment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[\p{L}\p{N}_-]+$/u.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return redactCpr(out);
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/** Problems sorted by where their place first appears in the file; a missing field sorts with its parent. */
function inFileOrder(raw: unknown, problems: Problem[]): Problem[] {
  const order = new Map<string, number>();
  const key = (path: readonly Segment[]): string => path.join("\u0000");
  const walk = (value: unknown, path: Segment[]): void => {
    order.set(key(path), order.size);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [k, item] of Object.entries(value)) walk(item, [...path, k]);
  };
  walk(raw, []);
  const position = (path: readonly Segment[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const found = order.get(key(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return 0;
  };
  return problems
    .map((problem, i) => ({ problem, at: position(problem.path), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((p) => p.problem);
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** The organisation as an organisation file, in the documented field order; empty optional fields are left out. */
export function serialiseOrganisation(org: Organisation): string {
  const plain = {
    organisation: compact({ name: org.organisation.name, municipality: org.organisation.municipality, timezone: org.organisation.timezone, maxAreasPerPerson: org.organisation.maxAreasPerPerson, morningCardAt: org.organisation.morningCardAt }),
    units: org.units.map((u) => compact({ id: u.id, name: u.name, parent: u.parent, leader: u.leader })),
    people: org.people.map((p) =>
      compact({
        id: p.id,
        name: p.name,
        title: p.title,
        unit: p.unit,
        role: p.role,
        email: p.email,
        phone: p.phone,
        competences: nonEmptyList(p.competences),
        tillidshverv: nonEmptyList(p.tillidshverv),
        aadObjectId: p.aadObjectId,
      }),
    ),
    areas: org.areas.map((a) =>
      compact({
        id: a.id,
        name: a.name,
        synonyms: nonEmptyList(a.synonyms),
        fyrtaarne: [...a.fyrtaarne],
        backups: nonEmptyList(a.backups),
        front: a.front,
        referTo: a.referTo,
        guides: nonEmptyList(a.guides.map((g) => ({ title: g.title, url: g.url }))),
      }),
    ),
    rota: compact({
      slots: org.rota.slots.map((s) =>
        compact({
          id: s.id, name: s.name, synonyms: nonEmptyList(s.synonyms), start: s.start, end: s.end, days: nonEmptyList(s.days),
          byDay: s.byDay && Object.keys(s.byDay).length > 0 ? s.byDay : undefined,
        }),
      ),
      duties: org.rota.duties.map((d) => compact({ id: d.id, name: d.name, synonyms: nonEmptyList(d.synonyms), minStaff: d.minStaff })),
      cycleStart: org.rota.cycleStart,
      cycle: org.rota.cycle,
      absences: nonEmptyList(org.rota.absences.map((a) => compact({ person: a.person, from: a.from, to: a.to, reason: a.reason, slots: a.slots }))),
      changes: nonEmptyList(org.rota.changes.map((c) => ({ date: c.date, duty: c.duty, slot: c.slot, people: [...c.people] }))),
    }),
    meetings: nonEmptyList(
      org.meetings.map((m) =>
        compact({
          id: m.id,
          title: m.title,
          rrule: m.rrule,
          start: m.start,
          minutes: m.minutes,
          place: m.place,
          remind: nonEmptyList(m.remind),
          audience: m.audience,
          agendaUrl: m.agendaUrl,
          agendaDue: m.agendaDue,
          onHoliday: m.onHoliday,
          from: m.from,
          owner: m.owner,
          minutesDue: m.minutesDue,
        }),
      ),
    ),
    checks: nonEmptyList(
      org.checks.map((c) =>
        compact({
          id: c.id,
          title: c.title,
          rrule: c.rrule,
          at: c.at,
          sample: c.sample,
          instructions: c.instructions,
          owner: c.owner,
          due: c.due,
          escalateTo: c.escalateTo,
          onHoliday: c.onHoliday,
          from: c.from,
          since: c.since,
        }),
      ),
    ),
    holidays: compact({ extra: [...org.holidays.extra], halfDays: [...org.holidays.halfDays], dates: nonEmptyList(org.holidays.dates) }),
  };

  const doc = new Document(compact(plain), { aliasDuplicateObjects: false });
  doc.commentBefore = " Organisationsfil. Formatet er beskrevet i docs/organisation-file.md.";
  style(doc.contents, []);
  if (isMap(doc.contents)) doc.contents.items.forEach((pair, i) => i > 0 && isScalar(pair.key) && (pair.key.spaceBefore = true));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Small maps written on one line, `{ id: fm, name: Formiddag, … }`; patterns of paths, `*` for any key or index. */
const FLOW_MAPS = [
  "organisation",
  "units.*",
  "areas.*.guides.*",
  "rota.slots.*",
  "rota.duties.*",
  "rota.cycle.*.*.*",
  "rota.absences.*",
  "rota.changes.*",
  "holidays",
].map((p) => p.split("."));
const QUOTED_FIELDS = new Set(["phone", "rrule", "url", "agendaUrl", "start", "end", "at", "morningCardAt"]);

function style(node: unknown, path: readonly Segment[]): void {
  if (isSeq(node)) {
    node.items.forEach((item, i) => style(item, [...path, i]));
    if (node.items.every((item) => isScalar(item))) node.flow = true;
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (isScalar(pair.value) && typeof pair.value.value === "string" && (QUOTED_FIELDS.has(key) || path[0] === "holidays")) {
        pair.value.type = Scalar.QUOTE_DOUBLE;
      }
      style(pair.value, [...path, key]);
    }
    if (FLOW_MAPS.some((pattern) => matches(pattern, path))) node.flow = true;
  }
}

function matches(pattern: readonly string[], path: readonly Segment[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === "*" || p === String(path[i]));
}

/** The object without its undefined fields, so the file has no empty keys. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function nonEmptyList<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}
