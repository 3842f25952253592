// The words of a check's record on cards: result and kind of deviation, follow-up and its deadline, closing and
// approval, and the notices when a step is refused. Kept apart from texts/ so the record's words are in one
// place; dates arrive formatted.
import type { CheckNotice, Lang } from "./cardData";

/** Words of the check record, per language. */
export interface CheckRecordTexts {
  readonly deviationKindLabel: string;
  readonly deviationKindPlaceholder: string;
  readonly followUpDueLabel: string;
  readonly closeNoteLabel: string;
  readonly closeNotePlaceholder: string;
  readonly approveButton: string;
  readonly closeButton: string;
  readonly deviation: (kind?: string) => string;
  readonly followUpDue: (date: string, overdue: boolean) => string;
  readonly closedBy: (name: string, date: string) => string;
  readonly stillOpen: string;
  readonly approvedBy: (name: string, when: string) => string;
  readonly awaitingApproval: string;
  readonly openDeviations: string;
  readonly awaitingYourApproval: string;
  readonly openRound: string;
  readonly doneBy: (name: string, deviation: boolean) => string;
  readonly notice: (notice: CheckNotice, and: (items: readonly string[]) => string) => string;
}

const da: CheckRecordTexts = {
  deviationKindLabel: "Art af afvigelse (ved afvigelse)",
  deviationKindPlaceholder: "Fx manglende registrering af ID-type",
  followUpDueLabel: "Frist for opfølgning (ved afvigelse)",
  closeNoteLabel: "Hvad er gjort?",
  closeNotePlaceholder: "Kort om opfølgningen, med sagsnumre, aldrig CPR-numre",
  approveButton: "Godkend",
  closeButton: "Luk afvigelsen",
  deviation: (kind) => `Afvigelse${kind ? `: ${kind}` : ""}`,
  followUpDue: (date, overdue) => `Frist for opfølgning: ${date}${overdue ? " (overskredet)" : ""}`,
  closedBy: (name, date) => `Afvigelsen er lukket ${date} af ${name}`,
  stillOpen: "Afvigelsen er åben, til opfølgningen er gjort.",
  approvedBy: (name, when) => `Godkendt af ${name} ${when}`,
  awaitingApproval: "Afventer godkendelse af sektionslederen.",
  openDeviations: "Åbne afvigelser",
  awaitingYourApproval: "Afventer din godkendelse",
  openRound: "Åbn runden",
  doneBy: (name, deviation) => `udført af ${name}${deviation ? " (afvigelsen er lukket)" : ""}`,
  notice: (notice, and) => {
    switch (notice.kind) {
      case "followUpMissing": return "Ved en afvigelse skal du skrive opfølgningen og vælge en frist. Intet er gemt endnu.";
      case "deadlineInPast": return "Fristen for opfølgningen ligger før i dag. Vælg en senere dato. Intet er gemt endnu.";
      case "onlyLeaderApproves": return notice.leaders.length > 0 ? `Kun sektionslederen (${and(notice.leaders)}) kan godkende.` : "Kun sektionslederen kan godkende.";
      case "onlyOwnerCloses": return `Kun den ansvarlige (${notice.owner}) eller sektionslederen kan lukke afvigelsen.`;
      case "closeBeforeApproval": return "Afvigelsen skal lukkes, før runden kan godkendes.";
      case "alreadyApproved": return `Runden er allerede godkendt af ${notice.by}.`;
      case "alreadyClosed": return `Afvigelsen er allerede lukket af ${notice.by}.`;
      case "approved": return "Runden er godkendt.";
      case "closed": return "Afvigelsen er lukket.";
    }
  },
};

const en: CheckRecordTexts = {
  deviationKindLabel: "Kind of deviation (if any)",
  deviationKindPlaceholder: "E.g. ID type not recorded",
  followUpDueLabel: "Follow-up deadline (for a deviation)",
  closeNoteLabel: "What was done?",
  closeNotePlaceholder: "Briefly, with case numbers, never CPR numbers",
  approveButton: "Approve",
  closeButton: "Close the deviation",
  deviation: (kind) => `Deviation${kind ? `: ${kind}` : ""}`,
  followUpDue: (date, overdue) => `Follow-up due: ${date}${overdue ? " (overdue)" : ""}`,
  closedBy: (name, date) => `Deviation closed ${date} by ${name}`,
  stillOpen: "The deviation stays open until its follow-up is done.",
  approvedBy: (name, when) => `Approved by ${name} ${when}`,
  awaitingApproval: "Awaiting approval by the section leader.",
  openDeviations: "Open deviations",
  awaitingYourApproval: "Awaiting your approval",
  openRound: "Open the round",
  doneBy: (name, deviation) => `done by ${name}${deviation ? " (deviation closed)" : ""}`,
  notice: (notice, and) => {
    switch (notice.kind) {
      case "followUpMissing": return "For a deviation, write the follow-up and pick a deadline. Nothing is saved yet.";
      case "deadlineInPast": return "The follow-up deadline is before today. Pick a later date. Nothing is saved yet.";
      case "onlyLeaderApproves": return notice.leaders.length > 0 ? `Only the section leader (${and(notice.leaders)}) can approve.` : "Only the section leader can approve.";
      case "onlyOwnerCloses": return `Only the person responsible (${notice.owner}) or the section leader can close the deviation.`;
      case "closeBeforeApproval": return "The deviation must be closed before the round can be approved.";
      case "alreadyApproved": return `This round was already approved by ${notice.by}.`;
      case "alreadyClosed": return `The deviation was already closed by ${notice.by}.`;
      case "approved": return "The round is approved.";
      case "closed": return "The deviation is closed.";
    }
  },
};

/** The check-record words of a language. */
export function checkTexts(lang: Lang): CheckRecordTexts {
  return lang === "en" ? en : da;
}
