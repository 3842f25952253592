// Meetings on cards: the list of the next meetings, and the meeting reminder with its proposed agenda items.
import type { Lang, MeetingListItem, MeetingReminderCardData, MeetingsCardData } from "../cardData";
import { formatDate, showYear } from "../../domain/format";
import { capitalise, formatInstant, formatMeetingTime } from "../format";
import { texts } from "../texts";

/** Most agenda items a meeting card shows (the newest). */
export const MAX_AGENDA_ITEMS = 25;

/** "Tirsdag 8. december kl. 14.00-15.30". */
export function meetingWhen(meeting: Pick<MeetingListItem, "date" | "start" | "minutes">, lang: Lang, today?: string): string {
  return capitalise(formatMeetingTime(meeting.date, meeting.start, meeting.minutes, lang, { year: showYear(meeting.date, today) }));
}

export function meetingsView(data: MeetingsCardData, lang: Lang) {
  const x = texts(lang);
  return {
    heading: x.meetingsHeading(data.meetings.length),
    meetings: data.meetings.map((meeting) => ({
      title: meeting.title,
      when: meetingWhen(meeting, lang, data.today),
      place: meeting.place ? `${x.labels.place}: ${meeting.place}` : "",
      agendaDue: meeting.agendaDue ? `${x.labels.agendaDue}: ${formatDate(meeting.agendaDue, lang, { year: showYear(meeting.agendaDue, data.today) })}` : "",
      agendaUrl: meeting.agendaUrl ?? "",
      agendaTooltip: `${x.labels.openAgenda}: ${meeting.title}`,
    })),
  };
}

export function meetingReminderView(data: MeetingReminderCardData, lang: Lang) {
  const x = texts(lang);
  return {
    meetingId: data.meetingId,
    occurrence: data.occurrence,
    title: data.title,
    when: meetingWhen(data, lang, data.today),
    place: data.place ?? "",
    agendaDue: data.agendaDue ? formatDate(data.agendaDue, lang, { year: showYear(data.agendaDue, data.today) }) : "",
    agendaUrl: data.agendaUrl ?? "",
    agendaClosed: Boolean(data.agendaClosed),
    justProposed: Boolean(data.justProposed),
    items: data.items
      .slice(-MAX_AGENDA_ITEMS)
      .map((item) => ({ text: item.text, meta: x.proposedBy(item.by, formatInstant(item.at, data.timezone, lang)) })),
    olderItems: data.items.length > MAX_AGENDA_ITEMS ? x.olderNotShown(data.items.length - MAX_AGENDA_ITEMS) : "",
  };
}
