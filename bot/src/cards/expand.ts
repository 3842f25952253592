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
}

const FRAGMENTS: Readonly<Record<string, unknown>> = { contact: contactFragment };

/** Prepares a template JSON (as imported from templates/*.json) for expansion. */
export function loadTemplate(name: string, json: object): CardTemplate {
  const card = json as { type?: unknown };
  if (card.type !== "AdaptiveCard") throw new Error(`Card template "${name}" is not an AdaptiveCard (type is ${String(card.type)})`);
  return { name, template: new ACData.Template(inlineFragments(name, json)) };
}

/** Expands a template with `data` as `$root`; throws naming the template when the result is not a card. */
export function expand(template: CardTemplate, data: object): AdaptiveCard {
  const result: unknown = template.template.expand({ $root: data });
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
