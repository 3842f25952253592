// The minutes reminder: after a meeting, its owner is told when the minutes (referat) are due. Its words are
// here; the layout is templates/minutesReminder.json.
import type { AdaptiveCard, Lang } from "./cardData";
import type { IsoDate, LocalTime } from "../domain/organisation";
import { formatDate, showYear } from "../domain/format";
import { formatMeetingTime } from "./format";
import { expand } from "./expand";
import { TEMPLATES } from "./render";

/** A meeting that has been held, and when its minutes are due. */
export interface MinutesReminderCardData {
  readonly title: string;
  readonly date: IsoDate;
  readonly start: LocalTime;
  readonly minutes: number;
  /** The day the minutes are due. */
  readonly due: IsoDate;
  /** The owner's first name, for the greeting. */
  readonly firstName?: string;
  readonly agendaUrl?: string;
  /** The day the card is made: dates in another year carry it. */
  readonly today?: IsoDate;
}


const WORDS = {
  da: {
    heading: (title: string) => `Referat af ${title}`,
    text: (firstName: string | undefined, due: string) => `${firstName ? `Hej ${firstName}. ` : ""}Husk at sende referatet senest ${due}.`,
    meeting: "Mødet", due: "Frist", openAgenda: "Åbn dagsordenen",
  },
  en: {
    heading: (title: string) => `Minutes of ${title}`,
    text: (firstName: string | undefined, due: string) => `${firstName ? `Hi ${firstName}. ` : ""}Remember to send the minutes by ${due}.`,
    meeting: "Meeting", due: "Due", openAgenda: "Open the agenda",
  },
} as const;

/** The plain-text summary (the card's fallback and the notification). */
export function minutesReminderSummary(data: MinutesReminderCardData, lang: Lang): string {
  const w = WORDS[lang];
  return `${w.heading(data.title)}: ${w.text(undefined, formatDate(data.due, lang, { year: showYear(data.due, data.today) }))}`;
}

export function renderMinutesReminderCard(data: MinutesReminderCardData, lang: Lang): AdaptiveCard {
  const w = WORDS[lang];
  const due = formatDate(data.due, lang, { year: showYear(data.due, data.today) });
  return expand(TEMPLATES.minutesReminder, {
    lang,
    summary: minutesReminderSummary(data, lang),
    heading: w.heading(data.title),
    text: w.text(data.firstName, due),
    when: formatMeetingTime(data.date, data.start, data.minutes, lang, { year: showYear(data.date, data.today) }),
    due,
    agendaUrl: data.agendaUrl ?? "",
    labels: { meeting: w.meeting, due: w.due, openAgenda: w.openAgenda },
  });
}
