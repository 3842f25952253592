// The Monday digest for a coordinator: overdue checks, checks due this week and the coming meetings.
import type { CheckListItem, DigestCardData, Lang } from "../cardData";
import { formatDate } from "../../domain/format";
import { formatMeetingTime } from "../format";
import { texts } from "../texts";
import { checkName } from "./checks";
import { firstOf } from "./lists";

/** Most checks a checks card, or a digest section, lists. */
export const MAX_CHECKS = 20;

export function digestView(data: DigestCardData, lang: Lang) {
  const x = texts(lang);
  const checkLine = (check: CheckListItem) =>
    [checkName(check, lang), x.dueOn(formatDate(check.due, lang)), check.owner, ...(check.status === "done" ? [x.checkStatus("done", "")] : [])].join(" — ");
  return {
    heading: x.digestHeading(data.week),
    greeting: x.digestGreeting(data.firstName),
    sections: [
      digestSection(x.labels.digestOverdue, data.overdue.map((check) => ({ text: checkLine(check), color: "Attention" })), lang),
      digestSection(x.labels.digestDue, data.dueThisWeek.map((check) => ({ text: checkLine(check), color: "Default" })), lang),
      digestSection(
        x.labels.digestMeetings,
        data.meetings.map((meeting) => ({
          text: `${meeting.title} — ${formatMeetingTime(meeting.date, meeting.start, meeting.minutes, lang)}${meeting.place ? `, ${meeting.place}` : ""}`,
          color: "Default",
        })),
        lang,
      ),
    ],
  };
}

function digestSection(title: string, lines: readonly { text: string; color: string }[], lang: Lang) {
  const { shown, more } = firstOf(lines, MAX_CHECKS, lang);
  return { title, lines: shown, more };
}
