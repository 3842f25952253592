// "hvornår er næste MED-møde", "hvor?": the next occurrence of one meeting, or the next few of any.
import { nextOccurrence, agendaDueAt } from "../domain/occurrences";
import * as cards from "../cards";
import type { MeetingListItem } from "../cards";
import { NEEDS_NOTHING, reply, type Answerer } from "./reply";

export const nextMeeting: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: false,
  answer: (frame, directory, context) => {
    const { organisation, calendar } = directory;
    const meetings = frame.meeting ? organisation.meetings.filter((m) => m.id === frame.meeting) : organisation.meetings;
    const upcoming = meetings
      .map((meeting) => ({ meeting, occurrence: nextOccurrence(meeting, organisation, calendar, context.now) }))
      .filter((x) => x.occurrence !== undefined)
      .sort((a, b) => a.occurrence!.at.getTime() - b.occurrence!.at.getTime())
      .slice(0, frame.meeting ? 1 : 3);
    const data: cards.MeetingsCardData = {
      meetings: upcoming.map(({ meeting, occurrence }): MeetingListItem => ({
        title: meeting.title,
        date: occurrence!.date,
        start: occurrence!.time,
        minutes: meeting.minutes,
        place: meeting.place,
        agendaUrl: meeting.agendaUrl,
        agendaDue: calendar.localParts(agendaDueAt(occurrence!, meeting, calendar)).date,
      })),
    };
    return reply(frame, cards.renderMeetingsCard(data, frame.lang), cards.meetingsSummary(data, frame.lang));
  },
};
