// The cards module's public face: card data types, render functions and their plain-text summaries.
// No botbuilder here: the bot wraps a card as { contentType: "application/vnd.microsoft.card.adaptive", content: card }.
export type * from "./cardData";
export * from "./render";
export * from "./summaries";
export { TEXTS, texts, type CardLabels, type CardTexts } from "./texts";
export { withInputs, withNotice, type FieldError } from "./inputs";
