import assert from "node:assert/strict";
import { containsCpr, redactCpr } from "../../bot/src/domain/cpr";

describe("CPR guard", () => {
  const flagged = ["010203-1234", "0102031234", "min cpr er 311299-4321 tak", "290200-1234", "cpr:150570 1234"];
  const passed = ["+45 63 33 70 01", "320103-1234", "011303-1234", "290201-1234", "sag 2026-1234", "12345678901", "tlf 70200000", "uge 47", "0102031234567"];

  for (const text of flagged) {
    it(`when the text is "${text}", then it is flagged and redacted`, () => {
      assert.equal(containsCpr(text), true);
      assert.doesNotMatch(redactCpr(text), /\d{6}[- ]?\d{4}/);
      assert.match(redactCpr(text), /\[CPR fjernet\]/);
    });
  }
  for (const text of passed) {
    it(`when the text is "${text}", then it is not flagged`, () => {
      assert.equal(containsCpr(text), false);
      assert.equal(redactCpr(text), text);
    });
  }
});
