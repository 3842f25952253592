// Writing an organisation back as an organisation file (`npm run export`), in the documented field order and the
// layout a person would write: small maps on one line, times and addresses quoted, empty optional fields left out.
import { Document, isMap, isScalar, isSeq, Scalar } from "yaml";
import type { Organisation } from "../organisation";
import type { Segment } from "./problems";

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
