// The data of the reminder cards (a check round, a meeting occurrence), built from the organisation's view. Used
// by the scheduler when it sends a reminder and by the card actions when they answer; no Bot Framework here.
import type { Directory } from "../domain/directory";
import type { Check, Meeting } from "../domain/organisation";
import { agendaDueAt, checkStatus, occurrencesBetween, periodCovered, type CheckOccurrence, type MeetingOccurrence } from "../domain/occurrences";
import type { CheckCardState, CheckReminderCardData, MeetingReminderCardData } from "../cards";
import { toCardPeriod } from "./checkPeriod";

/** The data of a check card for one round, in the given state. */
export function checkCardData(check: Check, occurrence: CheckOccurrence, directory: Directory, state: CheckCardState, now: Date): CheckReminderCardData {
  const { calendar } = directory;
  const status = checkStatus(occurrence, state.kind === "completed" ? { completedAt: new Date(state.completion.at) } : undefined, now);
  return {
    checkId: check.id,
    occurrence: occurrence.key,
    title: check.title,
    period: toCardPeriod(periodCovered(check, occurrence), calendar.today(now)),
    instructions: check.instructions,
    ...(check.sample !== undefined && { sample: check.sample }),
    due: calendar.localParts(occurrence.dueAt).date,
    owner: directory.person(check.owner)?.name ?? check.owner,
    overdue: status === "overdue",
    state,
    today: calendar.today(now),
    timezone: calendar.zone,
  };
}

/** Days after the rule's date a holiday move can push an occurrence; longer closures do not happen. */
const MOVE_WINDOW_DAYS = 40;

/** The occurrence with this key ("mitid@2026-04-06"), found around the rule's date. */
export function findOccurrence(item: Check, directory: Directory, key: string): CheckOccurrence | undefined;
export function findOccurrence(item: Meeting, directory: Directory, key: string): MeetingOccurrence | undefined;
export function findOccurrence(item: Check | Meeting, directory: Directory, key: string): CheckOccurrence | MeetingOccurrence | undefined {
  const match = /^(.+)@(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (!match || match[1] !== item.id) return undefined;
  const ruleDate = new Date(`${match[2]}T00:00:00Z`);
  if (Number.isNaN(ruleDate.getTime())) return undefined;
  const from = new Date(ruleDate.getTime() - 86_400_000);
  const to = new Date(ruleDate.getTime() + MOVE_WINDOW_DAYS * 86_400_000);
  const found = occurrencesBetween(item, directory.organisation, directory.calendar, from, to);
  return found.find((o) => o.key === key);
}

/** The data of a meeting reminder card for one occurrence. */
export function meetingCardData(
  meeting: Meeting, occurrence: MeetingOccurrence, directory: Directory, items: MeetingReminderCardData["items"], now: Date, justProposed = false,
): MeetingReminderCardData {
  const { calendar } = directory;
  const agendaDue = agendaDueAt(occurrence, meeting, calendar);
  return {
    meetingId: meeting.id,
    occurrence: occurrence.key,
    title: meeting.title,
    date: occurrence.date,
    start: occurrence.time,
    minutes: meeting.minutes,
    ...(meeting.place && { place: meeting.place }),
    ...(meeting.agendaUrl && { agendaUrl: meeting.agendaUrl }),
    agendaDue: calendar.localParts(agendaDue).date,
    items,
    agendaClosed: now >= agendaDue,
    ...(justProposed && { justProposed }),
    today: calendar.today(now),
    timezone: calendar.zone,
  };
}
