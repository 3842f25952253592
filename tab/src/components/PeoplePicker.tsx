// Choosing people by typing part of a name or a job title (Fluent TagPicker): wherever the tab asks for a person,
// fyrtårn/backup, rota cells and absences. Ids are the values behind the scenes; the user sees names only.
import { useMemo, useState } from "react";
import { Avatar, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from "@fluentui/react-components";
import type { OrgPerson } from "../api";
import type { Texts } from "../texts";
import { fold } from "../../../bot/src/domain/fold";

/** More matches than this are not listed: type more of the name. */
const MAX_OPTIONS = 20;
const NO_MATCH = "\u0000none";

export interface PeoplePickerProps {
  readonly people: readonly OrgPerson[];
  /** Person ids, in order. */
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  /** The field's label (read by screen readers; shown as placeholder). */
  readonly label: string;
  readonly t: Texts;
  /** At most this many (1: choosing another replaces the one chosen). */
  readonly max?: number;
  readonly testId?: string;
}

/** The people whose name or title contains every typed word (folded: "soren" finds "Søren"). */
export function matchPeople(people: readonly OrgPerson[], query: string, exclude: ReadonlySet<string>): { shown: OrgPerson[]; more: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { shown: [], more: 0 };
  const shown: OrgPerson[] = [];
  let more = 0;
  for (const p of people) {
    if (exclude.has(p.id)) continue;
    const text = fold(`${p.name} ${p.title}`);
    if (!words.every((w) => text.includes(w))) continue;
    if (shown.length < MAX_OPTIONS) shown.push(p);
    else more++;
  }
  return { shown, more };
}

export function PeoplePicker({ people, selected, onChange, label, t, max, testId }: PeoplePickerProps) {
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const { shown, more } = useMemo(() => matchPeople(people, query, new Set(selected)), [people, query, selected]);
  return (
    <TagPicker
      selectedOptions={[...selected]}
      onOptionSelect={(_, d) => {
        if (d.value === NO_MATCH) return;
        const next = d.selectedOptions.filter((id) => id !== NO_MATCH);
        onChange(max && next.length > max ? next.slice(-max) : next);
        setQuery("");
      }}
    >
      <TagPickerControl data-testid={testId} expandIcon={null}>
        <TagPickerGroup aria-label={label}>
          {selected.map((id) => {
            const name = byId.get(id)?.name ?? "?";
            return (
              <Tag key={id} value={id} shape="rounded" media={<Avatar name={name} size={20} color="colorful" aria-hidden="true" />} dismissIcon={{ "aria-label": t.removePerson(name) }}>
                {name}
              </Tag>
            );
          })}
        </TagPickerGroup>
        <TagPickerInput aria-label={label} placeholder={selected.length ? undefined : t.pickPeople} value={query} onChange={(e) => setQuery(e.target.value)} />
      </TagPickerControl>
      <TagPickerList>
        {query.trim() === "" ? null : shown.length === 0 ? (
          <TagPickerOption value={NO_MATCH} text="">{t.noPeopleFound}</TagPickerOption>
        ) : (
          <>
            {shown.map((p) => (
              <TagPickerOption key={p.id} value={p.id} text={p.name} secondaryContent={p.title} media={<Avatar name={p.name} size={24} color="colorful" aria-hidden="true" />}>
                {p.name}
              </TagPickerOption>
            ))}
            {more > 0 && <TagPickerOption value={NO_MATCH} text="">{t.moreMatches(more)}</TagPickerOption>}
          </>
        )}
      </TagPickerList>
    </TagPicker>
  );
}
