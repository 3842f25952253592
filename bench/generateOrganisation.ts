// A large, realistic-looking organisation for benchmarks: `generateOrganisation(25000, 1000)`. Deterministic (seeded),
// so two runs give the same file. Run directly to write it as an organisation file:
//   npx tsx bench/generateOrganisation.ts 25000 1000 out.yaml
import { writeFileSync } from "node:fs";
import type { Area, CycleWeek, DayPlan, Organisation, Person, Unit } from "../bot/src/domain/organisation";
import { serialiseOrganisation } from "../bot/src/domain/organisationFile";

const PEOPLE_PER_UNIT = 25;
const UNITS_PER_PARENT = 8;
const ROTA_PEOPLE = 15;

const FIRST_NAMES = [
  "Anne", "Mette", "Helle", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Pia", "Birgitte", "Line",
  "Sofie", "Maria", "Tina", "Gitte", "Charlotte", "Marianne", "Signe", "Dorthe", "Julie", "Trine", "Ida", "Karina",
  "Peter", "Lars", "Jens", "Michael", "Henrik", "Rasmus", "Jonas", "Morten", "Ole", "Niels", "Martin", "Jakob",
  "Kasper", "Frederik", "Christian", "Anders", "Mads", "Karsten", "Nikolaj", "Søren", "Thomas", "Jesper", "Bo", "Emil",
];
const LAST_NAMES = [
  "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
  "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
  "Holm", "Bach", "Lund", "Berg", "Kjær", "Skov", "Dam", "Friis", "Winther", "Vestergaard", "Nygaard", "Overgaard",
];
const COMPETENCES = [
  "budget", "excel", "tolkning", "engelsk", "tysk", "arabisk", "polsk", "dødsboer", "inkasso", "udlændinge", "jura",
  "statistik", "fleksjob", "refusion", "pension", "integration", "arbejdsmiljø", "førstehjælp", "it-support", "tegnsprog",
];
const AREA_STEMS = [
  "Bolig", "Affald", "Ejendom", "Parkering", "Erhverv", "Skole", "Dagtilbud", "Ældre", "Handicap", "Sundhed", "Natur",
  "Vej", "Byggeri", "Kultur", "Idræt", "Bibliotek", "Beskæftigelse", "Integration", "Miljø", "Vand", "Kirkegård",
  "Borger", "Familie", "Ungdom", "Trafik", "Havn", "Turisme", "Landbrug", "Klima", "Energi",
];
const AREA_ENDINGS = [
  "tilskud", "skat", "attest", "kort", "tilladelse", "sager", "ydelse", "støtte", "registrering", "klage", "afgift",
  "bevis", "refusion", "vejledning", "kontrol", "dispensation", "ansøgning", "betaling", "opkrævning", "indberetning",
];
const SYNONYM_WORDS = [
  "ansøgning", "blanket", "frist", "gebyr", "kvittering", "afslag", "bevilling", "fornyelse", "ændring", "opsigelse",
  "tilmelding", "afmelding", "aktindsigt", "partshøring", "rykker", "afdrag", "tilbagebetaling", "genoptagelse",
  "dokumentation", "fuldmagt", "digital", "selvbetjening", "venteliste", "tidsbestilling", "udbetaling", "regulering",
];
const REFER_TO = ["Udbetaling Danmark", "Skattestyrelsen", "Gældsstyrelsen", "Familieretshuset", "Færdselsstyrelsen", null];
const UNIT_KINDS = ["Afdeling", "Sektion", "Team", "Gruppe"];

/** A deterministic organisation of about `people` staff and `areas` subject areas that passes validateOrganisation. */
export function generateOrganisation(people: number, areas: number, seed = 20260105): Organisation {
  if (!Number.isInteger(people) || people < 1) throw new Error(`people must be a positive integer, got ${people}`);
  if (!Number.isInteger(areas) || areas < 0) throw new Error(`areas must be a non-negative integer, got ${areas}`);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const units = unitTree(Math.max(1, Math.ceil(people / PEOPLE_PER_UNIT)));
  const leaves = units.filter((u) => !units.some((child) => child.parent === u.id));
  const pad = String(people).length;

  const staff: Person[] = [];
  for (let i = 0; i < people; i++) {
    const id = `p${String(i + 1).padStart(pad, "0")}`;
    // The first person leads the whole organisation; the first of each team coordinates it.
    const unit = i === 0 ? units[0] : leaves[Math.floor((i - 1) / PEOPLE_PER_UNIT) % leaves.length];
    const role = i === 0 ? "sektionsleder" : (i - 1) % PEOPLE_PER_UNIT === 0 ? "koordinator" : "medarbejder";
    const competences = random() < 0.5 ? [...new Set([pick(COMPETENCES), pick(COMPETENCES)])] : [];
    const tillidshverv = i % 97 === 5 ? (["tr"] as const) : i % 97 === 6 ? (["amr"] as const) : [];
    staff.push({
      id,
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      title: role === "sektionsleder" ? "Sektionsleder" : role === "koordinator" ? `Faglig koordinator, ${unit.name}` : "Medarbejder",
      unit: unit.id,
      role,
      email: `${id}@eksempel.dk`,
      phone: `+45 ${63 + Math.floor(i / 100000)} ${String(30 + Math.floor((i % 100000) / 10000)).padStart(2, "0")} ${String(Math.floor((i % 10000) / 100)).padStart(2, "0")} ${String(i % 100).padStart(2, "0")}`,
      competences,
      tillidshverv: [...tillidshverv],
    });
  }

  const subjectAreas: Area[] = [];
  const areaPad = String(areas).length;
  for (let i = 0; i < areas; i++) {
    const stem = AREA_STEMS[i % AREA_STEMS.length];
    const ending = AREA_ENDINGS[Math.floor(i / AREA_STEMS.length) % AREA_ENDINGS.length];
    const round = Math.floor(i / (AREA_STEMS.length * AREA_ENDINGS.length));
    const name = `${stem}${ending}${round > 0 ? ` ${round + 1}` : ""}`;
    const fyrtaarn = staff[Math.floor(random() * people)].id;
    let backup = staff[Math.floor(random() * people)].id;
    if (backup === fyrtaarn && people > 1) backup = staff[(staff.findIndex((p) => p.id === fyrtaarn) + 1) % people].id;
    const id = `a${String(i + 1).padStart(areaPad, "0")}`;
    subjectAreas.push({
      id,
      name,
      synonyms: [...new Set([`${stem.toLowerCase()}${pick(AREA_ENDINGS)}`, pick(SYNONYM_WORDS), pick(SYNONYM_WORDS)])],
      fyrtaarne: [fyrtaarn],
      backups: [backup],
      front: `Fronten vejleder om ${name.toLowerCase()} og tager imod ansøgninger.`,
      referTo: pick(REFER_TO),
      guides: [{ title: `Arbejdsgang: ${name.toLowerCase()}`, url: `https://intra.eksempel.dk/omraader/${id}` }],
    });
  }

  const rotaPeople = staff.slice(0, Math.min(ROTA_PEOPLE, people)).map((p) => p.id);
  return {
    organisation: { name: "Borgerservice & Ydelse (genereret)", municipality: "Eksempel Kommune", timezone: "Europe/Copenhagen" },
    units,
    people: staff,
    areas: subjectAreas,
    rota: {
      slots: [
        { id: "fm", name: "Formiddag", start: "08:00", end: "12:00" },
        { id: "em", name: "Eftermiddag", start: "12:00", end: "15:30", byDay: { thu: { start: "12:00", end: "17:00" } } },
      ],
      duties: [
        { id: "skranke", name: "Skranke", synonyms: ["ekspedition", "skranken", "counter"], minStaff: 2 },
        { id: "telefon", name: "Telefon", synonyms: ["telefonen", "telefonvagt", "phone"], minStaff: 2 },
        { id: "hotline", name: "Den Digitale Hotline", synonyms: ["hotline", "ddh", "hotlinen"] },
        { id: "selvbetjening", name: "Selvbetjening", synonyms: ["medbetjening", "selvbetjeningen", "self-service"] },
        { id: "post", name: "Post og bagkontor", synonyms: ["post", "bagkontor", "backoffice"] },
      ],
      cycleStart: "2026-01-05",
      cycle: twoWeekCycle(rotaPeople),
      absences: [
        { person: rotaPeople[1 % rotaPeople.length], from: "2026-12-21", to: "2027-01-03", reason: "ferie" },
        { person: rotaPeople[2 % rotaPeople.length], from: "2026-11-23", to: "2026-11-25", reason: "kursus" },
        { person: rotaPeople[3 % rotaPeople.length], from: "2026-11-26", to: "2026-11-26", reason: "afspadsering", slots: ["em"] },
      ],
      changes: [{ date: "2026-11-24", duty: "skranke", slot: "fm", people: rotaPeople.slice(0, 2) }],
    },
    meetings: [
      {
        id: "lokal-med",
        title: "Lokal-MED",
        rrule: "FREQ=MONTHLY;BYMONTH=2,4,6,9,11;BYDAY=2TU",
        start: "14:00",
        minutes: 90,
        place: "Mødelokale 2",
        remind: ["P14D", "P7D", "P1D"],
        audience: "channel",
        agendaDue: "P14D",
      },
      { id: "ledelsesgruppe", title: "Ledelsesgruppemøde", rrule: "FREQ=WEEKLY;BYDAY=MO", start: "10:00", minutes: 60, remind: ["P1D"], audience: [staff[0].id] },
    ],
    checks: [
      {
        id: "mitid",
        title: "Ledelseskontrol af MitID-udstedelser",
        rrule: "FREQ=WEEKLY;BYDAY=MO",
        at: "09:00",
        sample: 5,
        instructions: "Træk 5 tilfældige udstedelser fra sidste uge. Notér kun sagsnumre.",
        owner: staff[Math.min(1, people - 1)].id,
        due: "P3D",
        escalateTo: staff[0].id,
      },
    ],
    holidays: { extra: ["12-24", "12-31", "06-05"], halfDays: ["05-01"], dates: [] },
  };
}

/** A tree with `leafCount` teams under ever fewer parents, up to one top unit ("u0-1"). */
function unitTree(leafCount: number): Unit[] {
  const counts = [leafCount];
  while (counts[0] > 1) counts.unshift(Math.ceil(counts[0] / UNITS_PER_PARENT));
  const units: Unit[] = [];
  counts.forEach((count, depth) => {
    for (let i = 0; i < count; i++) {
      const id = `u${depth}-${i + 1}`;
      if (depth === 0) units.push({ id, name: "Borgerservice & Ydelse" });
      else units.push({ id, name: `${UNIT_KINDS[Math.min(depth - 1, UNIT_KINDS.length - 1)]} ${i + 1}`, parent: `u${depth - 1}-${Math.floor(i / UNITS_PER_PARENT) + 1}` });
    }
  });
  return units;
}

/** Two weeks, mon..fri, both slots: the pool rotates so everyone takes every duty; hotline on two days a week. */
function twoWeekCycle(pool: readonly string[]): CycleWeek[] {
  const days = ["mon", "tue", "wed", "thu", "fri"] as const;
  const sizes: Array<[string, number]> = [
    ["skranke", 3],
    ["telefon", 2],
    ["selvbetjening", 1],
    ["post", 1],
  ];
  const weeks: CycleWeek[] = [];
  for (let w = 0; w < 2; w++) {
    const week: Partial<Record<(typeof days)[number], DayPlan>> = {};
    days.forEach((day, d) => {
      const plan: Record<string, Record<string, string[]>> = {};
      for (const [s, slot] of ["fm", "em"].entries()) {
        const offset = (((w * 5 + d) * 2 + s) * 5) % pool.length;
        const order = [...pool.slice(offset), ...pool.slice(0, offset)];
        let next = 0;
        const take = (n: number): string[] => {
          const taken = order.slice(next, next + n);
          next += n;
          return taken.length > 0 ? taken : [order[0]];
        };
        if (d % 2 === w % 2) (plan.hotline ??= {})[slot] = take(1);
        for (const [duty, size] of sizes) (plan[duty] ??= {})[slot] = take(size);
      }
      week[day] = plan;
    });
    weeks.push(week);
  }
  return weeks;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Run directly (not when imported by a test or a bench): write the organisation file.
if (process.argv[1] && /generateOrganisation\.ts$/.test(process.argv[1])) {
  const [people = "25000", areas = "1000", out = "generated-organisation.yaml"] = process.argv.slice(2);
  const org = generateOrganisation(Number(people), Number(areas));
  writeFileSync(out, serialiseOrganisation(org));
  console.log(`${out}: ${org.people.length} personer, ${org.units.length} enheder, ${org.areas.length} områder`);
}
