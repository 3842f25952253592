// Møder og kontroller: rounds of each check with their status and who did them, completion per week over the
// last 12 weeks, upcoming meetings, and the check log as CSV for audit. Completions come from the CheckLog.
import type { Directory } from "../domain/directory";
import type { Person } from "../domain/organisation";
import { may } from "../domain/permissions";
import { checkStatus, occurrencesBetween, periodCovered, type CheckOccurrence } from "../domain/occurrences";
import { addDays, mondayOf } from "../domain/isoDate";
import type { CheckLog, CheckLogEntry } from "../storage/checkLog";
import type { AgendaStore } from "../storage/agendaStore";

const WEEKS = 12;
const DAY_MS = 86_400_000;

/** A round's status as the tab shows it: `missed` is overdue when the next round has already begun. */
export type RoundStatus = "upcoming" | "due" | "overdue" | "missed" | "done";

/**
 * The checks view for the moment `now`. Findings and follow-up are shown only to a viewer who may read them
 * (domain/permissions); everyone else sees whether and by whom a round was done. No viewer: no findings.
 */
export async function checksView(directory: Directory, checkLog: Pick<CheckLog, "list">, now: Date, agenda?: Pick<AgendaStore, "list">, viewer?: Person) {
  const org = directory.organisation;
  const cal = directory.calendar;
  const today = cal.today(now);
  const firstMonday = addDays(mondayOf(today), -7 * (WEEKS - 1));
  const from = cal.toInstant(firstMonday, "00:00");
  const to = new Date(now.getTime() + 35 * DAY_MS);
  const entries = await checkLog.list({ from: new Date(from.getTime() - 60 * DAY_MS) });
  const byRound = new Map(entries.map((e) => [`${e.checkId}|${e.occurrence}`, e]));
  const weeks = Array.from({ length: WEEKS }, (_, i) => ({ week: addDays(firstMonday, 7 * i), due: 0, done: 0 }));

  const checks = org.checks.map((check) => {
    const findingsShown = may(viewer, "readFindings", check);
    const rounds = occurrencesBetween(check, org, cal, from, to);
    const view = rounds.map((o: CheckOccurrence, i) => {
      const entry = byRound.get(`${check.id}|${o.key}`);
      let status: RoundStatus = checkStatus(o, entry, now);
      if (status === "overdue" && rounds[i + 1] && rounds[i + 1].at <= now) status = "missed";
      if (o.dueAt <= now || entry) {
        const week = weeks.find((w) => w.week === mondayOf(cal.today(o.dueAt)));
        if (week) {
          week.due++;
          if (entry) week.done++;
        }
      }
      return {
        key: o.key,
        date: o.date,
        dueAt: o.dueAt.toISOString(),
        period: periodCovered(check, o).label,
        status,
        byName: entry?.byName,
        result: entry?.result,
        sampleChecked: entry?.sampleChecked,
        findings: findingsShown ? entry?.findings : undefined,
        followUp: findingsShown ? entry?.followUp : undefined,
      };
    });
    return { id: check.id, title: check.title, owner: check.owner, ownerName: directory.person(check.owner)?.name, sample: check.sample, rounds: view };
  });

  const upcoming = org.meetings
    .flatMap((m) => occurrencesBetween(m, org, cal, now, new Date(now.getTime() + 60 * DAY_MS)).map((o) => ({ id: m.id, key: o.key, title: m.title, date: o.date, time: o.time, place: m.place, agendaUrl: m.agendaUrl })))
    .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  // Proposed agenda items of each upcoming occurrence, oldest first (the bot's "foreslå punkt" card stores them).
  const meetings = await Promise.all(
    upcoming.map(async (m) => ({ ...m, agendaItems: agenda ? (await agenda.list(m.key)).map((a) => ({ text: a.text, byName: a.byName, at: a.at.toISOString() })) : [] })),
  );

  return { today, checks, weeks, meetings };
}

const CSV_COLUMNS: ReadonlyArray<[string, (e: CheckLogEntry) => string | number | undefined]> = [
  ["Kontrol", (e) => e.checkId],
  ["Runde", (e) => e.occurrenceDate],
  ["Periode", (e) => e.periodLabel],
  ["Udført", (e) => e.completedAt.toISOString()],
  ["Udført af", (e) => e.byName],
  ["Resultat", (e) => (e.result === "ok" ? "OK" : "Afvigelse")],
  ["Stikprøve", (e) => e.sampleChecked],
  ["Fund", (e) => e.findings],
  ["Opfølgning", (e) => e.followUp],
  ["Godkendt af", (e) => e.approvedBy],
  ["Lukket", (e) => e.closedDate],
];

/** One CSV field: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | number | undefined): string {
  let text = value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The check log as CSV (semicolons and a BOM, as Danish Excel opens it). */
export function checkLogCsv(entries: readonly CheckLogEntry[]): string {
  const lines = [CSV_COLUMNS.map(([h]) => csvField(h)).join(";"), ...entries.map((e) => CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(";"))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
