// The one place templates meet adaptivecards-templating: a template is prepared once at module load and
// expanded with a view model as `$root`. Templates hold layout and `${…}` bindings only; every word and every
// formatted value arrives in the view model.
//
// A template may use a shared piece of layout with `{ "$fragment": "contact", "$data": "${owner}" }`: the
// placeholder is replaced by templates/fragments/<name>.json, its own keys ($data, $when, spacing, …) laid over
// the fragment's. That keeps the contact row (name, title, phone, call/chat/mail buttons) the same on every card.
import * as ACData from "adaptivecards-templating";
import type { AdaptiveCard } from "./cardData";
import contactFragment from "./templates/fragments/contact.json";

/** A card template parsed once, ready to expand many times. */
export interface CardTemplate {
  readonly name: string;
  readonly template: ACData.Template;
  /** The template with fragments inlined, for binding labels (below). */
  readonly json: unknown;
  /** Prepared per set of labels, on first use: each binding of a label is then a word, not an evaluation. */
  readonly withLabels: WeakMap<Labels, ACData.Template>;
}

/** The words a template binds as `t` (texts.ts's labels of one language): plain strings by name. */
export type Labels = object;

const FRAGMENTS: Readonly<Record<string, unknown>> = { contact: contactFragment };

/** Prepares a template JSON (as imported from templates/*.json) for expansion. */
export function loadTemplate(name: string, json: object): CardTemplate {
  const card = json as { type?: unknown };
  if (card.type !== "AdaptiveCard") throw new Error(`Card template "${name}" is not an AdaptiveCard (type is ${String(card.type)})`);
  const inlined = inlineFragments(name, json);
  return { name, template: new ACData.Template(inlined), json: inlined, withLabels: new WeakMap() };
}

/**
 * Expands a template with `data` as `$root`; throws naming the template when the result is not a card. With
 * `labels`, they are the root's `t`, and the template's plain label bindings are filled in beforehand.
 */
export function expand(template: CardTemplate, data: object, labels?: Labels): AdaptiveCard {
  const prepared = labels ? preparedWith(template, labels) : template.template;
  const result: unknown = prepared.expand({ $root: labels ? { ...data, t: labels } : data });
  if (typeof result !== "object" || result === null || (result as { type?: unknown }).type !== "AdaptiveCard") {
    throw new Error(`Card template "${template.name}" did not expand to an AdaptiveCard`);
  }
  // A card whose every action was conditional and left out keeps no empty "actions": [].
  const { actions, ...card } = result as AdaptiveCard;
  return (Array.isArray(actions) && actions.length > 0 ? { ...card, actions } : card) as AdaptiveCard;
}

function inlineFragments(templateName: string, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineFragments(templateName, item));
  if (typeof node !== "object" || node === null) return node;
  const { $fragment, ...rest } = node as Record<string, unknown>;
  const inlined = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlineFragments(templateName, value)]));
  if ($fragment === undefined) return inlined;
  const fragment = typeof $fragment === "string" ? FRAGMENTS[$fragment] : undefined;
  if (fragment === undefined) throw new Error(`Card template "${templateName}" uses unknown fragment ${JSON.stringify($fragment)}`);
  return { ...(fragment as object), ...inlined };
}

/**
 * The template with its label bindings replaced by the labels themselves: `${$root.t.name}` anywhere, and
 * `${t.name}` outside any `$data` (where `t` is the root's). A card binds a dozen labels and the templating
 * engine costs about a microsecond an evaluation, a large part of a first answer. A label that is not a plain
 * string, or that holds characters the expression parser reads (`${`, a backtick, a backslash), stays a binding.
 */
function preparedWith(template: CardTemplate, labels: Labels): ACData.Template {
  let prepared = template.withLabels.get(labels);
  if (!prepared) {
    prepared = new ACData.Template(bindLabels(template.json, labels as Readonly<Record<string, unknown>>, false));
    template.withLabels.set(labels, prepared);
  }
  return prepared;
}

const LABEL_BINDING = /\$\{(\$root\.)?t\.([A-Za-z0-9_]+)\}/g;

function bindLabels(node: unknown, labels: Readonly<Record<string, unknown>>, inData: boolean): unknown {
  if (typeof node === "string") {
    return node.replace(LABEL_BINDING, (binding, root: string | undefined, name: string) => {
      const label = Object.hasOwn(labels, name) ? labels[name] : undefined;
      if ((inData && !root) || typeof label !== "string" || /\$\{|`|\\/.test(label)) return binding;
      return label;
    });
  }
  if (Array.isArray(node)) return node.map((item) => bindLabels(item, labels, inData));
  if (typeof node !== "object" || node === null) return node;
  // A $data expression is read in the scope around it; the rest of its object (its $when too) within the data.
  const scoped = inData || "$data" in node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, bindLabels(value, labels, key === "$data" ? inData : scoped)]));
}
