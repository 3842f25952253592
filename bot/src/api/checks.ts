// Møder og kontroller: rounds of each check with their status and record, completion per week over the last
// 12 weeks, meetings a season ahead with their proposed agenda items, and the check log as CSV for audit.
// Statuses come from the domain (checkRounds.ts), records from the CheckLog. Findings, follow-up and approval
// are for the leader and coordinators; colleagues see only that a round was done (domain.md).
import type { Directory } from "../domain/directory";
import { roundsOf, type RoundStatus } from "../domain/checkRounds";
import { isOpenDeviation } from "../domain/checkRecords";
import { occurrencesBetween } from "../domain/occurrences";
import type { Person } from "../domain/organisation";
import { may } from "../domain/permissions";
import { addDays, mondayOf } from "../domain/isoDate";
import { formatInstant } from "../domain/format";
import type { CheckLog, CheckLogEntry } from "../storage/checkLog";
import { recordsForRounds } from "../storage/checkLog";
import type { AgendaStore } from "../storage/agendaStore";
import type { ChecksData } from "./types";

export type { RoundStatus };

const WEEKS = 12;
const DAY_MS = 86_400_000;
/** How far ahead meetings are listed: a full season, so Lokal-MED (4-6 a year) and its agenda items are there. */
export const MEETINGS_AHEAD_DAYS = 183;
/** How far ahead check rounds are listed. */
const ROUNDS_AHEAD_DAYS = 35;

/**
 * The checks view for the moment `now`. The record (result, deviation, findings, follow-up, approval) is shown only
 * to a viewer who may read findings (domain/permissions); everyone else sees whether and by whom a round was done.
 * No viewer: no record.
 */
export async function checksView(directory: Directory, checkLog: Pick<CheckLog, "list">, now: Date, agenda?: Pick<AgendaStore, "list">, viewer?: Person): Promise<ChecksData> {
  const org = directory.organisation;
  const cal = directory.calendar;
  const today = cal.today(now);
  const firstMonday = addDays(mondayOf(today), -7 * (WEEKS - 1));
  const from = cal.toInstant(firstMonday, "00:00");
  const to = new Date(now.getTime() + ROUNDS_AHEAD_DAYS * DAY_MS);
  const records = await recordsForRounds(checkLog, now, now.getTime() - from.getTime() + 60 * DAY_MS);
  const weeks = Array.from({ length: WEEKS }, (_, i) => ({ week: addDays(firstMonday, 7 * i), due: 0, done: 0, deviations: 0 }));

  const checks = org.checks.map((check) => {
    const full = may(viewer, "readFindings", check);
    const rounds = roundsOf(check, org, cal, records, from, to, now);
    const view = rounds.map((round) => {
      const { occurrence: o, record } = round;
      if (o.dueAt <= now || record) {
        const week = weeks.find((w) => w.week === mondayOf(cal.today(o.dueAt)));
        if (week) {
          week.due++;
          if (record) week.done++;
          if (full && record?.result === "deviation") week.deviations++;
        }
      }
      return {
        key: o.key,
        date: o.date,
        dueAt: o.dueAt.toISOString(),
        due: cal.localParts(o.dueAt).date,
        period: round.period.label,
        // A deviation is a finding: a viewer who may not read findings sees the round as done.
        status: round.status === "deviation" && !full ? "done" : round.status,
        byName: record?.byName,
        ...(full && record && {
          result: record.result,
          sampleChecked: record.sampleChecked,
          ...(record.result === "deviation" && { deviationOpen: isOpenDeviation(record) }),
          deviationKind: record.deviationKind,
          findings: record.findings,
          followUp: record.followUp,
          followUpDue: record.followUpDue,
          closedDate: record.closedDate,
          closedByName: record.closedByName,
          approvedBy: record.approvedBy,
        }),
      };
    });
    return { id: check.id, title: check.title, owner: check.owner, ownerName: directory.person(check.owner)?.name, sample: check.sample, since: check.since, rounds: view };
  });

  const upcoming = org.meetings
    .flatMap((m) => occurrencesBetween(m, org, cal, now, new Date(now.getTime() + MEETINGS_AHEAD_DAYS * DAY_MS)).map((o) => ({ id: m.id, key: o.key, title: m.title, date: o.date, time: o.time, place: m.place, agendaUrl: m.agendaUrl })))
    .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  // Proposed agenda items of each upcoming occurrence, oldest first (the bot's "foreslå punkt" card stores them).
  const meetings = await Promise.all(
    upcoming.map(async (m) => ({ ...m, agendaItems: agenda ? (await agenda.list(m.key)).map((a) => ({ text: a.text, byName: a.byName, at: a.at.toISOString() })) : [] })),
  );

  return { today, timezone: cal.zone, checks, weeks, meetings };
}

/** What the CSV needs beyond the log: check titles, and the zone times are written in. */
export interface CsvContext {
  readonly titles: ReadonlyMap<string, string>;
  readonly zone: string;
}

type Column = readonly [string, (e: CheckLogEntry, c: CsvContext) => string | number | undefined];

const local = (at: Date | undefined, c: CsvContext) => (at ? formatInstant(at, c.zone, "da", { short: true }) : undefined);

const CSV_COLUMNS: readonly Column[] = [
  ["Kontrol", (e, c) => c.titles.get(e.checkId) ?? e.checkId],
  ["Runde", (e) => e.occurrenceDate],
  ["Periode", (e) => e.periodLabel],
  ["Udført", (e, c) => local(e.completedAt, c)],
  ["Udført af", (e) => e.byName],
  ["Stikprøve", (e) => e.sampleChecked],
  ["Resultat", (e) => (e.result === "ok" ? "OK" : "Afvigelse")],
  ["Art af afvigelse", (e) => e.deviationKind],
  ["Fund", (e) => e.findings],
  ["Opfølgning", (e) => e.followUp],
  ["Frist for opfølgning", (e) => e.followUpDue],
  ["Lukket", (e) => e.closedDate],
  ["Lukket af", (e) => e.closedByName],
  ["Godkendt af", (e) => e.approvedBy],
  ["Godkendt", (e, c) => local(e.approvedAt, c)],
];

/** One CSV field: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | number | undefined): string {
  let text = value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The check log as CSV (semicolons and a BOM, as Danish Excel opens it), times on the department's wall clock. */
export function checkLogCsv(entries: readonly CheckLogEntry[], context: CsvContext): string {
  const lines = [
    CSV_COLUMNS.map(([h]) => csvField(h)).join(";"),
    ...entries.map((e) => CSV_COLUMNS.map(([, get]) => csvField(get(e, context))).join(";")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
