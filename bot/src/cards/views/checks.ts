// Management checks on cards: the checks card (rounds, open deviations, approvals), the check reminder with its
// completion record, and the escalation of an overdue check.
import type { CheckListItem, CheckReminderCardData, ChecksCardData, EscalationCardData, Lang } from "../cardData";
import { formatDate, showYear } from "../../domain/format";
import { capitalise, formatInstant } from "../format";
import { texts } from "../texts";
import { checkTexts } from "../checkTexts";
import { firstOf } from "./lists";
import { contactView } from "./people";

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
