// The rulleplan of a week: duties × slots per day, absences marked; coordinators change a cell for one day.
import { useEffect, useMemo, useState } from "react";
import { Badge, Button, Checkbox, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ApiProblem, type RotaData, type RotaDay, type RotaGap } from "../api";
import type { ViewProps } from "../App";

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

export function RotaView({ api, me, t, org }: ViewProps) {
  const [date, setDate] = useState<string>();
  const [data, setData] = useState<RotaData>();
  const [message, setMessage] = useState<{ intent: "error" | "success" | "warning"; text: string }>();
  const [editing, setEditing] = useState<Editing>();
  const name = useMemo(() => new Map(org.people.map((p) => [p.id, p.name])), [org]);
  const areaName = useMemo(() => new Map(org.areas.map((a) => [a.id, a.name])), [org]);
  const load = () => api.get<RotaData>(`/api/rota${date ? `?date=${date}` : ""}`).then(setData, (e: Error) => setMessage({ intent: "error", text: e.message }));
  useEffect(() => void load(), [api, date]);
  if (!data) return null;

  const save = async () => {
    if (!editing) return;
    const people = editing.people.split(/[,\s]+/).filter(Boolean);
    try {
      if (editing.scope === "cycle") {
        // The repeating plan: this weekday of this cycle week, every time it comes round.
        await api.put(`/api/rota/cycle`, { week: editing.cycleWeek, day: editing.weekday, duty: editing.duty, slot: editing.slot, people, etag: data.cycleEtags[editing.cycleWeek - 1] ?? null });
      } else {
        const key = `${editing.date}|${editing.duty}|${editing.slot}`;
        await api.put(`/api/rota/changes`, { date: editing.date, duty: editing.duty, slot: editing.slot, people, etag: data.changeEtags[key] ?? null });
      }
      setMessage({ intent: "success", text: t.saved });
      setEditing(undefined);
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      setMessage({ intent: e.status === 409 ? "warning" : "error", text: e.message });
    }
    await load();
  };

  return (
    <div>
      {message && <MessageBar intent={message.intent} data-testid="message"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Button onClick={() => setDate(addDays(data.days[0].date, -7))}>{t.previous}</Button>
        <span>{t.week}: {data.days[0].date} – {data.days[4].date}</span>
        <Button onClick={() => setDate(addDays(data.days[0].date, 7))}>{t.next}</Button>
      </div>
      {data.days.map((day) => (
        <DayTable key={day.date} day={day} data={data} name={name} areaName={areaName} t={t} canEdit={me.canEdit}
          onEdit={(duty, slot, people) => setEditing({ date: day.date, duty, slot, people: people.join(", "), scope: "day", cycleWeek: day.cycleWeek, weekday: day.day.weekday })} />
      ))}
      {me.canEdit && <AbsenceForm t={t} onSave={async (a) => {
        try {
          await api.post("/api/absences", a);
          setMessage({ intent: "success", text: t.saved });
        } catch (e) {
          if (!(e instanceof ApiProblem)) throw e;
          setMessage({ intent: e.status === 409 ? "warning" : "error", text: e.message });
        }
        await load();
      }} />}
      {editing && (
        <form onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="rota-edit" style={{ position: "sticky", bottom: 0, padding: 8, display: "flex", gap: 8, alignItems: "center", background: "inherit" }}>
          <span>{editing.date} · {data.duties.find((d) => d.id === editing.duty)?.name} · {data.slots.find((s) => s.id === editing.slot)?.name}</span>
          <Input aria-label={t.personIds} value={editing.people} onChange={(_, d) => setEditing({ ...editing, people: d.value })} />
          <Checkbox
            data-testid="edit-cycle"
            checked={editing.scope === "cycle"}
            onChange={(_, d) => setEditing({ ...editing, scope: d.checked ? "cycle" : "day" })}
            label={t.editCycle(editing.cycleWeek, weekdayName(editing.date))}
          />
          <Button type="submit" appearance="primary">{t.save}</Button>
          <Button onClick={() => setEditing(undefined)}>{t.cancel}</Button>
        </form>
      )}
    </div>
  );
}

/** The cell being edited: for one day (a change) or in the repeating plan (the cycle week's weekday). */
interface Editing {
  date: string;
  duty: string;
  slot: string;
  people: string;
  scope: "day" | "cycle";
  cycleWeek: number;
  weekday: string;
}

function weekdayName(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("da-DK", { weekday: "long", timeZone: "UTC" });
}

function AbsenceForm({ t, onSave }: { t: ViewProps["t"]; onSave: (a: { person: string; from: string; to: string; reason: string }) => Promise<void> }) {
  const [a, setA] = useState({ person: "", from: "", to: "", reason: "" });
  return (
    <form data-testid="absence-form" onSubmit={(e) => { e.preventDefault(); void onSave({ ...a, to: a.to || a.from }); }} style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "end", marginTop: 12 }}>
      <strong>{t.newAbsence}</strong>
      <Input aria-label={t.absencePerson} placeholder={t.absencePerson} value={a.person} onChange={(_, d) => setA({ ...a, person: d.value.trim() })} />
      <Input aria-label={t.absenceFrom} type="date" value={a.from} onChange={(_, d) => setA({ ...a, from: d.value })} />
      <Input aria-label={t.absenceTo} type="date" value={a.to} onChange={(_, d) => setA({ ...a, to: d.value })} />
      <Input aria-label={t.absenceReason} placeholder={t.absenceReason} value={a.reason} onChange={(_, d) => setA({ ...a, reason: d.value })} />
      <Button type="submit">{t.save}</Button>
    </form>
  );
}

/** One gap of the day in words, with the organisation's own names. */
function gapText(gap: RotaGap, data: RotaData, name: Map<string, string>, areaName: Map<string, string>, t: ViewProps["t"]): string {
  const slot = (id: string) => data.slots.find((s) => s.id === id)?.name ?? id;
  const duty = (id: string) => data.duties.find((d) => d.id === id)?.name ?? id;
  const who = (id: string) => name.get(id) ?? id;
  switch (gap.kind) {
    case "understaffed":
      return t.gapUnderstaffed(duty(gap.duty), slot(gap.slot), gap.present.length, gap.minStaff);
    case "doubleBooked":
      return t.gapDoubleBooked(who(gap.person), slot(gap.slot), gap.duties.map(duty).join(` ${t.and} `));
    case "absentPlanned":
      return t.gapAbsentPlanned(who(gap.person), gap.reason, duty(gap.duty), slot(gap.slot));
    case "areaUncovered":
      return t.gapAreaUncovered(areaName.get(gap.area) ?? gap.area);
  }
}

function DayTable({ day, data, name, areaName, t, canEdit, onEdit }: { day: RotaDay; data: RotaData; name: Map<string, string>; areaName: Map<string, string>; t: ViewProps["t"]; canEdit: boolean; onEdit: (duty: string, slot: string, people: string[]) => void }) {
  const doubleBooked = (duty: string, slot: string) => (day.gaps ?? []).some((g) => g.kind === "doubleBooked" && g.slot === slot && g.duties.includes(duty));
  const cell = { padding: "4px 8px", borderBottom: "1px solid rgba(128,128,128,0.3)", verticalAlign: "top" as const };
  const label = new Date(`${day.date}T12:00:00Z`).toLocaleDateString("da-DK", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  return (
    <section data-day={day.date} style={{ marginTop: 12 }}>
      <h2 style={{ fontSize: 16, margin: "4px 0" }}>{label}</h2>
      {!day.working ? (
        <p>{t.closed}{day.day.reason ? `: ${day.day.reason}` : ""}</p>
      ) : (
        <>
          {day.absent.length > 0 && (
            <p data-testid="absences">
              {t.absent}: {day.absent.map((a) => `${name.get(a.person) ?? a.person} (${a.reason})`).join(", ")}
            </p>
          )}
          {(day.gaps ?? []).length > 0 && (
            <div data-testid="gaps">
              <strong>{t.gaps}</strong>
              <ul style={{ margin: "4px 0" }}>
                {day.gaps.map((gap, i) => <li key={i} data-gap={gap.kind}>{gapText(gap, data, name, areaName, t)}</li>)}
              </ul>
            </div>
          )}
          <table style={{ borderCollapse: "collapse", width: "100%" }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>{t.duty}</th>
                {/* Only the slots that run this day (a Thursday-only evening slot has no column on Monday), in the cells' order. */}
                {data.slots.filter((s) => day.duties.some((row) => row.cells.some((c) => c.slot === s.id))).map((s) => <th key={s.id} scope="col" style={{ textAlign: "left" }}>{s.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {day.duties.map((row) => (
                <tr key={row.duty}>
                  <th scope="row" style={{ ...cell, textAlign: "left" }}>{row.name}</th>
                  {row.cells.map((c) => (
                    <td key={c.slot} style={cell} data-cell={`${day.date}|${row.duty}|${c.slot}`}>
                      {c.people.map((p) => name.get(p) ?? p).join(", ")}
                      {c.absent.map((a) => <Badge key={a.person} color="danger" appearance="outline" data-testid="absent-person" style={{ marginLeft: 4 }}><s>{name.get(a.person) ?? a.person}</s>&nbsp;{a.reason}</Badge>)}
                      {c.changed && <Badge color="informative" style={{ marginLeft: 4 }}>{t.changed}</Badge>}
                      {c.understaffed && <Badge color="warning" style={{ marginLeft: 4 }}>{t.understaffed}</Badge>}
                      {doubleBooked(row.duty, c.slot) && <Badge color="warning" data-testid="double-booked" style={{ marginLeft: 4 }}>{t.doubleBooked}</Badge>}
                      {canEdit && <Button size="small" appearance="subtle" aria-label={`${t.edit}: ${row.name}, ${c.slot}, ${day.date}`} onClick={() => onEdit(row.duty, c.slot, c.people)}>{t.edit}</Button>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
