// The organisation as a chart: units with their leader at the head, their staff as a column below, sub-units
// side by side (or in a grid when a level is wide). Layout by d3-hierarchy's tidy tree on the expanded part only,
// so 40 people and 25,000 people cost the same until someone expands a lot.
import { hierarchy, tree, type HierarchyPointNode } from "d3-hierarchy";
import type { OrgData, OrgPerson } from "../api";

/** Box sizes in CSS pixels. */
export const SIZE = { width: 248, person: 76, unitHead: 52, gap: 12, levelGap: 44 } as const;
/** A unit's sub-units go into a grid of this many columns when there are at least GRID_FROM of them, none open. */
const GRID_COLUMNS = 3;
const GRID_FROM = 5;

/** A unit of the chart, with its leader and staff resolved. */
export interface ChartUnit {
  readonly id: string;
  readonly name: string;
  readonly parent?: string;
  readonly leader?: OrgPerson;
  /** The unit's people without the leader, leaders and koordinatorer first, then by name. */
  readonly staff: readonly OrgPerson[];
  readonly children: readonly string[];
  /** People in the unit and every unit below it. */
  readonly total: number;
  readonly depth: number;
}

/** The organisation prepared once for the chart: units by id, the root, where each person sits. */
export interface ChartModel {
  readonly units: ReadonlyMap<string, ChartUnit>;
  readonly root: string;
  /** Person id -> unit id of the box that shows them. */
  readonly unitOf: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, OrgPerson>;
}

const ROLE_ORDER: Record<string, number> = { sektionsleder: 0, koordinator: 1, medarbejder: 2 };
/** The id of the made-up top box when the file has several top units. */
export const ROOT_ID = "\u0000root";

/** Who heads a unit's box: its `leader` from the file, else its sektionsleder, else its first koordinator. */
export function leaderOf(unit: OrgData["units"][number], members: readonly OrgPerson[], people: ReadonlyMap<string, OrgPerson>): OrgPerson | undefined {
  if (unit.leader && people.has(unit.leader)) return people.get(unit.leader);
  return members.find((p) => p.role === "sektionsleder") ?? members.find((p) => p.role === "koordinator");
}

export function buildModel(org: OrgData): ChartModel {
  const people = new Map(org.people.map((p) => [p.id, p]));
  const members = new Map<string, OrgPerson[]>();
  for (const p of org.people) {
    const list = members.get(p.unit);
    if (list) list.push(p);
    else members.set(p.unit, [p]);
  }
  const childIds = new Map<string, string[]>();
  const tops: string[] = [];
  for (const u of org.units) {
    if (u.parent) {
      const list = childIds.get(u.parent);
      if (list) list.push(u.id);
      else childIds.set(u.parent, [u.id]);
    } else tops.push(u.id);
  }
  // One top unit is the top of the chart (shown once); several get a box with the organisation's name above them.
  const root = tops.length === 1 ? tops[0] : ROOT_ID;
  const raw = [...org.units];
  if (root === ROOT_ID) {
    raw.push({ id: ROOT_ID, name: org.organisation.name });
    childIds.set(ROOT_ID, tops);
  }
  const units = new Map<string, ChartUnit>();
  const unitOf = new Map<string, string>();
  const byId = new Map(raw.map((x) => [x.id, x]));
  const build = (u: (typeof raw)[number], depth: number): number => {
    const own = members.get(u.id) ?? [];
    const leader = leaderOf(u, own, people);
    // A leader named from another unit heads this box too; they stay in their own unit's column.
    const staff = own.filter((p) => p !== leader).sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.name.localeCompare(b.name, "da"));
    for (const p of own) unitOf.set(p.id, u.id);
    if (leader && !unitOf.has(leader.id)) unitOf.set(leader.id, u.id);
    const children = childIds.get(u.id) ?? [];
    let total = own.length;
    for (const c of children) total += build(byId.get(c)!, depth + 1);
    units.set(u.id, { id: u.id, name: u.name, parent: u.id === ROOT_ID ? undefined : u.parent ?? (root === ROOT_ID ? ROOT_ID : undefined), leader, staff, children, total, depth });
    return total;
  };
  build(byId.get(root)!, 0);
  return { units, root, unitOf, people };
}

/** The units from the top down to this one (both included). */
export function unitPath(model: ChartModel, unitId: string): string[] {
  const path: string[] = [];
  for (let id: string | undefined = unitId; id !== undefined; id = model.units.get(id)?.parent) path.unshift(id);
  return path;
}

/** A box drawn in the chart. */
export type Box =
  | { readonly kind: "unit"; readonly unit: ChartUnit; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly open: boolean }
  | { readonly kind: "person"; readonly person: OrgPerson; readonly unit: ChartUnit; readonly lead: boolean; readonly x: number; readonly y: number; readonly w: number; readonly h: number };

/** A line from a parent box to a child box (elbow: down, across, down). */
export interface Link {
  readonly key: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
}

/** The laid-out chart: boxes in reading order (depth first: unit, its leader, its staff, its sub-units). */
export interface Layout {
  readonly boxes: readonly Box[];
  readonly links: readonly Link[];
  readonly width: number;
  readonly height: number;
}

/** A node of the layout tree: a unit's frame, the column of its staff, or a grid of closed sub-units. */
interface Slot {
  readonly kind: "unit" | "staff" | "grid";
  readonly unit: ChartUnit;
  readonly w: number;
  readonly h: number;
  readonly children: Slot[];
  /** For a grid: the units in it. */
  readonly cells?: readonly ChartUnit[];
}

const unitHeight = (u: ChartUnit) => SIZE.unitHead + (u.leader ? SIZE.person : 0);

/** Lays out the open part of the chart. */
export function layout(model: ChartModel, open: ReadonlySet<string>): Layout {
  const slotOf = (u: ChartUnit): Slot => {
    const children: Slot[] = [];
    if (open.has(u.id)) {
      if (u.staff.length > 0) children.push({ kind: "staff", unit: u, w: SIZE.width, h: u.staff.length * (SIZE.person + SIZE.gap) - SIZE.gap, children: [] });
      const subs = u.children.map((id) => model.units.get(id)!);
      if (subs.length >= GRID_FROM && subs.every((s) => !open.has(s.id))) {
        // A wide level of closed units: a grid, so the chart stays readable instead of a row of 8 or 40 boxes.
        const rows = Math.ceil(subs.length / GRID_COLUMNS);
        const cellH = Math.max(...subs.map(unitHeight));
        children.push({ kind: "grid", unit: u, w: GRID_COLUMNS * (SIZE.width + SIZE.gap) - SIZE.gap, h: rows * (cellH + SIZE.gap) - SIZE.gap, children: [], cells: subs });
      } else for (const s of subs) children.push(slotOf(s));
    }
    return { kind: "unit", unit: u, w: SIZE.width, h: unitHeight(u), children };
  };
  const rootSlot = hierarchy<Slot>(slotOf(model.units.get(model.root)!), (s) => s.children);
  // Heights per depth: a level is as tall as its tallest box, so no box reaches into the level below.
  const levelHeight: number[] = [];
  rootSlot.each((n) => (levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, n.data.h)));
  const levelTop: number[] = [0];
  for (let d = 1; d < levelHeight.length; d++) levelTop[d] = levelTop[d - 1] + levelHeight[d - 1] + SIZE.levelGap;
  // nodeSize [1, 1]: separation() then speaks in pixels, centre to centre.
  const laid = tree<Slot>().nodeSize([1, 1]).separation((a, b) => (a.data.w + b.data.w) / 2 + (a.parent === b.parent ? SIZE.gap * 2 : SIZE.gap * 4))(rootSlot);
  let minX = Infinity;
  let maxX = -Infinity;
  laid.each((n) => {
    minX = Math.min(minX, n.x - n.data.w / 2);
    maxX = Math.max(maxX, n.x + n.data.w / 2);
  });
  const boxes: Box[] = [];
  const links: Link[] = [];
  const left = (n: HierarchyPointNode<Slot>) => n.x - n.data.w / 2 - minX;
  const visit = (n: HierarchyPointNode<Slot>) => {
    const x = left(n);
    const y = levelTop[n.depth];
    const s = n.data;
    if (n.parent) links.push({ key: `${n.parent.data.unit.id}>${s.kind}:${s.unit.id}`, from: { x: left(n.parent) + n.parent.data.w / 2, y: levelTop[n.parent.depth] + n.parent.data.h }, to: { x: x + s.w / 2, y } });
    if (s.kind === "unit") {
      boxes.push({ kind: "unit", unit: s.unit, x, y, w: s.w, h: SIZE.unitHead, open: open.has(s.unit.id) });
      if (s.unit.leader) boxes.push({ kind: "person", person: s.unit.leader, unit: s.unit, lead: true, x, y: y + SIZE.unitHead, w: s.w, h: SIZE.person });
    } else if (s.kind === "staff") {
      s.unit.staff.forEach((p, i) => boxes.push({ kind: "person", person: p, unit: s.unit, lead: false, x, y: y + i * (SIZE.person + SIZE.gap), w: s.w, h: SIZE.person }));
    } else {
      const cellH = Math.max(...s.cells!.map(unitHeight));
      s.cells!.forEach((u, i) => {
        const cx = x + (i % GRID_COLUMNS) * (SIZE.width + SIZE.gap);
        const cy = y + Math.floor(i / GRID_COLUMNS) * (cellH + SIZE.gap);
        boxes.push({ kind: "unit", unit: u, x: cx, y: cy, w: SIZE.width, h: SIZE.unitHead, open: false });
        if (u.leader) boxes.push({ kind: "person", person: u.leader, unit: u, lead: true, x: cx, y: cy + SIZE.unitHead, w: SIZE.width, h: SIZE.person });
      });
    }
    n.children?.forEach(visit);
  };
  visit(laid);
  const height = levelTop[levelTop.length - 1] + levelHeight[levelHeight.length - 1];
  return { boxes, links, width: maxX - minX, height };
}

/** Initials for an avatar: "Helle Bach Larsen" -> "HL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "?";
  return (parts[0][0] + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase();
}
