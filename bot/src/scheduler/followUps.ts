// Reminders that follow from what happened rather than from a rule's time: the minutes of a meeting after it
// ends (to the meeting's owner), and the morning card with the day's rota gaps (to every koordinator). Planned
// here, pure; plan.ts adds them to the window and reminderCards.ts builds their cards through this file.
import type { WorkCalendar } from "../domain/calendar";
import { minutesDueDate, occurrencesBetween } from "../domain/occurrences";
import type { Organisation } from "../domain/organisation";
import type { Directory } from "../domain/directory";
import { findOccurrence } from "../answers/reminderCardData";
import { renderMinutesReminderCard, minutesReminderSummary } from "../cards/minutesCard";
import type { PlannedReminder } from "./plan";

/** Reminders planned here. */
export type FollowUpKind = "minutes";

/** The minutes reminders due with `from <= at < to`: at the end of each meeting that has an owner. */
export function followUpRemindersBetween(org: Pick<Organisation, "rota" | "meetings">, calendar: WorkCalendar, from: Date, to: Date): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const meeting of org.meetings) {
    if (!meeting.owner) continue;
    // A meeting ending in the window started up to its length before it.
    const start = new Date(from.getTime() - meeting.minutes * 60_000);
    for (const occurrence of occurrencesBetween(meeting, org, calendar, start, to)) {
      if (occurrence.endsAt < from || occurrence.endsAt >= to) continue;
      out.push({ kind: "minutes", itemId: meeting.id, occurrence: occurrence.key, recipient: { kind: "person", personId: meeting.owner }, at: occurrence.endsAt });
    }
  }
  return out;
}

/** The card of a follow-up reminder, or why nothing is sent. */
export function followUpCard(reminder: PlannedReminder, directory: Directory, now: Date): { card: ReturnType<typeof renderMinutesReminderCard>; summary: string } | { skip: string } {
  const meeting = directory.organisation.meetings.find((m) => m.id === reminder.itemId);
  const occurrence = meeting && findOccurrence(meeting, directory, reminder.occurrence);
  if (!meeting || !occurrence) return { skip: "unknownItem" };
  const { calendar } = directory;
  const owner = meeting.owner ? directory.person(meeting.owner) : undefined;
  const data = {
    title: meeting.title, date: occurrence.date, start: occurrence.time, minutes: meeting.minutes,
    due: minutesDueDate(occurrence, meeting, calendar), today: calendar.today(now),
    ...(owner && { firstName: owner.name.split(" ")[0] }), ...(meeting.agendaUrl && { agendaUrl: meeting.agendaUrl }),
  };
  return { card: renderMinutesReminderCard(data, "da"), summary: minutesReminderSummary(data, "da") };
}
