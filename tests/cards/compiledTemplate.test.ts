// A compiled template (compiledTemplate.ts) must give the very card adaptivecards-templating gives for the same
// template and data: for every card kind in both languages, and for each rule of the engine taken alone.
import { strict as assert } from "node:assert";
import * as ACData from "adaptivecards-templating";
import type { Lang } from "../../bot/src/cards/cardData";
import { compileTemplate } from "../../bot/src/cards/compiledTemplate";
import { expand, type CardTemplate } from "../../bot/src/cards/expand";
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

/** What adaptivecards-templating itself makes of a template and data. */
function byEngine(json: unknown, root: unknown): unknown {
  return new ACData.Template(json).expand({ $root: root });
}

describe("card templates, compiled", () => {
  for (const [name, template, view, summary] of CASES) {
    for (const lang of ["da", "en"] as const) {
      it(`when the ${name} card is expanded in ${lang}, then it is the card adaptivecards-templating makes`, () => {
        const labels = texts(lang).labels;
        const data = { ...view(lang), lang, summary: summary(lang) };
        const card = expand(template, data, labels);
        const engine = byEngine(template.json, { ...data, t: labels }) as { actions?: unknown[] };
        if (Array.isArray(engine.actions) && engine.actions.length === 0) delete engine.actions;
        assert.deepEqual(card, engine);
        assert.ok(JSON.stringify(card).length > 200, "the card has content");
      });
    }
  }

  // Each rule of the engine alone: [what, template, data]. Compared with the engine, never with a written answer.
  const RULES: ReadonlyArray<readonly [string, unknown, unknown]> = [
    ["a missing value outside a condition becomes the text of its binding", { text: "${missing}", deep: "${a.b.c}" }, { a: {} }],
    ["a null value stays null; false and 0 stay themselves", { a: "${n}", b: "${f}", c: "${z}" }, { n: null, f: false, z: 0 }],
    ["text around bindings is joined, a missing one kept as its binding", { text: "Vagt ${slot}: ${who} (${missing})" }, { slot: "Formiddag", who: 3 }],
    ["a key is found whatever its case", { text: "${NAME} ${$Root.Name}" }, { name: "Anne" }],
    ["$when keeps an element only for true", [{ $when: "${yes}", a: 1 }, { $when: "${one}", b: 2 }, { $when: "${text}", c: 3 }, { $when: "${missing}", d: 4 }], { yes: true, one: 1, text: "true" }],
    ["a $when that is not a binding drops the element unless it is empty or false", [{ $when: "true", a: 1 }, { $when: true, b: 2 }, { $when: "", c: 3 }, { $when: false, d: 4 }], {}],
    ["!, && and || read null and missing as false, and anything else but false as true", [
      { $when: "${!missing && !n && !!zero && !!empty}", a: 1 },
      { $when: "${missing || f || (t && !f)}", b: 2 },
      { $when: "${!(t || f)}", c: 3 },
    ], { n: null, zero: 0, empty: "", t: true, f: false }],
    ["empty() is true for nothing, \"\", [] and {}, false for anything else", [
      { $when: "${empty(missing) && empty(n) && empty(s) && empty(l) && empty(o)}", a: 1 },
      { $when: "${empty(x) || empty(full) || empty(zero) || empty(f)}", b: 2 },
    ], { n: null, s: "", l: [], o: {}, x: "x", full: [1], zero: 0, f: false }],
    ["a $data list repeats the element with $index; one item gives the element itself, none drops it", {
      many: [{ $data: "${items}", n: "${name}", i: "${$index}", root: "${$root.title}" }],
      one: { $data: "${single}", n: "${name}" },
      none: [{ $data: "${nothing}", n: "${name}" }, "after"],
      missing: { $data: "${absent}", n: "${name}" },
    }, { title: "T", items: [{ name: "a" }, { name: "b" }, { name: "c" }], single: [{ name: "only" }], nothing: [] }],
    ["a list item that is undefined keeps the item before it as $data", [{ $data: "${items}", n: "${name}", i: "${$index}" }], { name: "root", items: [{ name: "a" }, undefined, { name: "c" }] }],
    ["$data and $when together: the condition is read within each item", [{ $data: "${items}", $when: "${keep}", n: "${name}" }], { items: [{ name: "a", keep: true }, { name: "b" }, { name: "c", keep: true }] }],
    ["nested $data scopes: a bare name is the innermost item's, $root the card's", { $data: "${outer}", rows: [{ $data: "${inner}", text: "${name} / ${$data.name} / ${$root.name}" }] }, { name: "root", outer: { name: "outer", inner: [{ name: "x" }, { name: "y" }] } }],
    ["a $data that is a value, not a binding", [{ $data: { name: "inline" }, n: "${name}" }, { $data: null, n: "${name}" }], { name: "root" }],
    ["functions and indexing are the expression language's own", { count: "${count(items)}", first: "${items[0].name}", pick: "${if(flag, 'ja', 'nej')}", joined: "${join(names, ', ')}" }, { items: [{ name: "a" }], flag: true, names: ["x", "y"] }],
    ["the reserved keys are left out of the card", { $data: "${d}", $when: "${true}", $root: "x", $index: 1, kept: "${v}" }, { d: { v: 1 } }],
  ];
  for (const [what, template, data] of RULES) {
    it(`when ${what}, then the compiled template and the engine agree`, () => {
      const compiled = compileTemplate(template)(data);
      assert.deepEqual(compiled, byEngine(template, data));
      assert.notEqual(compiled, undefined);
    });
  }

  it("when a binding cannot be evaluated, then expanding throws as the engine does", () => {
    const template = { text: "${foo(}" };
    assert.throws(() => byEngine(template, {}));
    assert.throws(() => compileTemplate(template)({}));
  });
});
