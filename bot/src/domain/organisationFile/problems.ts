// What reading an organisation file gives back: the organisation, or its problems, each named by its place in the
// file (`areas[3].fyrtaarne[0]`), listed in file order and capped at MAX_PROBLEMS.
import { redactCpr } from "../cpr";
import type { Organisation } from "../organisation";

/** One thing wrong with an organisation file: where (`areas[3].fyrtaarne[0]`) and what, in Danish. */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** The organisation, or every problem that stops it being read. */
export type ParseResult = { ok: true; organisation: Organisation } | { ok: false; problems: FileProblem[] };

/** At most this many problems are listed; a last line says how many more there were. */
export const MAX_PROBLEMS = 200;

/** One step of a place in the file: a field name or a list index. */
export type Segment = string | number;

/** A problem while its place is still a path of steps (it becomes a FileProblem when listed). */
export interface Problem {
  readonly path: readonly Segment[];
  readonly message: string;
}

/** One line per problem: `areas[3].fyrtaarne[0]: ukendt person "xx"`. */
export function formatProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("\n");
}

/** A result with one problem. */
export function failure(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/** The first MAX_PROBLEMS problems, and a line saying how many more there were. */
export function capped(problems: FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { path: "", message: `… og ${problems.length - MAX_PROBLEMS} fejl mere` }];
}

/** A place as staff read it in their editor: `areas[3].fyrtaarne[0]`, `rota.cycle[0].mon`. */
export function formatPath(path: readonly Segment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[\p{L}\p{N}_-]+$/u.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return redactCpr(out);
}

/** The value at a place in the file, or undefined when there is none. */
export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/** Problems sorted by where their place first appears in the file; a missing field sorts with its parent. */
export function inFileOrder(raw: unknown, problems: Problem[]): Problem[] {
  const order = new Map<string, number>();
  const key = (path: readonly Segment[]): string => path.join("\u0000");
  const walk = (value: unknown, path: Segment[]): void => {
    order.set(key(path), order.size);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [k, item] of Object.entries(value)) walk(item, [...path, k]);
  };
  walk(raw, []);
  const position = (path: readonly Segment[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const found = order.get(key(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return 0;
  };
  return problems
    .map((problem, i) => ({ problem, at: position(problem.path), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((p) => p.problem);
}
