// One render function per card: typed data in, Adaptive Card JSON out (version 1.5). Templates are loaded and
// prepared once, when this module is first imported. Each card carries its plain-text summary as fallbackText;
// the same text is exported from summaries.ts for the reply's own text.
import type {
  AdaptiveCard,
  CardRefresh,
  CheckReminderCardData,
  ChecksCardData,
  Lang,
  MeetingReminderCardData,
  RotaDayCardData,
  WelcomeCardData,
} from "./cardData";
import { expand, loadTemplate, type CardTemplate } from "./expand";
import * as summaries from "./summaries";
import areaJson from "./templates/area.json";
import checkReminderJson from "./templates/checkReminder.json";
import checksJson from "./templates/checks.json";
import cprWarningJson from "./templates/cprWarning.json";
import digestJson from "./templates/digest.json";
import errorJson from "./templates/error.json";
import escalationJson from "./templates/escalation.json";
import minutesReminderJson from "./templates/minutesReminder.json";
import morningGapsJson from "./templates/morningGaps.json";
import helpJson from "./templates/help.json";
import meetingReminderJson from "./templates/meetingReminder.json";
import meetingsJson from "./templates/meetings.json";
import myDutiesJson from "./templates/myDuties.json";
import peopleListJson from "./templates/peopleList.json";
import personJson from "./templates/person.json";
import rotaDayJson from "./templates/rotaDay.json";
import unknownJson from "./templates/unknown.json";
import { texts } from "./texts";
import * as views from "./views";

/** Universal Actions verbs the cards send; the bot's adaptiveCard/action handler routes on these. */
export const VERBS = {
  proposeAgendaItem: "proposeAgendaItem",
  refreshMeeting: "refreshMeeting",
  completeCheck: "completeCheck",
  refreshCheck: "refreshCheck",
  approveCheck: "approveCheck",
  closeDeviation: "closeDeviation",
  fillGap: "fillGap",
  refreshMorning: "refreshMorning",
} as const;

/** Ids of the inputs on the reminder cards; their values arrive in action.data next to the ids of the item. */
export const INPUT_IDS = {
  agendaItem: "agendaItem",
  sampleChecked: "sampleChecked",
  result: "result",
  findings: "findings",
  followUp: "followUp",
  deviationKind: "deviationKind",
  followUpDue: "followUpDue",
  closeNote: "closeNote",
} as const;

/** Every template by name, prepared once. */
export const TEMPLATES = {
  person: loadTemplate("person", personJson),
  peopleList: loadTemplate("peopleList", peopleListJson),
  area: loadTemplate("area", areaJson),
  rotaDay: loadTemplate("rotaDay", rotaDayJson),
  myDuties: loadTemplate("myDuties", myDutiesJson),
  meetings: loadTemplate("meetings", meetingsJson),
  checks: loadTemplate("checks", checksJson),
  help: loadTemplate("help", helpJson),
  unknown: loadTemplate("unknown", unknownJson),
  cprWarning: loadTemplate("cprWarning", cprWarningJson),
  error: loadTemplate("error", errorJson),
  meetingReminder: loadTemplate("meetingReminder", meetingReminderJson),
  checkReminder: loadTemplate("checkReminder", checkReminderJson),
  escalation: loadTemplate("escalation", escalationJson),
  /** Rendered by minutesCard.ts. */
  minutesReminder: loadTemplate("minutesReminder", minutesReminderJson),
  /** Rendered by morningCard.ts. */
  morningGaps: loadTemplate("morningGaps", morningGapsJson),
  digest: loadTemplate("digest", digestJson),
} as const satisfies Record<string, CardTemplate>;

/**
 * Teams refuses a bot message over about 28 KB. A card stays under this many bytes of JSON, which leaves room
 * for the reply's text and the activity around it.
 */
export const MAX_CARD_BYTES = 24_000;

/** The card's size as JSON. */
function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

/**
 * The card with the most items, up to `most`, that fits in MAX_CARD_BYTES; one item even if it alone is too big.
 * `withItems(max)` renders at most `max` items and a line saying how many are left out. A binary search: a card
 * grows with its items, and a rota day of 20 duties would take up to 20 renders one by one.
 */
function mostThatFit(withItems: (max: number) => AdaptiveCard, most: number): AdaptiveCard {
  const all = withItems(most);
  if (most <= 1 || cardBytes(all) <= MAX_CARD_BYTES) return all;
  let fits = 1;
  let tooMany = most;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (cardBytes(withItems(middle)) <= MAX_CARD_BYTES) fits = middle;
    else tooMany = middle;
  }
  return withItems(fits);
}

/**
 * The card of one view. Not cached here: a compiled template expands an area card in about 10 µs, less than
 * writing its view as a key; a question asked again is answered from the Directory's memo.
 */
function render(template: CardTemplate, lang: Lang, summary: string, view: object): AdaptiveCard {
  return expand(template, { ...view, lang, summary }, texts(lang).labels);
}

/** A card's render function: its summary and its view of the data, bound into the template. */
function cardRenderer<D>(template: CardTemplate, summarise: (data: D, lang: Lang) => string, view: (data: D, lang: Lang) => object) {
  return (data: D, lang: Lang): AdaptiveCard => render(template, lang, summarise(data, lang), view(data, lang));
}

/** Adds the refresh userIds, when given; left out otherwise (an empty list would refresh for no one). */
function withRefreshUsers(card: AdaptiveCard, userIds: readonly string[] | undefined): AdaptiveCard {
  if (!userIds || userIds.length === 0 || !card.refresh) return card;
  const refresh: CardRefresh = { ...card.refresh, userIds: [...userIds] };
  return { ...card, refresh };
}

export const renderPersonCard = cardRenderer(TEMPLATES.person, summaries.personSummary, views.personView);
export const renderPeopleListCard = cardRenderer(TEMPLATES.peopleList, summaries.peopleListSummary, views.peopleListView);
export const renderAreaCard = cardRenderer(TEMPLATES.area, summaries.areaSummary, views.areaView);

/** A whole day when it fits in a Teams message; otherwise as many duty rows as fit and a line saying how many are left out. */
export function renderRotaDayCard(data: RotaDayCardData, lang: Lang): AdaptiveCard {
  const summary = summaries.rotaDaySummary(data, lang);
  const withDuties = (max: number) => render(TEMPLATES.rotaDay, lang, summary, views.rotaDayView(data, lang, max));
  return mostThatFit(withDuties, views.rotaShown(data).duties.length);
}

/** Who covers for a person, in the duties card's layout. */
export const renderCoverCard = cardRenderer(TEMPLATES.myDuties, summaries.coverSummary, views.coverView);

/**
 * Several cards as one message (a week of rota days): their bodies one after the other, separated, under one
 * fallback text. Teams and the Playground show a carousel badly, so a week is one card; days that would take it
 * over MAX_CARD_BYTES are left out with a line saying how many.
 */
export function combineCards(parts: readonly AdaptiveCard[], summary: string, lang: Lang, moreLine: (left: number) => string): AdaptiveCard {
  const body: Record<string, unknown>[] = [];
  let bytes = 600;
  let shown = 0;
  for (const part of parts) {
    const container = { type: "Container", separator: shown > 0, spacing: shown > 0 ? "Large" : "None", items: part.body };
    const size = Buffer.byteLength(JSON.stringify(container), "utf8");
    if (shown > 0 && bytes + size > MAX_CARD_BYTES) break;
    body.push(container);
    bytes += size;
    shown++;
  }
  if (shown < parts.length) body.push({ type: "TextBlock", text: moreLine(parts.length - shown), isSubtle: true, wrap: true });
  return { type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.5", lang, fallbackText: summary, body };
}

export const renderMyDutiesCard = cardRenderer(TEMPLATES.myDuties, summaries.myDutiesSummary, views.myDutiesView);
export const renderMeetingsCard = cardRenderer(TEMPLATES.meetings, summaries.meetingsSummary, views.meetingsView);

/** As many checks as fit in a Teams message (at most MAX_CHECK_GROUPS), with a line saying how many are left out. */
export function renderChecksCard(data: ChecksCardData, lang: Lang): AdaptiveCard {
  const summary = summaries.checksSummary(data, lang);
  const withGroups = (max: number) => render(TEMPLATES.checks, lang, summary, views.checksView(data, lang, max));
  return mostThatFit(withGroups, Math.min(views.MAX_CHECK_GROUPS, data.groups.length));
}

export const renderHelpCard = cardRenderer(TEMPLATES.help, summaries.helpSummary, views.helpView);

export function renderWelcomeCard(data: WelcomeCardData, lang: Lang): AdaptiveCard {
  return render(TEMPLATES.help, lang, summaries.welcomeSummary(data, lang), views.helpView(data, lang, data));
}

export const renderUnknownCard = cardRenderer(TEMPLATES.unknown, summaries.unknownSummary, views.unknownView);

/** Takes no data: the CPR number is never passed to a card. */
export function renderCprWarningCard(lang: Lang): AdaptiveCard {
  return render(TEMPLATES.cprWarning, lang, summaries.cprWarningSummary(lang), {});
}

export const renderErrorCard = cardRenderer(TEMPLATES.error, summaries.errorSummary, views.errorView);

export function renderMeetingReminderCard(data: MeetingReminderCardData, lang: Lang): AdaptiveCard {
  const card = render(TEMPLATES.meetingReminder, lang, summaries.meetingReminderSummary(data, lang), views.meetingReminderView(data, lang));
  return withRefreshUsers(card, data.refreshUserIds);
}

export function renderCheckReminderCard(data: CheckReminderCardData, lang: Lang): AdaptiveCard {
  const card = render(TEMPLATES.checkReminder, lang, summaries.checkReminderSummary(data, lang), views.checkReminderView(data, lang));
  return withRefreshUsers(card, data.refreshUserIds);
}

export const renderEscalationCard = cardRenderer(TEMPLATES.escalation, summaries.escalationSummary, views.escalationView);
export const renderDigestCard = cardRenderer(TEMPLATES.digest, summaries.digestSummary, views.digestView);
