// One or two plain sentences per card: the text a reply carries next to its card, for notifications, screen
// readers and clients that cannot show the card (it is also the card's fallbackText). Short by design: the card
// holds the detail.
import type {
  CoverCardData,
  AreaCardData,
  CheckReminderCardData,
  ChecksCardData,
  DigestCardData,
  ErrorCardData,
  EscalationCardData,
  HelpCardData,
  Lang,
  MeetingReminderCardData,
  MeetingsCardData,
  MyDutiesCardData,
  PeopleListCardData,
  PersonCardData,
  RotaDayCardData,
  UnknownCardData,
  WelcomeCardData,
} from "./cardData";
import { formatDate, showYear } from "../domain/format";
import { formatMeetingTime } from "./format";
import { texts } from "./texts";
import { gapText } from "./gapTexts";
import { checkTexts } from "./checkTexts";
import {
  areaDay,
  askInsteadText,
  coverView,
  cellPeople,
  checkName,
  completionLine,
  escalationText,
  exampleQuestions,
  fyrtaarnAbsence,
  myDutiesDays,
  myDutiesHeading,
  peopleListHeading,
  rotaHeading,
  rotaRedirectText,
  rotaShown,
  slotLabel,
  whoMayComplete,
} from "./views";

/** "A, B og C", or "A, B, C … og 7 flere" when there are more than `max`. */
function names(list: readonly string[], max: number, lang: Lang): string {
  const x = texts(lang);
  return list.length > max ? `${list.slice(0, max).join(", ")} ${x.more(list.length - max)}` : x.and(list);
}

/** Longest summary; a notification shows far less, and the card holds the detail. */
export const MAX_SUMMARY_CHARS = 600;

function sentences(...parts: readonly (string | undefined | false)[]): string {
  const text = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(" ");
  return text.length <= MAX_SUMMARY_CHARS ? text : `${text.slice(0, text.lastIndexOf(" ", MAX_SUMMARY_CHARS - 1))} …`;
}

export function personSummary(data: PersonCardData, lang: Lang): string {
  const x = texts(lang);
  return sentences(
    [data.person.name, data.person.title].filter(Boolean).join(", "),
    data.asked === "areas" && data.fyrtaarnFor.length > 0 && `${x.labels.fyrtaarnFor}: ${x.and(data.fyrtaarnFor)}`,
    data.asked === "areas" && data.backupFor.length > 0 && `${x.labels.backupFor}: ${x.and(data.backupFor)}`,
    data.asked === "email" && data.person.email ? `${x.labels.email}: ${data.person.email}` : data.person.phone && `${x.labels.phone}: ${data.person.phone}`,
    data.absentToday && x.absentToday(x.reason(data.absentToday), data.absentUntil ? formatDate(data.absentUntil, lang) : undefined),
  );
}

export function peopleListSummary(data: PeopleListCardData, lang: Lang): string {
  const x = texts(lang);
  if (data.statement) return sentences(peopleListHeading(data, lang));
  if (data.people.length === 0) return sentences(peopleListHeading(data, lang), x.noPeople);
  // An absence list names when each person is away; other lists only the names.
  const label = (person: PeopleListCardData["people"][number]) => (data.topic.kind === "absent" && person.detail ? `${person.name} (${person.detail})` : person.name);
  return sentences(`${peopleListHeading(data, lang)}: ${names(data.people.map(label), 8, lang)}`);
}

/** An area's fyrtårne or backups by name, each absent one with why (at most three named). */
function areaContacts(data: AreaCardData, people: AreaCardData["fyrtaarne"], role: "fyrtaarn" | "backup", lang: Lang): string {
  const x = texts(lang);
  if (people.length === 0) return x.labels.nobody;
  return names(people.map((person) => (person.absentToday ? `${person.name} (${areaAbsence(data, person.absentToday, role, lang)})` : person.name)), 3, lang);
}

function areaAbsence(data: AreaCardData, reason: string, role: "fyrtaarn" | "backup", lang: Lang): string {
  const x = texts(lang);
  return role === "fyrtaarn" ? fyrtaarnAbsence(data, reason, lang) : x.absentToday(x.reason(reason), undefined, areaDay(data, lang));
}

export function areaSummary(data: AreaCardData, lang: Lang): string {
  const x = texts(lang);
  const fyrtaarne = `${x.labels.fyrtaarne}: ${areaContacts(data, data.fyrtaarne, "fyrtaarn", lang)}`;
  const backups = `${x.labels.backups}: ${areaContacts(data, data.backups, "backup", lang)}`;
  const people = data.focus === "backup" ? `${backups}; ${fyrtaarne}` : `${fyrtaarne}; ${backups}`;
  const front = data.front?.trim();
  const referTo = data.referTo?.trim();
  const referral = [front && `${x.labels.front}: ${front}`, referTo && `${x.labels.referTo}: ${referTo}`];
  const instead = askInsteadText(data, lang);
  const day = areaDay(data, lang);
  const heading = day ? `${data.area}, ${day}` : data.area;
  if (data.focus === "referral") {
    return sentences(heading, instead, ...(front || referTo ? referral : [x.noFrontInfo(data.area)]), people);
  }
  return sentences(heading, instead, people);
}

export function coverSummary(data: CoverCardData, lang: Lang): string {
  const view = coverView(data, lang);
  return sentences(view.heading, view.person, ...view.days[0].lines.map((line) => line.text));
}

export function rotaDaySummary(data: RotaDayCardData, lang: Lang): string {
  const x = texts(lang);
  const shown = rotaShown(data);
  // No duties with a note: the note is the answer ("Den Digitale Hotline har ingen vagt …").
  if (shown.duties.length === 0) return sentences(rotaHeading(data, lang), rotaRedirectText(data, lang), data.note ?? x.labels.noRota);
  // A small plan (one duty, or a filtered view) is read out in full; a whole day is left to the card.
  const small = shown.duties.length * shown.slots.length <= 4;
  const cells = small
    ? shown.duties.flatMap((duty) =>
        shown.slots.map((slot) => {
          const people = cellPeople(duty.cells.find((cell) => cell.slot === slot.id), lang);
          return `${duty.name}, ${slotLabel(slot, lang)}: ${people.length ? x.and(people) : x.labels.nobody}`;
        }),
      )
    : [];
  const absent = data.absences.length ? `${x.labels.absences}: ${names(data.absences.map((absence) => absence.name), 8, lang)}` : undefined;
  const gaps = data.gaps?.length ? `${x.labels.gaps}: ${data.gaps.slice(0, 3).map((gap) => gapText(gap, lang)).join(" ")}${data.gaps.length > 3 ? " …" : ""}` : undefined;
  return sentences(rotaHeading(data, lang), rotaRedirectText(data, lang), data.note, gaps, ...cells, absent);
}

export function myDutiesSummary(data: MyDutiesCardData, lang: Lang): string {
  const days = myDutiesDays(data, lang).map((day) => `${day.date}: ${day.lines.map((line) => line.text).join("; ")}`);
  return sentences(data.own === false ? myDutiesHeading(data, lang) : `${myDutiesHeading(data, lang)}, ${data.person}`, ...days);
}

export function meetingsSummary(data: MeetingsCardData, lang: Lang): string {
  const x = texts(lang);
  if (data.meetings.length === 0) return x.labels.noMeetings;
  const meetings = data.meetings.slice(0, 3).map((meeting) =>
    [meeting.title, formatMeetingTime(meeting.date, meeting.start, meeting.minutes, lang, { year: showYear(meeting.date, data.today) }), meeting.place].filter(Boolean).join(", "),
  );
  return sentences(`${x.meetingsHeading(data.meetings.length)}: ${meetings.join("; ")}`);
}

export function checksSummary(data: ChecksCardData, lang: Lang): string {
  const x = texts(lang);
  const scope = data.scope ?? "all";
  if (data.groups.length === 0) return sentences(x.checksHeading(scope), x.noChecks(scope));
  const rounds = data.groups.flatMap((group) => group.rounds);
  const overdue = rounds.filter((round) => round.status === "overdue" || round.status === "missed").length;
  const deviations = data.groups.reduce((n, group) => n + group.deviations.length, 0);
  return sentences(`${x.checksHeading(scope)}: ${x.checksCount(rounds.length, overdue)}`, deviations > 0 && `${checkTexts(lang).openDeviations}: ${deviations}`);
}

export function helpSummary(data: HelpCardData, lang: Lang): string {
  const x = texts(lang);
  const [example] = exampleQuestions(data, lang);
  return sentences(x.helpSummary, example && `${x.labels.tryAsking}: ${example}`);
}

export function welcomeSummary(data: WelcomeCardData, lang: Lang): string {
  const x = texts(lang);
  return sentences(x.welcomeHeading(data.firstName), x.welcomeIntro(data.organisation), helpSummary(data, lang));
}

export function unknownSummary(data: UnknownCardData, lang: Lang): string {
  const x = texts(lang);
  return sentences(x.labels.unknownHeading, data.suggestions.length > 0 && x.didYouMeanSummary(data.suggestions.slice(0, 3)));
}

export function cprWarningSummary(lang: Lang): string {
  const x = texts(lang);
  return sentences(x.labels.cprHeading, x.labels.cprBody);
}

export function errorSummary(data: ErrorCardData, lang: Lang): string {
  const x = texts(lang);
  return sentences(x.errorHeading(data.kind), x.errorBody(data.kind, data.email));
}

export function meetingReminderSummary(data: MeetingReminderCardData, lang: Lang): string {
  const x = texts(lang);
  return sentences(
    [data.title, formatMeetingTime(data.date, data.start, data.minutes, lang, { year: showYear(data.date, data.today) }), data.place].filter(Boolean).join(", "),
    data.agendaDue && !data.agendaClosed && `${x.labels.agendaDue}: ${formatDate(data.agendaDue, lang)}`,
  );
}

export function checkReminderSummary(data: CheckReminderCardData, lang: Lang): string {
  const x = texts(lang);
  const name = checkName(data, lang);
  switch (data.state.kind) {
    case "completed": {
      const c = checkTexts(lang);
      const { completion } = data.state;
      return sentences(
        name, completionLine(data, lang),
        completion.result === "deviation" && (completion.closed ? c.closedBy(completion.closed.by, formatDate(completion.closed.date, lang, { year: true })) : c.stillOpen),
      );
    }
    case "notAllowed":
      return sentences(name, whoMayComplete(data, lang));
    case "open":
      return sentences(`${name}: ${x.dueOn(formatDate(data.due, lang))}`, data.overdue && x.labels.overdueNote);
  }
}

export function escalationSummary(data: EscalationCardData, lang: Lang): string {
  return sentences(escalationText(data, lang), `${texts(lang).labels.owner}: ${data.owner.name}`);
}

export function digestSummary(data: DigestCardData, lang: Lang): string {
  const x = texts(lang);
  return `${x.digestHeading(data.week)}: ${x.digestCounts(data.overdue.length, data.dueThisWeek.length, data.meetings.length)}`;
}
