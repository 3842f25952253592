// Labels bound into a template beforehand (expand.ts) must give the very card the templating engine gives when it
// evaluates the same bindings itself: for every card kind, both languages, and the cases the binding leaves alone.
import { strict as assert } from "node:assert";
import type { Lang } from "../../bot/src/cards/cardData";
import { expand, loadTemplate, type CardTemplate } from "../../bot/src/cards/expand";
import { TEMPLATES } from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { texts } from "../../bot/src/cards/texts";
import * as views from "../../bot/src/cards/views";
import * as F from "./fixtures";

type Case = readonly [name: string, template: CardTemplate, view: (lang: Lang) => object, summary: (lang: Lang) => string];

const CASES: readonly Case[] = [
  ["person", TEMPLATES.person, (l) => views.personView(F.personFull, l), (l) => summaries.personSummary(F.personFull, l)],
  ["person, minimal", TEMPLATES.person, (l) => views.personView(F.personMinimal, l), (l) => summaries.personSummary(F.personMinimal, l)],
  ["area", TEMPLATES.area, (l) => views.areaView(F.areaValg, l), (l) => summaries.areaSummary(F.areaValg, l)],
  ["area, referral", TEMPLATES.area, (l) => views.areaView(F.areaSkat, l), (l) => summaries.areaSummary(F.areaSkat, l)],
  ["area, empty", TEMPLATES.area, (l) => views.areaView(F.areaEmpty, l), (l) => summaries.areaSummary(F.areaEmpty, l)],
  ["rota day", TEMPLATES.rotaDay, (l) => views.rotaDayView(F.rotaMonday, l), (l) => summaries.rotaDaySummary(F.rotaMonday, l)],
  ["rota, holiday", TEMPLATES.rotaDay, (l) => views.rotaDayView(F.rotaHoliday, l), (l) => summaries.rotaDaySummary(F.rotaHoliday, l)],
  ["meeting reminder", TEMPLATES.meetingReminder, (l) => views.meetingReminderView(F.meetingReminder, l), (l) => summaries.meetingReminderSummary(F.meetingReminder, l)],
  ["check, open", TEMPLATES.checkReminder, (l) => views.checkReminderView(F.checkOpen, l), (l) => summaries.checkReminderSummary(F.checkOpen, l)],
  ["check, completed", TEMPLATES.checkReminder, (l) => views.checkReminderView(F.checkCompleted, l), (l) => summaries.checkReminderSummary(F.checkCompleted, l)],
  ["check, deviation", TEMPLATES.checkReminder, (l) => views.checkReminderView(F.checkDeviation, l), (l) => summaries.checkReminderSummary(F.checkDeviation, l)],
  ["checks", TEMPLATES.checks, (l) => views.checksView({ groups: F.checkGroups }, l), (l) => summaries.checksSummary({ groups: F.checkGroups }, l)],
  ["digest", TEMPLATES.digest, (l) => views.digestView(F.digest, l), (l) => summaries.digestSummary(F.digest, l)],
  ["help", TEMPLATES.help, (l) => views.helpView({ examples: { area: "Valg", duty: "Skranke", person: "Mette" } }, l), (l) => summaries.helpSummary({}, l)],
  ["unknown", TEMPLATES.unknown, (l) => views.unknownView({ understood: [], suggestions: ["Hvem er fyrtårn for Pas?"] }, l), (l) => summaries.unknownSummary({ understood: [], suggestions: [] }, l)],
  ["CPR warning", TEMPLATES.cprWarning, () => ({}), (l) => summaries.cprWarningSummary(l)],
];

describe("card templates with their labels bound beforehand", () => {
  for (const [name, template, view, summary] of CASES) {
    for (const lang of ["da", "en"] as const) {
      it(`when the ${name} card is expanded in ${lang} with its labels bound, then it is the card the engine makes evaluating them`, () => {
        const labels = texts(lang).labels;
        const data = { ...view(lang), lang, t: labels, summary: summary(lang) };
        const bound = expand(template, data, labels);
        assert.deepEqual(bound, expand(template, data));
        assert.ok(JSON.stringify(bound).length > 200, "the card has content");
      });
    }
  }

  it("when a label is bound inside a $data scope, then only $root.t is filled in: a bare t there is the item's", () => {
    const template = loadTemplate("scoped", {
      type: "AdaptiveCard",
      body: [
        { type: "TextBlock", text: "${t.title}" },
        { type: "TextBlock", $data: "${items}", text: "${t.title} / ${$root.t.title}" },
      ],
    });
    const labels = { title: "Overskrift" };
    const data = { t: labels, items: [{ t: { title: "Punktets egen" } }] };
    const card = expand(template, data, labels);
    assert.deepEqual(card.body, [
      { type: "TextBlock", text: "Overskrift" },
      { type: "TextBlock", text: "Punktets egen / Overskrift" },
    ]);
    assert.deepEqual(card, expand(template, data));
  });

  it("when a label holds characters the expression parser reads, or is not a string, then it stays a binding and still comes out right", () => {
    const template = loadTemplate("odd", { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "${t.quote} ${t.count}" }] });
    const labels = { quote: "brug `backtick` og \\ her", count: 3 };
    const data = { t: labels };
    assert.deepEqual(expand(template, data, labels), expand(template, data));
  });
});
