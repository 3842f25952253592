// The Organisation view (loaded only when opened): the chart, the same tree as a list for screen readers and small
// screens, search with the bot's own matching (/api/org/search), a person's panel, and export (PNG, print/PDF).
import { useEffect, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Button, Input, Link, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, Tooltip } from "@fluentui/react-components";
import { ArrowDownloadRegular, ImageRegular, PrintRegular, SearchRegular, ZoomFitRegular, ZoomInRegular, ZoomOutRegular } from "@fluentui/react-icons";
import type { ChartSearch, OrgPerson, OrgToday } from "../api";
import { noticeOf, type Notice } from "../notice";
import { NoticeBar } from "../components/NoticeBar";
import type { ViewProps } from "../viewContext";
import { buildModel, layout as layoutChart, unitPath, type ChartModel } from "../chart/model";
import { OrgChart, type ChartHandle } from "../chart/OrgChart";
import { PersonPanel } from "../chart/PersonPanel";
import { chartSvg, download, svgToPng } from "../chart/exportImage";
import { Tabs } from "../components/Tabs";

const SHOWN_PER_HIT = 8;

export default function OrganisationView({ api, t, org, host }: ViewProps) {
  const model = useMemo(() => buildModel(org), [org]);
  const areaName = useMemo(() => new Map(org.areas.map((a) => [a.id, a.name])), [org]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([model.root]));
  const chartLayout = useMemo(() => layoutChart(model, open), [model, open]);
  const [mode, setMode] = useState<"chart" | "list">("chart");
  const [today, setToday] = useState<OrgToday>();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<ChartSearch>();
  const [notice, setNotice] = useState<Notice>();
  const [panel, setPanel] = useState<{ person: OrgPerson; key: string }>();
  const [printSvg, setPrintSvg] = useState<string>();
  const chart = useRef<ChartHandle>(null);
  const pendingCentre = useRef<string>(undefined);

  useEffect(() => {
    // The chart works without today's absences and duties: say they are missing, and go on.
    api.get<OrgToday>("/api/org/today").then(setToday, (e) => {
      console.warn("today's absences and duties are not shown", e);
      setNotice({ intent: "warning", text: t.todayUnavailable });
    });
  }, [api]);

  const highlight = useMemo(() => {
    const set = new Set<string>();
    for (const h of result?.hits ?? []) {
      if (h.unit) set.add(`unit:${h.unit}`);
      else for (const p of h.people.slice(0, 500)) set.add(p);
    }
    return set;
  }, [result]);

  // After a reveal the layout changes; centre on the box once it is laid out.
  useEffect(() => {
    if (!pendingCentre.current || mode !== "chart") return;
    const key = pendingCentre.current;
    pendingCentre.current = undefined;
    chart.current?.centre(key, true);
  }, [chartLayout, mode]);

  const toggle = (unitId: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(unitId)) n.delete(unitId);
      else n.add(unitId);
      return n;
    });
  /** Opens the units down to a person (or a unit) and centres the chart on them. */
  const reveal = (target: { person?: string; unit?: string }) => {
    const unitId = target.person ? model.unitOf.get(target.person) : target.unit;
    if (!unitId) return;
    const path = unitPath(model, unitId);
    const lead = target.person ? model.units.get(unitId)?.leader?.id === target.person : false;
    // A person in a staff column needs their unit open; a unit or a leader only the units above.
    const toOpen = target.person && !lead ? path : path.slice(0, -1);
    setOpen((s) => new Set([...s, ...toOpen]));
    pendingCentre.current = target.person ? `p:${unitId}:${target.person}${lead ? ":lead" : ""}` : `u:${unitId}`;
    if (mode === "list") setListFocus(pendingCentre.current);
  };
  const search = async (q = query) => {
    setNotice(undefined);
    if (!q.trim()) return setResult(undefined);
    try {
      const res = await api.get<ChartSearch>(`/api/org/search?q=${encodeURIComponent(q)}`);
      setResult(res);
      const first = res.hits[0];
      if (first) reveal(first.kind === "unit" ? { unit: first.unit } : { person: first.people[0] });
    } catch (e) {
      setNotice(noticeOf(e, t));
    }
  };
  const exportPng = async () => {
    const { svg, width, height } = chartSvg(chartLayout, org.organisation.name, t, areaName, today);
    download(await svgToPng(svg, width, height), `organisation-${today?.date ?? "diagram"}.png`);
  };
  const print = () => {
    setPrintSvg(chartSvg(chartLayout, org.organisation.name, t, areaName, today).svg);
    // Printed once the picture is in the page (next frame).
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  const [listFocus, setListFocus] = useState<string>();
  const name = (id: string) => model.people.get(id)?.name ?? "";

  return (
    <div>
      <form role="search" onSubmit={(e) => { e.preventDefault(); void search(); }} className="toolbar no-print">
        <Input aria-label={t.search} placeholder={t.search} value={query} onChange={(_, d) => setQuery(d.value)} className="toolbar-grow" contentBefore={<SearchRegular aria-hidden="true" />} />
        <Button type="submit" appearance="primary">{t.searchButton}</Button>
      </form>
      <NoticeBar notice={notice} />
      {result && (
        <section aria-label={t.searchResults} data-testid="search-results" className="search-results no-print">
          {result.hits.length === 0 ? (
            <p>
              {t.noHits(result.q)} {t.tryInstead}{" "}
              {result.suggestions.map((s, i) => (
                <span key={`${s.kind}${s.id}`}>
                  {i > 0 && ", "}
                  <Link as="button" onClick={() => { setQuery(s.label); void search(s.label); }}>{s.label}</Link> ({t.kind[s.kind] ?? s.kind})
                </span>
              ))}
            </p>
          ) : (
            <ul>
              {result.hits.slice(0, 10).map((h) => (
                <li key={`${h.kind}:${h.id}`}>
                  {h.kind === "unit" ? (
                    <Link as="button" onClick={() => reveal({ unit: h.unit })}>{h.label}</Link>
                  ) : h.kind === "person" ? (
                    <Link as="button" onClick={() => reveal({ person: h.id })}>{h.label}</Link>
                  ) : (
                    <strong>{h.label}</strong>
                  )}{" "}
                  <Text size={200}>({t.kind[h.kind] ?? h.kind})</Text>
                  {h.kind !== "person" && h.kind !== "unit" && (
                    <>
                      {": "}
                      {h.people.slice(0, SHOWN_PER_HIT).map((p, i) => (
                        <span key={p}>
                          {i > 0 && ", "}
                          <Link as="button" onClick={() => reveal({ person: p })}>{name(p)}</Link>
                        </span>
                      ))}
                      {h.people.length > SHOWN_PER_HIT && ` ${t.andMore(h.people.length - SHOWN_PER_HIT)}`}
                      {h.people.length === 0 && t.nobody}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="toolbar no-print">
        <Tabs<"chart" | "list"> size="small" label={t.organisation} selected={mode} onSelect={setMode} tabs={[{ value: "chart", label: t.chartView }, { value: "list", label: t.listView }]} />
        {mode === "chart" && (
          <>
            <Tooltip content={t.zoomIn} relationship="label"><Button icon={<ZoomInRegular />} onClick={() => chart.current?.zoomBy(1.25)} /></Tooltip>
            <Tooltip content={t.zoomOut} relationship="label"><Button icon={<ZoomOutRegular />} onClick={() => chart.current?.zoomBy(0.8)} /></Tooltip>
            <Button icon={<ZoomFitRegular />} onClick={() => chart.current?.fit()}>{t.fit}</Button>
          </>
        )}
        <Button onClick={() => setOpen(new Set([model.root]))}>{t.collapseAll}</Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<ArrowDownloadRegular />}>{t.exportMenu}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<ImageRegular />} onClick={() => void exportPng()} data-testid="export-png">{t.exportPng}</MenuItem>
              <MenuItem icon={<PrintRegular />} onClick={print}>{t.print}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <p id="chart-help" className="visually-hidden">{t.chartHelp}</p>
      <div className="no-print">
        {mode === "chart" ? (
          <OrgChart ref={chart} layout={chartLayout} t={t} areaName={areaName} today={today} highlight={highlight} onToggle={toggle} onPerson={(person, key) => setPanel({ person, key })} />
        ) : (
          <OrgList model={model} open={open} onToggle={toggle} highlight={highlight} t={t} focus={listFocus} onPerson={(person, key) => setPanel({ person, key })} />
        )}
      </div>
      {printSvg && <div className="print-only" aria-hidden="true" dangerouslySetInnerHTML={{ __html: printSvg }} />}
      {/* Mounted only while open: a closed drawer still adds Fluent's focus-trap helpers to the page. */}
      {panel && <PersonPanel person={panel?.person} unitName={panel ? model.units.get(model.unitOf.get(panel.person.id) ?? "")?.name : undefined} t={t} lang={host.lang} host={host} areaName={areaName} today={today}
        onClose={() => {
          const key = panel?.key;
          setPanel(undefined);
          // Back to the box the panel was opened from.
          if (key) setTimeout(() => document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true }), 0);
        }} />}
    </div>
  );
}

type Row = { key: string; depth: number } & ({ kind: "unit"; unitId: string } | { kind: "person"; person: OrgPerson; lead: boolean; unitId: string });

/** The tree as an indented list: the same open units as the chart, virtualised, read as a list by screen readers. */
function OrgList({ model, open, onToggle, highlight, t, focus, onPerson }: { model: ChartModel; open: ReadonlySet<string>; onToggle: (id: string) => void; highlight: ReadonlySet<string>; t: ViewProps["t"]; focus?: string; onPerson: (p: OrgPerson, key: string) => void }) {
  const rows = useMemo(() => {
    const out: Row[] = [];
    const walk = (id: string) => {
      const u = model.units.get(id)!;
      out.push({ key: `u:${id}`, depth: u.depth, kind: "unit", unitId: id });
      if (u.leader) out.push({ key: `p:${id}:${u.leader.id}:lead`, depth: u.depth + 1, kind: "person", person: u.leader, lead: true, unitId: id });
      if (!open.has(id)) return;
      for (const p of u.staff) out.push({ key: `p:${id}:${p.id}`, depth: u.depth + 1, kind: "person", person: p, lead: false, unitId: id });
      u.children.forEach(walk);
    };
    walk(model.root);
    return out;
  }, [model, open]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 52, overscan: 10 });
  useEffect(() => {
    const i = focus ? rows.findIndex((r) => r.key === focus) : -1;
    if (i >= 0) virtualizer.scrollToIndex(i, { align: "center" });
  }, [focus, rows]);
  return (
    <div ref={scroller} data-testid="org-tree" role="list" aria-label={t.organisation} style={{ height: "max(360px, calc(100vh - 230px))", overflow: "auto" }}>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((v) => {
          const r = rows[v.index];
          const style = { position: "absolute" as const, top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)`, height: 52, paddingLeft: Math.min(r.depth, 6) * 16, boxSizing: "border-box" as const, display: "flex", alignItems: "center" };
          if (r.kind === "unit") {
            const u = model.units.get(r.unitId)!;
            return (
              <div key={r.key} role="listitem" style={style} className={highlight.has(`unit:${u.id}`) ? "list-found" : undefined}>
                <Button appearance="subtle" aria-expanded={open.has(u.id)} onClick={() => onToggle(u.id)} data-key={r.key}>
                  <span aria-hidden="true">{open.has(u.id) ? "▾" : "▸"}</span>&nbsp;<strong>{u.name}</strong>&nbsp;({t.peopleCount(u.total)})
                </Button>
              </div>
            );
          }
          const p = r.person;
          return (
            <div key={r.key} role="listitem" style={style} data-person={p.id} className={highlight.has(p.id) ? "list-found" : undefined}>
              <Button appearance="transparent" onClick={() => onPerson(p, r.key)} data-key={r.key} style={{ justifyContent: "flex-start", minWidth: 0, maxWidth: "100%" }}>
                <span style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}><strong>{p.name}</strong> · {p.title}{highlight.has(p.id) ? ` (${t.found})` : ""}</span>
              </Button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
