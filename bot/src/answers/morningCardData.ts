// The morning card's data: today's rota gaps from the coverage module (gapsOfDay), each with who could fill it
// (in and free in that slot, those who had the duty recently first). Plain data; no Bot Framework here.
import type { Directory } from "../domain/directory";
import { changeToFill, gapKey, gapsOfDay, replacementCandidates, type Gap } from "../domain/coverage";
import type { IsoDate } from "../domain/organisation";
import type { MorningCardData, MorningGapItem, MorningNotice } from "../cards/morningCard";
import type { RotaGap } from "../cards";

/** Most people offered to fill one gap. */
export const MAX_CANDIDATES = 8;

/** The gaps of `date` as the morning card shows them. */
export function morningCardData(directory: Directory, date: IsoDate, now: Date, notice?: MorningNotice): MorningCardData {
  const { organisation: org, calendar } = directory;
  const name = (id: string) => directory.person(id)?.name ?? id;
  const dutyName = (id: string) => org.rota.duties.find((d) => d.id === id)?.name ?? id;
  const gaps: MorningGapItem[] = gapsOfDay(org, date, calendar).map((gap) => {
    const duty = dutyToFill(directory, date, gap);
    const candidates = duty && gap.kind !== "areaUncovered" ? replacementCandidates(org, date, duty, gap.slot, calendar).slice(0, MAX_CANDIDATES) : [];
    return {
      key: gapKey(date, gap),
      gap: gapWords(directory, gap),
      ...(duty && { duty, dutyName: dutyName(duty) }),
      candidates: candidates.map((c) => ({ person: c.person, name: name(c.person), ...(c.lastHadDuty && { lastHadDuty: c.lastHadDuty }) })),
    };
  });
  return { date, today: calendar.today(now), gaps, ...(notice && { notice }) };
}

/** The duty a fix puts someone on: the gap's own, or for a double booking the one a change would take the person off. */
export function dutyToFill(directory: Directory, date: IsoDate, gap: Gap): string | undefined {
  if (gap.kind === "areaUncovered") return undefined;
  if (gap.kind !== "doubleBooked") return gap.duty;
  return changeToFill(directory.organisation, date, gap, gap.person, directory.calendar)?.duty;
}

/** A gap with names instead of ids, as cards word it (the morning card, the rota card). */
export function gapWords(directory: Directory, gap: Gap): RotaGap {
  const org = directory.organisation;
  const name = (id: string) => directory.person(id)?.name ?? id;
  const duty = (id: string) => org.rota.duties.find((d) => d.id === id)?.name ?? id;
  const slot = (id: string) => org.rota.slots.find((s) => s.id === id)?.name ?? id;
  switch (gap.kind) {
    case "understaffed":
      return { kind: gap.kind, duty: duty(gap.duty), slot: slot(gap.slot), present: gap.present.length, minStaff: gap.minStaff, absent: gap.absent.map((a) => ({ name: name(a.person), reason: a.reason })) };
    case "doubleBooked":
      return { kind: gap.kind, person: name(gap.person), slot: slot(gap.slot), duties: gap.duties.map(duty) };
    case "absentPlanned":
      return { kind: gap.kind, person: name(gap.person), reason: gap.reason, duty: duty(gap.duty), slot: slot(gap.slot) };
    case "areaUncovered":
      return { kind: gap.kind, area: org.areas.find((a) => a.id === gap.area)?.name ?? gap.area, away: gap.away.map((a) => ({ name: name(a.person), reason: a.reason })) };
  }
}
