// What the tab shows, computed from one Directory: plain objects, no HTTP. Routes wrap these.
import type { Directory } from "../domain/directory";
import type { Area, IsoDate } from "../domain/organisation";
import { resolveRota, type RotaDay } from "../domain/rota";
import { areaCoverage, coverageOfDay } from "../domain/coverage";
import { addDays, mondayOf } from "../domain/isoDate";
import { versionOf } from "./etags";
import type { AreaRow, FyrtaarnData, OrgData, OrgPerson, RotaWeek } from "./types";

/** A person carrying more areas than this (as fyrtårn or backup) is flagged. */
/** Default for organisation.maxAreasPerPerson: more areas than this is "too many". */
export const MAX_AREAS_PER_PERSON = 3;

/** The organisation chart's data. */
export function orgView(directory: Directory): OrgData {
  const org = directory.organisation;
  return {
    organisation: { name: org.organisation.name, municipality: org.organisation.municipality },
    units: org.units.map((u) => ({ id: u.id, name: u.name, parent: u.parent, leader: u.leader })),
    areas: org.areas.map((a) => ({ id: a.id, name: a.name })),
    people: org.people.map((p): OrgPerson => {
      const roles = directory.areasOfPerson(p.id);
      return { id: p.id, name: p.name, title: p.title, unit: p.unit, role: p.role, email: p.email, phone: p.phone, fyrtaarn: roles.fyrtaarn.map((a) => a.id), backup: roles.backup.map((a) => a.id), competences: p.competences, tillidshverv: p.tillidshverv };
    }),
  };
}

/**
 * One area of the Fyrtårne view with its gaps: each fyrtårn away all day, and who covers (coverage/areas.ts: the first
 * to ask, a backup or, when nobody is in, the koordinator).
 */
export function areaView(directory: Directory, area: Area, today: RotaDay): AreaRow {
  const coverage = areaCoverage(directory.organisation, area.id, today.date, directory.calendar);
  const coveredBy = coverage?.ask[0]?.person ?? null;
  const awayFyrtaarne = (coverage?.fyrtaarne ?? []).filter((h) => h.presence === "away");
  return {
    id: area.id,
    name: area.name,
    fyrtaarne: area.fyrtaarne,
    backups: area.backups,
    etag: versionOf(directory, { kind: "area", id: area.id }),
    missingFyrtaarn: area.fyrtaarne.length === 0,
    missingBackup: area.backups.length === 0,
    absent: awayFyrtaarne.map((h) => ({ person: h.person, reason: h.away?.[0]?.reason ?? "", coveredBy })),
    /** Nobody of the area is in (fyrtårne and backups away): one of the day's gaps. */
    nobodyIn: coverage?.status === "nobody",
  };
}

/** The Fyrtårne view: areas with fyrtårn and backup, and who carries too many areas. */
export function fyrtaarnView(directory: Directory, date: IsoDate): FyrtaarnData {
  const today = resolveRota(directory.organisation, date, directory.calendar);
  const maxAreasPerPerson = directory.organisation.organisation.maxAreasPerPerson ?? MAX_AREAS_PER_PERSON;
  const overloaded = directory.organisation.people
    .map((p) => ({ person: p.id, count: directory.areasOfPerson(p.id).fyrtaarn.length + directory.areasOfPerson(p.id).backup.length }))
    .filter((x) => x.count > maxAreasPerPerson);
  return { date, maxAreasPerPerson, areas: directory.organisation.areas.map((a) => areaView(directory, a, today)), overloaded };
}

/** The Rulleplan view: the working week of a date, each cell with the version of its one-day change (null: none). */
export function rotaView(directory: Directory, date: IsoDate): RotaWeek {
  const monday = mondayOf(date);
  const days = [0, 1, 2, 3, 4].map((i) => {
    const date = addDays(monday, i);
    // The rota of the day and its gaps (coverage/gaps.ts), so the tab marks what the morning card lists.
    const { rota, gaps } = coverageOfDay(directory.organisation, date, directory.calendar);
    const duties = rota.duties.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({ ...cell, etag: versionOf(directory, { kind: "change", cell: { date, duty: row.duty, slot: cell.slot } }) })),
    }));
    return { ...rota, duties, gaps };
  });
  return {
    date,
    slots: directory.organisation.rota.slots.map((s) => ({ id: s.id, name: s.name })),
    duties: directory.organisation.rota.duties.map((d) => ({ id: d.id, name: d.name, minStaff: d.minStaff })),
    days,
    cycleEtags: directory.organisation.rota.cycle.map((_, i) => versionOf(directory, { kind: "cycle", week: i + 1 })),
  };
}
