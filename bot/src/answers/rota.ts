// Answers about the rulleplan: a day or a range, one duty or all, one slot or all ("hvem har udlevering næste
// uge", "hvem står i skranken torsdag aften", "kl. 14"); a person's duties over days; when someone next has a duty;
// who covers for someone; who is away; whether someone is at work.
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import type { IsoDate, Person } from "../domain/organisation";
import { dutyRuns, nextDayWithDuty, nextDutyOf, resolveRota, resolveRotaOrNextWorkingDay, rotaForPerson, type RotaDay } from "../domain/rota";
import { resolveSlotRef } from "../domain/slots";
import { addDays, datesBetween } from "../domain/isoDate";
import { absencesBetween, coverForPerson, gapsOfDay, presenceOn, type Gap } from "../domain/coverage";
import { gapWords } from "./morningCardData";
import { formatDate } from "../domain/format";
import * as cards from "../cards";
import type { RotaDayCardData, RotaGap } from "../cards";
import { peopleList } from "./people";
import { areaReply } from "./areas";
import { NEEDS_NOTHING, dayOff, notUnderstood, reply, subjects, unknownUserReply, type Answerer, type AskContext, type Reply } from "./reply";

/** A range longer than this is cut: a card shows at most a working week or two. */
const MAX_RANGE_DAYS = 14;

/** "hvornår har jeg ferie" with no days named looks this far ahead. */
const ABSENCE_LOOKAHEAD_DAYS = 365;

const needsAskerIfSelf = (frame: Frame) => ({ asker: !!frame.self });

/** The rota of one day, or of each working day of a range (one card), optionally one duty and one slot. */
export const rota: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    const today = directory.calendar.today(context.now);
    const from = frame.from ?? today;
    const to = frame.to ?? from;
    if (to === from) return rotaDayReply(frame, directory, from);
    const days = datesBetween(from, to, MAX_RANGE_DAYS).map((date) => resolveRota(directory.organisation, date, directory.calendar)).filter((d) => d.working);
    if (days.length === 0) return rotaDayReply(frame, directory, from);
    const datas = days.map((day) => rotaCardData(directory, day, day, frame));
    const parts = datas.map((d) => cards.renderRotaDayCard(d, frame.lang));
    const text = datas.map((d) => cards.rotaDaySummary(d, frame.lang)).join("\n");
    const x = cards.texts(frame.lang);
    return reply(frame, cards.combineCards(parts, text, frame.lang, (left) => x.moreDuties(left)), text);
  },
};

function rotaDayReply(frame: Frame, directory: Directory, date: IsoDate): Reply {
  const { requested, shown } = resolveRotaOrNextWorkingDay(directory.organisation, date, directory.calendar);
  const data = rotaCardData(directory, shown, requested, frame);
  // "hvem har udlevering i eftermiddag" -> "hans nummer?": the people on that duty (and slot) are who "hans" means.
  const people = frame.duty
    ? shown.duties.filter((d) => d.duty === frame.duty).flatMap((d) => d.cells.filter((c) => !data.only?.slot || c.slot === data.only.slot).flatMap((c) => c.people))
    : undefined;
  return reply(frame, cards.renderRotaDayCard(data, frame.lang), cards.rotaDaySummary(data, frame.lang), people);
}

/** The card data of a day, filtered to the frame's duty and slot; a slot that does not run that day says so. */
function rotaCardData(directory: Directory, shown: RotaDay, requested: RotaDay, frame: Frame): RotaDayCardData {
  const name = (id: string) => directory.person(id)?.name ?? id;
  const slots = frame.slot ? resolveSlotRef(directory.organisation, shown, frame.slot) : undefined;
  const slot = slots && slots.slots.length === 1 ? slots.slots[0].slot : undefined;
  const x = cards.texts(frame.lang);
  const day = formatDate(shown.date, frame.lang);
  const duty = frame.duty ? directory.organisation.rota.duties.find((d) => d.id === frame.duty) : undefined;
  if (duty && shown.working && !dutyRuns(shown, duty.id)) {
    // "hvem har hotline fredag" when the hotline is staffed other days: say so, and when it is next. That is the
    // whole answer: the day's other duties, gaps and absences are not what was asked.
    const next = nextDayWithDuty(directory.organisation, duty.id, shown.date, directory.calendar);
    const note = x.dutyNotThatDay(duty.name, day, next && formatDate(next, frame.lang));
    return { date: shown.date, ...redirectOf(shown, requested), note, slots: [], duties: [], absences: [], gaps: [] };
  }
  const note = slots && slots.slots.length === 0 && shown.working ? x.slotNotThatDay(day) : undefined;
  return {
    date: shown.date,
    ...redirectOf(shown, requested),
    ...(note && { note }),
    // One duty asked about: only the slots it runs in that day ("udlevering" opens at 10).
    slots: shown.slots
      .filter((s) => !frame.duty || slot || shown.duties.some((d) => d.duty === frame.duty && d.cells.some((c) => c.slot === s.slot && c.planned)))
      .map((s) => ({ id: s.slot, name: s.name, start: s.start, end: s.end })),
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
    gaps: shown.working ? rotaGaps(directory, shown, frame.duty, slot) : [],
    only: frame.duty || slot ? { ...(frame.duty && { duty: frame.duty }), ...(slot && { slot }) } : undefined,
  };
}

/** The asked day when it had no rota and `shown` is the next working day. */
function redirectOf(shown: RotaDay, requested: RotaDay): Pick<RotaDayCardData, "redirect"> {
  return { redirect: requested.date !== shown.date ? { requested: requested.date, ...dayOff(requested.day)! } : undefined };
}

/**
 * The gaps a rota card lists: the coverage module's, filtered to the duty and slot asked about. An absent person on
 * a cell that is also under its minimum is left out: the understaffed line already names them.
 */
function rotaGaps(directory: Directory, day: RotaDay, duty: string | undefined, slot: string | undefined): RotaGap[] {
  const gaps = gapsOfDay(directory.organisation, day.date, directory.calendar, { rota: day }).filter((gap) => gapConcerns(gap, duty, slot));
  const short = new Set(gaps.flatMap((gap) => (gap.kind === "understaffed" ? [`${gap.duty}|${gap.slot}`] : [])));
  return gaps.filter((gap) => gap.kind !== "absentPlanned" || !short.has(`${gap.duty}|${gap.slot}`)).map((gap) => gapWords(directory, gap));
}

/** Whether a gap belongs on a rota card filtered to `duty` and/or `slot` (an area nobody covers: only unfiltered by duty). */
function gapConcerns(gap: Gap, duty: string | undefined, slot: string | undefined): boolean {
  if (gap.kind === "areaUncovered") return !duty;
  if (slot && gap.slot !== slot) return false;
  return !duty || (gap.kind === "doubleBooked" ? gap.duties.includes(duty) : gap.duty === duty);
}

/** The person a question is about (named, or the asker for "jeg"), or the reply that says why there is none. */
function subjectPerson(frame: Frame, directory: Directory, context: AskContext): Person | Reply {
  const who = subjects(frame, context)[0];
  if (who === undefined) return frame.self ? unknownUserReply(frame, context) : notUnderstood(frame);
  return directory.person(who) ?? notUnderstood(frame);
}

/** "hvad skal jeg i dag", "hvad skal Peter lave i morgen", "min rulleplan denne uge". */
export const duties: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    const person = subjectPerson(frame, directory, context);
    if ("intent" in person) return person;
    const today = directory.calendar.today(context.now);
    const dates = datesBetween(frame.from ?? today, frame.to ?? frame.from ?? today, MAX_RANGE_DAYS);
    const days = rotaForPerson(directory.organisation, person.id, dates, directory.calendar);
    // "hvornår har jeg eftermiddagsvagt", "hvad skal jeg i morgen formiddag": only the duties in that slot.
    const asked = frame.slot;
    const slotsOf = asked ? new Map(dates.map((date) => [date, resolveSlotRef(directory.organisation, resolveRota(directory.organisation, date, directory.calendar), asked).slots])) : undefined;
    const data: cards.MyDutiesCardData = {
      person: person.name,
      own: person.id === context.asker?.id,
      ...(slotsOf && { slots: [...slotsOf.values()].flat() }),
      days: days.map((d) => ({
        date: d.date,
        duties: d.duties
          .filter((x) => !slotsOf || slotsOf.get(d.date)!.some((s) => s.slot === x.slot))
          .map((x) => ({ duty: x.dutyName, slot: x.slotName, start: x.start, end: x.end, changed: x.changed })),
        dayOff: d.day.working ? undefined : dayOff(d.day),
        absent: d.absent[0]?.reason,
      })),
    };
    return reply(frame, cards.renderMyDutiesCard(data, frame.lang), cards.myDutiesSummary(data, frame.lang), [person.id]);
  },
};

/** "hvornår har jeg informationen næste gang": the next working day with that duty, up to two full cycles ahead. */
export const nextDuty: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    const person = subjectPerson(frame, directory, context);
    if ("intent" in person) return person;
    const duty = directory.organisation.rota.duties.find((d) => d.id === frame.duty);
    if (!duty) return notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const weeks = Math.max(1, directory.organisation.rota.cycle.length) * 2;
    const found = nextDutyOf(directory.organisation, person.id, today, directory.calendar, { duty: duty.id, after: context.now });
    const x = cards.texts(frame.lang);
    const data: cards.MyDutiesCardData = {
      person: person.name,
      heading: found ? x.nextDutyFound(person.name, duty.name) : x.nextDutyNone(person.name, duty.name, weeks),
      days: found ? [{ date: found.date, duties: [{ duty: found.dutyName, slot: found.slotName, start: found.start, end: found.end, changed: found.changed }] }] : [],
    };
    return reply(frame, cards.renderMyDutiesCard(data, frame.lang), cards.myDutiesSummary(data, frame.lang), [person.id]);
  },
};

/**
 * "hvem dækker for Kim i eftermiddag": the person's duties that day (in the slot asked) and who does them; "hvem kan
 * tage min skranke i morgen": the asker's (that duty only), as if they were away.
 */
export const cover: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    if ((frame.areas?.length ?? 0) > 0) return areaCover(frame, directory, context);
    if (frame.self && !context.asker) return unknownUserReply(frame, context);
    const personId = (frame.people ?? frame.away ?? [])[0] ?? (frame.self ? context.asker?.id : undefined);
    const person = personId ? directory.person(personId) : undefined;
    if (!person) return frame.duty ? rota.answer({ ...frame, intent: "rota" }, directory, context) : notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const date = frame.from ?? today;
    const day = resolveRota(directory.organisation, date, directory.calendar);
    const slots = frame.slot ? resolveSlotRef(directory.organisation, day, frame.slot).slots.map((s) => s.slot) : undefined;
    const assumeAway = (frame.away ?? []).includes(person.id) || (!!frame.self && person.id === context.asker?.id);
    const coverage = coverForPerson(directory.organisation, person.id, date, directory.calendar, { ...(slots && { slots }), assumeAway });
    const duties = frame.duty ? coverage.duties.filter((d) => d.duty === frame.duty) : coverage.duties;
    const name = (id: string) => directory.person(id)?.name ?? id;
    const slotOf = new Map(day.slots.map((s) => [s.slot, s]));
    const dutyName = new Map(directory.organisation.rota.duties.map((d) => [d.id, d.name]));
    const absence = coverage.away.find((a) => !a.slots?.length) ?? coverage.away[0];
    const data: cards.CoverCardData = {
      person: person.name,
      date,
      ...(frame.duty && { duty: dutyName.get(frame.duty) ?? frame.duty }),
      ...(absence && { absent: absence.reason }),
      ...(!coverage.working && { dayOff: dayOff(day.day) }),
      duties: duties.map((d) => ({
        duty: dutyName.get(d.duty) ?? d.duty,
        slot: slotOf.get(d.slot)?.name ?? d.slot,
        start: slotOf.get(d.slot)?.start ?? "",
        end: slotOf.get(d.slot)?.end ?? "",
        coveredBy: (d.status === "self" ? [person.id] : d.by).map(name),
      })),
    };
    // "hans nummer?" next: whoever covers first, else (a gap, or not away) the person asked about.
    const people = [...new Set([...duties.flatMap((d) => d.by), person.id])];
    return reply(frame, cards.renderCoverCard(data, frame.lang), cards.coverSummary(data, frame.lang), people);
  },
};

function areaCover(frame: Frame, directory: Directory, context: AskContext): Reply {
  return areaReply(frame, directory, context, "people");
}

/** "hvem er syg i dag", "hvornår har jeg ferie", "hvem har ferie næste uge". */
export const absences: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    const today = directory.calendar.today(context.now);
    const from = frame.from ?? today;
    const to = frame.to ?? (frame.from ? from : addDays(today, ABSENCE_LOOKAHEAD_DAYS));
    const only = subjects(frame, context);
    if (frame.self && only.length === 0) return unknownUserReply(frame, context);
    const list = absencesBetween(directory.organisation, from, to, { ...(frame.reason && { reason: frame.reason }) })
      .filter((a) => only.length === 0 || only.includes(a.person));
    const x = cards.texts(frame.lang);
    if (list.length === 0) {
      // Nobody matched: one sentence that says so for whom and when ("Ingen er meldt syge i dag", "Du har ingen ferie registreret det næste år").
      const period = !frame.from ? undefined : { from: formatDate(from, frame.lang), ...(to !== from && { to: formatDate(to, frame.lang) }) };
      const asked = frame.self ? "you" : only.map((id) => directory.person(id)?.name ?? id);
      return peopleList(frame, directory, context, { kind: "custom", heading: x.noAbsence(asked, frame.reason, period) }, [], undefined, { statement: true });
    }
    const slotNames = (ids: readonly string[] | undefined) => ids?.map((id) => directory.organisation.rota.slots.find((s) => s.id === id)?.name ?? id).join(", ");
    const ids = list.map((a) => a.person);
    const details = new Map<string, string[]>();
    for (const a of list) {
      const period = a.from === a.to ? formatDate(a.from, frame.lang) : x.dayRange(formatDate(a.from, frame.lang), formatDate(a.to, frame.lang));
      details.set(a.person, [...(details.get(a.person) ?? []), x.absenceDetail(a.reason, period, slotNames(a.slots))]);
    }
    // "hvornår har jeg ferie" looks a year ahead: the heading then names no days, each row has its own.
    const openEnded = !frame.from;
    const topic: cards.PeopleListTopic = { kind: "absent", ...(openEnded ? {} : { from, to }), ...(frame.reason && { reason: frame.reason }) };
    return peopleList(frame, directory, context, topic, [...new Set(ids)], (p) => details.get(p.id)?.join("; "));
  },
};

/** "er Nanna på arbejde i morgen". */
export const atWork: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    const person = frame.people?.[0] ? directory.person(frame.people[0]) : undefined;
    if (!person) return notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const date = frame.from ?? today;
    const x = cards.texts(frame.lang);
    const when = formatDate(date, frame.lang);
    const presence = presenceOn(directory.organisation, person.id, date, directory.calendar);
    const absence = presence.away[0];
    const slotNames = presence.awaySlots.map((id) => directory.organisation.rota.slots.find((s) => s.id === id)?.name ?? id).join(", ");
    const note = presence.presence === "dayOff"
      ? x.dayOffFor(when)
      : presence.presence === "in" || !absence
        ? x.atWork(person.name, when)
        : presence.presence === "partly"
          ? x.partlyAway(person.name, when, absence.reason, slotNames)
          : x.notAtWork(person.name, when, absence.reason, absence.to > date ? formatDate(absence.to, frame.lang) : undefined);
    return peopleList(frame, directory, context, { kind: "custom", heading: note }, [person.id], (p) => p.title, { statement: true });
  },
};
