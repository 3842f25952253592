// The chart on screen: boxes as HTML (Fluent text and badges, readable in every theme), lines as SVG beneath,
// zoom and pan by d3-zoom (wheel, drag, pinch, buttons). It is a WAI-ARIA tree: one box in the tab order, arrows
// move (Right opens, Left closes or goes up), Enter opens a unit or a person's panel.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from "react";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import { Avatar, Badge, tokens } from "@fluentui/react-components";
import type { OrgPerson, OrgToday } from "../api";
import type { Texts } from "../texts";
import type { Box, Layout } from "./model";

/** What the view can ask of the chart. */
export interface ChartHandle {
  /** Pans (and zooms in if far out) so the box is in the middle, and moves the keyboard focus there. */
  centre(key: string, focus?: boolean): void;
  fit(): void;
  zoomBy(factor: number): void;
}

export interface OrgChartProps {
  readonly layout: Layout;
  readonly t: Texts;
  readonly areaName: ReadonlyMap<string, string>;
  readonly today?: OrgToday;
  /** Person and unit ids a search found. */
  readonly highlight: ReadonlySet<string>;
  readonly onToggle: (unitId: string) => void;
  readonly onPerson: (person: OrgPerson, key: string) => void;
}

/** The key of a box: stable across layouts, unique (a leader may head a box in another unit too). */
export const boxKey = (b: Box) => (b.kind === "unit" ? `u:${b.unit.id}` : `p:${b.unit.id}:${b.person.id}${b.lead ? ":lead" : ""}`);

const MAX_BADGES = 2;

export const OrgChart = forwardRef<ChartHandle, OrgChartProps>(function OrgChart({ layout, t, areaName, today, highlight, onToggle, onPerson }, ref) {
  const viewport = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const zoomer = useRef<ZoomBehavior<HTMLDivElement, unknown>>(undefined);
  const [focusKey, setFocusKey] = useState<string>(() => (layout.boxes[0] ? boxKey(layout.boxes[0]) : ""));
  const focusNext = useRef(false);
  const byKey = new Map(layout.boxes.map((b) => [boxKey(b), b]));

  useEffect(() => {
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.05, 2])
      // Wheel and pinch zoom, drag pans; a click on a box stays a click.
      .filter((event: Event) => !(event as MouseEvent).button && event.type !== "dblclick")
      .on("zoom", (event: { transform: { x: number; y: number; k: number } }) => {
        const { x, y, k } = event.transform;
        if (canvas.current) canvas.current.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
      });
    zoomer.current = z;
    const sel = select(viewport.current!);
    sel.call(z);
    return () => void sel.on(".zoom", null);
  }, []);

  const view = () => {
    const el = viewport.current!;
    return { w: el.clientWidth, h: el.clientHeight };
  };
  const transform = () => {
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(canvas.current?.style.transform ?? "");
    return m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : { x: 0, y: 0, k: 1 };
  };
  const moveTo = (x: number, y: number, k: number) => select(viewport.current!).call(zoomer.current!.transform, zoomIdentity.translate(x, y).scale(k));
  const fit = () => {
    const { w, h } = view();
    const k = Math.min(1, (w - 24) / Math.max(1, layout.width), (h - 24) / Math.max(1, layout.height));
    moveTo((w - layout.width * k) / 2, 12, Math.max(k, 0.05));
  };
  const centre = (key: string, focus = false) => {
    const box = byKey.get(key);
    if (!box) return;
    const { w, h } = view();
    const k = Math.max(transform().k, 0.8);
    moveTo(w / 2 - (box.x + box.w / 2) * k, h / 2 - (box.y + box.h / 2) * k, k);
    setFocusKey(key);
    if (focus) focusNext.current = true;
  };
  useImperativeHandle(ref, () => ({ centre, fit, zoomBy: (f) => zoomer.current && select(viewport.current!).call(zoomer.current.scaleBy, f) }));

  // First view: the top of the chart, readable, centred across.
  const placed = useRef(false);
  useEffect(() => {
    if (placed.current || !viewport.current || layout.boxes.length === 0) return;
    placed.current = true;
    const { w } = view();
    const k = Math.min(1, Math.max(0.6, (w - 24) / layout.width));
    moveTo(Math.max(12, (w - layout.width * k) / 2), 12, k);
  }, [layout]);

  // Keep a focus target that exists after the layout changes (a unit closed under it).
  useEffect(() => {
    if (!byKey.has(focusKey) && layout.boxes[0]) setFocusKey(boxKey(layout.boxes[0]));
  }, [layout]);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  });

  const move = (key: string) => {
    const box = byKey.get(key);
    if (!box) return;
    setFocusKey(key);
    focusNext.current = true;
    // Bring it into view when the keyboard takes focus off screen.
    const { x, y, k } = transform();
    const { w, h } = view();
    const left = box.x * k + x;
    const top = box.y * k + y;
    if (left < 0 || top < 0 || left + box.w * k > w || top + box.h * k > h) centre(key, true);
  };
  const parentKey = (b: Box): string | undefined => {
    if (b.kind === "person") return `u:${b.unit.id}`;
    return b.unit.parent ? `u:${b.unit.parent}` : undefined;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = layout.boxes.findIndex((b) => boxKey(b) === focusKey);
    const box = layout.boxes[index];
    if (!box) return;
    const at = (i: number) => layout.boxes[Math.max(0, Math.min(layout.boxes.length - 1, i))];
    let handled = true;
    switch (e.key) {
      case "ArrowDown":
        move(boxKey(at(index + 1)));
        break;
      case "ArrowUp":
        move(boxKey(at(index - 1)));
        break;
      case "ArrowRight":
        if (box.kind === "unit" && !box.open && box.unit.total > 0) onToggle(box.unit.id);
        else move(boxKey(at(index + 1)));
        break;
      case "ArrowLeft":
        if (box.kind === "unit" && box.open) onToggle(box.unit.id);
        else {
          const up = parentKey(box);
          if (up) move(up);
        }
        break;
      case "Home":
        move(boxKey(at(0)));
        break;
      case "End":
        move(boxKey(at(layout.boxes.length - 1)));
        break;
      case "Enter":
      case " ":
        if (box.kind === "unit") onToggle(box.unit.id);
        else onPerson(box.person, focusKey);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <div ref={viewport} className="chart-viewport" data-testid="org-chart" style={{ position: "relative", overflow: "hidden", touchAction: "none", height: "max(360px, calc(100vh - 230px))", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4, background: tokens.colorNeutralBackground2, cursor: "grab" }}>
      <div ref={canvas} style={{ position: "absolute", left: 0, top: 0, transformOrigin: "0 0", width: layout.width, height: layout.height }}>
        <svg width={layout.width} height={layout.height} aria-hidden="true" focusable="false" style={{ position: "absolute", left: 0, top: 0, overflow: "visible", pointerEvents: "none" }}>
          {layout.links.map((l) => {
            const mid = l.from.y + (l.to.y - l.from.y) / 2;
            return <path key={l.key} d={`M${l.from.x},${l.from.y}V${mid}H${l.to.x}V${l.to.y}`} fill="none" stroke={tokens.colorNeutralStroke1} strokeWidth={1.5} />;
          })}
        </svg>
        <div role="tree" aria-label={t.chartLabel} aria-describedby="chart-help" onKeyDown={onKeyDown}>
          {layout.boxes.map((b) => {
            const key = boxKey(b);
            const common = {
              "data-key": key,
              role: "treeitem",
              tabIndex: key === focusKey ? 0 : -1,
              onFocus: () => setFocusKey(key),
            } as const;
            if (b.kind === "unit") {
              const found = highlight.has(`unit:${b.unit.id}`);
              return (
                <div key={key} {...common} aria-level={b.unit.depth + 1} aria-expanded={b.unit.total > 0 ? b.open : undefined} data-unit={b.unit.id}
                  className={`chart-box chart-unit${found ? " chart-found" : ""}`}
                  onClick={() => { setFocusKey(key); onToggle(b.unit.id); }}
                  style={{ position: "absolute", left: b.x, top: b.y, width: b.w, height: b.h, boxSizing: "border-box", padding: "6px 10px", display: "flex", alignItems: "center", gap: 8, background: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, borderRadius: "6px 6px 0 0", cursor: "pointer" }}>
                  <span aria-hidden="true" style={{ width: 14 }}>{b.unit.total > 0 ? (b.open ? "▾" : "▸") : ""}</span>
                  <span style={{ flex: 1, minWidth: 0 }}>
                    <span style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: 600 }} title={b.unit.name}>{b.unit.name}</span>
                    <span style={{ display: "block", fontSize: 12 }}>{t.peopleCount(b.unit.total)}</span>
                  </span>
                </div>
              );
            }
            const p = b.person;
            const found = highlight.has(p.id);
            const absent = today?.absent[p.id];
            const badges: { key: string; text: string; color: "brand" | "informative" | "important" | "danger" | "success"; outline?: boolean }[] = [];
            if (absent) badges.push({ key: "absent", text: absent.slots ? `${t.absentToday} (${absent.slots.join(", ")})` : t.absentToday, color: "danger" });
            for (const a of p.fyrtaarn) badges.push({ key: `f${a}`, text: `${t.fyrtaarn}: ${areaName.get(a) ?? a}`, color: "brand" });
            for (const tr of p.tillidshverv) badges.push({ key: tr, text: tr === "tr" ? t.tr : t.amr, color: "success" });
            for (const a of p.backup) badges.push({ key: `b${a}`, text: `${t.backup}: ${areaName.get(a) ?? a}`, color: "informative", outline: true });
            return (
              <div key={key} {...common} aria-level={b.unit.depth + 2} data-person={p.id}
                className={`chart-box chart-person${b.lead ? " chart-lead" : ""}${found ? " chart-found" : ""}`}
                onClick={() => { setFocusKey(key); onPerson(p, key); }}
                style={{ position: "absolute", left: b.x, top: b.y, width: b.w, height: b.h, boxSizing: "border-box", padding: "8px 10px", display: "flex", gap: 10, background: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: b.lead ? "0 0 6px 6px" : 6, cursor: "pointer", overflow: "hidden" }}>
                <Avatar name={p.name} color="colorful" size={36} aria-hidden="true" />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <div style={{ fontWeight: 600, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{p.name}</div>
                  <div style={{ fontSize: 12, color: tokens.colorNeutralForeground2, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{p.title}</div>
                  <div style={{ display: "flex", gap: 3, marginTop: 3, overflow: "hidden" }}>
                    {badges.slice(0, MAX_BADGES).map((x) => (
                      <Badge key={x.key} size="small" color={x.color} appearance={x.outline ? "outline" : "filled"} style={{ maxWidth: 118, flexShrink: 1, minWidth: 0 }}>
                        <span style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{x.text}</span>
                      </Badge>
                    ))}
                    {badges.length > MAX_BADGES && <Badge size="small" color="informative" appearance="tint" aria-hidden="true">+{badges.length - MAX_BADGES}</Badge>}
                    {badges.length > MAX_BADGES && <span className="visually-hidden">{badges.slice(MAX_BADGES).map((x) => x.text).join(", ")}</span>}
                  </div>
                </div>
                {found && <span className="chart-found-mark">{t.found}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
