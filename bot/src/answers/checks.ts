// "hvilke kontroller mangler?", "vis kontrol mitid": rounds of the management checks and whether they are done.
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import * as cards from "../cards";
import type { CheckGroupItem } from "../cards";
import { checkGroupsCardData } from "./checkGroupsCardData";
import { may } from "../domain/permissions";
import { reply, type Answerer, type AskContext, type Reply } from "./reply";

// The asker too: a sektionsleder also gets the rounds awaiting approval.
const needsCompletions = () => ({ completions: true, asker: true });

export const checks: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const scope = frame.scope ?? "week";
    const data: cards.ChecksCardData = { scope: scope === "week" ? "thisWeek" : "missing", groups: checkItems(directory, context, undefined, scope), today: directory.calendar.today(context.now) };
    return checksReply(frame, data, context);
  },
};

export const check: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const data: cards.ChecksCardData = { scope: "all", groups: checkItems(directory, context, frame.check, "week"), today: directory.calendar.today(context.now) };
    return checksReply(frame, data, context);
  },
};

/** The checks card; when the check log could not be read, it says so first (statuses then lack completions). */
function checksReply(frame: Frame, data: cards.ChecksCardData, context: AskContext): Reply {
  if (context.completionsUnavailable) {
    const notice = cards.texts(frame.lang).labels.checkLogUnavailable;
    return reply(frame, cards.withNotice(cards.renderChecksCard(data, frame.lang), notice), `${notice} ${cards.checksSummary(data, frame.lang)}`);
  }
  return reply(frame, cards.renderChecksCard(data, frame.lang), cards.checksSummary(data, frame.lang));
}

/** The checks card's groups: the domain's checkRounds (bot/src/domain/checkRounds.ts), worded for the card. */
function checkItems(directory: Directory, context: AskContext, onlyCheck: string | undefined, scope: "week" | "missing"): CheckGroupItem[] {
  const approvals = may(context.asker, "approve");
  return checkGroupsCardData(directory, context.completions ?? new Map(), context.now, { scope, approvals, ...(onlyCheck && { check: onlyCheck }) });
}
