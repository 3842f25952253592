// Universal Actions (adaptiveCard/action invokes) from the reminder cards: complete a check, propose an agenda
// item, and the refresh verbs that give each viewer the card as it stands now. Each handler reads the verb's
// data, asks the domain and the stores, and answers with the card (application/vnd.microsoft.card.adaptive).
import { ActivityTypes, type Activity, type TurnContext } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Check, Person } from "../domain/organisation";
import { agendaDueAt, periodCovered, type CheckOccurrence } from "../domain/occurrences";
import { cprPaths, redactCpr } from "../domain/cpr";
import { may, whoMay } from "../domain/permissions";
import type { Lang } from "../domain/format";
import { checkCardData, findOccurrence, meetingCardData } from "../answers/reminderCardData";
import {
  INPUT_IDS, VERBS, withInputs, renderCheckReminderCard, renderCprWarningCard, renderErrorCard, renderMeetingReminderCard,
  type AdaptiveCard, type FieldError, type CheckCardState, type CheckNotice,
} from "../cards";
import { approvalRefusal, closeRefusal, completionProblem, type CompletionInputs, type StepRefusal } from "../domain/checkRecords";
import type { CheckLogEntry } from "../storage/checkLog";
import { StorageUnavailableError } from "../storage/tables";
import { localeLang } from "./locale";
import { morningAction } from "./morningActions";
import { identifyAsker } from "./identify";
import type { BotDeps } from "./deps";

/** The invoke name Teams uses for Action.Execute. */
export const CARD_ACTION_INVOKE = "adaptiveCard/action";

/** The content type of a card in a Universal Actions response. */
const ADAPTIVE_CARD_TYPE = "application/vnd.microsoft.card.adaptive";

/** Longest text kept from a card input (the inputs allow 2,000). */
const MAX_INPUT_CHARS = 2000;

/** What the card actions need: the bot's own dependencies. */
export type CardActionDeps = Pick<BotDeps, "directory" | "clock" | "logger" | "checkLog" | "agenda" | "rota">;

/** True for an adaptiveCard/action invoke. */
export function isCardAction(activity: Activity): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === CARD_ACTION_INVOKE;
}

/** Handles one card action and answers the invoke with a card; returns the outcome for the turn log. */
export async function handleCardAction(context: TurnContext, deps: CardActionDeps): Promise<{ intent: string; lang: Lang }> {
  const action = (context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const verb = typeof action?.verb === "string" ? action.verb : "";
  const data = (action?.data && typeof action.data === "object" ? action.data : {}) as Record<string, unknown>;
  // The card answers in the language it was sent in (the action carries it); the client's locale otherwise.
  const lang: Lang = data.lang === "en" || data.lang === "da" ? data.lang : localeLang(context.activity);
  let result: { card: AdaptiveCard; intent: string };
  try {
    result = await route(context, deps, verb, data, lang);
  } catch (err) {
    // Storage not answering is not a bug: the card says it cannot look it up now (nothing was saved).
    const unavailable = err instanceof StorageUnavailableError;
    deps.logger[unavailable ? "warn" : "error"]({ err, verb }, "card action failed");
    result = { card: renderErrorCard({ kind: unavailable ? "unavailable" : "failed" }, lang), intent: unavailable ? "storageUnavailable" : "cardActionFailed" };
  }
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: result.card } },
  });
  return { intent: result.intent, lang };
}

async function route(context: TurnContext, deps: CardActionDeps, verb: string, data: Record<string, unknown>, lang: Lang): Promise<{ card: AdaptiveCard; intent: string }> {
  const directory = deps.directory();
  // The CPR guard first: a CPR-like number in any field is neither stored nor echoed. The form comes back with
  // what the user typed (the number cut out) and a line under the field, so nothing else is lost.
  const refused = [...new Set(cprPaths(data).map((path) => path.split(/[.[]/, 1)[0]))];
  if (refused.length > 0) {
    deps.logger.warn({ verb, fields: refused.filter(isInputId) }, "card input refused: CPR-like number");
    const form = directory ? await formWithInputs(deps, directory, verb, data, refused, lang) : undefined;
    return { card: form ?? renderCprWarningCard(lang), intent: "cprRefused" };
  }
  if (!directory) return { card: renderErrorCard({ kind: "unavailable" }, lang), intent: "unavailable" };
  switch (verb) {
    case VERBS.completeCheck:
    case VERBS.refreshCheck:
    case VERBS.approveCheck:
    case VERBS.closeDeviation:
      return checkAction(context, deps, directory, verb, data, lang);
    case VERBS.fillGap:
    case VERBS.refreshMorning:
      return morningAction(context, deps, directory, verb, data, lang);
    case VERBS.proposeAgendaItem:
    case VERBS.refreshMeeting:
      return meetingAction(context, deps, directory, verb, data, lang);
    default:
      deps.logger.warn({ verb }, "unknown card verb");
      return { card: renderErrorCard({ kind: "failed" }, lang), intent: "unknownVerb" };
  }
}

const INPUT_ID_SET: ReadonlySet<string> = new Set(Object.values(INPUT_IDS));

function isInputId(key: string): boolean {
  return INPUT_ID_SET.has(key);
}

/**
 * The form the user sent, with their inputs put back (any CPR-like number cut out) and an error under each refused
 * field; undefined when the number was not in an input (then there is no form to give back).
 */
async function formWithInputs(
  deps: CardActionDeps, directory: Directory, verb: string, data: Record<string, unknown>, refused: readonly string[], lang: Lang,
): Promise<AdaptiveCard | undefined> {
  if (!refused.every(isInputId)) return undefined;
  const values: Record<string, string> = {};
  for (const id of INPUT_ID_SET) {
    const value = data[id];
    if (typeof value === "string" || typeof value === "number") values[id] = redactCpr(String(value)).slice(0, MAX_INPUT_CHARS);
  }
  const errors: Record<string, FieldError> = Object.fromEntries(refused.map((id) => [id, "cprInField"]));
  const now = deps.clock();
  if (verb === VERBS.completeCheck) {
    const check = directory.organisation.checks.find((c) => c.id === data.checkId);
    const occurrence = check && typeof data.occurrence === "string" ? findOccurrence(check, directory, data.occurrence) : undefined;
    if (!check || !occurrence) return undefined;
    return withInputs(checkCard(check, occurrence, directory, { kind: "open" }, now, lang), values, errors, lang);
  }
  if (verb === VERBS.proposeAgendaItem) {
    const meeting = directory.organisation.meetings.find((m) => m.id === data.meetingId);
    const occurrence = meeting && typeof data.occurrence === "string" ? findOccurrence(meeting, directory, data.occurrence) : undefined;
    if (!meeting || !occurrence || !deps.agenda) return undefined;
    const items = await deps.agenda.list(occurrence.key);
    const card = renderMeetingReminderCard(meetingCardData(meeting, occurrence, directory, items.map((i) => ({ text: i.text, by: i.byName, at: i.at.toISOString() })), now, false), lang);
    return withInputs(card, values, errors, lang);
  }
  return undefined;
}

/** Whether a person may record a check (domain/permissions decides: its owner, any koordinator, the sektionsleder). */
export function mayComplete(check: Pick<Check, "owner">, person: Person | undefined): boolean {
  return may(person, "complete", check);
}

async function checkAction(
  context: TurnContext, deps: CardActionDeps, directory: Directory, verb: string, data: Record<string, unknown>, lang: Lang,
): Promise<{ card: AdaptiveCard; intent: string }> {
  const check = directory.organisation.checks.find((c) => c.id === data.checkId);
  const occurrence = check && typeof data.occurrence === "string" ? findOccurrence(check, directory, data.occurrence) : undefined;
  if (!check || !occurrence) {
    deps.logger.warn({ checkId: String(data.checkId), occurrence: String(data.occurrence) }, "card action for an unknown check round");
    return { card: renderErrorCard({ kind: "failed" }, lang), intent: "unknownCheck" };
  }
  if (!deps.checkLog) throw new Error("The check log is not configured: pass checkLog in BotDeps.");
  const log = deps.checkLog;
  const now = deps.clock();
  const asker = await identifyAsker(context, directory, deps.logger);
  const existing = await log.get(check.id, occurrence.key);
  const allowed = mayComplete(check, asker.person);
  const card = (state: CheckCardState) => checkCard(check, occurrence, directory, state, now, lang);
  const completed = (entry: CheckLogEntry, notice?: CheckNotice) => card(completedState(entry, check, asker.person, directory, notice));

  if (verb === VERBS.approveCheck || verb === VERBS.closeDeviation) {
    if (!existing) return { card: card(allowed ? { kind: "open" } : notAllowedState(directory)), intent: `${verb}NotCompleted` };
    const refusal = verb === VERBS.approveCheck ? approvalRefusal(existing, asker.person) : closeRefusal(check, existing, asker.person);
    if (refusal || !asker.person) {
      deps.logger.info({ checkId: check.id, occurrence: occurrence.key, verb, refusal }, "check step refused");
      // A step someone else already took is said as such ("already approved by …").
      const notice: CheckNotice | undefined = verb === VERBS.approveCheck && existing.approvedBy
        ? { kind: "alreadyApproved", by: existing.approvedBy }
        : verb === VERBS.closeDeviation && existing.closedByName
          ? { kind: "alreadyClosed", by: existing.closedByName }
          : refusalNotice(refusal ?? "onlyLeaderApproves", check, directory);
      return { card: completed(existing, notice), intent: `${verb}Refused` };
    }
    if (verb === VERBS.approveCheck && existing.approvedBy) return { card: completed(existing, { kind: "alreadyApproved", by: existing.approvedBy }), intent: "alreadyApproved" };
    const note = verb === VERBS.closeDeviation ? inputText(data[INPUT_IDS.closeNote]) : undefined;
    const step = {
      kind: verb === VERBS.approveCheck ? ("approved" as const) : ("closed" as const),
      at: now, by: asker.person.id, byName: asker.person.name, date: directory.calendar.today(now), ...(note && { note }),
    };
    const result = await log.addStep(check.id, occurrence.key, step);
    if (!result) return { card: card({ kind: "open" }), intent: `${verb}NotCompleted` };
    deps.logger.info({ checkId: check.id, occurrence: occurrence.key, step: step.kind, created: result.created }, "check step recorded");
    const notice: CheckNotice = result.created
      ? { kind: step.kind }
      : step.kind === "approved" ? { kind: "alreadyApproved", by: result.entry.approvedBy ?? "" } : { kind: "alreadyClosed", by: result.entry.closedByName ?? "" };
    return { card: completed(result.entry, notice), intent: result.created ? verb : `${verb}Already` };
  }

  if (verb === VERBS.refreshCheck || existing) {
    const state: CheckCardState = existing ? completedState(existing, check, asker.person, directory) : allowed ? { kind: "open" } : notAllowedState(directory);
    return { card: card(state), intent: verb === VERBS.refreshCheck ? "refreshCheck" : "alreadyCompleted" };
  }
  if (!allowed || !asker.person) {
    deps.logger.info({ checkId: check.id, identified: Boolean(asker.person) }, "check completion refused: no right");
    return { card: card(notAllowedState(directory)), intent: "completeCheckRefused" };
  }
  const inputs = readCheckInputs(data);
  if (!inputs) return { card: card({ kind: "open" }), intent: "completeCheckInvalid" };
  const problem = completionProblem(inputs, directory.calendar.today(now));
  if (problem) return { card: card({ kind: "open", notice: { kind: problem }, values: inputs }), intent: "completeCheckInvalid" };

  const { created, entry } = await log.record({
    checkId: check.id,
    occurrence: occurrence.key,
    occurrenceDate: occurrence.date,
    periodLabel: periodCovered(check, occurrence, "da").label,
    completedAt: now,
    by: asker.person.id,
    byName: asker.person.name,
    ...inputs,
  });
  deps.logger.info({ checkId: check.id, occurrence: occurrence.key, created, result: entry.result }, "check completed");
  return { card: completed(entry), intent: created ? "completeCheck" : "alreadyCompleted" };
}

const inputText = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, MAX_INPUT_CHARS) : undefined);

function readCheckInputs(data: Record<string, unknown>): CompletionInputs | undefined {
  const sample = Number(data[INPUT_IDS.sampleChecked]);
  const result = data[INPUT_IDS.result];
  if (!Number.isInteger(sample) || sample < 0 || sample > 100_000) return undefined;
  if (result !== "ok" && result !== "deviation") return undefined;
  const findings = inputText(data[INPUT_IDS.findings]);
  const followUp = inputText(data[INPUT_IDS.followUp]);
  const kind = result === "deviation" ? inputText(data[INPUT_IDS.deviationKind])?.slice(0, 200) : undefined;
  const due = inputText(data[INPUT_IDS.followUpDue]);
  const followUpDue = due && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : undefined;
  return {
    result, sampleChecked: sample, ...(kind && { deviationKind: kind }), ...(findings && { findings }), ...(followUp && { followUp }),
    ...(result === "deviation" && followUpDue && { followUpDue }),
  };
}

/** The card's view of a record, with the steps this viewer may take now. */
function completedState(entry: CheckLogEntry, check: Check, viewer: Person | undefined, directory: Directory, notice?: CheckNotice): CheckCardState {
  const canApprove = !entry.approvedBy && approvalRefusal(entry, viewer) === undefined;
  const canClose = closeRefusal(check, entry, viewer) === undefined;
  // A leader looking at an open deviation is told why "Godkend" is not there.
  const why: CheckNotice | undefined = !notice && viewer?.role === "sektionsleder" && !entry.approvedBy && approvalRefusal(entry, viewer) === "closeBeforeApproval"
    ? { kind: "closeBeforeApproval" } : undefined;
  // Findings, the deviation's kind and follow-up only for those who may read them (domain/permissions).
  const findings = may(viewer, "readFindings", check);
  return {
    kind: "completed",
    completion: {
      by: entry.byName, at: entry.completedAt.toISOString(), result: entry.result, sampleChecked: entry.sampleChecked,
      ...(findings && entry.deviationKind && { deviationKind: entry.deviationKind }),
      ...(findings && entry.findings && { findings: entry.findings }), ...(findings && entry.followUp && { followUp: entry.followUp }),
      ...(findings && entry.followUpDue && { followUpDue: entry.followUpDue }),
      ...(entry.closedDate && { closed: { by: entry.closedByName ?? "", date: entry.closedDate, ...(findings && entry.closeNote && { note: entry.closeNote }) } }),
      ...(entry.approvedBy && { approved: { by: entry.approvedBy, at: (entry.approvedAt ?? entry.completedAt).toISOString() } }),
    },
    ...(canApprove && { canApprove }),
    ...(canClose && { canClose }),
    ...((notice ?? why) && { notice: notice ?? why }),
  };
}

function refusalNotice(refusal: StepRefusal, check: Check, directory: Directory): CheckNotice | undefined {
  switch (refusal) {
    case "onlyLeaderApproves":
      return { kind: "onlyLeaderApproves", leaders: directory.organisation.people.filter((p) => p.role === "sektionsleder").map((p) => p.name) };
    case "onlyOwnerCloses":
      return { kind: "onlyOwnerCloses", owner: directory.person(check.owner)?.name ?? check.owner };
    case "closeBeforeApproval":
      return { kind: "closeBeforeApproval" };
    case "nothingToClose":
      return undefined;
  }
}

function notAllowedState(directory: Directory): CheckCardState {
  const people = directory.organisation.people;
  return {
    kind: "notAllowed",
    coordinators: whoMay(people, "complete").filter((p) => p.role === "koordinator").map((p) => p.name),
    leaders: whoMay(people, "complete").filter((p) => p.role === "sektionsleder").map((p) => p.name),
  };
}

function checkCard(check: Check, occurrence: CheckOccurrence, directory: Directory, state: CheckCardState, now: Date, lang: Lang): AdaptiveCard {
  return renderCheckReminderCard(checkCardData(check, occurrence, directory, state, now), lang);
}

async function meetingAction(
  context: TurnContext, deps: CardActionDeps, directory: Directory, verb: string, data: Record<string, unknown>, lang: Lang,
): Promise<{ card: AdaptiveCard; intent: string }> {
  const meeting = directory.organisation.meetings.find((m) => m.id === data.meetingId);
  const occurrence = meeting && typeof data.occurrence === "string" ? findOccurrence(meeting, directory, data.occurrence) : undefined;
  if (!meeting || !occurrence) {
    deps.logger.warn({ meetingId: String(data.meetingId), occurrence: String(data.occurrence) }, "card action for an unknown meeting");
    return { card: renderErrorCard({ kind: "failed" }, lang), intent: "unknownMeeting" };
  }
  if (!deps.agenda) throw new Error("The agenda store is not configured: pass agenda in BotDeps.");
  const now = deps.clock();
  const closed = now >= agendaDueAt(occurrence, meeting, directory.calendar);
  const raw = data[INPUT_IDS.agendaItem];
  const text = typeof raw === "string" ? raw.trim().slice(0, MAX_INPUT_CHARS) : "";
  let proposed = false;
  if (verb === VERBS.proposeAgendaItem && text !== "" && !closed) {
    const asker = await identifyAsker(context, directory, deps.logger);
    const byName = asker.person?.name ?? redactCpr(context.activity.from?.name ?? "");
    await deps.agenda.add({ meetingId: meeting.id, occurrence: occurrence.key, text, ...(asker.person && { by: asker.person.id }), byName, at: now });
    proposed = true;
  }
  const items = await deps.agenda.list(occurrence.key);
  const card = renderMeetingReminderCard(meetingCardData(meeting, occurrence, directory, items.map((i) => ({ text: i.text, by: i.byName, at: i.at.toISOString() })), now, proposed), lang);
  return { card, intent: proposed ? "proposeAgendaItem" : "refreshMeeting" };
}

