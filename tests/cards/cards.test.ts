// Every card of the case tables (answerCases.ts, reminderCases.ts), in both languages: valid, its words shown, its summary.
import { strict as assert } from "node:assert";
import type { AdaptiveCard } from "../../bot/src/cards/cardData";
import { cardStrings, validateCard } from "../helpers/cardValidation";
import { ANSWER_CASES } from "./answerCases";
import { LANGS, type CardCase } from "./cardCase";
import { REMINDER_CASES } from "./reminderCases";

const CASES: readonly CardCase[] = [...ANSWER_CASES, ...REMINDER_CASES];

function assertContains(card: AdaptiveCard, expected: readonly string[]): void {
  const strings = cardStrings(card);
  for (const text of expected) {
    assert.ok(
      strings.some((value) => value.includes(text)),
      `expected ${JSON.stringify(text)} in the card; it shows:\n  ${strings.join("\n  ")}`,
    );
  }
}

function assertNotContains(card: AdaptiveCard, unexpected: readonly string[]): void {
  const strings = cardStrings(card);
  for (const text of unexpected) {
    const hit = strings.find((value) => value.includes(text));
    assert.equal(hit, undefined, `did not expect ${JSON.stringify(text)} in the card, found it in ${JSON.stringify(hit)}`);
  }
}

describe("cards", () => {
  describe("every card expands and validates", () => {
    for (const testCase of CASES) {
      for (const lang of LANGS) {
        it(`when the ${testCase.name} card is rendered in ${lang}, then the adaptivecards library and our checks find no problems`, () => {
          assert.deepEqual(validateCard(testCase.card(lang)), []);
        });
      }
    }
  });

  describe("every card shows its content", () => {
    for (const testCase of CASES) {
      it(`when the ${testCase.name} card is rendered, then it shows what it must in Danish and English`, () => {
        const da = testCase.card("da");
        assertContains(da, testCase.da);
        assertNotContains(da, testCase.notDa ?? []);
        if (testCase.en) assertContains(testCase.card("en"), testCase.en);
      });
    }
  });

  describe("every card has a summary", () => {
    for (const testCase of CASES) {
      for (const lang of LANGS) {
        it(`when the ${testCase.name} card is rendered in ${lang}, then its summary is short plain text and is the card's fallbackText`, () => {
          const summary = testCase.summary(lang);
          assert.ok(summary.trim().length > 0, "summary is empty");
          assert.ok(!summary.includes("${"), summary);
          assert.ok(!summary.includes("undefined"), summary);
          assert.ok(summary.length <= 700, `summary is ${summary.length} characters: ${summary}`);
          assert.equal(testCase.card(lang).fallbackText, summary);
          assert.equal(testCase.card(lang).lang, lang);
        });
      }
    }
  });
});
