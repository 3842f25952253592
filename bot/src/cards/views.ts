// View models: card data turned into exactly what a template binds to. Every word is chosen and every date
// formatted here, and every field a template reads is present (an empty string or list when there is nothing),
// so a template never shows an unexpanded `${…}`.
import type {
  CoverCardData,
  AreaCardData,
  CheckListItem,
  CheckReminderCardData,
  ChecksCardData,
  ContactPerson,
  DigestCardData,
  EscalationCardData,
  ErrorCardData,
  HelpCardData,
  Lang,
  MeetingListItem,
  MeetingReminderCardData,
  MeetingsCardData,
  MyDutiesCardData,
  PeopleListCardData,
  PersonCardData,
  RotaCell,
  RotaDayCardData,
  UnknownCardData,
  WelcomeCardData,
} from "./cardData";
import { formatDate, showYear } from "../domain/format";
import { capitalise, formatInstant, formatMeetingTime, formatTimeSpan, mailtoUrl, teamsChatUrl, telUrl } from "./format";
import { texts } from "./texts";
import { checkTexts } from "./checkTexts";
import { gapText } from "./gapTexts";

/** A contact row as the contact fragment binds it. */
export interface ContactView {
  readonly name: string;
  readonly subtitle: string;
  readonly detail: string;
  readonly absence: string;
  readonly telUrl: string;
  readonly chatUrl: string;
  readonly mailUrl: string;
  readonly callTooltip: string;
  readonly chatTooltip: string;
  readonly mailTooltip: string;
  readonly hasLinks: boolean;
}

/** Most examples a help card shows. */
export const MAX_EXAMPLES = 10;
/** Most "Mente du …?" buttons an unknown card shows. */
export const MAX_SUGGESTIONS = 5;
// Teams refuses a message over about 28 KB. A contact row is about 1 KB, so long lists are cut, with a line
// saying how many are left out; the sizes are tested with worst-case data.
/** Most people a people list shows. */
export const MAX_PEOPLE = 15;
/** Most absences a rota card lists. */
export const MAX_ABSENCES = 30;
/** Most agenda items a meeting card shows (the newest). */
export const MAX_AGENDA_ITEMS = 25;
/** Most checks a checks card, or a digest section, lists. */
export const MAX_CHECKS = 20;

/** The first `max` items and a "… og 3 flere" line (empty when nothing is cut). */
function firstOf<T>(items: readonly T[], max: number, lang: Lang): { shown: readonly T[]; more: string } {
  return items.length > max ? { shown: items.slice(0, max), more: texts(lang).more(items.length - max) } : { shown: items, more: "" };
}

export function contactView(person: ContactPerson, lang: Lang, extra: { readonly detail?: string; readonly absence?: string } = {}): ContactView {
  const x = texts(lang);
  const tel = telUrl(person.phone) ?? "";
  const chat = teamsChatUrl(person.email) ?? "";
  const mail = mailtoUrl(person.email) ?? "";
  return {
    name: person.name,
    subtitle: [person.title, person.phone].filter((part): part is string => Boolean(part?.trim())).join(" · "),
    detail: extra.detail ?? "",
    absence: extra.absence ?? "",
    telUrl: tel,
    chatUrl: chat,
    mailUrl: mail,
    callTooltip: tel ? x.callName(person.name, person.phone ?? "") : "",
    chatTooltip: chat ? x.chatWith(person.name) : "",
    mailTooltip: mail ? x.mailName(person.name) : "",
    hasLinks: Boolean(tel || chat || mail),
  };
}

export function personView(data: PersonCardData, lang: Lang) {
  const x = texts(lang);
  const contact = contactView(data.person, lang);
  const roleName = x.roleName(data.role);
  const facts = {
    // The role is left out when the job title already says it ("Faglig koordinator" twice reads badly).
    role: roleName.toLowerCase() === data.person.title?.trim().toLowerCase() ? "" : roleName,
    unit: data.unit ?? "",
    phone: data.person.phone ?? "",
    email: data.person.email ?? "",
    tillidshverv: data.tillidshverv.map(x.tillidshvervName).join(", "),
    fyrtaarnFor: data.fyrtaarnFor.join(", "),
    backupFor: data.backupFor.join(", "),
    competences: data.competences.join(", "),
  };
  return {
    ...contact,
    ...facts,
    title: data.person.title ?? "",
    absence: data.absentToday
      ? x.absentToday(x.reason(data.absentToday), data.absentUntil ? formatDate(data.absentUntil, lang) : undefined)
      : "",
    hasFacts: Object.values(facts).some((value) => value !== ""),
  };
}

export function peopleListHeading(data: PeopleListCardData, lang: Lang): string {
  return data.topic.kind === "custom" ? data.topic.heading : texts(lang).peopleHeading(data.topic, data.people.length);
}

export function peopleListView(data: PeopleListCardData, lang: Lang) {
  const x = texts(lang);
  const people = data.people.slice(0, MAX_PEOPLE);
  return {
    heading: peopleListHeading(data, lang),
    noPeople: x.noPeople,
    more: data.people.length > people.length ? x.showingOf(people.length, data.people.length) : "",
    people: people.map((person) =>
      contactView(person, lang, {
        detail: person.detail,
        absence: person.absentToday ? x.absentToday(x.reason(person.absentToday)) : undefined,
      }),
    ),
    note: data.note ?? "",
  };
}

/** The absence note of a fyrtårn: "— kontakt backup" when a backup is at work. */
export function fyrtaarnAbsence(data: AreaCardData, reason: string | undefined, lang: Lang): string {
  if (!reason) return "";
  const x = texts(lang);
  const backupAtWork = data.backups.some((backup) => !backup.absentToday);
  const day = areaDay(data, lang);
  return backupAtWork ? x.absentContactBackup(x.reason(reason), day) : x.absentToday(x.reason(reason), undefined, day);
}

/** The day an area card's absences are about, when it is not today. */
export function areaDay(data: AreaCardData, lang: Lang): string | undefined {
  return data.date ? formatDate(data.date, lang) : undefined;
}

export function areaView(data: AreaCardData, lang: Lang) {
  const x = texts(lang);
  return {
    area: data.area,
    askInstead: askInsteadText(data, lang),
    referralFirst: data.focus === "referral",
    backupsFirst: data.focus === "backup",
    referral: { front: data.front?.trim() ?? "", referTo: data.referTo?.trim() ?? "", noFrontInfo: x.noFrontInfo(data.area) },
    fyrtaarne: data.fyrtaarne.map((person) => contactView(person, lang, { absence: fyrtaarnAbsence(data, person.absentToday, lang) })),
    backups: data.backups.map((person) =>
      contactView(person, lang, { absence: person.absentToday ? x.absentToday(x.reason(person.absentToday), undefined, areaDay(data, lang)) : undefined }),
    ),
    guides: data.guides.filter((guide) => guide.title.trim() && guide.url.trim()).map(({ title, url }) => ({ title, url })),
  };
}

/** "Fyrtårnet er væk i dag: spørg Kim Vang (backup)." — empty when the first fyrtårn is in and nothing was asked about absences. */
export function askInsteadText(data: AreaCardData, lang: Lang): string {
  if (!data.askInstead) return "";
  return texts(lang).askInstead(data.askInstead.name, data.askInstead.as, areaDay(data, lang), data.fyrtaarne.length > 1);
}

/** Who covers for a person, in the layout of the duties card: one day, a line per duty. */
export function coverView(data: CoverCardData, lang: Lang) {
  const x = texts(lang);
  const date = formatDate(data.date, lang);
  const lines: { text: string; subtle: boolean }[] = [];
  if (data.dayOff) lines.push({ text: x.dayOff(data.dayOff.reason, data.dayOff.holidayName), subtle: true });
  for (const duty of data.duties) {
    const who = duty.coveredBy.length > 0 ? x.and(duty.coveredBy) : x.coverGap;
    lines.push({ text: `${duty.duty}, ${duty.slot} ${formatTimeSpan(duty.start, duty.end, lang)}: ${who}`, subtle: false });
  }
  if (lines.length === 0) lines.push({ text: x.coverNoDuties(data.person), subtle: true });
  return {
    heading: x.coverHeading(data.person, date),
    person: data.absent ? x.coverAbsent(data.person, data.absent) : x.coverNotAbsent(data.person),
    days: [{ date: capitalise(date), lines }],
  };
}

/** The slots and duties a rota card shows after its `only` filter; a filter that matches nothing is ignored. */
export function rotaShown(data: RotaDayCardData) {
  const slotFilter = data.only?.slot;
  const dutyFilter = data.only?.duty;
  const slots = slotFilter && data.slots.some((slot) => slot.id === slotFilter) ? data.slots.filter((slot) => slot.id === slotFilter) : data.slots;
  const duties = dutyFilter && data.duties.some((duty) => duty.id === dutyFilter) ? data.duties.filter((duty) => duty.id === dutyFilter) : data.duties;
  return { slots, duties, slotFiltered: slots.length !== data.slots.length, dutyFiltered: duties.length !== data.duties.length };
}

export function rotaHeading(data: RotaDayCardData, lang: Lang): string {
  return texts(lang).rotaHeading(formatDate(data.date, lang, { year: true }));
}

export function rotaRedirectText(data: RotaDayCardData, lang: Lang): string {
  return data.redirect ? texts(lang).rotaRedirect(data.redirect, formatDate(data.date, lang)) : "";
}

export function slotLabel(slot: { readonly name: string; readonly start: string; readonly end: string }, lang: Lang): string {
  return `${slot.name} ${formatTimeSpan(slot.start, slot.end, lang)}`;
}

/** A cell's people as the card lists them: "Lars Møller (syg)". */
export function cellPeople(cell: RotaCell | undefined, lang: Lang): string[] {
  const x = texts(lang);
  return (cell?.people ?? []).map((person) => (person.absent ? `${person.name} (${x.reason(person.absent)})` : person.name));
}

/** The rota card's view; `maxDuties` cuts the table when the whole day would not fit in a Teams message. */
export function rotaDayView(data: RotaDayCardData, lang: Lang, maxDuties = Number.POSITIVE_INFINITY) {
  const x = texts(lang);
  const all = rotaShown(data);
  const shown = { ...all, duties: all.duties.slice(0, Math.max(1, maxDuties)) };
  const showing = [
    ...(shown.dutyFiltered ? shown.duties.map((duty) => duty.name) : []),
    ...(shown.slotFiltered ? shown.slots.map((slot) => slotLabel(slot, lang)) : []),
  ];
  const slotNames = new Map(data.slots.map((slot) => [slot.id, slot.name]));
  const absences = firstOf(data.absences, MAX_ABSENCES, lang);
  return {
    heading: rotaHeading(data, lang),
    redirect: rotaRedirectText(data, lang),
    note: data.note ?? "",
    showing: showing.length > 0 ? x.showing(showing) : "",
    gaps: (data.gaps ?? []).map((gap) => ({ text: gapText(gap, lang) })),
    // One block per duty with a line per slot, not a table: a table's narrow columns break words on a phone.
    duties: shown.duties.map((duty) => ({
      id: duty.id,
      name: duty.name,
      cells: shown.slots.map((slot) => {
        const cell = duty.cells.find((candidate) => candidate.slot === slot.id);
        const present = (cell?.people ?? []).filter((person) => !person.absent).length;
        const people = cellPeople(cell, lang);
        return {
          slot: slotLabel(slot, lang),
          people: `${people.length ? people.join(", ") : x.labels.nobody}${cell?.changed ? ` (${x.changed})` : ""}`,
          understaffed: cell?.understaffed ? x.understaffed(present, cell.minStaff) : "",
          style: cell?.understaffed ? "attention" : "default",
        };
      }),
    })),
    absences: absences.shown.map((absence) => {
      const part = absence.slots?.length
        ? absence.slots.map((slot) => slotNames.get(slot) ?? slot).join(", ")
        : x.wholeDay;
      return { text: `${absence.name}: ${x.reason(absence.reason)} (${part})` };
    }),
    moreAbsences: absences.more,
    moreDuties: shown.duties.length < all.duties.length ? x.moreDuties(all.duties.length - shown.duties.length) : "",
  };
}

export function myDutiesDays(data: MyDutiesCardData, lang: Lang) {
  const x = texts(lang);
  return data.days.map((day) => {
    const lines: { text: string; subtle: boolean }[] = [];
    if (day.dayOff) lines.push({ text: x.dayOff(day.dayOff.reason, day.dayOff.holidayName), subtle: true });
    if (day.absent) lines.push({ text: x.absentDay(x.reason(day.absent)), subtle: true });
    for (const duty of day.duties) {
      const changed = duty.changed ? ` (${x.changed})` : "";
      lines.push({ text: `${duty.duty}, ${duty.slot} ${formatTimeSpan(duty.start, duty.end, lang)}${changed}`, subtle: false });
    }
    if (lines.length === 0) lines.push({ text: x.labels.noDuties, subtle: true });
    return { date: capitalise(formatDate(day.date, lang)), lines };
  });
}

export function myDutiesView(data: MyDutiesCardData, lang: Lang) {
  return { heading: myDutiesHeading(data, lang), person: data.person, days: myDutiesDays(data, lang) };
}

export function myDutiesHeading(data: MyDutiesCardData, lang: Lang): string {
  const x = texts(lang);
  return data.heading ?? (data.own === false ? x.dutiesOf(data.person) : x.myDutiesHeading);
}

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

/** "Ledelseskontrol af MitID-udstedelser (uge 47)". */
export function checkName(check: { readonly title: string; readonly period?: CheckListItem["period"] }, lang: Lang): string {
  return check.period ? `${check.title} (${texts(lang).period(check.period)})` : check.title;
}

/** Most checks a checks card lists (a department has fewer; the rest are counted). */
export const MAX_CHECK_GROUPS = 12;
/** Most rounds shown under one check in a checks card (newest first). */
export const MAX_ROUNDS_PER_CHECK = 5;
/** Most open deviations shown under one check, and the longest follow-up text shown there. */
export const MAX_DEVIATIONS_PER_CHECK = 3;
const MAX_FOLLOW_UP_CHARS = 160;

/** The text cut to `max` characters with "…". */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The colour a round's status is shown in, the same meaning as its words. */
export function checkStatusColor(status: CheckListItem["status"]): string {
  return status === "overdue" || status === "missed" ? "Attention" : status === "deviation" ? "Warning" : status === "done" ? "Good" : "Default";
}

export function checksView(data: ChecksCardData, lang: Lang, maxGroups = MAX_CHECK_GROUPS) {
  const x = texts(lang);
  const c = checkTexts(lang);
  const scope = data.scope ?? "all";
  const date = (d: string) => formatDate(d, lang, { year: showYear(d, data.today) });
  const groups = firstOf(data.groups, Math.min(maxGroups, MAX_CHECK_GROUPS), lang);
  return {
    heading: x.checksHeading(scope),
    emptyText: x.noChecks(scope),
    more: groups.more,
    groups: groups.shown.map((group) => {
      const rounds = firstOf(group.rounds, MAX_ROUNDS_PER_CHECK, lang);
      return {
        title: group.title,
        details: `${x.labels.owner}: ${group.owner}`,
        rounds: rounds.shown.map((round) => ({
          text: [...(round.period ? [capitalise(x.period(round.period))] : []), x.checkStatus(round.status, date(round.due))].join(": "),
          color: checkStatusColor(round.status),
          weight: round.status === "overdue" ? "Bolder" : "Default",
        })),
        moreRounds: rounds.more,
        deviationsHeading: group.deviations.length > 0 ? c.openDeviations : "",
        moreDeviations: firstOf(group.deviations, MAX_DEVIATIONS_PER_CHECK, lang).more,
        approvalsHeading: group.awaitingApproval?.length ? c.awaitingYourApproval : "",
        approvals: (group.awaitingApproval ?? []).slice(0, MAX_ROUNDS_PER_CHECK).map((a) => ({
          text: [...(a.period ? [capitalise(x.period(a.period))] : []), c.doneBy(a.by, a.deviation)].join(": "),
          button: c.openRound,
          checkId: a.checkId,
          occurrence: a.occurrence,
        })),
        deviations: firstOf(group.deviations, MAX_DEVIATIONS_PER_CHECK, lang).shown.map((d) => ({
          text: [
            [...(d.period ? [capitalise(x.period(d.period))] : []), c.deviation(d.kind && clip(d.kind, 80))].join(": "),
            ...(d.followUp ? [clip(d.followUp, MAX_FOLLOW_UP_CHARS)] : []),
            ...(d.due ? [c.followUpDue(date(d.due), d.overdue)] : []),
          ].join(" — "),
          color: d.overdue ? "Attention" : "Warning",
        })),
      };
    }),
  };
}

export function helpView(data: HelpCardData, lang: Lang, welcome?: WelcomeCardData) {
  const x = texts(lang);
  return {
    greeting: welcome ? x.welcomeHeading(welcome.firstName) : "",
    intro: welcome ? x.welcomeIntro(welcome.organisation) : "",
    headingSize: welcome ? "Medium" : "Large",
    capabilities: x.labels.capabilities.map((text) => ({ text })),
    examples: exampleQuestions(data, lang).map((question) => ({ question })),
  };
}

export function exampleQuestions(data: HelpCardData, lang: Lang): readonly string[] {
  return texts(lang).examples(data.examples ?? {}).slice(0, MAX_EXAMPLES);
}

export function unknownView(data: UnknownCardData, lang: Lang) {
  const x = texts(lang);
  return {
    understood: data.understood.map((part) => ({ kind: x.understoodKind(part.kind), text: part.text })),
    suggestions: data.suggestions.slice(0, MAX_SUGGESTIONS).map((question) => ({ question })),
  };
}

export function errorView(data: ErrorCardData, lang: Lang) {
  const x = texts(lang);
  return { heading: x.errorHeading(data.kind), body: x.errorBody(data.kind, data.email) };
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

/** The completion line: "Udført af Mette Jensen 24.11.2026 kl. 10.12 — OK, 5 stikprøver". */
export function completionLine(data: CheckReminderCardData, lang: Lang): string {
  if (data.state.kind !== "completed") return "";
  const { by, at, result, sampleChecked } = data.state.completion;
  return texts(lang).completedBy(by, formatInstant(at, data.timezone, lang), result, sampleChecked);
}

/** Who may complete the check, the owner named once even when also a koordinator or sektionsleder. */
export function whoMayComplete(data: CheckReminderCardData, lang: Lang): string {
  if (data.state.kind !== "notAllowed") return "";
  const others = (names: readonly string[]) => [...new Set(names)].filter((name) => name !== data.owner);
  return texts(lang).whoMayComplete(data.owner, others(data.state.coordinators), others(data.state.leaders));
}

export function checkReminderView(data: CheckReminderCardData, lang: Lang) {
  const x = texts(lang);
  const c = checkTexts(lang);
  const completion = data.state.kind === "completed" ? data.state.completion : undefined;
  const deviation = completion?.result === "deviation";
  const notice = data.state.kind === "completed" || data.state.kind === "open" ? data.state.notice : undefined;
  const today = data.today;
  const followUpOverdue = Boolean(deviation && !completion?.closed && completion?.followUpDue && today && completion.followUpDue < today);
  return {
    checkId: data.checkId,
    occurrence: data.occurrence,
    title: data.title,
    period: data.period ? x.period(data.period) : "",
    sample: data.sample !== undefined ? String(data.sample) : "",
    due: formatDate(data.due, lang, { year: true }),
    owner: data.owner,
    instructions: data.instructions,
    overdue: Boolean(data.overdue) && !completion,
    isOpen: data.state.kind === "open",
    isCompleted: completion !== undefined,
    // A deviation is never shown as a success: "warning" while open, "default" once closed.
    completedStyle: !deviation ? "good" : completion?.closed ? "default" : "warning",
    completed: {
      line: completionLine(data, lang),
      deviation: deviation ? c.deviation(completion?.deviationKind) : "",
      findings: completion?.findings?.trim() ?? "",
      followUp: completion?.followUp?.trim() ?? "",
      followUpDue: deviation && completion?.followUpDue ? c.followUpDue(formatDate(completion.followUpDue, lang, { year: true }), followUpOverdue) : "",
      closed: completion?.closed
        ? [c.closedBy(completion.closed.by, formatDate(completion.closed.date, lang, { year: true })), completion.closed.note ?? ""].filter(Boolean).join(": ")
        : deviation ? c.stillOpen : "",
      approved: completion?.approved ? c.approvedBy(completion.approved.by, formatInstant(completion.approved.at, data.timezone, lang)) : completion ? c.awaitingApproval : "",
    },
    notice: notice ? c.notice(notice, x.and) : "",
    noticeStyle: notice && (notice.kind === "approved" || notice.kind === "closed") ? "good" : "attention",
    c: {
      deviationKindLabel: c.deviationKindLabel, deviationKindPlaceholder: c.deviationKindPlaceholder, followUpDueLabel: c.followUpDueLabel,
      closeNoteLabel: c.closeNoteLabel, closeNotePlaceholder: c.closeNotePlaceholder, approveButton: c.approveButton, closeButton: c.closeButton,
    },
    // What was typed, so a card returned with a notice loses nothing.
    v: (() => {
      const typed = data.state.kind === "open" ? data.state.values ?? {} : {};
      return {
        hasSample: typed.sampleChecked !== undefined, sampleChecked: typed.sampleChecked ?? 0, result: typed.result ?? "",
        deviationKind: typed.deviationKind ?? "", findings: typed.findings ?? "", followUp: typed.followUp ?? "", followUpDue: typed.followUpDue ?? "",
      };
    })(),
    canApprove: data.state.kind === "completed" && Boolean(data.state.canApprove),
    canClose: data.state.kind === "completed" && Boolean(data.state.canClose),
    notAllowed: whoMayComplete(data, lang),
  };
}

export function escalationText(data: EscalationCardData, lang: Lang): string {
  return texts(lang).overdueBy(checkName(data, lang), Math.max(1, Math.floor(data.daysOverdue)));
}

export function escalationView(data: EscalationCardData, lang: Lang) {
  const x = texts(lang);
  return {
    text: escalationText(data, lang),
    period: data.period ? x.period(data.period) : "",
    due: formatDate(data.due, lang, { year: true }),
    owner: contactView(data.owner, lang),
  };
}

export function digestView(data: DigestCardData, lang: Lang) {
  const x = texts(lang);
  const checkLine = (check: CheckListItem) =>
    [checkName(check, lang), x.dueOn(formatDate(check.due, lang)), check.owner, ...(check.status === "done" ? [x.checkStatus("done", "")] : [])].join(" — ");
  return {
    heading: x.digestHeading(data.week),
    greeting: x.digestGreeting(data.firstName),
    sections: [
      digestSection(x.labels.digestOverdue, data.overdue.map((check) => ({ text: checkLine(check), color: "Attention" })), lang),
      digestSection(x.labels.digestDue, data.dueThisWeek.map((check) => ({ text: checkLine(check), color: "Default" })), lang),
      digestSection(
        x.labels.digestMeetings,
        data.meetings.map((meeting) => ({
          text: `${meeting.title} — ${formatMeetingTime(meeting.date, meeting.start, meeting.minutes, lang)}${meeting.place ? `, ${meeting.place}` : ""}`,
          color: "Default",
        })),
        lang,
      ),
    ],
  };
}

function digestSection(title: string, lines: readonly { text: string; color: string }[], lang: Lang) {
  const { shown, more } = firstOf(lines, MAX_CHECKS, lang);
  return { title, lines: shown, more };
}
