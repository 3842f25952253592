// The cards' plumbing: the CPR warning, rendering and its cache, templates and texts, dates, and the validator itself.
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatInstant, formatMeetingTime } from "../../bot/src/cards/format";
import * as render from "../../bot/src/cards/render";
import { TEXTS } from "../../bot/src/cards/texts";
import { cardStrings, validateCard } from "../helpers/cardValidation";
import * as F from "./fixtures";

const CARDS_DIR = join(__dirname, "../../bot/src/cards");

describe("card structure", () => {
  describe("CPR warning", () => {
    it("when the CPR warning is rendered, then the card holds no digits at all, so no number can be echoed", () => {
      for (const lang of ["da", "en"] as const) assert.doesNotMatch(JSON.stringify(render.renderCprWarningCard(lang).body), /\d/);
    });
  });

  describe("rendering", () => {
    it("when the same data is rendered twice, then the cards are equal and the data is not changed", () => {
      const data = structuredClone(F.rotaMonday);
      const first = render.renderRotaDayCard(data, "da");
      assert.deepEqual(render.renderRotaDayCard(data, "da"), first);
      assert.deepEqual(data, F.rotaMonday);
    });

    it("when other data is rendered, then it gets its own card", () => {
      const first = render.renderAreaCard(F.areaValg, "da");
      assert.deepEqual(render.renderAreaCard(structuredClone(F.areaValg), "da"), first);
      assert.notDeepEqual(render.renderAreaCard(F.areaValg, "en"), first);
      const changed = render.renderAreaCard({ ...F.areaValg, backups: [{ ...F.peter, absentToday: "syg" }] }, "da");
      assert.ok(cardStrings(changed).includes("Fraværende i dag (syg)"));
      assert.ok(!cardStrings(first).includes("Fraværende i dag (syg)"));
    });

    it("when a card has no actions, then it carries no empty actions list", () => {
      assert.equal("actions" in render.renderPersonCard({ ...F.personMinimal }, "da"), false);
    });
  });

  describe("templates and texts", () => {
    const templateFiles = readdirSync(join(CARDS_DIR, "templates")).filter((file) => file.endsWith(".json"));

    it("when the templates folder is listed, then every template is prepared by render.ts and none is left unused", () => {
      assert.deepEqual(templateFiles.map((file) => file.replace(/\.json$/, "")).sort(), Object.keys(render.TEMPLATES).sort());
    });

    for (const file of templateFiles) {
      it(`when ${file} is read, then it is an Adaptive Card 1.5 with the schema`, () => {
        const json = JSON.parse(readFileSync(join(CARDS_DIR, "templates", file), "utf8")) as Record<string, unknown>;
        assert.equal(json.type, "AdaptiveCard");
        assert.equal(json.version, "1.5");
        assert.equal(json.$schema, "http://adaptivecards.io/schemas/adaptive-card.json");
      });
    }

    it("when the cards module's sources are read, then none imports botbuilder", () => {
      const sources = readdirSync(CARDS_DIR).filter((file) => file.endsWith(".ts"));
      for (const file of sources) assert.doesNotMatch(readFileSync(join(CARDS_DIR, file), "utf8"), /from\s+["']botbuilder/, file);
    });

    it("when Danish and English labels are compared, then both have every label and none is empty", () => {
      assert.deepEqual(Object.keys(TEXTS.en.labels).sort(), Object.keys(TEXTS.da.labels).sort());
      for (const lang of ["da", "en"] as const) {
        for (const [key, value] of Object.entries(TEXTS[lang].labels)) {
          const values = Array.isArray(value) ? value : [value];
          for (const text of values) assert.ok(typeof text === "string" && text.trim().length > 0, `${lang}.${key}`);
        }
      }
    });
  });

  describe("dates", () => {
    const cases: readonly [string, string][] = [
      [formatMeetingTime("2026-12-08", "14:00", 90, "da"), "tirsdag 8. december kl. 14.00-15.30"],
      [formatMeetingTime("2026-12-08", "14:00", 90, "en"), "Tuesday 8 December, 14:00-15:30"],
      [formatInstant("2026-11-24T09:12:00Z", "Europe/Copenhagen", "da"), "24.11.2026 kl. 10.12"],
      [formatInstant("2026-03-29T01:30:00Z", "Europe/Copenhagen", "da"), "29.03.2026 kl. 03.30"],
      [formatInstant("2026-10-25T00:30:00Z", "Europe/Copenhagen", "da"), "25.10.2026 kl. 02.30"],
      [formatInstant("2026-10-25T01:30:00Z", "Europe/Copenhagen", "da"), "25.10.2026 kl. 02.30"],
    ];
    for (const [actual, expected] of cases) {
      it(`when formatted, then it reads "${expected}"`, () => assert.equal(actual, expected));
    }
  });

  describe("the validator", () => {
    const good = render.renderCprWarningCard("da");
    const broken: readonly [string, unknown, string][] = [
      ["an unexpanded binding", { ...good, body: [...good.body, { type: "TextBlock", text: "Hej ${name}", wrap: true }] }, "unexpanded binding"],
      ["an empty text", { ...good, body: [...good.body, { type: "TextBlock", text: "", wrap: true }] }, "text is empty"],
      ["a text that is a number", { ...good, body: [...good.body, { type: "TextBlock", text: 5, wrap: true }] }, "text is empty or not a string"],
      ["an unknown element", { ...good, body: [...good.body, { type: "Carousel2" }] }, "Unknown element type"],
      ["a bad property value", { ...good, body: [...good.body, { type: "TextBlock", text: "x", size: "huge", wrap: true }] }, 'Invalid value "huge"'],
      [
        "duplicate input ids",
        { ...good, body: [...good.body, { type: "Input.Text", id: "a", label: "A" }, { type: "Input.Text", id: "a", label: "B" }] },
        "Duplicate Id",
      ],
      ["an input without a label", { ...good, body: [...good.body, { type: "Input.Text", id: "a" }] }, "needs a label"],
      ["an OpenUrl without url", { ...good, actions: [{ type: "Action.OpenUrl", title: "Åbn" }] }, 'Property "url" must be set'],
      ["a card version Teams cannot show", { ...good, version: "1.6" }, 'version is 1.6, expected "1.5"'],
      ["an unsupported card version", { ...good, version: "1.9" }, "not supported"],
      ["a text that does not wrap", { ...good, body: [...good.body, { type: "TextBlock", text: "x" }] }, "wrap must be true"],
      ["a first element that is not a heading", { ...good, body: [{ type: "TextBlock", text: "x", wrap: true }] }, "body[0] must be a TextBlock"],
      ["an image without alt text", { ...good, body: [...good.body, { type: "Image", url: "https://x.dk/a.png" }] }, "needs altText"],
      ["a leftover $when", { ...good, body: [...good.body, { type: "TextBlock", text: "x", wrap: true, $when: "${a}" }] }, "templating key $when"],
      ["a null", { ...good, fallbackText: null }, "null"],
      ["an empty FactSet", { ...good, body: [...good.body, { type: "FactSet", facts: [] }] }, "FactSet without facts"],
      ["an empty ActionSet", { ...good, body: [...good.body, { type: "ActionSet", actions: [] }] }, "ActionSet without actions"],
      ["a required input without error message", { ...good, body: [...good.body, { type: "Input.Text", id: "a", label: "A", isRequired: true }] }, "errorMessage"],
      ["a javascript: link", { ...good, actions: [{ type: "Action.OpenUrl", title: "x", url: "javascript:alert(1)" }] }, "not an https/mailto/tel link"],
    ];
    for (const [name, card, expected] of broken) {
      it(`when a card has ${name}, then validateCard reports it`, () => {
        const problems = validateCard(card);
        assert.ok(
          problems.some((problem) => problem.includes(expected)),
          `expected a problem containing ${JSON.stringify(expected)}, got ${JSON.stringify(problems)}`,
        );
      });
    }

    it("when the same valid card is checked many times, then it stays valid (the library's lang check is reset)", () => {
      for (let i = 0; i < 5; i++) assert.deepEqual(validateCard(good), []);
    });
  });
});
