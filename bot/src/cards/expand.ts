// Where a card template is loaded: compiled once at module load (compiledTemplate.ts, which expands it as
// adaptivecards-templating does) and expanded with a view model as `$root`. Templates hold layout and `${…}` bindings only; every word and every
// formatted value arrives in the view model.
//
// A template may use a shared piece of layout with `{ "$fragment": "contact", "$data": "${owner}" }`: the
// placeholder is replaced by templates/fragments/<name>.json, its own keys ($data, $when, spacing, …) laid over
// the fragment's. That keeps the contact row (name, title, phone, call/chat/mail buttons) the same on every card.
import type { AdaptiveCard } from "./cardData";
import { compileTemplate, type CompiledTemplate } from "./compiledTemplate";
import contactFragment from "./templates/fragments/contact.json";

/** A card template compiled once (compiledTemplate.ts), ready to expand many times. */
export interface CardTemplate {
  readonly name: string;
  readonly expand: CompiledTemplate;
  /** The template with fragments inlined: what adaptivecards-templating would expand. */
  readonly json: unknown;
}

/** The words a template binds as `t` (texts.ts's labels of one language): plain strings by name. */
export type Labels = object;

const FRAGMENTS: Readonly<Record<string, unknown>> = { contact: contactFragment };

/** Prepares a template JSON (as imported from templates/*.json) for expansion. */
export function loadTemplate(name: string, json: object): CardTemplate {
  const card = json as { type?: unknown };
  if (card.type !== "AdaptiveCard") throw new Error(`Card template "${name}" is not an AdaptiveCard (type is ${String(card.type)})`);
  const inlined = inlineFragments(name, json);
  return { name, expand: compileTemplate(inlined), json: inlined };
}

/** Expands a template with `data` as `$root` (and `labels` as its `t`); throws naming the template when the result is not a card. */
export function expand(template: CardTemplate, data: object, labels?: Labels): AdaptiveCard {
  const result: unknown = template.expand(labels ? { ...data, t: labels } : data);
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
