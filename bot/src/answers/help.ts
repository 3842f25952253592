// Help, greetings, the welcome card, and "not understood" with questions the user can send with one click. Every
// suggestion is a whole question the bot understands (tests ask each one back).
import type { Directory } from "../domain/directory";
import * as cards from "../cards";
import type { ExampleNames, Lang } from "../cards";
import { NEEDS_NOTHING, reply, textReply, type Answerer, type Reply } from "./reply";
import { understand } from "../domain/understand";
import { fold } from "../domain/text";

export const help: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory) => {
    const data: cards.HelpCardData = { examples: exampleNames(directory) };
    return reply(frame, cards.renderHelpCard(data, frame.lang), cards.helpSummary(data, frame.lang));
  },
};

/** "hej": the welcome card, as when the app was installed (without a name: that would need a Teams look-up). */
export const greeting: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory) => ({ ...welcomeReply(directory, frame.lang), intent: frame.intent }),
};

/** The welcome card sent when the app is installed or the bot joins a conversation, and in answer to "hej". */
export function welcomeReply(directory: Directory | undefined, lang: Lang, firstName?: string): Reply {
  const data: cards.WelcomeCardData = { firstName, organisation: directory?.organisation.organisation.name, examples: directory ? exampleNames(directory) : undefined };
  return { intent: "welcome", card: cards.renderWelcomeCard(data, lang), text: cards.welcomeSummary(data, lang) };
}

/** "tak", "ok": a line back, no card; the conversation's previous question stays the one follow-ups lean on. */
function smallTalk(kind: "thanks" | "acknowledged"): Answerer {
  return { needs: NEEDS_NOTHING, dayStable: true, answer: (frame) => textReply(frame, cards.texts(frame.lang).smallTalk[kind]) };
}

export const thanks = smallTalk("thanks");
export const acknowledged = smallTalk("acknowledged");

export const unknown: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame) => {
    const data: cards.UnknownCardData = {
      understood: (frame.understood ?? []).map((text) => ({ kind: "other" as const, text })),
      suggestions: (frame.suggestions ?? []).map((s) => suggestionQuestion(s.kind, s.label, s.id, frame.lang)),
    };
    return reply(frame, cards.renderUnknownCard(data, frame.lang), cards.unknownSummary(data, frame.lang));
  },
};

export function exampleNames(directory: Directory): ExampleNames {
  const org = directory.organisation;
  return {
    area: org.areas[0]?.name,
    duty: org.rota.duties[0]?.name,
    person: org.people.find((p) => p.role === "koordinator")?.name.split(/\s+/)[0],
    competence: exampleCompetence(directory),
    meeting: org.meetings[0]?.title,
  };
}

/** How many competences are tried for the help card's example before the first one is taken as it is. */
const EXAMPLE_COMPETENCE_TRIES = 20;

/**
 * The competence the help card asks about: the first one the bot reads back as that competence. A competence that is
 * also an area's word ("pas") is answered with the area, and one the stemmer confuses with another word ("ledelse"
 * with the area "Tilmelding som ledig") would make the example answer something else.
 */
function exampleCompetence(directory: Directory): string | undefined {
  const all = [...new Set(directory.organisation.people.flatMap((p) => p.competences.map((c) => c.trim())))].filter((c) => c.length > 0);
  const today = directory.calendar.today(new Date());
  const readBack = all.slice(0, EXAMPLE_COMPETENCE_TRIES).find((c) => {
    const frame = understand(suggestionQuestion("competence", c, c, "da"), directory.index, today);
    return frame.intent === "competence" && fold(frame.competence?.term ?? "") === fold(c);
  });
  return readBack ?? all[0];
}

/** A whole question the user can send with one click for a "Mente du …?" suggestion. */
export function suggestionQuestion(kind: string, label: string, id: string, lang: Lang): string {
  const da: Record<string, string> = {
    area: `Hvem er fyrtårn for ${label}?`,
    duty: `Hvem har ${label} i dag?`,
    person: `Hvem er ${label}?`,
    unit: `Hvem er i ${label}?`,
    competence: `Hvem kan noget om ${label}?`,
    meeting: `Hvornår er næste ${label}?`,
    check: `Vis kontrol: ${label}`,
  };
  const en: Record<string, string> = {
    area: `Who is the lighthouse for ${label}?`,
    duty: `Who is on ${label} today?`,
    person: `Who is ${label}?`,
    unit: `Who is in ${label}?`,
    competence: `Who knows about ${label}?`,
    meeting: `When is the next ${label}?`,
    check: `Show check: ${label}`,
  };
  return (lang === "en" ? en : da)[kind] ?? label;
}
