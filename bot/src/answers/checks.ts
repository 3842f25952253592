// "hvilke kontroller mangler?", "vis kontrol mitid": rounds of the management checks and whether they are done.
import type { Directory } from "../domain/directory";
import { OPEN_ROUNDS_LOOKBACK_MS, nextOccurrence, occurrencesBetween, checkStatus, periodCovered, type CheckOccurrence } from "../domain/occurrences";
import { addDays } from "../domain/calendar";
import * as cards from "../cards";
import type { CheckListItem } from "../cards";
import { toCardPeriod } from "./checkPeriod";
import type { Frame } from "../domain/frame";
import { reply, type Answerer, type AskContext, type Reply } from "./reply";

const needsCompletions = () => ({ completions: true });

export const checks: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const scope = frame.scope ?? "week";
    const data: cards.ChecksCardData = { scope: scope === "week" ? "thisWeek" : "missing", checks: checkItems(directory, context, undefined, scope) };
    return checksReply(frame, data, context);
  },
};

export const check: Answerer = {
  needs: needsCompletions,
  dayStable: false,
  answer: (frame, directory, context) => {
    const data: cards.ChecksCardData = { scope: "all", checks: checkItems(directory, context, frame.check, "week") };
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

function checkItems(directory: Directory, context: AskContext, onlyCheck: string | undefined, scope: "week" | "missing"): CheckListItem[] {
  const { organisation, calendar } = directory;
  const today = calendar.today(context.now);
  const week = calendar.weekOf(today);
  const weekStart = calendar.toInstant(week.days[0], "00:00");
  const weekEnd = calendar.toInstant(addDays(week.days[0], 7), "00:00");
  const from = scope === "missing" ? new Date(context.now.getTime() - OPEN_ROUNDS_LOOKBACK_MS) : weekStart;
  const to = scope === "missing" ? context.now : weekEnd;
  const checks = organisation.checks.filter((c) => !onlyCheck || c.id === onlyCheck);
  const rounds: Array<{ occurrence: CheckOccurrence; item: CheckListItem }> = [];
  for (const check of checks) {
    const occurrences = occurrencesBetween(check, organisation, calendar, from, to);
    const list = onlyCheck && occurrences.length === 0 ? [nextOccurrence(check, organisation, calendar, context.now)].filter((o): o is CheckOccurrence => !!o) : occurrences;
    for (const occurrence of list) {
      const status = checkStatus(occurrence, context.completions?.get(occurrence.key), context.now);
      if (scope === "missing" && status !== "due" && status !== "overdue") continue;
      rounds.push({
        occurrence,
        item: {
          title: check.title,
          period: toCardPeriod(periodCovered(check, occurrence)),
          due: calendar.localParts(occurrence.dueAt).date,
          status: status === "upcoming" ? "due" : status,
          owner: directory.person(check.owner)?.name ?? check.owner,
        },
      });
    }
  }
  return rounds.sort((a, b) => a.occurrence.dueAt.getTime() - b.occurrence.dueAt.getTime()).map((r) => r.item);
}
