// A card template compiled once into functions that expand it as adaptivecards-templating's Template.expand does.
// The engine evaluates every binding through a fresh memory object, a path string it builds and splits again and
// a case-insensitive scan of the object's keys: about a microsecond a binding, and an area card has a hundred,
// which was most of a first answer about an area. Here the engine's own parser reads each `${…}` (so the
// expression language is the engine's), and what our templates use — property paths (`name`, `$root.t.call`),
// `!`, `&&`, `||`, `empty()` and text around bindings — is evaluated directly, with the engine's rules: a missing
// value becomes the text `${path}` outside a condition, `$when` keeps an element only for the boolean true, a
// `$data` list repeats the element (one item gives the element itself, none drops it), and a value's keys are
// matched case-insensitively. Anything else (functions, indexing) is handed to adaptive-expressions with the same
// memory and options the engine gives it. tests/cards/compiledTemplate.test.ts holds the two side by side.
import * as AEL from "adaptive-expressions";
import * as ACData from "adaptivecards-templating";

/** The data a binding reads: `$root`, the current `$data` and `$index`. */
interface Scope {
  readonly root: unknown;
  /** As the engine's context: `$data` is the root until an element's `$data` sets it. */
  data: unknown;
  index: unknown;
}

/** A value, or the error an evaluation gave (the engine throws it, or treats it as false inside a condition). */
type Result = { readonly value: unknown; readonly error?: undefined } | { readonly value?: undefined; readonly error: string };
type Evaluate = (scope: Scope, substitute: boolean) => Result;
type Expand = (scope: Scope) => unknown;

/** A compiled template: expands with `root` as `$root` (and first `$data`). */
export type CompiledTemplate = (root: unknown) => unknown;

/** The keys the engine reads and leaves out of the card. */
const RESERVED = new Set(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"]);

export function compileTemplate(json: unknown): CompiledTemplate {
  const expandRoot = compileNode(json);
  return (root) => expandRoot({ root, data: undefined, index: undefined });
}

function compileNode(node: unknown): Expand {
  if (typeof node === "string") {
    const parsed: unknown = ACData.Template.parseInterpolatedString(node);
    if (typeof parsed === "string") return () => parsed;
    const evaluate = compileExpression(parsed as AEL.Expression, true);
    return (scope) => {
      const result = evaluate(scope, true);
      if (result.error !== undefined) throw new Error(result.error);
      return result.value;
    };
  }
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === "object" && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileArray(items: readonly unknown[]): Expand {
  const compiled = items.map(compileNode);
  return (scope) => {
    const out: unknown[] = [];
    for (const expandItem of compiled) {
      const item = within(scope, expandItem);
      if (item === null) continue;
      if (Array.isArray(item)) out.push(...item);
      else out.push(item);
    }
    return out;
  };
}

/** Expands a child as the engine does: what it sets of `$data` and `$index` is undone afterwards. */
function within(scope: Scope, expandChild: Expand): unknown {
  const { data, index } = scope;
  const value = expandChild(scope);
  scope.data = data;
  scope.index = index;
  return value;
}

function compileObject(node: Record<string, unknown>): Expand {
  const keys = Object.keys(node).filter((key) => !RESERVED.has(key));
  const values = keys.map((key) => compileNode(node[key]));
  const dataSource = compileBinding(node.$data, true);
  const whenSource = node.$when;
  const when = compileBinding(whenSource, false);
  const expandOne = (scope: Scope): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const value = within(scope, values[k]);
      if (value !== undefined) out[keys[k]] = value;
    }
    return out;
  };
  const kept = (scope: Scope): boolean => {
    if (when) {
      const result = when(scope, false);
      return result.error === undefined && result.value === true;
    }
    // A $when that is not a binding drops the element, as the engine does.
    return !whenSource;
  };
  if (!("$data" in node)) return (scope) => (kept(scope) ? expandOne(scope) : null);
  return (scope) => {
    let contexts: unknown[];
    let list = false;
    if (dataSource) {
      const result = dataSource(scope, true);
      if (result.error !== undefined) throw new Error(result.error);
      list = Array.isArray(result.value);
      contexts = list ? (result.value as unknown[]) : [result.value];
    } else {
      list = Array.isArray(node.$data);
      contexts = list ? (node.$data as unknown[]) : [node.$data];
    }
    const out: unknown[] = [];
    for (let i = 0; i < contexts.length; i++) {
      if (list) scope.index = i;
      if (contexts[i] !== undefined) scope.data = contexts[i];
      if (kept(scope)) out.push(expandOne(scope));
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** A `$data` or `$when` value: evaluated when it is a binding, else undefined (the caller reads it as it is). */
function compileBinding(value: unknown, substitute: boolean): Evaluate | undefined {
  if (typeof value !== "string") return undefined;
  const parsed: unknown = ACData.Template.parseInterpolatedString(value);
  return typeof parsed === "string" ? undefined : compileExpression(parsed as AEL.Expression, substitute);
}

// --- expressions ----------------------------------------------------------------------------------------------

/** `topLevel`: the whole binding of a value, where the engine joins text and bindings itself. */
function compileExpression(expression: AEL.Expression, topLevel: boolean): Evaluate {
  const { ExpressionType: T } = AEL;
  const children = expression.children.map((child) => compileExpression(child, false));
  switch (expression.type) {
    case T.Constant: {
      const value: unknown = (expression as AEL.Constant).value;
      return () => ({ value });
    }
    case T.Accessor: {
      const path = accessorPath(expression);
      if (!path) break;
      const text = path.join(".");
      return (scope, substitute) => {
        const value = valueAt(scope, path);
        return { value: value === undefined && substitute ? "${" + text + "}" : value };
      };
    }
    case T.Not:
      return (scope) => {
        const result = children[0](scope, false);
        return { value: result.error !== undefined ? true : !isLogicTrue(result.value) };
      };
    case T.And:
      return (scope) => {
        for (const child of children) {
          const result = child(scope, false);
          if (result.error !== undefined || !isLogicTrue(result.value)) return { value: false };
        }
        return { value: true };
      };
    case T.Or:
      return (scope) => {
        for (const child of children) {
          const result = child(scope, false);
          if (result.error === undefined && isLogicTrue(result.value)) return { value: true };
        }
        return { value: false };
      };
    case T.Empty:
      if (children.length !== 1) break;
      return (scope) => {
        const result = children[0](scope, false);
        if (result.error !== undefined || !isContainerOrNull(result.value)) return { value: false };
        return { value: isEmpty(result.value) };
      };
    case T.Concat:
      // The engine joins a value's text and bindings itself: a binding that fails is kept as its text.
      if (!topLevel) break;
      return (scope, substitute) => {
        if (!substitute) return evaluateByEngine(expression, scope, false);
        let text = "";
        for (let c = 0; c < children.length; c++) {
          const result = children[c](scope, true);
          text += result.error !== undefined ? "${" + expression.children[c].toString() + "}" : (result.value as { toString(): string }).toString();
        }
        return { value: text };
      };
  }
  return (scope, substitute) => evaluateByEngine(expression, scope, substitute);
}

/** The property names of a path of plain accessors ("$root.t.call" -> ["$root", "t", "call"]); undefined for anything else. */
function accessorPath(expression: AEL.Expression): string[] | undefined {
  const names: string[] = [];
  let at: AEL.Expression | undefined = expression;
  while (at) {
    if (at.type !== AEL.ExpressionType.Accessor) return undefined;
    const name: unknown = (at.children[0] as AEL.Constant).value;
    if (typeof name !== "string" || /[.[\]'"]/.test(name) || name === "") return undefined;
    names.unshift(name);
    at = at.children[1];
  }
  return names;
}

/** A path's value as the engine's memory gives it: a path not starting with "$" is read in `$data`. */
function valueAt(scope: Scope, path: readonly string[]): unknown {
  const first = path[0];
  let value: unknown;
  let from = 1;
  if (first.startsWith("$")) {
    switch (first.toLowerCase()) {
      case "$root": value = scope.root; break;
      case "$data": value = dataOf(scope); break;
      case "$index": value = scope.index; break;
      case "$_actemplateversion": value = TEMPLATE_VERSION; break;
      default: return undefined;
    }
  } else {
    value = dataOf(scope);
    from = 0;
  }
  for (let i = from; i < path.length; i++) value = property(value, path[i]);
  return value;
}

function dataOf(scope: Scope): unknown {
  return scope.data !== undefined ? scope.data : scope.root;
}

const hasEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * adaptive-expressions' property access: an own enumerable key, compared without case (the name as written is
 * tried first; an object with two keys that differ only in case is not a view model we make); a list by index.
 */
function property(instance: unknown, name: string): unknown {
  if (!instance) return undefined;
  if (Array.isArray(instance)) {
    const index = parseInt(name, 10);
    if (!Number.isNaN(index)) return index >= 0 && index < instance.length ? instance[index] : undefined;
  }
  if (instance instanceof Map) {
    const value: unknown = instance.get(name);
    if (value !== undefined) return value;
    const key = [...instance.keys()].find((k) => typeof k === "string" && k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : instance.get(key);
  }
  const object = instance as Record<string, unknown>;
  if (hasEnumerable.call(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

function isLogicTrue(value: unknown): boolean {
  return typeof value === "boolean" ? value : value != null;
}

function isContainerOrNull(value: unknown): boolean {
  return value == null || typeof value === "string" || typeof value === "object";
}

function isEmpty(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === "string") return value === "";
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map) return value.size === 0;
  return Object.keys(value as object).length === 0;
}

// --- everything else: adaptive-expressions itself ---------------------------------------------------------------

/** The engine's memory for one evaluation: `$data` and `$index` as they stand, a path without "$" read in `$data`. */
class EngineMemory implements AEL.MemoryInterface {
  readonly $root: unknown;
  readonly $data: unknown;
  readonly $index: unknown;
  readonly $host = undefined;
  readonly $_acTemplateVersion = TEMPLATE_VERSION;
  private readonly memory: AEL.SimpleObjectMemory;

  constructor(scope: Scope) {
    this.$root = scope.root;
    this.$data = dataOf(scope);
    this.$index = scope.index;
    this.memory = new AEL.SimpleObjectMemory(this);
  }

  getValue(path: string): unknown {
    return this.memory.getValue(path.length > 0 && path[0] !== "$" ? `$data.${path}` : path);
  }

  setValue(path: string, input: unknown): void {
    this.memory.setValue(path, input);
  }

  version(): string {
    return this.memory.version();
  }
}

function evaluateByEngine(expression: AEL.Expression, scope: Scope, substitute: boolean): Result {
  const options = new AEL.Options();
  if (substitute) options.nullSubstitution = (path: string) => "${" + path + "}";
  const { value, error } = expression.tryEvaluate(new EngineMemory(scope), options);
  return error !== undefined ? { error: String(error) } : { value };
}

/** `$_acTemplateVersion` as the engine gives it (its own package's version). */
const TEMPLATE_VERSION: unknown = ACData.Template.tryEvaluateExpression(
  ACData.Template.parseInterpolatedString("${$_acTemplateVersion}") as AEL.Expression,
  { $root: {} },
  false,
).value;
