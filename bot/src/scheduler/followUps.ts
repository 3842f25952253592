// Reminders that follow from what happened rather than from a rule's time: the minutes of a meeting after it
// ends (to the meeting's owner), and the morning card with the day's rota gaps (to every koordinator). Planned
// here, pure; plan.ts adds them to the window and reminderCards.ts builds their cards through this file.
import type { WorkCalendar } from "../domain/calendar";
import { minutesDueDate, occurrencesBetween } from "../domain/occurrences";
import type { LocalTime, Organisation } from "../domain/organisation";
import { addDays } from "../domain/isoDate";
import { gapsOfDay } from "../domain/coverage";
import type { AdaptiveCard } from "../cards";
import { renderMorningCard, morningSummary } from "../cards/morningCard";
import { morningCardData } from "../answers/morningCardData";
import type { Directory } from "../domain/directory";
import { findOccurrence } from "../answers/reminderCardData";
import { renderMinutesReminderCard, minutesReminderSummary } from "../cards/minutesCard";
import type { PlannedReminder } from "./reminder";

/** When the morning card goes out when the organisation file does not say (local time). */
export const MORNING_CARD_TIME: LocalTime = "07:30";

/** The minutes reminders due with `from <= at < to`: at the end of each meeting that has an owner. */
export function followUpRemindersBetween(org: Organisation, calendar: WorkCalendar, from: Date, to: Date): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  // The morning card: each working day with gaps at morningCardAt, to every koordinator. A day without gaps plans
  // nothing; gaps filled between planning and sending make the card skip ("noGaps").
  const time = org.organisation.morningCardAt ?? MORNING_CARD_TIME;
  const coordinators = org.people.filter((p) => p.role === "koordinator");
  for (let day = calendar.localParts(from).date; day <= calendar.localParts(to).date; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const at = calendar.toInstant(day, time);
    if (at < from || at >= to || coordinators.length === 0 || gapsOfDay(org, day, calendar).length === 0) continue;
    for (const person of coordinators) out.push({ kind: "morning", itemId: "morning", occurrence: `morning@${day}`, recipient: { kind: "person", personId: person.id }, at });
  }
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

/** The card of a follow-up reminder, or why nothing is sent (a morning without gaps sends nothing). */
export function followUpCard(reminder: PlannedReminder, directory: Directory, now: Date): { card: AdaptiveCard; summary: string } | { skip: string } {
  if (reminder.kind === "morning") {
    const data = morningCardData(directory, reminder.occurrence.split("@")[1], now);
    if (data.gaps.length === 0) return { skip: "noGaps" };
    return { card: renderMorningCard(data, "da"), summary: morningSummary(data, "da") };
  }
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
