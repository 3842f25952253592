// The competence map: which competences the department has and who holds them, the rare ones (one person only:
// a risk when that person is away or leaves) and who has none registered. Filtered by a word.
import { useMemo, useState } from "react";
import { Input, Text } from "@fluentui/react-components";
import type { OrgPerson } from "../api";
import type { ViewProps } from "../viewContext";

const SHOWN = 12;
const SHOWN_WITHOUT = 200;
/** Lower case, æ/ø/å kept: competences are free words, compared as staff type them. */
const key = (s: string) => s.trim().toLocaleLowerCase("da");

export function CompetenceView({ t, org }: ViewProps) {
  const [filter, setFilter] = useState("");
  const { competences, without } = useMemo(() => {
    const byKey = new Map<string, { label: string; people: OrgPerson[] }>();
    const none: OrgPerson[] = [];
    for (const p of org.people) {
      if (p.competences.length === 0) none.push(p);
      for (const c of p.competences) {
        const k = key(c);
        const entry = byKey.get(k);
        if (entry) entry.people.push(p);
        else byKey.set(k, { label: c.trim(), people: [p] });
      }
    }
    const list = [...byKey.values()].sort((a, b) => b.people.length - a.people.length || a.label.localeCompare(b.label, "da"));
    return { competences: list, without: none };
  }, [org]);
  const f = key(filter);
  const shown = f ? competences.filter((c) => key(c.label).includes(f) || c.people.some((p) => key(p.name).includes(f))) : competences;
  const rare = competences.filter((c) => c.people.length === 1);
  const names = (people: OrgPerson[]) => `${people.slice(0, SHOWN).map((p) => p.name).join(", ")}${people.length > SHOWN ? ` ${t.andMore(people.length - SHOWN)}` : ""}`;

  return (
    <div data-testid="competence-map">
      <div className="toolbar">
        <Input aria-label={t.competenceFilter} placeholder={t.competenceFilter} value={filter} onChange={(_, d) => setFilter(d.value)} className="toolbar-grow" />
      </div>
      <h2 style={{ fontSize: 16 }}>{t.rareCompetences}</h2>
      {rare.length === 0 ? <p>{t.nobody}</p> : (
        <ul data-testid="rare-competences">
          {rare.slice(0, 100).map((c) => <li key={c.label}><strong>{c.label}</strong>: {c.people[0].name} <Text size={200}>({c.people[0].title})</Text></li>)}
          {rare.length > 100 && <li>{t.andMore(rare.length - 100)}</li>}
        </ul>
      )}
      <h2 style={{ fontSize: 16 }}>{t.allCompetences}</h2>
      <table className="reflow" data-testid="competence-table">
        <thead>
          <tr><th scope="col">{t.competenceHeader}</th><th scope="col">{t.people}</th><th scope="col">{t.holdersHeader}</th></tr>
        </thead>
        <tbody>
          {shown.slice(0, 300).map((c) => (
            <tr key={c.label} data-competence={c.label}>
              <th scope="row">{c.label}</th>
              <td data-label={t.people}>{t.competenceCount(c.people.length)}</td>
              <td data-label={t.holdersHeader}>{names(c.people)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details style={{ marginTop: 12 }}>
        <summary>{t.withoutCompetences(without.length)}</summary>
        <p data-testid="without-competences">{without.slice(0, SHOWN_WITHOUT).map((p) => p.name).join(", ")}{without.length > SHOWN_WITHOUT ? ` ${t.andMore(without.length - SHOWN_WITHOUT)}` : ""}</p>
      </details>
    </div>
  );
}
