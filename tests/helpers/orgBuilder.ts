// Test builders for Organisation objects: sensible defaults, so each test states only what it is about.
//
// The default organisation has five people (hbl sektionsleder, mj koordinator, ak/ph/lm medarbejdere), slots
// fm 08:00-12:00 and em 12:00-15:30 (em 12:00-17:00 on Thursdays), duties skranke (minStaff 2), telefon
// (minStaff 1) and hotline, a two-week cycle from Monday 2026-01-05, no absences, changes, meetings or checks,
// and no days off beyond the legal holidays.
import type {
  Check, CycleWeek, HolidayRules, Meeting, Organisation, OrganisationInfo, Person, Rota,
} from "../../bot/src/domain/organisation";

/** Overrides for buildOrganisation; organisation, rota and holidays are merged one level deep. */
export type OrganisationOverrides = Partial<Omit<Organisation, "organisation" | "rota" | "holidays">> & {
  readonly organisation?: Partial<OrganisationInfo>;
  readonly rota?: Partial<Rota>;
  readonly holidays?: Partial<HolidayRules>;
};

/** Week 1 and week 2 of the default cycle. */
export const DEFAULT_CYCLE: readonly CycleWeek[] = [
  {
    mon: { skranke: { fm: ["ak", "ph"], em: ["ak", "lm"] }, telefon: { fm: ["lm"], em: ["ph"] }, hotline: { fm: ["mj"] } },
    tue: { skranke: { fm: ["lm", "ph"], em: ["lm", "ph"] }, telefon: { fm: ["ak"], em: ["ak"] } },
    wed: { skranke: { fm: ["ak", "ph"], em: ["ak", "ph"] }, telefon: { fm: ["lm"], em: ["lm"] } },
    thu: { skranke: { fm: ["ak", "lm"], em: ["ph", "lm"] }, telefon: { fm: ["ph"], em: ["ak"] } },
    fri: { skranke: { fm: ["ak", "ph"] }, telefon: { fm: ["lm"] } },
  },
  {
    mon: { skranke: { fm: ["lm", "ph"], em: ["lm", "ak"] }, telefon: { fm: ["ak"], em: ["ph"] } },
    tue: { skranke: { fm: ["ak", "lm"], em: ["ak", "lm"] }, telefon: { fm: ["ph"], em: ["ph"] } },
    wed: { skranke: { fm: ["lm", "ph"], em: ["lm", "ph"] }, telefon: { fm: ["ak"], em: ["ak"] } },
    thu: { skranke: { fm: ["ph", "ak"], em: ["ak", "lm"] }, telefon: { fm: ["lm"], em: ["ph"] } },
    fri: { skranke: { fm: ["lm", "ak"] }, telefon: { fm: ["ph"] } },
  },
];

/** A person with defaults; the id doubles as initials in the e-mail. */
export function buildPerson(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name: `Person ${id.toUpperCase()}`,
    title: "Borgerservicemedarbejder",
    unit: "bs",
    role: "medarbejder",
    email: `${id}@eksempel.dk`,
    competences: [],
    tillidshverv: [],
    ...overrides,
  };
}

/** A monthly meeting (2nd Tuesday 14:00-15:30) with defaults. */
export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: "lokal-med",
    title: "Lokal-MED",
    rrule: "FREQ=MONTHLY;BYDAY=2TU",
    start: "14:00",
    minutes: 90,
    place: "Mødelokale 2",
    remind: ["P14D", "P7D", "P1D"],
    audience: "channel",
    ...overrides,
  };
}

/** A weekly Monday 09:00 check due three days later, with defaults. */
export function buildCheck(overrides: Partial<Check> = {}): Check {
  return {
    id: "mitid",
    title: "Ledelseskontrol af MitID-udstedelser",
    rrule: "FREQ=WEEKLY;BYDAY=MO",
    at: "09:00",
    sample: 5,
    instructions: "Træk 5 tilfældige udstedelser fra sidste uge.",
    owner: "mj",
    due: "P3D",
    escalateTo: "hbl",
    ...overrides,
  };
}

/** A small but complete organisation; see the file comment for the defaults. */
export function buildOrganisation(overrides: OrganisationOverrides = {}): Organisation {
  const { organisation, rota, holidays, ...rest } = overrides;
  return {
    organisation: { name: "Borgerservice & Ydelse", municipality: "Eksempel Kommune", timezone: "Europe/Copenhagen", ...organisation },
    units: [{ id: "bsy", name: "Borgerservice & Ydelse" }, { id: "bs", name: "Borgerservice", parent: "bsy" }],
    people: [
      buildPerson("hbl", { name: "Helle Bach Larsen", title: "Sektionsleder", unit: "bsy", role: "sektionsleder" }),
      buildPerson("mj", { name: "Mette Jensen", title: "Faglig koordinator", role: "koordinator" }),
      buildPerson("ak", { name: "Anne Kristensen" }),
      buildPerson("ph", { name: "Peter Hansen", tillidshverv: ["tr"] }),
      buildPerson("lm", { name: "Lise Madsen" }),
    ],
    areas: [],
    meetings: [],
    checks: [],
    ...rest,
    rota: {
      slots: [
        { id: "fm", name: "Formiddag", start: "08:00", end: "12:00" },
        { id: "em", name: "Eftermiddag", start: "12:00", end: "15:30", byDay: { thu: { start: "12:00", end: "17:00" } } },
      ],
      duties: [
        { id: "skranke", name: "Skranke", synonyms: ["ekspedition"], minStaff: 2 },
        { id: "telefon", name: "Telefon", synonyms: [], minStaff: 1 },
        { id: "hotline", name: "Den Digitale Hotline", synonyms: ["ddh"] },
      ],
      cycleStart: "2026-01-05",
      cycle: DEFAULT_CYCLE,
      absences: [],
      changes: [],
      ...rota,
    },
    holidays: { extra: [], halfDays: [], dates: [], ...holidays },
  };
}
