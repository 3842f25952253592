// Turns an understood question into a reply: card data filled from the organisation's in-memory view,
// rendered to an Adaptive Card, with a plain-text summary for notifications and screen readers.
// No Bot Framework here: the Teams handler sends what this returns.
import type { Directory } from "../domain/directory";
import type { Question } from "../domain/understand";
import type { IsoDate, Person, Role } from "../domain/organisation";
import { resolveRota, resolveRotaOrNextWorkingDay, rotaForPerson, type RotaDay } from "../domain/rota";
import { nextOccurrence, agendaDueAt } from "../domain/occurrences";
import type { CheckRecord } from "../domain/checkRecords";
import { addDays } from "../domain/calendar";
import * as cards from "../cards";
import type { AdaptiveCard, ContactWithAbsence, ExampleNames, Lang, MeetingListItem, RotaDayCardData } from "../cards";
import { checkGroupsCardData } from "./checkGroupsCardData";

/** What the bot sends back: one card (or a few, for a week), and the same in plain text. */
export interface Reply {
  readonly intent: string;
  readonly cards: readonly AdaptiveCard[];
  readonly text: string;
}

/** Facts of the turn the answer may depend on. */
export interface AskContext {
  readonly now: Date;
  /** The person the asker is, when the Teams user could be linked. */
  readonly asker?: Person;
  /** The e-mail/UPN Teams gave, for "I don't know you" replies. */
  readonly askerEmail?: string;
  /** Check records by occurrence key (from storage; only for check questions). */
  readonly completions?: ReadonlyMap<string, CheckRecord>;
}

/** Intents whose reply depends only on the organisation version, the day and the asker: safe to remember. */
const DAY_STABLE_INTENTS = new Set<Question["intent"]>(["fyrtaarn", "referral", "rota", "rotaWeek", "myDuties", "role", "contact", "personAreas", "competence", "help", "greeting", "unknown"]);

/** The reply to one question; a question asked again the same day is answered from the Directory's memo. */
export function answerQuestion(question: Question, directory: Directory, context: AskContext): Reply {
  if (!DAY_STABLE_INTENTS.has(question.intent)) return composeReply(question, directory, context);
  const key = `reply|${directory.calendar.today(context.now)}|${context.asker?.id ?? context.askerEmail ?? ""}|${JSON.stringify(question)}`;
  return directory.memo(key, () => composeReply(question, directory, context));
}

function composeReply(question: Question, directory: Directory, context: AskContext): Reply {
  const lang = question.lang;
  const today = directory.calendar.today(context.now);
  const contact = contactMaker(directory, today);
  const single = (card: AdaptiveCard, text: string): Reply => ({ intent: question.intent, cards: [card], text });

  switch (question.intent) {
    case "fyrtaarn":
    case "referral": {
      const area = directory.area(question.area);
      if (!area) return notUnderstood(question.intent, lang);
      const data: cards.AreaCardData = {
        area: area.name,
        fyrtaarne: area.fyrtaarne.map(contact),
        backups: area.backups.map(contact),
        front: area.front,
        referTo: area.referTo,
        guides: area.guides,
        focus: question.intent === "referral" ? "referral" : "people",
      };
      return single(cards.renderAreaCard(data, lang), cards.areaSummary(data, lang));
    }
    case "rota": {
      const { requested, shown } = resolveRotaOrNextWorkingDay(directory.organisation, question.date, directory.calendar);
      const slot = question.part ? slotForPart(shown, question.part) : undefined;
      const data = rotaCardData(directory, shown, requested, { duty: question.duty, slot });
      return single(cards.renderRotaDayCard(data, lang), cards.rotaDaySummary(data, lang));
    }
    case "rotaWeek": {
      const days = directory.calendar.weekOf(question.from).days
        .map((date) => resolveRota(directory.organisation, date, directory.calendar))
        .filter((day) => day.working);
      if (days.length === 0) {
        const { requested, shown } = resolveRotaOrNextWorkingDay(directory.organisation, question.from, directory.calendar);
        const data = rotaCardData(directory, shown, requested, {});
        return single(cards.renderRotaDayCard(data, lang), cards.rotaDaySummary(data, lang));
      }
      const datas = days.map((day) => rotaCardData(directory, day, day, {}));
      return { intent: question.intent, cards: datas.map((d) => cards.renderRotaDayCard(d, lang)), text: datas.map((d) => cards.rotaDaySummary(d, lang)).join("\n") };
    }
    case "myDuties": {
      if (!context.asker) {
        const data: cards.ErrorCardData = { kind: "unknownUser", email: context.askerEmail };
        return single(cards.renderErrorCard(data, lang), cards.errorSummary(data, lang));
      }
      const dates = datesBetween(question.from, question.to);
      const days = rotaForPerson(directory.organisation, context.asker.id, dates, directory.calendar);
      const data: cards.MyDutiesCardData = {
        person: context.asker.name,
        days: days.map((d) => ({
          date: d.date,
          duties: d.duties.map((x) => ({ duty: x.dutyName, slot: x.slotName, start: x.start, end: x.end, changed: x.changed })),
          dayOff: d.day.working ? undefined : dayOff(d.day.off),
          absent: d.absent[0]?.reason,
        })),
      };
      return single(cards.renderMyDutiesCard(data, lang), cards.myDutiesSummary(data, lang));
    }
    case "role": {
      const people = directory.organisation.people.filter((p) =>
        (question.role === "tr" || question.role === "amr" ? p.tillidshverv.includes(question.role) : p.role === question.role) &&
        (!question.unit || p.unit === question.unit),
      );
      const topic: cards.PeopleListTopic = question.role === "tr" || question.role === "amr"
        ? { kind: "tillidshverv", tillidshverv: question.role }
        : { kind: "role", role: question.role as Role };
      const data: cards.PeopleListCardData = { topic, people: people.map((p) => ({ ...contact(p.id), detail: directory.unit(p.unit)?.name })) };
      return single(cards.renderPeopleListCard(data, lang), cards.peopleListSummary(data, lang));
    }
    case "contact":
    case "personAreas": {
      const person = directory.person(question.person);
      if (!person) return notUnderstood(question.intent, lang);
      const areas = directory.areasOfPerson(person.id);
      const absence = absenceOn(directory, person.id, today);
      const data: cards.PersonCardData = {
        person: { name: person.name, title: person.title, phone: person.phone, email: person.email },
        unit: directory.unit(person.unit)?.name,
        role: person.role,
        fyrtaarnFor: areas.fyrtaarn.map((a) => a.name),
        backupFor: areas.backup.map((a) => a.name),
        competences: person.competences,
        tillidshverv: person.tillidshverv,
        absentToday: absence?.reason,
        absentUntil: absence?.to,
      };
      return single(cards.renderPersonCard(data, lang), cards.personSummary(data, lang));
    }
    case "competence": {
      const data: cards.PeopleListCardData = {
        topic: { kind: "competence", competence: question.term },
        people: question.people.map((id) => ({ ...contact(id), detail: directory.person(id)?.competences.join(", ") })),
      };
      return single(cards.renderPeopleListCard(data, lang), cards.peopleListSummary(data, lang));
    }
    case "nextMeeting": {
      const meetings = question.meeting
        ? directory.organisation.meetings.filter((m) => m.id === question.meeting)
        : directory.organisation.meetings;
      const upcoming = meetings
        .map((m) => ({ meeting: m, occurrence: nextOccurrence(m, directory.organisation, directory.calendar, context.now) }))
        .filter((x) => x.occurrence !== undefined)
        .sort((a, b) => a.occurrence!.at.getTime() - b.occurrence!.at.getTime())
        .slice(0, question.meeting ? 1 : 3);
      const data: cards.MeetingsCardData = {
        meetings: upcoming.map(({ meeting, occurrence }): MeetingListItem => ({
          title: meeting.title,
          date: occurrence!.date,
          start: occurrence!.time,
          minutes: meeting.minutes,
          place: meeting.place,
          agendaUrl: meeting.agendaUrl,
          agendaDue: directory.calendar.localParts(agendaDueAt(occurrence!, meeting, directory.calendar)).date,
        })),
      };
      return single(cards.renderMeetingsCard(data, lang), cards.meetingsSummary(data, lang));
    }
    case "checks":
    case "check": {
      const items = checkItems(directory, context, question.intent === "check" ? question.check : undefined, question.intent === "checks" ? question.scope : "week");
      const data: cards.ChecksCardData = { scope: question.intent === "checks" ? (question.scope === "week" ? "thisWeek" : "missing") : "all", groups: items, today };
      return single(cards.renderChecksCard(data, lang), cards.checksSummary(data, lang));
    }
    case "help":
    case "greeting": {
      const data: cards.HelpCardData = { examples: exampleNames(directory) };
      return single(cards.renderHelpCard(data, lang), cards.helpSummary(data, lang));
    }
    case "unknown": {
      const data: cards.UnknownCardData = {
        understood: question.understood.map((text) => ({ kind: "other" as const, text })),
        suggestions: question.suggestions.map((s) => suggestionQuestion(s.kind, s.label, s.id, lang)),
      };
      return single(cards.renderUnknownCard(data, lang), cards.unknownSummary(data, lang));
    }
  }
}

/** The welcome card sent when the app is installed or the bot joins a conversation. */
export function welcomeReply(directory: Directory | undefined, lang: Lang, firstName?: string): Reply {
  const data: cards.WelcomeCardData = { firstName, organisation: directory?.organisation.organisation.name, examples: directory ? exampleNames(directory) : undefined };
  return { intent: "welcome", cards: [cards.renderWelcomeCard(data, lang)], text: cards.welcomeSummary(data, lang) };
}

/** A calm reply for when the organisation cannot be read. */
export function unavailableReply(lang: Lang): Reply {
  const data: cards.ErrorCardData = { kind: "unavailable" };
  return { intent: "unavailable", cards: [cards.renderErrorCard(data, lang)], text: cards.errorSummary(data, lang) };
}

/** The CPR warning; the number itself is never passed on. */
export function cprWarningReply(lang: Lang): Reply {
  return { intent: "cprWarning", cards: [cards.renderCprWarningCard(lang)], text: cards.cprWarningSummary(lang) };
}

function notUnderstood(intent: string, lang: Lang): Reply {
  const data: cards.UnknownCardData = { understood: [], suggestions: [] };
  return { intent: `${intent}:missing`, cards: [cards.renderUnknownCard(data, lang)], text: cards.unknownSummary(data, lang) };
}

function contactMaker(directory: Directory, today: IsoDate): (personId: string) => ContactWithAbsence {
  return (personId) => {
    const p = directory.person(personId);
    if (!p) return { name: personId };
    return { name: p.name, title: p.title, phone: p.phone, email: p.email, absentToday: absenceOn(directory, p.id, today)?.reason };
  };
}

/** A whole-day absence of a person on a date. */
function absenceOn(directory: Directory, personId: string, date: IsoDate) {
  return directory.organisation.rota.absences.find((a) => a.person === personId && a.from <= date && date <= a.to && !a.slots?.length);
}

function rotaCardData(directory: Directory, shown: RotaDay, requested: RotaDay, only: { duty?: string; slot?: string }): RotaDayCardData {
  const name = (id: string) => directory.person(id)?.name ?? id;
  return {
    date: shown.date,
    redirect: requested.date !== shown.date ? { requested: requested.date, ...dayOff(requested.day.off)! } : undefined,
    slots: shown.slots.map((s) => ({ id: s.slot, name: s.name, start: s.start, end: s.end })),
    duties: shown.duties.map((d) => ({
      id: d.duty,
      name: d.name,
      cells: d.cells.map((c) => ({
        slot: c.slot,
        people: [...c.people.map((id) => ({ name: name(id) })), ...c.absent.map((a) => ({ name: name(a.person), absent: a.reason }))],
        changed: c.changed,
        understaffed: c.understaffed,
        minStaff: d.minStaff,
      })),
    })),
    absences: shown.absent.map((a) => ({ name: name(a.person), reason: a.reason, slots: a.slots })),
    only: only.duty || only.slot ? only : undefined,
  };
}

function dayOff(off: RotaDay["day"]["off"]): { reason: "weekend" | "holiday" | "dayOff"; holidayName?: string } | undefined {
  if (!off || off.kind === "halfDay") return undefined;
  return { reason: off.kind, holidayName: off.name };
}

/** The slot that covers the morning (10:00) or afternoon (13:00) of that day. */
function slotForPart(day: RotaDay, part: "morning" | "afternoon"): string | undefined {
  const at = part === "morning" ? "10:00" : "13:00";
  return day.slots.find((s) => s.start <= at && at < s.end)?.slot;
}

function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; d <= to && dates.length < 31; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** The checks card's groups: the domain's checkRounds (bot/src/domain/checkRounds.ts), worded for the card. */
function checkItems(directory: Directory, context: AskContext, onlyCheck: string | undefined, scope: "week" | "missing"): cards.CheckGroupItem[] {
  return checkGroupsCardData(directory, context.completions ?? new Map(), context.now, { scope, ...(onlyCheck && { check: onlyCheck }) });
}

function exampleNames(directory: Directory): ExampleNames {
  const org = directory.organisation;
  return {
    area: org.areas[0]?.name,
    duty: org.rota.duties[0]?.name,
    person: org.people.find((p) => p.role === "koordinator")?.name.split(/\s+/)[0],
    competence: org.people.find((p) => p.competences.length > 0)?.competences[0],
    meeting: org.meetings[0]?.title,
  };
}

/** A whole question the user can send with one click for a "Mente du …?" suggestion. */
function suggestionQuestion(kind: string, label: string, id: string, lang: Lang): string {
  const da: Record<string, string> = {
    area: `Hvem er fyrtårn for ${label}?`,
    duty: `Hvem har ${label} i dag?`,
    person: `Hvem er ${label}?`,
    unit: `Hvem er i ${label}?`,
    competence: `Hvem kan noget om ${label}?`,
    meeting: `Hvornår er næste ${label}?`,
    check: `Vis kontrol ${id}`,
  };
  const en: Record<string, string> = {
    area: `Who is the lighthouse for ${label}?`,
    duty: `Who is on ${label} today?`,
    person: `Who is ${label}?`,
    unit: `Who is in ${label}?`,
    competence: `Who knows about ${label}?`,
    meeting: `When is the next ${label}?`,
    check: `Show check ${id}`,
  };
  return (lang === "en" ? en : da)[kind] ?? label;
}
