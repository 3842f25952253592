// The card each planned reminder sends, built from the organisation and the stores at send time (so a check
// completed since is not reminded, and a meeting card shows the agenda items proposed so far).
import { ActivityTypes, CardFactory, type Activity } from "botbuilder";
import type { Directory } from "../domain/directory";
import { addDays } from "../domain/calendar";
import { OPEN_ROUNDS_LOOKBACK_MS, agendaDueAt, occurrencesBetween, periodCovered } from "../domain/occurrences";
import type { Lang } from "../domain/format";
import { toCardPeriod } from "../answers/checkPeriod";
import {
  renderCheckReminderCard, renderDigestCard, renderEscalationCard, renderMeetingReminderCard,
  checkReminderSummary, digestSummary, escalationSummary, meetingReminderSummary,
  type AdaptiveCard, type CheckListItem, type MeetingListItem,
} from "../cards";
import { checkCardData, findOccurrence, meetingCardData } from "../answers/reminderCardData";
import type { CheckLog } from "../storage/checkLog";
import type { AgendaStore } from "../storage/agendaStore";
import type { PlannedReminder } from "./reminder";
import { roundsOf } from "../domain/checkRounds";
import { recordsForRounds } from "../storage/checkLog";
import { checkListItem } from "../answers/checkGroupsCardData";
import { followUpCard } from "./followUps";

/** What building a reminder needs. */
export interface ReminderSources {
  readonly checkLog: Pick<CheckLog, "get" | "list">;
  readonly agenda: Pick<AgendaStore, "list">;
}

/** The message to send, or why nothing is sent. */
export type ReminderMessage = { readonly activity: Partial<Activity> } | { readonly skip: string };

const LANG: Lang = "da";

/**
 * When the reminder's occasion is over, so that sending it would be wrong rather than late: a meeting reminder
 * after the meeting ended, a check reminder after the round's due time (the overdue reminder takes over), a digest
 * after its week. Overdue and escalation reminders stand until the round is completed. Undefined when the item or
 * occurrence no longer exists (reminderMessage skips those).
 */
export function occasionEnd(reminder: PlannedReminder, directory: Directory): Date | undefined {
  const { organisation, calendar } = directory;
  switch (reminder.kind) {
    case "meeting": {
      const meeting = organisation.meetings.find((m) => m.id === reminder.itemId);
      return meeting && findOccurrence(meeting, directory, reminder.occurrence)?.endsAt;
    }
    case "check": {
      const check = organisation.checks.find((c) => c.id === reminder.itemId);
      const occurrence = check && findOccurrence(check, directory, reminder.occurrence);
      return occurrence?.dueAt;
    }
    case "overdue":
    case "escalation":
      return undefined;
    case "digest": {
      const monday = reminder.occurrence.split("@")[1] as `${number}-${number}-${number}`;
      return calendar.toInstant(addDays(monday, 7), "00:00");
    }
  }
}

/** Builds the reminder's message at `now`. */
export async function reminderMessage(reminder: PlannedReminder, directory: Directory, sources: ReminderSources, now: Date): Promise<ReminderMessage> {
  const { organisation, calendar } = directory;
  switch (reminder.kind) {
    case "meeting": {
      const meeting = organisation.meetings.find((m) => m.id === reminder.itemId);
      const occurrence = meeting && findOccurrence(meeting, directory, reminder.occurrence);
      if (!meeting || !occurrence) return { skip: "unknownItem" };
      const items = (await sources.agenda.list(occurrence.key)).map((i) => ({ text: i.text, by: i.byName, at: i.at.toISOString() }));
      const data = meetingCardData(meeting, occurrence, directory, items, now);
      return message(renderMeetingReminderCard(data, LANG), meetingReminderSummary(data, LANG));
    }
    case "check":
    case "overdue":
    case "escalation": {
      const check = organisation.checks.find((c) => c.id === reminder.itemId);
      const occurrence = check && findOccurrence(check, directory, reminder.occurrence);
      if (!check || !occurrence) return { skip: "unknownItem" };
      if (await sources.checkLog.get(check.id, occurrence.key)) return { skip: "completed" };
      if (reminder.kind === "escalation") {
        const owner = directory.person(check.owner);
        const data = {
          title: check.title,
          period: toCardPeriod(periodCovered(check, occurrence)),
          due: calendar.localParts(occurrence.dueAt).date,
          daysOverdue: Math.max(1, Math.floor((now.getTime() - occurrence.dueAt.getTime()) / 86_400_000)),
          owner: { name: owner?.name ?? check.owner, ...(owner?.title && { title: owner.title }), ...(owner?.phone && { phone: owner.phone }), ...(owner?.email && { email: owner.email }) },
        };
        return message(renderEscalationCard(data, LANG), escalationSummary(data, LANG));
      }
      const data = checkCardData(check, occurrence, directory, { kind: "open" }, now);
      return message(renderCheckReminderCard(data, LANG), checkReminderSummary(data, LANG));
    }
    case "minutes":
    case "morning": {
      const built = followUpCard(reminder, directory, now);
      return "skip" in built ? built : message(built.card, built.summary);
    }
    case "digest": {
      const personId = reminder.recipient.kind === "person" ? reminder.recipient.personId : "";
      const monday = reminder.occurrence.split("@")[1] as `${number}-${number}-${number}`;
      const weekStart = calendar.toInstant(monday, "00:00");
      const weekEnd = calendar.toInstant(addDays(monday, 7), "00:00");
      // Rounds from each check's start (checkRounds.roundsOf), so nothing before a check began is "overdue".
      const records = await recordsForRounds(sources.checkLog, now, OPEN_ROUNDS_LOOKBACK_MS);
      const today = calendar.today(now);
      const dueThisWeek: CheckListItem[] = [];
      const overdue: CheckListItem[] = [];
      for (const check of organisation.checks) {
        for (const round of roundsOf(check, organisation, calendar, records, new Date(now.getTime() - OPEN_ROUNDS_LOOKBACK_MS), weekEnd, now)) {
          if (round.record) continue;
          const o = round.occurrence;
          const item = checkListItem(round, directory, today);
          if (o.dueAt < now) overdue.push(item);
          else if (o.dueAt < weekEnd || o.at >= weekStart) dueThisWeek.push(item);
        }
      }
      const meetings: MeetingListItem[] = organisation.meetings
        .flatMap((m) => occurrencesBetween(m, organisation, calendar, weekStart, weekEnd).map((o) => ({ m, o })))
        .sort((a, b) => a.o.at.getTime() - b.o.at.getTime())
        .map(({ m, o }) => ({
          title: m.title, date: o.date, start: o.time, minutes: m.minutes, ...(m.place && { place: m.place }), ...(m.agendaUrl && { agendaUrl: m.agendaUrl }),
          agendaDue: calendar.localParts(agendaDueAt(o, m, calendar)).date,
        }));
      const firstName = directory.person(personId)?.name.split(" ")[0];
      const data = { ...(firstName && { firstName }), week: calendar.weekOf(monday).isoWeek, dueThisWeek, overdue, meetings };
      return message(renderDigestCard(data, LANG), digestSummary(data, LANG));
    }
  }
}

function message(card: AdaptiveCard, summary: string): ReminderMessage {
  return { activity: { type: ActivityTypes.Message, text: summary, attachments: [CardFactory.adaptiveCard(card)] } };
}
