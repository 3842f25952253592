// "hvilke kontroller mangler?", "vis kontrol mitid": rounds of the management checks and whether they are done.
import type { Directory } from "../domain/directory";
import * as cards from "../cards";
import type { CheckGroupItem } from "../cards";
import { checkGroupsCardData } from "./checkGroupsCardData";
import { reply, type Answerer, type AskContext } from "./reply";

const needsCompletions = () => ({ completions: true });

export const checks: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const scope = frame.scope ?? "week";
    const data: cards.ChecksCardData = { scope: scope === "week" ? "thisWeek" : "missing", groups: checkItems(directory, context, undefined, scope), today: directory.calendar.today(context.now) };
    return reply(frame, cards.renderChecksCard(data, frame.lang), cards.checksSummary(data, frame.lang));
  },
};

export const check: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const data: cards.ChecksCardData = { scope: "all", groups: checkItems(directory, context, frame.check, "week"), today: directory.calendar.today(context.now) };
    return reply(frame, cards.renderChecksCard(data, frame.lang), cards.checksSummary(data, frame.lang));
  },
};

/** The checks card's groups: the domain's checkRounds (bot/src/domain/checkRounds.ts), worded for the card. */
function checkItems(directory: Directory, context: AskContext, onlyCheck: string | undefined, scope: "week" | "missing"): CheckGroupItem[] {
  return checkGroupsCardData(directory, context.completions ?? new Map(), context.now, { scope, ...(onlyCheck && { check: onlyCheck }) });
}
