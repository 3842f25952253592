// The record of one round of a management check, as domain.md describes it: when, which period, how many
// samples, the result (OK or a deviation and its kind), the follow-up and its deadline, when the deviation was
// closed and who approved the round. A record is built from steps that are only ever appended (completed,
// closed, approved), so the audit trail of who did what when is never overwritten. Who may take a step is here
// too: the sektionsleder approves, the check's owner closes a deviation once its follow-up is done.
import type { Check, IsoDate, Person } from "./organisation";
import { may } from "./permissions";

/** The result of a round. */
export type CheckResult = "ok" | "deviation";

/** A completed round of a check, with the later steps folded in. Never holds a CPR number: case numbers only. */
export interface CheckRecord {
  readonly checkId: string;
  /** The occurrence key ("mitid@2026-04-06"). */
  readonly occurrence: string;
  /** Local date of the round. */
  readonly occurrenceDate: IsoDate;
  /** The period covered, as the card words it ("uge 47"). */
  readonly periodLabel: string;
  readonly completedAt: Date;
  /** Person id of who completed it. */
  readonly by: string;
  readonly byName: string;
  readonly result: CheckResult;
  /** The kind of deviation ("manglende ID-type"); only with result deviation. */
  readonly deviationKind?: string;
  readonly sampleChecked: number;
  readonly findings?: string;
  /** What is done about a deviation, by whom. */
  readonly followUp?: string;
  /** Local date the follow-up must be done by. */
  readonly followUpDue?: IsoDate;
  /** Local date the deviation was closed (its follow-up done). */
  readonly closedDate?: IsoDate;
  readonly closedAt?: Date;
  readonly closedBy?: string;
  readonly closedByName?: string;
  /** What was done, written when closing. */
  readonly closeNote?: string;
  /** Name of who approved the round. */
  readonly approvedBy?: string;
  readonly approvedById?: string;
  readonly approvedAt?: Date;
}

/** A step after completion, appended to the log. */
export interface CheckStep {
  readonly kind: "closed" | "approved";
  readonly at: Date;
  /** Person id. */
  readonly by: string;
  readonly byName: string;
  /** Local date of `at`. */
  readonly date: IsoDate;
  /** For "closed": what was done. */
  readonly note?: string;
}

/** The record with a step folded in. */
export function withStep(record: CheckRecord, step: CheckStep): CheckRecord {
  if (step.kind === "approved") return { ...record, approvedBy: step.byName, approvedById: step.by, approvedAt: step.at };
  return {
    ...record, closedDate: step.date, closedAt: step.at, closedBy: step.by, closedByName: step.byName,
    ...(step.note !== undefined && { closeNote: step.note }),
  };
}

/** A deviation not yet closed. */
export function isOpenDeviation(record: Pick<CheckRecord, "result" | "closedDate">): boolean {
  return record.result === "deviation" && record.closedDate === undefined;
}

/** Why a step is refused, for the card to word. */
export type StepRefusal =
  /** Only the sektionsleder approves. */
  | "onlyLeaderApproves"
  /** Only the check's owner (or the sektionsleder) closes a deviation. */
  | "onlyOwnerCloses"
  /** A round with an open deviation is approved once the deviation is closed. */
  | "closeBeforeApproval"
  /** The round has no deviation to close. */
  | "nothingToClose";

/** Whether this person may approve this round now; undefined when they may. */
export function approvalRefusal(record: Pick<CheckRecord, "result" | "closedDate">, person: Pick<Person, "id" | "role"> | undefined): StepRefusal | undefined {
  if (!may(person, "approve")) return "onlyLeaderApproves";
  if (isOpenDeviation(record)) return "closeBeforeApproval";
  return undefined;
}

/** Whether this person may close this round's deviation now; undefined when they may. */
export function closeRefusal(check: Pick<Check, "owner">, record: Pick<CheckRecord, "result" | "closedDate">, person: Pick<Person, "id" | "role"> | undefined): StepRefusal | undefined {
  if (!person || (person.id !== check.owner && person.role !== "sektionsleder")) return "onlyOwnerCloses";
  if (!isOpenDeviation(record)) return "nothingToClose";
  return undefined;
}

/** The inputs of a completion, as read from a card; a deviation needs its follow-up and a deadline. */
export interface CompletionInputs {
  readonly result: CheckResult;
  readonly sampleChecked: number;
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  readonly followUpDue?: IsoDate;
}

/** What is wrong with a completion's inputs: "invalid" (no result or sample), "followUpMissing" for a deviation without follow-up and deadline. */
export function completionProblem(inputs: CompletionInputs, today: IsoDate): "followUpMissing" | "deadlineInPast" | undefined {
  if (inputs.result !== "deviation") return undefined;
  if (!inputs.followUp || !inputs.followUpDue) return "followUpMissing";
  if (inputs.followUpDue < today) return "deadlineInPast";
  return undefined;
}
