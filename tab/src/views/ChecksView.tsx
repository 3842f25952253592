// Møder og kontroller: meetings a season ahead with their proposed agenda items, checks with their rounds'
// status and record, a legend whose colours say the same as its words, a 12-week completion chart (plain SVG
// with its figures written on it, and the same figures as a table for screen readers), and the check log as CSV.
import { useEffect, useState } from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import type { ChecksData, MeetingView, RoundStatus } from "../api";
import { noticeOf, type Notice } from "../notice";
import type { ViewProps } from "../viewContext";
import { NoticeBar } from "../components/NoticeBar";
import { checksTextsFor, formatDay } from "./checksTexts";
import { formatInstantShort, formatTime, isoWeekOf, weekLabel } from "../dates";

/** Meetings listed one by one; after them, each other meeting's next date (and any meeting with proposed items). */
const MEETINGS_LISTED = 8;
/** Rounds shown per check: the latest begun. */
const ROUNDS_SHOWN = 5;

/** Colours that say what the words say: green done, amber deviation, blue to do, orange overdue, red not done. */
const STATUS_COLOR = { done: "success", deviation: "warning", due: "brand", overdue: "severe", missed: "danger", upcoming: "informative" } as const;
const LEGEND: readonly RoundStatus[] = ["done", "deviation", "due", "overdue", "missed"];

export function ChecksView({ api, t, host, me }: ViewProps) {
  const c = checksTextsFor(host.lang);
  const [data, setData] = useState<ChecksData>();
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    api.get<ChecksData>("/api/checks").then(setData, (e) => setNotice(noticeOf(e, t)));
  }, [api]);
  const download = async () => {
    try {
      const csv = await api.text("/api/checks.csv");
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `kontrollog-${data?.today ?? "udtræk"}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setNotice(noticeOf(e, t));
    }
  };
  if (!data) return <NoticeBar notice={notice} />;
  const day = (date: string) => formatDay(date, data.today, host.lang);
  const max = Math.max(1, ...data.weeks.map((w) => w.due));
  const totals = data.weeks.reduce((sum, w) => ({ due: sum.due + w.due, done: sum.done + w.done }), { due: 0, done: 0 });
  const listed = data.meetings.slice(0, MEETINGS_LISTED);
  const shownIds = new Set(listed.map((m) => m.id));
  const later = data.meetings.slice(MEETINGS_LISTED).filter((m) => {
    const first = !shownIds.has(m.id) || m.agendaItems.length > 0;
    shownIds.add(m.id);
    return first;
  });
  const meetingItem = (m: MeetingView) => (
    <li key={m.key} data-meeting={m.key}>
      {day(m.date)} {c.at} {formatTime(m.time, host.lang)} · {m.title}{m.place ? ` · ${m.place}` : ""}{" "}
      {m.agendaUrl && <a href={m.agendaUrl} target="_blank" rel="noreferrer">{t.agenda}</a>}
      {m.agendaItems.length > 0 && (
        <ul aria-label={`${t.proposedItems}: ${m.title}`} data-testid="agenda-items">
          {m.agendaItems.map((item) => (
            <li key={item.at + item.text}>{item.text} <Text size={200}>({item.byName}, {formatInstantShort(item.at, host.lang)})</Text></li>
          ))}
        </ul>
      )}
    </li>
  );

  return (
    <div>
      <NoticeBar notice={notice} />
      <h2 style={{ fontSize: 16 }}>{t.meetingsAhead}</h2>
      <ul data-testid="meetings">{listed.map(meetingItem)}</ul>
      {later.length > 0 && (
        <>
          <h3 style={{ fontSize: 14 }}>{c.laterInSeason}</h3>
          <ul data-testid="meetings-later">{later.map(meetingItem)}</ul>
        </>
      )}

      <h2 style={{ fontSize: 16 }} id="chart-heading">{t.completion12}</h2>
      <svg role="img" aria-label={`${t.completion12}: ${c.chartSummary(totals.done, totals.due)}`} viewBox={`0 0 ${12 * 48} 126`} style={{ width: "100%", maxWidth: 12 * 48, height: "auto" }} data-testid="chart">
        {data.weeks.map((w, i) => {
          const h = (w.due / max) * 80;
          const d = (w.done / max) * 80;
          return (
            <g key={w.week} transform={`translate(${i * 48},0)`}>
              <title>{`${weekLabel(isoWeekOf(w.week).week, host.lang)}: ${w.done} / ${w.due}`}</title>
              <text x={21} y={102 - h} fontSize={11} textAnchor="middle" fill="currentColor">{`${w.done}/${w.due}`}</text>
              <rect x={6} y={106 - h} width={30} height={h} fill="none" stroke="currentColor" />
              <rect x={6} y={106 - d} width={30} height={d} fill="currentColor" opacity={0.6} />
              <text x={21} y={121} fontSize={10} textAnchor="middle" fill="currentColor">{weekLabel(isoWeekOf(w.week).week, host.lang)}</text>
            </g>
          );
        })}
      </svg>
      <details data-testid="chart-table-details">
        <summary>{c.showTable}</summary>
        <table data-testid="chart-table" aria-labelledby="chart-heading">
          <thead>
            <tr><th scope="col">{c.weekCol}</th><th scope="col">{c.dueCol}</th><th scope="col">{c.doneCol}</th><th scope="col">{c.deviationsCol}</th></tr>
          </thead>
          <tbody>
            {data.weeks.map((w) => (
              <tr key={w.week}><th scope="row">{day(w.week)}</th><td>{w.due}</td><td>{w.done}</td><td>{w.deviations}</td></tr>
            ))}
          </tbody>
        </table>
      </details>

      <div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", marginTop: 8 }}>
        <h2 style={{ fontSize: 16, margin: 0 }}>{t.checks}</h2>
        {me.may?.exportCheckLog && <Button onClick={() => void download()}>{t.exportCsv}</Button>}
      </div>
      <section aria-label={c.legend} data-testid="legend" style={{ display: "flex", flexWrap: "wrap", gap: 12, margin: "8px 0" }}>
        <strong>{c.legend}:</strong>
        {LEGEND.map((status) => (
          <span key={status} data-legend={status} title={c.explain[status]}>
            <Badge color={STATUS_COLOR[status]}>{c.status[status]}</Badge> <Text size={200}>{c.explain[status]}</Text>
          </span>
        ))}
      </section>
      {data.checks.map((check) => (
        <section key={check.id} data-check={check.id}>
          <h3 style={{ fontSize: 14, marginBottom: 4 }}>
            {check.title}{check.ownerName ? ` · ${check.ownerName}` : ""}
            {check.since && <Text size={200} style={{ fontWeight: "normal" }}> ({c.since(day(check.since))})</Text>}
          </h3>
          <ul style={{ marginTop: 0 }}>
            {check.rounds.filter((r) => r.status !== "upcoming").slice(-ROUNDS_SHOWN).reverse().map((r) => (
              <li key={r.key} data-round={r.key}>
                {r.period}: <Badge color={STATUS_COLOR[r.status]} data-status={r.status}>{c.status[r.status]}</Badge>
                {r.byName && ` ${r.byName}`}
                {r.status === "deviation" && (
                  <span data-testid="deviation">
                    {r.deviationKind && ` · ${r.deviationKind}`}
                    {" · "}{r.deviationOpen ? c.deviationOpen : r.closedDate ? c.deviationClosed(day(r.closedDate)) : ""}
                    {r.deviationOpen && r.followUpDue && ` · ${c.followUpDue(day(r.followUpDue))}`}
                    {r.followUp && ` · ${r.followUp}`}
                  </span>
                )}
                {r.findings && ` · ${r.findings}`}
                {(r.status === "done" || r.status === "deviation") && me.may?.readFindings && ` · ${r.approvedBy ? c.approvedBy(r.approvedBy) : c.awaitingApproval}`}
                {(r.status === "due" || r.status === "overdue" || r.status === "missed") && ` · ${c.dueOn(day(r.due))}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
