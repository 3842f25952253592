// Help, welcome, not understood and error cards: what the bot can do, example questions, what it recognised.
import type { ErrorCardData, HelpCardData, Lang, UnknownCardData, WelcomeCardData } from "../cardData";
import { texts } from "../texts";

/** Most examples a help card shows. */
export const MAX_EXAMPLES = 10;
/** Most "Mente du …?" buttons an unknown card shows. */
export const MAX_SUGGESTIONS = 5;

export function helpView(data: HelpCardData, lang: Lang, welcome?: WelcomeCardData) {
  const x = texts(lang);
  return {
    greeting: welcome ? x.welcomeHeading(welcome.firstName) : "",
    intro: welcome ? x.welcomeIntro(welcome.organisation) : "",
    headingSize: welcome ? "Medium" : "Large",
    capabilities: x.labels.capabilities.map((text) => ({ text })),
    examples: exampleQuestions(data, lang).map((question) => ({ question })),
  };
}

export function exampleQuestions(data: HelpCardData, lang: Lang): readonly string[] {
  return texts(lang).examples(data.examples ?? {}).slice(0, MAX_EXAMPLES);
}

export function unknownView(data: UnknownCardData, lang: Lang) {
  const x = texts(lang);
  return {
    understood: data.understood.map((part) => ({ kind: x.understoodKind(part.kind), text: part.text })),
    suggestions: data.suggestions.slice(0, MAX_SUGGESTIONS).map((question) => ({ question })),
  };
}

export function errorView(data: ErrorCardData, lang: Lang) {
  const x = texts(lang);
  return { heading: x.errorHeading(data.kind), body: x.errorBody(data.kind, data.email) };
}
