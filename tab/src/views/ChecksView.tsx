// Møder og kontroller: upcoming meetings, checks with their rounds' status, a 12-week completion chart (plain
// SVG, no chart library) and the check log as CSV for audit.
import { useEffect, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ViewProps } from "../App";
import { formatDateTime, formatInstantShort, isoWeekOf, weekLabel } from "../dates";

interface Round { key: string; date: string; period: string; status: "upcoming" | "due" | "overdue" | "missed" | "done"; byName?: string; result?: "ok" | "deviation"; findings?: string; followUp?: string }
interface ChecksData {
  today: string;
  checks: { id: string; title: string; ownerName?: string; rounds: Round[] }[];
  weeks: { week: string; due: number; done: number }[];
  meetings: { id: string; key: string; title: string; date: string; time: string; place?: string; agendaUrl?: string; agendaItems: AgendaItem[] }[];
}

/** An agenda item proposed on the meeting's reminder card. */
interface AgendaItem {
  text: string;
  byName: string;
  /** ISO instant. */
  at: string;
}

const STATUS_COLOR = { done: "success", due: "warning", overdue: "danger", missed: "danger", upcoming: "informative" } as const;

export function ChecksView({ api, t, me, host }: ViewProps) {
  const [data, setData] = useState<ChecksData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<ChecksData>("/api/checks").then(setData, (e: Error) => setError(e.message));
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
      setError((e as Error).message);
    }
  };
  if (error) return <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>;
  if (!data) return null;
  const max = Math.max(1, ...data.weeks.map((w) => w.due));
  const statusText: Record<Round["status"], string> = { done: t.statusDone, due: t.statusDue, overdue: t.statusOverdue, missed: t.statusMissed, upcoming: t.statusUpcoming };

  return (
    <div>
      <h2 style={{ fontSize: 16 }}>{t.meetingsAhead}</h2>
      <ul data-testid="meetings">
        {data.meetings.slice(0, 8).map((m) => (
          <li key={`${m.id}${m.date}`}>
            {formatDateTime(m.date, m.time, host.lang)} · {m.title}{m.place ? ` · ${m.place}` : ""} {m.agendaUrl && <a href={m.agendaUrl} target="_blank" rel="noreferrer">{t.agenda}</a>}
            {m.agendaItems.length > 0 && (
              <ul aria-label={`${t.proposedItems}: ${m.title}`} data-testid="agenda-items">
                {m.agendaItems.map((item) => (
                  <li key={item.at + item.text}>{item.text} <Text size={200}>({item.byName}, {formatInstantShort(item.at, host.lang)})</Text></li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h2 style={{ fontSize: 16 }}>{t.completion12}</h2>
      <svg role="img" aria-label={t.completion12} viewBox={`0 0 ${12 * 44} 110`} style={{ width: "100%", maxWidth: 12 * 44, height: "auto" }} data-testid="chart">
        {data.weeks.map((w, i) => {
          const h = (w.due / max) * 80;
          const d = (w.done / max) * 80;
          return (
            <g key={w.week} transform={`translate(${i * 44},0)`}>
              <title>{`${weekLabel(isoWeekOf(w.week).week, host.lang)}: ${w.done} / ${w.due}`}</title>
              <rect x={6} y={90 - h} width={30} height={h} fill="none" stroke="currentColor" />
              <rect x={6} y={90 - d} width={30} height={d} fill="currentColor" opacity={0.6} />
              <text x={21} y={105} fontSize={10} textAnchor="middle" fill="currentColor">{weekLabel(isoWeekOf(w.week).week, host.lang)}</text>
            </g>
          );
        })}
      </svg>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", marginTop: 8 }}>
        <h2 style={{ fontSize: 16, margin: 0 }}>{t.checks}</h2>
        {me.may?.exportCheckLog && <Button onClick={() => void download()}>{t.exportCsv}</Button>}
      </div>
      {data.checks.map((c) => (
        <section key={c.id} data-check={c.id}>
          <h3 style={{ fontSize: 14, marginBottom: 4 }}>{c.title}{c.ownerName ? ` · ${c.ownerName}` : ""}</h3>
          <ul style={{ marginTop: 0 }}>
            {c.rounds.filter((r) => r.status !== "upcoming").slice(-4).map((r) => (
              <li key={r.key}>
                {r.period}: <Badge color={STATUS_COLOR[r.status]} data-status={r.status}>{statusText[r.status]}</Badge>
                {r.byName && ` ${r.byName}`}{r.result && ` · ${r.result === "ok" ? "OK" : t.deviation}`}{r.findings && ` · ${r.findings}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
