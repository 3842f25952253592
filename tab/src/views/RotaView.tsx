// The rulleplan of a week: duties × slots per day, absences marked; coordinators change a cell for one day or in
// the repeating plan, and record absences, choosing people by name. Dates as the bot writes them.
import { useEffect, useMemo, useRef, useState } from "react";
import { Badge, Button, Checkbox, Input } from "@fluentui/react-components";
import { ApiProblem, type OrgPerson, type RotaGap, type RotaWeek, type RotaWeekDay } from "../api";
import { noticeOf, type Notice } from "../notice";
import type { ViewProps } from "../viewContext";
import { NoticeBar } from "../components/NoticeBar";
import { PeoplePicker } from "../components/PeoplePicker";
import { addDays, formatDate, isoWeekOf, weekLabel, weekdayName, type DateLang } from "../dates";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function RotaView({ api, me, t, org, host }: ViewProps) {
  const lang = host.lang;
  const [date, setDate] = useState<string>();
  const [data, setData] = useState<RotaWeek>();
  const [message, setMessage] = useState<Notice>();
  const [editing, setEditing] = useState<Editing>();
  const name = useMemo(() => new Map(org.people.map((p) => [p.id, p.name])), [org]);
  const areaName = useMemo(() => new Map(org.areas.map((a) => [a.id, a.name])), [org]);
  // The week shown now, not the one when a save began: moving on during a save must not jump back.
  const shown = useRef(date);
  shown.current = date;
  const load = () => {
    const week = shown.current;
    return api.get<RotaWeek>(`/api/rota${week ? `?date=${week}` : ""}`).then((d) => week === shown.current && setData(d), (e) => setMessage(noticeOf(e, t)));
  };
  useEffect(() => void load(), [api, date]);
  if (!data) return null;

  /** Sends an edit; on success says so, on failure keeps the form. Reloads when the server answered (a conflict shows the fresh week). */
  const send = async (edit: () => Promise<unknown>, onSaved?: () => void) => {
    try {
      await edit();
      setMessage({ intent: "success", text: t.saved });
      onSaved?.();
    } catch (e) {
      setMessage(noticeOf(e, t, true));
      if (!(e instanceof ApiProblem && e.kind === "refused")) return;
    }
    await load();
  };
  const save = (editing: Editing) => {
    const { people, date, duty, slot } = editing;
    // The versions of the week as now loaded (after a conflict, the fresh ones).
    const cell = data.days.find((d) => d.date === date)?.duties.find((r) => r.duty === duty)?.cells.find((c) => c.slot === slot);
    return send(
      () => editing.scope === "cycle"
        // The repeating plan: this weekday of this cycle week, every time it comes round.
        ? api.put(`/api/rota/cycle`, { week: editing.cycleWeek, day: editing.weekday, duty, slot, people, etag: data.cycleEtags[editing.cycleWeek - 1] ?? null })
        : api.put(`/api/rota/changes`, { date, duty, slot, people, etag: cell?.etag ?? null }),
      () => setEditing(undefined),
    );
  };
  const first = data.days[0].date;
  const last = data.days[data.days.length - 1].date;
  const slotName = (id: string) => data.slots.find((s) => s.id === id)?.name ?? id;

  return (
    <div>
      <NoticeBar notice={message} />
      <div className="toolbar">
        <Button onClick={() => setDate(addDays(first, -7))}>{t.previous}</Button>
        <span data-testid="week">{capitalise(t.weekOf(weekLabel(isoWeekOf(first).week, lang), formatDate(first, lang), formatDate(last, lang)))}</span>
        <Button onClick={() => setDate(addDays(first, 7))}>{t.next}</Button>
      </div>
      {data.days.map((day) => (
        <DayTable key={day.date} day={day} data={data} name={name} areaName={areaName} t={t} lang={lang} canEdit={me.canEdit}
          onEdit={(duty, slot, people) => setEditing({ date: day.date, duty, slot, people, scope: "day", cycleWeek: day.cycleWeek, weekday: day.day.weekday })} />
      ))}
      {me.canEdit && <AbsenceForm t={t} people={org.people} onSave={(a) => send(() => api.post("/api/absences", a))} />}
      {editing && (
        <form onSubmit={(e) => { e.preventDefault(); void save(editing); }} data-testid="rota-edit" className="sticky-bar">
          <span>{capitalise(formatDate(editing.date, lang))} · {data.duties.find((d) => d.id === editing.duty)?.name} · {slotName(editing.slot)}</span>
          <div style={{ flex: "1 1 240px", minWidth: 0 }}>
            <PeoplePicker people={org.people} selected={editing.people} onChange={(people) => setEditing({ ...editing, people })} label={t.personIds} t={t} testId="pick-rota" />
          </div>
          <Checkbox
            data-testid="edit-cycle"
            checked={editing.scope === "cycle"}
            onChange={(_, d) => setEditing({ ...editing, scope: d.checked ? "cycle" : "day" })}
            label={t.editCycle(editing.cycleWeek, weekdayName(editing.date, lang))}
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
  people: readonly string[];
  scope: "day" | "cycle";
  cycleWeek: number;
  weekday: string;
}

function AbsenceForm({ t, people, onSave }: { t: ViewProps["t"]; people: readonly OrgPerson[]; onSave: (a: { person: string; from: string; to: string; reason: string }) => Promise<void> }) {
  const [a, setA] = useState({ person: "", from: "", to: "", reason: "" });
  return (
    <form data-testid="absence-form" onSubmit={(e) => { e.preventDefault(); void onSave({ ...a, to: a.to || a.from }); }} style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "end", marginTop: 12 }}>
      <strong style={{ flexBasis: "100%" }}>{t.newAbsence}</strong>
      <div style={{ flex: "1 1 220px", minWidth: 0 }}>
        <PeoplePicker people={people} selected={a.person ? [a.person] : []} onChange={(ids) => setA({ ...a, person: ids[0] ?? "" })} label={t.absencePerson} t={t} max={1} testId="pick-absence" />
      </div>
      <Input aria-label={t.absenceFrom} type="date" value={a.from} onChange={(_, d) => setA({ ...a, from: d.value })} />
      <Input aria-label={t.absenceTo} type="date" value={a.to} onChange={(_, d) => setA({ ...a, to: d.value })} />
      <Input aria-label={t.absenceReason} placeholder={t.absenceReason} value={a.reason} onChange={(_, d) => setA({ ...a, reason: d.value })} />
      <Button type="submit">{t.save}</Button>
    </form>
  );
}

/** One gap of the day in words, with the organisation's own names. */
function gapText(gap: RotaGap, data: RotaWeek, name: Map<string, string>, areaName: Map<string, string>, t: ViewProps["t"]): string {
  const slot = (id: string) => data.slots.find((s) => s.id === id)?.name ?? id;
  const duty = (id: string) => data.duties.find((d) => d.id === id)?.name ?? id;
  const who = (id: string) => name.get(id) ?? "?";
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

function DayTable({ day, data, name, areaName, t, lang, canEdit, onEdit }: { day: RotaWeekDay; data: RotaWeek; name: Map<string, string>; areaName: Map<string, string>; t: ViewProps["t"]; lang: DateLang; canEdit: boolean; onEdit: (duty: string, slot: string, people: readonly string[]) => void }) {
  const doubleBooked = (duty: string, slot: string) => (day.gaps ?? []).some((g) => g.kind === "doubleBooked" && g.slot === slot && g.duties.includes(duty));
  const label = capitalise(formatDate(day.date, lang));
  const slotName = (id: string) => data.slots.find((s) => s.id === id)?.name ?? id;
  return (
    <section data-day={day.date} style={{ marginTop: 12 }}>
      <h2 style={{ fontSize: 16, margin: "4px 0" }}>{label}</h2>
      {!day.working ? (
        <p>{t.closed}{day.day.reason ? `: ${day.day.reason}` : ""}</p>
      ) : (
        <>
          {day.absent.length > 0 && (
            <p data-testid="absences">
              {t.absent}: {day.absent.map((a) => `${name.get(a.person) ?? "?"} (${a.reason})`).join(", ")}
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
          <table className="reflow">
            <thead>
              <tr>
                <th scope="col">{t.duty}</th>
                {/* Only the slots that run this day (a Thursday-only evening slot has no column on Monday), in the cells' order. */}
                {data.slots.filter((s) => day.duties.some((row) => row.cells.some((c) => c.slot === s.id))).map((s) => <th key={s.id} scope="col">{s.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {day.duties.map((row) => (
                <tr key={row.duty}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((c) => (
                    <td key={c.slot} data-label={slotName(c.slot)} data-cell={`${day.date}|${row.duty}|${c.slot}`}>
                      {c.people.map((p) => name.get(p) ?? "?").join(", ")}
                      {c.absent.map((a) => <Badge key={a.person} color="danger" appearance="outline" data-testid="absent-person" className="wrap-badge" style={{ marginLeft: 4 }}><s>{name.get(a.person) ?? "?"}</s>&nbsp;{a.reason}</Badge>)}
                      {c.changed && <Badge color="informative" className="wrap-badge" style={{ marginLeft: 4 }}>{t.changed}</Badge>}
                      {c.understaffed && <Badge color="warning" className="wrap-badge" style={{ marginLeft: 4 }}>{t.understaffed}</Badge>}
                      {doubleBooked(row.duty, c.slot) && <Badge color="warning" data-testid="double-booked" className="wrap-badge" style={{ marginLeft: 4 }}>{t.doubleBooked}</Badge>}
                      {canEdit && <Button size="small" appearance="subtle" aria-label={`${t.edit}: ${row.name}, ${slotName(c.slot)}, ${formatDate(day.date, lang)}`} onClick={() => onEdit(row.duty, c.slot, [...c.people])}>{t.edit}</Button>}
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
