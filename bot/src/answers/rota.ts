// Answers about the rulleplan: a day or a range, one duty or all, one slot or all ("hvem har udlevering næste
// uge", "hvem står i skranken torsdag aften", "kl. 14"); a person's duties over days; when someone next has a duty;
// who covers for someone; who is away; whether someone is at work.
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import type { IsoDate } from "../domain/organisation";
import { cycleWeekOf, resolveRota, resolveRotaOrNextWorkingDay, rotaForPerson, type RotaDay } from "../domain/rota";
import { resolveSlotRef } from "../domain/slots";
import { addDays } from "../domain/isoDate";
import { formatDate } from "../domain/format";
import * as cards from "../cards";
import type { RotaDayCardData } from "../cards";
import { peopleList } from "./people";
import { areaReply } from "./areas";
import { NEEDS_NOTHING, dayOff, datesBetween, notUnderstood, reply, subjects, unknownUserReply, type Answerer, type AskContext, type Reply } from "./reply";

/** A range longer than this is cut: a card shows at most a working week or two. */
const MAX_RANGE_DAYS = 14;

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
  const note = slots && slots.slots.length === 0 && shown.working ? cards.texts(frame.lang).slotNotThatDay(formatDate(shown.date, frame.lang)) : undefined;
  return {
    date: shown.date,
    redirect: requested.date !== shown.date ? { requested: requested.date, ...dayOff(requested.day)! } : undefined,
    ...(note && { note }),
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
    only: frame.duty || slot ? { ...(frame.duty && { duty: frame.duty }), ...(slot && { slot }) } : undefined,
  };
}

/** "hvad skal jeg i dag", "hvad skal Peter lave i morgen", "min rulleplan denne uge". */
export const duties: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    const who = subjects(frame, context);
    if (who.length === 0) return frame.self ? unknownUserReply(frame, context) : notUnderstood(frame);
    const person = directory.person(who[0]);
    if (!person) return notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const dates = datesBetween(frame.from ?? today, frame.to ?? frame.from ?? today, MAX_RANGE_DAYS);
    const days = rotaForPerson(directory.organisation, person.id, dates, directory.calendar);
    const data: cards.MyDutiesCardData = {
      person: person.name,
      days: days.map((d) => ({
        date: d.date,
        duties: d.duties.map((x) => ({ duty: x.dutyName, slot: x.slotName, start: x.start, end: x.end, changed: x.changed })),
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
    const who = subjects(frame, context);
    if (who.length === 0) return frame.self ? unknownUserReply(frame, context) : notUnderstood(frame);
    const person = directory.person(who[0]);
    const duty = directory.organisation.rota.duties.find((d) => d.id === frame.duty);
    if (!person || !duty) return notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const weeks = Math.max(1, directory.organisation.rota.cycle.length) * 2;
    const found = nextDayWithDuty(directory, person.id, duty.id, today, context.now, weeks * 7);
    const x = cards.texts(frame.lang);
    const data: cards.MyDutiesCardData = {
      person: found ? x.nextDutyFound(person.name, duty.name) : x.nextDutyNone(person.name, duty.name, weeks),
      days: found
        ? [{ date: found.date, duties: found.duties.filter((d) => d.duty === duty.id).map((d) => ({ duty: d.dutyName, slot: d.slotName, start: d.start, end: d.end, changed: d.changed })) }]
        : [],
    };
    return reply(frame, cards.renderMyDutiesCard(data, frame.lang), cards.myDutiesSummary(data, frame.lang), [person.id]);
  },
};

function nextDayWithDuty(directory: Directory, personId: string, dutyId: string, today: IsoDate, now: Date, days: number) {
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const [day] = rotaForPerson(directory.organisation, personId, [date], directory.calendar);
    const upcoming = day.duties.filter((d) => d.duty === dutyId && d.endsAt.getTime() > now.getTime());
    if (upcoming.length > 0) return day;
  }
  return undefined;
}

/** "hvem dækker for Kim i eftermiddag": the person's duties that day (in the slot asked) and who does them. */
export const cover: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    if ((frame.areas?.length ?? 0) > 0) return areaCover(frame, directory, context);
    const personId = (frame.people ?? frame.away ?? [])[0];
    const person = personId ? directory.person(personId) : undefined;
    if (!person) return frame.duty ? rota.answer({ ...frame, intent: "rota" }, directory, context) : notUnderstood(frame);
    const today = directory.calendar.today(context.now);
    const date = frame.from ?? today;
    const day = resolveRota(directory.organisation, date, directory.calendar);
    const slotIds = frame.slot ? new Set(resolveSlotRef(directory.organisation, day, frame.slot).slots.map((s) => s.slot)) : undefined;
    const planned = plannedDuties(directory, day, person.id).filter((d) => !slotIds || slotIds.has(d.slot));
    const absence = day.absent.find((a) => a.person === person.id);
    const name = (id: string) => directory.person(id)?.name ?? id;
    const data: cards.CoverCardData = {
      person: person.name,
      date,
      ...(absence && { absent: absence.reason }),
      ...(!day.working && { dayOff: dayOff(day.day) }),
      duties: planned.map((d) => ({ duty: d.dutyName, slot: d.slotName, start: d.start, end: d.end, coveredBy: d.coveredBy.map(name) })),
    };
    const people = planned.flatMap((d) => d.coveredBy);
    return reply(frame, cards.renderCoverCard(data, frame.lang), cards.coverSummary(data, frame.lang), people);
  },
};

function areaCover(frame: Frame, directory: Directory, context: AskContext): Reply {
  return areaReply(frame, directory, context, "people");
}

/** The duties a person has on a day by the cycle or a change, and who covers each (present people of the cell). */
function plannedDuties(directory: Directory, day: RotaDay, personId: string) {
  const cycleWeek = cycleWeekOf(directory.organisation.rota, day.date);
  const plan = cycleWeek > 0 ? directory.organisation.rota.cycle[cycleWeek - 1]?.[day.day.weekday as "mon"] ?? {} : {};
  const out: Array<{ dutyName: string; slot: string; slotName: string; start: string; end: string; coveredBy: readonly string[] }> = [];
  for (const slot of day.slots) {
    for (const row of day.duties) {
      const cell = row.cells.find((c) => c.slot === slot.slot);
      if (!cell) continue;
      const inPlan = (plan[row.duty]?.[slot.slot] ?? []).includes(personId);
      const onCell = cell.people.includes(personId) || cell.absent.some((a) => a.person === personId);
      if (!inPlan && !onCell) continue;
      out.push({ dutyName: row.name, slot: slot.slot, slotName: slot.name, start: slot.start, end: slot.end, coveredBy: cell.people });
    }
  }
  return out;
}

/** "hvem er syg i dag", "hvornår har jeg ferie", "hvem har ferie næste uge". */
export const absences: Answerer = {
  needs: needsAskerIfSelf,
  dayStable: true,
  answer: (frame, directory, context) => {
    const today = directory.calendar.today(context.now);
    const from = frame.from ?? today;
    const to = frame.to ?? from;
    const only = subjects(frame, context);
    if (frame.self && only.length === 0) return unknownUserReply(frame, context);
    const reasonMatches = (reason: string) => !frame.reason || reason.toLowerCase().startsWith(frame.reason);
    const list = directory.organisation.rota.absences
      .filter((a) => a.from <= to && a.to >= from && reasonMatches(a.reason) && (only.length === 0 || only.includes(a.person)))
      .sort((a, b) => a.from.localeCompare(b.from));
    const x = cards.texts(frame.lang);
    const slotNames = (ids: readonly string[] | undefined) => ids?.map((id) => directory.organisation.rota.slots.find((s) => s.id === id)?.name ?? id).join(", ");
    const ids = list.map((a) => a.person);
    const details = new Map(list.map((a) => [a.person, x.absenceDetail(a.reason, a.to > from || a.from !== a.to ? formatDate(a.to, frame.lang) : undefined, slotNames(a.slots))]));
    return peopleList(frame, directory, context, { kind: "absent", from, to, ...(frame.reason && { reason: frame.reason }) }, [...new Set(ids)], (p) => details.get(p.id));
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
    const day = directory.calendar.dayInfo(date);
    const absence = directory.organisation.rota.absences.find((a) => a.person === person.id && a.from <= date && date <= a.to);
    const slotNames = absence?.slots?.map((id) => directory.organisation.rota.slots.find((s) => s.id === id)?.name ?? id).join(", ");
    const note = !day.working
      ? x.dayOffFor(when)
      : !absence
        ? x.atWork(person.name, when)
        : slotNames
          ? x.partlyAway(person.name, when, absence.reason, slotNames)
          : x.notAtWork(person.name, when, absence.reason, absence.to > date ? formatDate(absence.to, frame.lang) : undefined);
    return peopleList(frame, directory, context, { kind: "custom", heading: note }, [person.id]);
  },
};
