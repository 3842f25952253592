// Areas × fyrtårn and backup, with the gaps marked; coordinators edit an area's people (ETag-guarded) by picking
// them by name. At phone width the table reflows into one block per area.
import { useEffect, useMemo, useState } from "react";
import { Badge, Button } from "@fluentui/react-components";
import { ApiProblem, type AreaRow, type FyrtaarnData, type OrgPerson } from "../api";
import { noticeOf, type Notice } from "../notice";
import type { ViewProps } from "../viewContext";
import { NoticeBar } from "../components/NoticeBar";
import { PeoplePicker } from "../components/PeoplePicker";

export function FyrtaarnView({ api, me, t, org }: ViewProps) {
  const [data, setData] = useState<FyrtaarnData>();
  const [message, setMessage] = useState<Notice>();
  const name = useMemo(() => new Map(org.people.map((p) => [p.id, p.name])), [org]);
  const who = (ids: readonly string[]) => (ids.length ? ids.map((id) => name.get(id) ?? "?").join(", ") : t.nobody);
  useEffect(() => {
    api.get<FyrtaarnData>("/api/fyrtaarne").then(setData, (e) => setMessage(noticeOf(e, t)));
  }, [api]);
  if (!data) return <NoticeBar notice={message} />;
  const overloaded = new Set(data.overloaded.map((o) => o.person));
  const replace = (row: AreaRow) => setData({ ...data, areas: data.areas.map((a) => (a.id === row.id ? row : a)) });

  return (
    <div>
      <NoticeBar notice={message} />
      {data.overloaded.length > 0 && (
        <p>{data.overloaded.map((o) => `${name.get(o.person) ?? "?"} ${t.tooMany(data.maxAreasPerPerson)} (${o.count})`).join("; ")}</p>
      )}
      <table data-testid="fyrtaarn-table" className="reflow">
        <thead>
          <tr>
            <th scope="col">{t.area}</th>
            <th scope="col">{t.fyrtaarn}</th>
            <th scope="col">{t.backup}</th>
            <th scope="col">{t.notes}</th>
            {me.canEdit && <th scope="col">{t.edit}</th>}
          </tr>
        </thead>
        <tbody>
          {data.areas.map((a) => (
            <AreaLine key={a.id} area={a} who={who} people={org.people} overloaded={overloaded} max={data.maxAreasPerPerson} {...{ t, me, api }}
              onSaved={(row) => { replace(row); setMessage({ intent: "success", text: `${a.name}: ${t.saved}` }); }}
              onFailed={(e) => {
                // A conflict brings the area as it is now; the picked people stay in the form.
                if (e instanceof ApiProblem && e.status === 409 && e.body.current) replace(e.body.current as AreaRow);
                setMessage(noticeOf(e, t, true));
              }} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AreaLine({ area, who, people, overloaded, max, t, me, api, onSaved, onFailed }: Pick<ViewProps, "t" | "me" | "api"> & { area: AreaRow; who: (ids: readonly string[]) => string; people: readonly OrgPerson[]; overloaded: Set<string>; max: number; onSaved: (a: AreaRow) => void; onFailed: (e: unknown) => void }) {
  const [editing, setEditing] = useState(false);
  const [fyrtaarne, setFyrtaarne] = useState<readonly string[]>(area.fyrtaarne);
  const [backups, setBackups] = useState<readonly string[]>(area.backups);
  const save = async () => {
    try {
      onSaved(await api.put<AreaRow>(`/api/areas/${encodeURIComponent(area.id)}`, { fyrtaarne, backups, etag: area.etag }));
      setEditing(false);
    } catch (e) {
      // The form stays open with what was picked.
      onFailed(e);
    }
  };
  return (
    <tr data-area={area.id}>
      <th scope="row">{area.name}</th>
      <td data-label={t.fyrtaarn}>{editing ? <PeoplePicker people={people} selected={fyrtaarne} onChange={setFyrtaarne} label={`${t.fyrtaarn}: ${area.name}`} t={t} testId="pick-fyrtaarn" /> : who(area.fyrtaarne)}</td>
      <td data-label={t.backup}>{editing ? <PeoplePicker people={people} selected={backups} onChange={setBackups} label={`${t.backup}: ${area.name}`} t={t} testId="pick-backup" /> : who(area.backups)}</td>
      <td>
        {area.missingFyrtaarn && <Badge color="danger">{t.noFyrtaarn}</Badge>} {area.missingBackup && <Badge color="warning">{t.noBackup}</Badge>}{" "}
        {area.absent.map((x) => (
          <Badge key={x.person} color="important" data-testid="absent-fyrtaarn" className="wrap-badge">{who([x.person])} {t.absentToday} ({x.reason}); {t.coveredBy} {x.coveredBy ? who([x.coveredBy]) : t.nobody}</Badge>
        ))}{" "}
        {area.nobodyIn && <Badge color="danger" data-testid="nobody-in" className="wrap-badge">{t.nobodyIn}</Badge>}{" "}
        {[...area.fyrtaarne, ...area.backups].filter((p) => overloaded.has(p)).map((p) => <Badge key={`o${p}`} color="warning" className="wrap-badge">{who([p])}: {t.tooMany(max)}</Badge>)}
      </td>
      {me.canEdit && (
        <td>
          {editing ? (
            <>
              <Button appearance="primary" onClick={() => void save()}>{t.save}</Button> <Button onClick={() => setEditing(false)}>{t.cancel}</Button>
            </>
          ) : (
            <Button onClick={() => { setFyrtaarne(area.fyrtaarne); setBackups(area.backups); setEditing(true); }} aria-label={`${t.edit} ${area.name}`}>{t.edit}</Button>
          )}
        </td>
      )}
    </tr>
  );
}
