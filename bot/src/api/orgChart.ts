// What the tab's organisation chart needs beyond /api/org: who is away and on which duties today, and a search
// that turns the bot's own matches (people, units, areas, competences, duties) and job titles into the people
// and units to show. Plain functions of one Directory; routes.ts wraps them.
import type { Directory } from "../domain/directory";
import type { IsoDate } from "../domain/organisation";
import { resolveRota } from "../domain/rota";
import { isStopword, splitWords, stem } from "../domain/text";
import type { AbsenceToday, ChartHit, ChartSearch, OrgToday } from "./types";

/** Today in the chart: absences and each person's duties. */
export function orgToday(directory: Directory, date: IsoDate): OrgToday {
  const day = resolveRota(directory.organisation, date, directory.calendar);
  const slotName = new Map(directory.organisation.rota.slots.map((s) => [s.id, s.name]));
  const absent: Record<string, AbsenceToday> = {};
  for (const a of day.absent) absent[a.person] = a.slots ? { reason: a.reason, slots: a.slots.map((s) => slotName.get(s) ?? s) } : { reason: a.reason };
  const duties: Record<string, string[]> = {};
  for (const row of day.duties) {
    for (const cell of row.cells) for (const person of cell.people) (duties[person] ??= []).push(`${row.name}, ${slotName.get(cell.slot) ?? cell.slot}`);
  }
  return { date, working: day.working, absent, duties };
}

/** Matches below this score are noise (a letter or two in common); the bot's "Mente du" uses the same bar. */
const MIN_SCORE = 0.25;
const MAX_HITS = 30;
const KINDS = ["person", "unit", "area", "competence", "duty"] as const;

/** The search terms of a text: stemmed and folded as the bot's index does, function words left out. */
function termsOf(text: string): string[] {
  return splitWords(text).filter((w) => !isStopword(w)).map(stem);
}

/** Job titles, each with its terms and holders: built once per organisation version. */
function titleIndex(directory: Directory): ReadonlyMap<string, { terms: readonly string[]; people: string[] }> {
  return directory.memo("chart:titles", () => {
    const titles = new Map<string, { terms: readonly string[]; people: string[] }>();
    for (const p of directory.organisation.people) {
      const entry = titles.get(p.title);
      if (entry) entry.people.push(p.id);
      else titles.set(p.title, { terms: termsOf(p.title), people: [p.id] });
    }
    return titles;
  });
}

/** The people of a unit and every unit below it. */
function unitPeople(directory: Directory, unitId: string): string[] {
  const below = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of directory.organisation.units) if (u.parent && below.has(u.parent) && !below.has(u.id)) (below.add(u.id), (grew = true));
  }
  return directory.organisation.people.filter((p) => below.has(p.unit)).map((p) => p.id);
}

export function chartSearch(directory: Directory, q: string, today: IsoDate): ChartSearch {
  const hits: ChartHit[] = [];
  for (const m of directory.index.find(q, KINDS)) {
    if (m.score < MIN_SCORE) continue;
    if (m.kind === "person") hits.push({ kind: "person", id: m.id, label: m.label, people: [m.id] });
    else if (m.kind === "unit") hits.push({ kind: "unit", id: m.id, label: m.label, people: unitPeople(directory, m.id).slice(0, 1), unit: m.id });
    else if (m.kind === "area") {
      const area = directory.area(m.id);
      if (area) hits.push({ kind: "area", id: m.id, label: m.label, people: [...area.fyrtaarne, ...area.backups] });
    } else if (m.kind === "competence") hits.push({ kind: "competence", id: m.id, label: m.label, people: [...directory.index.peopleWithCompetence(m.id)] });
    else if (m.kind === "duty") {
      const day = resolveRota(directory.organisation, today, directory.calendar);
      const people = [...new Set(day.duties.find((d) => d.duty === m.id)?.cells.flatMap((c) => c.people) ?? [])];
      hits.push({ kind: "duty", id: m.id, label: m.label, people });
    }
    if (hits.length >= MAX_HITS) break;
  }
  // Job titles: every word searched is a word of the title (or, from four letters, the start of one).
  const words = termsOf(q);
  if (words.length > 0 && hits.length < MAX_HITS) {
    for (const [title, entry] of titleIndex(directory)) {
      if (words.every((w) => entry.terms.some((t) => t === w || (w.length >= 4 && t.startsWith(w))))) {
        hits.push({ kind: "title", id: title, label: title, people: entry.people });
        if (hits.length >= MAX_HITS) break;
      }
    }
  }
  return { q, hits, suggestions: hits.length > 0 ? [] : suggestionsFor(directory, q) };
}

/** "Mente du …?" from the bot's index; when it has nothing close, a few areas, units and competences to try. */
function suggestionsFor(directory: Directory, q: string): ChartSearch["suggestions"] {
  const close = directory.index.suggest(q).filter((s) => (KINDS as readonly string[]).includes(s.kind));
  if (close.length > 0) return close;
  const org = directory.organisation;
  const competences = new Map<string, number>();
  for (const p of org.people) for (const c of p.competences) competences.set(c, (competences.get(c) ?? 0) + 1);
  const common = [...competences].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => ({ kind: "competence", id: c, label: c }));
  return [
    ...org.areas.slice(0, 3).map((a) => ({ kind: "area", id: a.id, label: a.name })),
    ...org.units.slice(0, 2).map((u) => ({ kind: "unit", id: u.id, label: u.name })),
    ...common,
  ];
}
