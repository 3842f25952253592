// The rota on cards: a day's rulleplan (filtered to a duty or a slot, cut to fit), a person's duties over some
// days, and who covers for a person.
import type { CoverCardData, Lang, MyDutiesCardData, RotaCell, RotaDayCardData } from "../cardData";
import { formatDate } from "../../domain/format";
import { capitalise, formatTimeSpan } from "../format";
import { texts } from "../texts";
import { gapText } from "../gapTexts";
import { firstOf } from "./lists";

/** Most absences a rota card lists. */
export const MAX_ABSENCES = 30;

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
  if (lines.length === 0) lines.push({ text: x.coverNoDuties(data.person, data.duty), subtle: true });
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
  const heading = data.heading ?? (data.own === false ? x.dutiesOf(data.person) : x.myDutiesHeading);
  if (!data.slots?.length) return heading;
  return `${heading} (${[...new Set(data.slots.map((slot) => slotLabel(slot, lang)))].join(", ")})`;
}
