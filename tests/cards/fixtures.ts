// Realistic card data for the card tests: the fictional Borgerservice & Ydelse of Eksempel Kommune, with æøå,
// long names, absences, empty lists and a rota with many duties.
import type {
  ChecksCardData,
  MeetingListItem,
  AreaCardData,
  CheckReminderCardData,
  ContactPerson,
  DigestCardData,
  MeetingReminderCardData,
  PersonCardData,
  RotaDayCardData,
  RotaDutyRow,
  RotaSlotColumn,
} from "../../bot/src/cards/cardData";

export const mette: ContactPerson = { name: "Mette Jensen", title: "Faglig koordinator", phone: "+45 63 33 70 01", email: "mj@eksempel.dk" };
export const helle: ContactPerson = { name: "Helle Bach Larsen", title: "Sektionsleder", phone: "+45 63 33 70 00", email: "hbl@eksempel.dk" };
export const anne: ContactPerson = { name: "Anne Kristensen", title: "Borgerservicemedarbejder", phone: "+45 63 33 70 12", email: "ak@eksempel.dk" };
export const peter: ContactPerson = { name: "Peter Hansen", title: "Borgerservicemedarbejder", phone: "63 33 70 13", email: "ph@eksempel.dk" };
export const soeren: ContactPerson = { name: "Søren Ærbøl", title: "Ydelsesmedarbejder" };
/** A long name with æøå and a hyphen, to see that it wraps. */
export const longName: ContactPerson = {
  name: "Maria-Kristine Østergaard Bækgaard-Ålund Frederiksen",
  title: "Specialist i borgerkontakt, Borgerservice & Ydelse (Én indgang)",
  phone: "+45 63 33 70 99",
  email: "maria-kristine.oestergaard@eksempel.dk",
};

export const personFull: PersonCardData = {
  person: mette,
  unit: "Borgerservice",
  role: "koordinator",
  fyrtaarnFor: ["MitID / NemID", "Kørekort"],
  backupFor: ["Pas"],
  competences: ["rulleplan", "ledelseskontrol", "ferieplan"],
  tillidshverv: ["tr"],
  absentToday: "ferie",
  absentUntil: "2026-11-27",
};

export const personMinimal: PersonCardData = {
  person: soeren,
  role: "medarbejder",
  fyrtaarnFor: [],
  backupFor: [],
  competences: [],
  tillidshverv: [],
};

export const areaValg: AreaCardData = {
  area: "Valg",
  fyrtaarne: [{ ...anne, absentToday: "ferie" }],
  backups: [peter],
  front: "Brevstemme kan afgives ved skranken uden tidsbestilling.",
  referTo: null,
  guides: [{ title: "Arbejdsgang: brevstemmer", url: "https://intra.eksempel.dk/valg" }],
};

export const areaSkat: AreaCardData = {
  area: "Skat",
  fyrtaarne: [],
  backups: [],
  front: null,
  referTo: "Skattestyrelsen (skat.dk eller 72 22 18 18)",
  guides: [],
  focus: "referral",
};

export const areaEmpty: AreaCardData = {
  area: "Udvidet helbredstillæg",
  fyrtaarne: [longName, { ...soeren, absentToday: "kursus" }],
  backups: [{ ...peter, absentToday: "syg" }],
  guides: [],
  focus: "referral",
};

export const slots: readonly RotaSlotColumn[] = [
  { id: "fm", name: "Formiddag", start: "08:00", end: "12:00" },
  { id: "em", name: "Eftermiddag", start: "12:00", end: "15:30" },
];

export const duties: readonly RotaDutyRow[] = [
  {
    id: "skranke",
    name: "Skranke",
    cells: [
      { slot: "fm", people: [{ name: "Anne Kristensen" }, { name: "Peter Hansen" }], changed: true },
      { slot: "em", people: [{ name: "Lars Møller", absent: "syg" }], understaffed: true, minStaff: 2 },
    ],
  },
  {
    id: "telefon",
    name: "Telefon",
    cells: [
      { slot: "fm", people: [{ name: "Pia Holm" }, { name: "Søren Ærbøl" }] },
      { slot: "em", people: [{ name: longName.name }] },
    ],
  },
  { id: "hotline", name: "Den Digitale Hotline", cells: [{ slot: "fm", people: [{ name: "Mette Jensen" }] }] },
  { id: "selvbetjening", name: "Selvbetjening/medbetjening", cells: [{ slot: "em", people: [], understaffed: true }] },
  { id: "post", name: "Post og back office", cells: [] },
  { id: "pas", name: "Pas- og kørekortudlevering", cells: [{ slot: "fm", people: [{ name: "Åse Øberg" }] }] },
  { id: "kasse", name: "Kasse og afstemning", cells: [{ slot: "em", people: [{ name: "Peter Hansen" }] }] },
];

export const rotaMonday: RotaDayCardData = {
  date: "2026-11-23",
  slots,
  duties,
  absences: [
    { name: "Lars Møller", reason: "syg" },
    { name: "Anne Kristensen", reason: "kursus", slots: ["em"] },
  ],
};

export const rotaWeekend: RotaDayCardData = {
  ...rotaMonday,
  redirect: { requested: "2026-11-21", reason: "weekend" },
  absences: [],
};

export const rotaHoliday: RotaDayCardData = {
  date: "2026-12-28",
  redirect: { requested: "2026-12-25", reason: "holiday", holidayName: "Juledag" },
  note: "Husk: kortere åbningstid mellem jul og nytår.",
  slots,
  duties: duties.slice(0, 2),
  absences: [],
};

/** Eight slots (a long Thursday split in hours) to check that columns follow the data. */
const manySlots: readonly RotaSlotColumn[] = Array.from({ length: 8 }, (_, index) => ({
  id: `s${index}`,
  name: `Tid ${index + 1}`,
  start: `${String(8 + index).padStart(2, "0")}:00`,
  end: `${String(9 + index).padStart(2, "0")}:00`,
}));

export const rotaManySlots: RotaDayCardData = {
  date: "2026-11-26",
  slots: manySlots,
  duties: Array.from({ length: 12 }, (_, duty) => ({
    id: `d${duty}`,
    name: `Opgave ${duty + 1}`,
    cells: manySlots.filter((_, slot) => (duty + slot) % 3 !== 0).map((slot) => ({ slot: slot.id, people: [{ name: `Kollega ${duty}-${slot.id}` }] })),
  })),
  absences: [],
};

export const lokalMed: MeetingListItem = {
  title: "Lokal-MED",
  date: "2026-12-08",
  start: "14:00",
  minutes: 90,
  place: "Mødelokale 2",
  agendaUrl: "https://intra.eksempel.dk/med/dagsorden",
  agendaDue: "2026-11-24",
};

export const meetingReminder: MeetingReminderCardData = {
  ...lokalMed,
  meetingId: "lokal-med",
  occurrence: "2026-12-08",
  items: [
    { text: "Status på APV og trivselsmåling", by: "Helle Bach Larsen", at: "2026-11-20T08:14:00Z" },
    { text: "Ferieplan for jul og nytår — særlige ønsker", by: "Søren Ærbøl", at: "2026-11-21T13:05:00Z" },
  ],
  timezone: "Europe/Copenhagen",
};

export const checkOpen: CheckReminderCardData = {
  checkId: "mitid",
  occurrence: "2026-11-23",
  title: "Ledelseskontrol af MitID-udstedelser",
  period: { kind: "week", week: 47 },
  instructions:
    "Træk 5 tilfældige udstedelser fra sidste uge. Kontrollér ID-type, CPR-spørgsmål eller vidneregler og begrundelse ved afvisning. Notér kun sagsnumre.",
  sample: 5,
  due: "2026-11-26",
  owner: "Mette Jensen",
  state: { kind: "open" },
  timezone: "Europe/Copenhagen",
};

export const checkCompleted: CheckReminderCardData = {
  ...checkOpen,
  state: {
    kind: "completed",
    completion: {
      by: "Mette Jensen",
      at: "2026-11-24T09:12:00Z",
      result: "ok",
      sampleChecked: 5,
      findings: "Ingen afvigelser. Sag 2026-1182 manglede ID-type, rettet samme dag.",
      followUp: "Gennemgås på faggruppemødet.",
    },
  },
};

export const checkNotAllowed: CheckReminderCardData = {
  ...checkOpen,
  overdue: true,
  state: { kind: "notAllowed", coordinators: ["Mette Jensen", "Lars Møller"], leaders: ["Helle Bach Larsen"] },
};

export const digest: DigestCardData = {
  firstName: "Mette",
  week: 48,
  dueThisWeek: [
    { title: "Ledelseskontrol af MitID-udstedelser", period: { kind: "week", week: 47 }, due: "2026-11-26", status: "due", owner: "Mette Jensen" },
    { title: "Kontrol af opslag i CPR og sagssystemer", period: { kind: "month", year: 2026, month: 10 }, due: "2026-11-27", status: "done", owner: "Lars Møller" },
  ],
  overdue: [
    { title: "RA-brugere og rettigheder", period: { kind: "quarter", year: 2026, quarter: 3 }, due: "2026-11-13", status: "overdue", owner: "Pia Holm" },
  ],
  meetings: [{ title: "Lokal-MED", date: "2026-12-08", start: "14:00", minutes: 90, place: "Mødelokale 2" }],
};

/** A checks card's groups: each digest item its own check, and one check with an open deviation past its deadline. */
export const checkGroups: ChecksCardData["groups"] = [
  ...[...digest.overdue, ...digest.dueThisWeek].map((item) => ({ title: item.title, owner: item.owner, rounds: [item], deviations: [] })),
  {
    title: "Kontrol af pasansøgninger",
    owner: "Mette Jensen",
    rounds: [{ title: "Kontrol af pasansøgninger", period: { kind: "week", week: 52, year: 2025 }, due: "2026-01-02", status: "missed", owner: "Mette Jensen" }],
    deviations: [{ period: { kind: "month", year: 2026, month: 9 }, kind: "Mangelfuld dokumentation", followUp: "Gennemgås med medarbejderen", due: "2026-11-20", overdue: true }],
  },
];

/** A round completed with a deviation, still open, awaiting approval. */
export const checkDeviation: CheckReminderCardData = {
  ...checkOpen,
  today: "2026-11-24",
  state: {
    kind: "completed",
    completion: {
      by: "Mette Jensen",
      at: "2026-11-24T09:12:00Z",
      result: "deviation",
      deviationKind: "Manglende ID-type",
      sampleChecked: 5,
      findings: "Sag 2026-1182 manglede ID-type.",
      followUp: "Mette gennemgår sagen med medarbejderen.",
      followUpDue: "2026-12-04",
    },
  },
};
