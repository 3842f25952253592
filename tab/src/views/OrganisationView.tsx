// The organisation chart: units and people as a tree (structure and counts by d3-hierarchy), collapsed by
// default and drawn as a virtualised list, so 40 people and 25,000 people render alike.
import { useMemo, useRef, useState } from "react";
import { stratify, type HierarchyNode } from "d3-hierarchy";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Badge, Button, Input } from "@fluentui/react-components";
import type { OrgPerson } from "../api";
import type { ViewProps } from "../App";

type Item = { id: string; parent?: string; kind: "root" | "unit" | "person"; name: string; person?: OrgPerson };
const ROLE_ORDER: Record<string, number> = { sektionsleder: 0, koordinator: 1, medarbejder: 2 };
const ROW = 60;

export function OrganisationView({ api, t, org, host }: ViewProps) {
  const areaName = useMemo(() => new Map(org.areas.map((a) => [a.id, a.name])), [org]);
  const root = useMemo(() => {
    const items: Item[] = [{ id: "root", kind: "root", name: org.organisation.name }];
    for (const u of org.units) items.push({ id: `u:${u.id}`, parent: u.parent ? `u:${u.parent}` : "root", kind: "unit", name: u.name });
    for (const p of org.people) items.push({ id: `p:${p.id}`, parent: `u:${p.unit}`, kind: "person", name: p.name, person: p });
    const tree = stratify<Item>().id((d) => d.id).parentId((d) => d.parent)(items);
    tree.sum((d) => (d.kind === "person" ? 1 : 0));
    tree.sort((a, b) => (a.data.kind === b.data.kind ? (ROLE_ORDER[a.data.person?.role ?? ""] ?? 9) - (ROLE_ORDER[b.data.person?.role ?? ""] ?? 9) || a.data.name.localeCompare(b.data.name, "da") : a.data.kind === "person" ? -1 : 1));
    return tree;
  }, [org]);
  const byId = useMemo(() => new Map(root.descendants().map((n) => [n.id!, n])), [root]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(["root"]));
  const [highlight, setHighlight] = useState<string>();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ kind: string; id: string; label: string }[]>();
  const [suggestions, setSuggestions] = useState<{ id: string; label: string }[]>([]);

  const visible = useMemo(() => {
    const out: HierarchyNode<Item>[] = [];
    const walk = (n: HierarchyNode<Item>) => {
      out.push(n);
      if (expanded.has(n.id!)) n.children?.forEach(walk);
    };
    walk(root);
    return out;
  }, [root, expanded]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });

  const toggle = (id: string) => setExpanded((s) => { const n = new Set(s); n.has(id) ? n.delete(id) : n.add(id); return n; });
  const reveal = (personId: string) => {
    const node = byId.get(`p:${personId}`);
    if (!node) return;
    setExpanded((s) => new Set([...s, ...node.ancestors().slice(1).map((a) => a.id!)]));
    setHighlight(personId);
    setTimeout(() => {
      const index = visibleIndexAfter(root, new Set([...expanded, ...node.ancestors().slice(1).map((a) => a.id!)]), node.id!);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: "center" });
    }, 0);
  };
  const search = async () => {
    if (!query.trim()) return setResults(undefined);
    const res = await api.get<{ matches: { kind: string; id: string; label: string }[]; suggestions: { id: string; label: string }[] }>(`/api/search?q=${encodeURIComponent(query)}`);
    const people: { kind: string; id: string; label: string }[] = [];
    for (const m of res.matches) {
      if (m.kind === "person") people.push(m);
      if (m.kind === "area") for (const p of org.people) if (p.fyrtaarn.includes(m.id) || p.backup.includes(m.id)) people.push({ kind: "person", id: p.id, label: `${p.name} – ${p.fyrtaarn.includes(m.id) ? t.fyrtaarn : t.backup}: ${m.label}` });
    }
    setResults(people.slice(0, 20));
    setSuggestions(res.suggestions);
  };

  return (
    <div>
      <form onSubmit={(e) => { e.preventDefault(); void search(); }} style={{ display: "flex", gap: 8, flexWrap: "wrap", marginBottom: 8 }}>
        <Input aria-label={t.search} placeholder={t.search} value={query} onChange={(_, d) => setQuery(d.value)} style={{ minWidth: 280 }} />
        <Button type="submit" appearance="primary">Søg</Button>
        <Button onClick={() => setExpanded(new Set(root.descendants().filter((n) => n.data.kind !== "person" && n.value! <= 500).map((n) => n.id!)))}>{t.expandAll}</Button>
        <Button onClick={() => setExpanded(new Set(["root"]))}>{t.collapseAll}</Button>
      </form>
      {results && (
        <ul aria-label="Søgeresultater" data-testid="search-results">
          {results.length === 0 && <li>{t.noResults} {suggestions.map((s) => s.label).join(", ")}</li>}
          {results.map((r, i) => (
            <li key={`${r.id}-${i}`}>
              <Button appearance="transparent" onClick={() => reveal(r.id)}>{r.label}</Button>
            </li>
          ))}
        </ul>
      )}
      <div ref={scroller} role="tree" aria-label={t.organisation} data-testid="org-tree" style={{ height: "65vh", overflow: "auto" }}>
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((row) => {
            const n = visible[row.index];
            const p = n.data.person;
            return (
              <div key={n.id} role="treeitem" aria-level={n.depth + 1} aria-expanded={p ? undefined : expanded.has(n.id!)} aria-selected={p?.id === highlight}
                style={{ position: "absolute", top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${row.start}px)`, paddingLeft: n.depth * 20, display: "flex", alignItems: "center", gap: 8, boxSizing: "border-box", background: p && p.id === highlight ? "rgba(98,100,167,0.15)" : undefined }}>
                {p ? (
                  <div data-person={p.id}>
                    <strong>{p.name}</strong> <span>{p.title}</span>{" "}
                    {p.fyrtaarn.map((a) => <Badge key={`f${a}`} color="brand" appearance="filled">{t.fyrtaarn}: {areaName.get(a)}</Badge>)}{" "}
                    {p.backup.map((a) => <Badge key={`b${a}`} color="informative" appearance="outline">{t.backup}: {areaName.get(a)}</Badge>)}
                    <div style={{ fontSize: 12 }}>
                      {p.phone && <a href={`tel:${p.phone.replace(/\s/g, "")}`}>{p.phone}</a>} {p.email && <a href={`mailto:${p.email}`}>{p.email}</a>}{" "}
                      {p.email && <Button size="small" appearance="subtle" onClick={() => host.chat(p.email!)} aria-label={`${t.chat} med ${p.name}`}>{t.chat}</Button>}
                    </div>
                  </div>
                ) : (
                  <Button appearance="subtle" onClick={() => toggle(n.id!)} aria-label={`${expanded.has(n.id!) ? "Fold sammen" : "Fold ud"}: ${n.data.name}`}>
                    {expanded.has(n.id!) ? "▾" : "▸"} {n.data.name} ({countPeople(n)} {t.people})
                  </Button>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function countPeople(n: HierarchyNode<Item>): number {
  return n.value ?? 0;
}

/** The row index of a node in the visible list for a set of expanded ids. */
function visibleIndexAfter(root: HierarchyNode<Item>, expanded: ReadonlySet<string>, id: string): number {
  let i = 0;
  let found = -1;
  const walk = (n: HierarchyNode<Item>) => {
    if (found >= 0) return;
    if (n.id === id) found = i;
    i++;
    if (expanded.has(n.id!)) n.children?.forEach(walk);
  };
  walk(root);
  return found;
}
