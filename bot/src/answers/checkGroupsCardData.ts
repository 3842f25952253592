// The checks card's data from the domain's answer (checkRounds): per check its rounds and open deviations,
// worded as card items. No Bot Framework here.
import type { Directory } from "../domain/directory";
import type { CheckRecord } from "../domain/checkRecords";
import { checkRounds, type CheckRoundsOptions, type Round } from "../domain/checkRounds";
import { periodCovered } from "../domain/occurrences";
import type { CheckGroupItem, CheckListItem } from "../cards";
import { toCardPeriod } from "./checkPeriod";

/** The card items of checkRounds' groups. */
export function checkGroupsCardData(
  directory: Directory, records: ReadonlyMap<string, CheckRecord>, now: Date, options: CheckRoundsOptions,
): CheckGroupItem[] {
  const { organisation, calendar } = directory;
  const today = calendar.today(now);
  return checkRounds(organisation, calendar, records, now, options).map((group) => ({
    title: group.check.title,
    owner: directory.person(group.check.owner)?.name ?? group.check.owner,
    rounds: group.rounds.map((round) => checkListItem(round, directory, today)),
    deviations: group.openDeviations.map(({ record, overdue }) => {
      const round = [...group.rounds].find((r) => r.occurrence.key === record.occurrence);
      return {
        period: round ? toCardPeriod(round.period, today) : periodOfRecord(group.check, record, today),
        ...(record.deviationKind && { kind: record.deviationKind }),
        ...(record.followUp && { followUp: record.followUp }),
        ...(record.followUpDue && { due: record.followUpDue }),
        overdue,
      };
    }),
    ...(group.awaitingApproval.length > 0 && {
      awaitingApproval: group.awaitingApproval.map((record) => ({
        checkId: record.checkId, occurrence: record.occurrence, period: periodOfRecord(group.check, record, today), by: record.byName, deviation: record.result === "deviation",
      })),
    }),
  }));
}

/** A round as a card list item. */
export function checkListItem(round: Round, directory: Directory, today: string): CheckListItem {
  const check = directory.organisation.checks.find((c) => c.id === round.checkId);
  return {
    title: check?.title ?? round.checkId,
    period: toCardPeriod(round.period, today),
    due: directory.calendar.localParts(round.occurrence.dueAt).date,
    status: round.status === "upcoming" ? "due" : round.status,
    owner: check ? directory.person(check.owner)?.name ?? check.owner : "",
  };
}

function periodOfRecord(check: Parameters<typeof periodCovered>[0], record: CheckRecord, today: string) {
  return toCardPeriod(periodCovered(check, { date: record.occurrenceDate, ...(ruleDateOf(record.occurrence) !== record.occurrenceDate && { originalDate: ruleDateOf(record.occurrence) }) }), today);
}

function ruleDateOf(occurrence: string): string {
  return occurrence.slice(occurrence.lastIndexOf("@") + 1);
}
