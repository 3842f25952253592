// From a frame to a reply: one answerer per intent, each declaring what it needs beyond the organisation (the
// asker, the check log), so the Teams handler stays understand -> answer -> send and fetches only that.
import type { Directory } from "../domain/directory";
import type { Frame, Intent } from "../domain/frame";
import * as cards from "../cards";
import type { Lang } from "../cards";
import { fyrtaarn, referral } from "./areas";
import { check, checks } from "./checks";
import { acknowledged, greeting, help, thanks, unknown } from "./help";
import { nextMeeting } from "./meetings";
import { competence, contact, members, personAreas, role, title } from "./people";
import { absences, atWork, cover, duties, nextDuty, rota } from "./rota";
import type { Answerer, AskContext, Needs, Reply } from "./reply";

export type { AskContext, Needs, Reply } from "./reply";
export { welcomeReply } from "./help";

/** The answerer of each intent. */
export const ANSWERERS: Readonly<Record<Intent, Answerer>> = {
  fyrtaarn, referral, cover, rota, duties, nextDuty, absences, atWork,
  role, members, title, contact, personAreas, competence,
  nextMeeting, checks, check, help, greeting, thanks, acknowledged, unknown,
};

/** What answering this frame needs beyond the organisation. */
export function needsOf(frame: Frame): Needs {
  return ANSWERERS[frame.intent].needs(frame);
}

/** The reply to a frame; a question asked again the same day is answered from the Directory's memo. */
export function answer(frame: Frame, directory: Directory, context: AskContext): Reply {
  const answerer = ANSWERERS[frame.intent];
  if (!answerer.dayStable) return answerer.answer(frame, directory, context);
  const key = `reply|${directory.calendar.today(context.now)}|${context.asker?.id ?? context.askerEmail ?? ""}|${JSON.stringify(frame)}`;
  return directory.memo(key, () => answerer.answer(frame, directory, context));
}

/** A calm reply for when the organisation cannot be read. */
export function unavailableReply(lang: Lang): Reply {
  const data: cards.ErrorCardData = { kind: "unavailable" };
  return { intent: "unavailable", card: cards.renderErrorCard(data, lang), text: cards.errorSummary(data, lang) };
}

/** The CPR warning; the number itself is never passed on. */
export function cprWarningReply(lang: Lang): Reply {
  return { intent: "cprWarning", card: cards.renderCprWarningCard(lang), text: cards.cprWarningSummary(lang) };
}
