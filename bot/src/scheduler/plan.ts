// What reminders fall due in a time window: pure, from the organisation and the occurrences API. The tick loop
// asks for [from, to) and claims each one; nothing here knows about storage or Teams.
import { addDays, type WorkCalendar } from "../domain/calendar";
import { addDuration } from "../domain/durations";
import { meetingReminders, occurrencesBetween } from "../domain/occurrences";
import type { IsoDate, LocalTime, Organisation } from "../domain/organisation";
import { followUpRemindersBetween } from "./followUps";
import type { PlannedReminder, Recipient } from "./reminder";

/** When the Monday digest goes out (local time). */
export const DIGEST_TIME: LocalTime = "07:30";

/** The recipient as part of a claim key: "channel" or "person:mj". */
export function recipientKey(recipient: Recipient): string {
  return recipient.kind === "channel" ? "channel" : `person:${recipient.personId}`;
}

/** The reminder's kind as part of a claim key: "meeting:P14D", "check", "overdue", … */
export function claimKind(reminder: Pick<PlannedReminder, "kind" | "offset">): string {
  return reminder.offset ? `${reminder.kind}:${reminder.offset}` : reminder.kind;
}

/** Every reminder due with `from <= at < to`, in time order. */
export function remindersBetween(org: Organisation, calendar: WorkCalendar, from: Date, to: Date): PlannedReminder[] {
  if (!(from < to)) return [];
  const out: PlannedReminder[] = [];
  const inWindow = (at: Date) => at >= from && at < to;

  for (const meeting of org.meetings) {
    // Reminders go out before the meeting: look ahead by the longest offset.
    const lookAhead = Math.max(0, ...meeting.remind.map((offset) => addDuration(to, offset, calendar.zone).getTime() - to.getTime()));
    const recipients: Recipient[] = meeting.audience === "channel" ? [{ kind: "channel" }] : meeting.audience.map((personId) => ({ kind: "person", personId }));
    for (const occurrence of occurrencesBetween(meeting, org, calendar, from, new Date(to.getTime() + lookAhead + 86_400_000))) {
      for (const reminder of meetingReminders(occurrence, meeting, calendar)) {
        if (!inWindow(reminder.at)) continue;
        for (const recipient of recipients) {
          out.push({ kind: "meeting", itemId: meeting.id, occurrence: occurrence.key, offset: reminder.offset, recipient, at: reminder.at });
        }
      }
    }
  }

  for (const check of org.checks) {
    // An overdue reminder belongs to an occurrence up to `due` (plus a holiday move) before the window.
    const lookBack = addDuration(from, check.due, calendar.zone).getTime() - from.getTime() + 40 * 86_400_000;
    for (const occurrence of occurrencesBetween(check, org, calendar, new Date(from.getTime() - lookBack), to)) {
      const owner: Recipient = { kind: "person", personId: check.owner };
      const base = { itemId: check.id, occurrence: occurrence.key };
      if (inWindow(occurrence.at)) out.push({ ...base, kind: "check", recipient: owner, at: occurrence.at });
      if (inWindow(occurrence.dueAt)) {
        out.push({ ...base, kind: "overdue", recipient: owner, at: occurrence.dueAt });
        if (check.escalateTo) out.push({ ...base, kind: "escalation", recipient: { kind: "person", personId: check.escalateTo }, at: occurrence.dueAt });
      }
    }
  }

  const coordinators = org.people.filter((p) => p.role === "koordinator");
  for (let day: IsoDate = calendar.localParts(from).date; day <= calendar.localParts(to).date; day = addDays(day, 1)) {
    if (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) continue;
    const at = calendar.toInstant(day, DIGEST_TIME);
    if (!inWindow(at)) continue;
    for (const person of coordinators) out.push({ kind: "digest", itemId: "digest", occurrence: `digest@${day}`, recipient: { kind: "person", personId: person.id }, at });
  }

  out.push(...followUpRemindersBetween(org, calendar, from, to));
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.occurrence.localeCompare(b.occurrence) || recipientKey(a.recipient).localeCompare(recipientKey(b.recipient)));
}
