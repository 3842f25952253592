// The data of the meeting cards: the next meetings, and the meeting reminder with its agenda items.
import type { IsoDate, LocalTime } from "../../domain/organisation";

/** A meeting occurrence in a list. */
export interface MeetingListItem {
  readonly title: string;
  readonly date: IsoDate;
  readonly start: LocalTime;
  readonly minutes: number;
  readonly place?: string;
  readonly agendaUrl?: string;
  /** Last day for agenda items. */
  readonly agendaDue?: IsoDate;
}

/** Next meeting(s): "hvornår er næste MED-møde". */
export interface MeetingsCardData {
  readonly meetings: readonly MeetingListItem[];
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
}

/** An agenda item proposed on a meeting card. */
export interface AgendaItem {
  readonly text: string;
  /** Name of who proposed it. */
  readonly by: string;
  /** When, as an ISO 8601 instant ("2026-11-20T08:14:00Z"). */
  readonly at: string;
}

/** Meeting reminder with agenda items and an input to propose one. */
export interface MeetingReminderCardData extends MeetingListItem {
  readonly meetingId: string;
  /** The day the card is made: a date in another year is written with its year. */
  readonly today?: IsoDate;
  /** The occurrence key as the scheduler names it; sent back in the Action.Execute data. */
  readonly occurrence: string;
  readonly items: readonly AgendaItem[];
  /** True after the agenda deadline: the input is left out. */
  readonly agendaClosed?: boolean;
  /** True on the card returned to whoever just proposed an item: a short thank-you. */
  readonly justProposed?: boolean;
  /** IANA zone the item times are shown in. */
  readonly timezone: string;
  /** Teams user MRIs for automatic refresh. */
  readonly refreshUserIds?: readonly string[];
}
