// A rendered form card with what the user typed put back into its inputs, and an error shown under a field.
// Used when a card action is refused (a CPR number in a field): the user keeps their work and sees which
// field to change, instead of a warning in place of the form.
import type { AdaptiveCard, Lang } from "./cardData";
import { texts } from "./texts";

/** Why a field is refused; the text is the card's own wording in the card's language. */
export type FieldError = "cprInField";

/** A copy of the card with `values` set on the inputs of those ids and a red line under each field in `errors`. */
export function withInputs(card: AdaptiveCard, values: Readonly<Record<string, string>>, errors: Readonly<Record<string, FieldError>>, lang: Lang): AdaptiveCard {
  const labels = texts(lang).labels;
  const visit = (elements: readonly Record<string, unknown>[]): Record<string, unknown>[] =>
    elements.flatMap((element) => {
      const id = typeof element.id === "string" ? element.id : undefined;
      const isInput = typeof element.type === "string" && element.type.startsWith("Input.");
      let copy: Record<string, unknown> = { ...element };
      if (Array.isArray(element.items)) copy.items = visit(element.items as Record<string, unknown>[]);
      if (!isInput || id === undefined) return [copy];
      const value = values[id];
      if (value !== undefined && value !== "") {
        if (element.type !== "Input.Number") copy = { ...copy, value };
        else if (Number.isFinite(Number(value))) copy = { ...copy, value: Number(value) };
      }
      const error = errors[id];
      if (!error) return [copy];
      return [copy, { type: "TextBlock", text: labels[error], color: "Attention", wrap: true, spacing: "None", size: "Small" }];
    });
  return { ...card, body: visit(card.body) };
}

/** A copy of the card with a warning line at the top (e.g. "the check log could not be read"). */
export function withNotice(card: AdaptiveCard, notice: string): AdaptiveCard {
  return { ...card, body: [{ type: "TextBlock", text: notice, color: "Warning", weight: "Bolder", wrap: true }, ...card.body] };
}
