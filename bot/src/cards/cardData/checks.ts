// The data of the check cards: the checks card, the check reminder and its states, the escalation of an overdue
// check, and the Monday digest.
import type { IsoDate } from "../../domain/organisation";
import type { ContactPerson } from "./card";
import type { MeetingListItem } from "./meetings";

/** Where a check occurrence stands: done OK, done with a deviation, to do, past its deadline, or never done (the next round has begun). */
export type CheckStatus = "done" | "deviation" | "due" | "overdue" | "missed";

/** The period a check covers. */
export type CheckPeriod =
  | { readonly kind: "week"; readonly week: number; readonly year?: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "range"; readonly from: IsoDate; readonly to: IsoDate };

/** A check occurrence in a list. */
export interface CheckListItem {
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly due: IsoDate;
  readonly status: CheckStatus;
  /** Owner's name. */
  readonly owner: string;
}

/** A deviation whose follow-up is not yet closed. */
export interface OpenDeviationItem {
  readonly period?: CheckPeriod;
  readonly kind?: string;
  readonly followUp?: string;
  /** The follow-up deadline. */
  readonly due?: IsoDate;
  readonly overdue: boolean;
}

/** One check in a checks card: its rounds (newest first) and open deviations. */
export interface CheckGroupItem {
  readonly title: string;
  /** Owner's name. */
  readonly owner: string;
  readonly rounds: readonly CheckListItem[];
  readonly deviations: readonly OpenDeviationItem[];
  /** Rounds the viewer may approve: each opens its card ("Åbn runden") where "Godkend" is. */
  readonly awaitingApproval?: readonly { readonly checkId: string; readonly occurrence: string; readonly period?: CheckPeriod; readonly by: string; readonly deviation: boolean }[];
}

/** Checks: "hvilke kontroller skal laves denne uge", "hvilke kontroller mangler". */
export interface ChecksCardData {
  /** Words the heading: "thisWeek", "missing" (due and overdue), or "all". Default "all". */
  readonly scope?: "thisWeek" | "missing" | "all";
  /** Grouped per check, the most pressing first. */
  readonly groups: readonly CheckGroupItem[];
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
}

/** A recorded completion of a check. */
export interface CheckCompletion {
  /** Name of who completed it. */
  readonly by: string;
  /** When, as an ISO 8601 instant. */
  readonly at: string;
  readonly result: "ok" | "deviation";
  readonly sampleChecked: number;
  /** The kind of deviation. */
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  /** Deadline of the follow-up (a deviation). */
  readonly followUpDue?: IsoDate;
  /** The deviation was closed: by whom, on which day, with what note. */
  readonly closed?: { readonly by: string; readonly date: IsoDate; readonly note?: string };
  /** The round was approved: by whom, when (ISO 8601 instant). */
  readonly approved?: { readonly by: string; readonly at: string };
}

/** The inputs of a check card as typed (strings, as Teams sends them). */
export interface CheckInputValues {
  readonly sampleChecked?: number;
  readonly result?: "ok" | "deviation";
  readonly deviationKind?: string;
  readonly findings?: string;
  readonly followUp?: string;
  readonly followUpDue?: string;
}

/** A line on a check card saying why an action did not happen or what is still needed. */
export type CheckNotice =
  /** A deviation was submitted without follow-up and deadline. */
  | { readonly kind: "followUpMissing" }
  /** The follow-up deadline is before today. */
  | { readonly kind: "deadlineInPast" }
  /** Only the sektionsleder approves. */
  | { readonly kind: "onlyLeaderApproves"; readonly leaders: readonly string[] }
  /** Only the check's owner (or the sektionsleder) closes a deviation. */
  | { readonly kind: "onlyOwnerCloses"; readonly owner: string }
  /** A round with an open deviation is approved once it is closed. */
  | { readonly kind: "closeBeforeApproval" }
  /** Someone else was first. */
  | { readonly kind: "alreadyApproved"; readonly by: string }
  | { readonly kind: "alreadyClosed"; readonly by: string }
  /** The click did what it said. */
  | { readonly kind: "approved" }
  | { readonly kind: "closed" };

/** The view of a check card. */
export type CheckCardState =
  /** Not done: inputs and "Markér som udført". */
  | {
      readonly kind: "open";
      readonly notice?: CheckNotice;
      /** What was typed, when the card comes back with a notice: nothing typed is lost. */
      readonly values?: CheckInputValues;
    }
  /** Done: the completion; "Godkend" for a sektionsleder, "Luk afvigelse" for the owner, when they may. */
  | {
      readonly kind: "completed";
      readonly completion: CheckCompletion;
      readonly canApprove?: boolean;
      readonly canClose?: boolean;
      readonly notice?: CheckNotice;
    }
  /** The viewer may not complete it: who can, no inputs. */
  | {
      readonly kind: "notAllowed";
      /** Names of the koordinatorer. */
      readonly coordinators: readonly string[];
      /** Names of the sektionsledere. */
      readonly leaders: readonly string[];
    };

/** Check reminder, recorded from the card. */
export interface CheckReminderCardData {
  readonly checkId: string;
  /** The occurrence key as the scheduler names it; sent back in the Action.Execute data. */
  readonly occurrence: string;
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly instructions: string;
  readonly sample?: number;
  readonly due: IsoDate;
  /** Owner's name. */
  readonly owner: string;
  /** Past the due date and not completed. */
  readonly overdue?: boolean;
  readonly state: CheckCardState;
  /** The day the card is made: dates in another year are written with their year. */
  readonly today?: IsoDate;
  /** IANA zone the completion time is shown in. */
  readonly timezone: string;
  /** Teams user MRIs for automatic refresh. */
  readonly refreshUserIds?: readonly string[];
}

/** Told to a check's escalateTo person when it is overdue. */
export interface EscalationCardData {
  readonly title: string;
  readonly period?: CheckPeriod;
  readonly due: IsoDate;
  /** Whole days past the due date (at least 1). */
  readonly daysOverdue: number;
  readonly owner: ContactPerson;
}

/** Monday digest for a coordinator. */
export interface DigestCardData {
  /** The coordinator's first name. */
  readonly firstName?: string;
  /** ISO week number of the week the digest covers. */
  readonly week: number;
  readonly dueThisWeek: readonly CheckListItem[];
  readonly overdue: readonly CheckListItem[];
  readonly meetings: readonly MeetingListItem[];
}
