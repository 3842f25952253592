import assert from "node:assert/strict";
import { containsCpr, cprPaths, findCpr, normaliseForCpr, redactCpr, redactCprDeep } from "../../bot/src/domain/cpr";
import { CPR_SPELLINGS as FLAGGED } from "../helpers/cprSpellings";

/** Numbers that must pass: phone numbers, case references, dates, long ids. */
const PASSED: readonly string[] = [
  "+45 63 33 70 01",
  "320103-1234",
  "011303-1234",
  "290201-1234",
  "sag 2026-1234",
  "12345678901",
  "tlf 70200000",
  "uge 47",
  "0102031234567",
  "2026-11-23",
  "ring 22 11 33 44",
  "j.nr. 27.12.08-G01-3-26",
  "kl. 08:00-12:00",
  "001090-1234",
  "010090-1234",
  "7020 0000",
];

describe("CPR guard", () => {
  it("when the table of spellings is counted, then it holds at least 30 different spellings", () => {
    assert.ok(FLAGGED.length >= 30, `only ${FLAGGED.length}`);
    assert.equal(new Set(FLAGGED.map(([, text]) => text)).size, FLAGGED.length);
  });

  for (const [name, text] of FLAGGED) {
    it(`when a CPR number is written as ${name}, then it is flagged and redacted to nothing of it`, () => {
      assert.equal(containsCpr(text), true);
      const redacted = redactCpr(text);
      assert.match(redacted, /\[CPR fjernet\]/);
      assert.equal(containsCpr(redacted), false, redacted);
      // Nothing of the number is left: no run of 4 digits of any script survives.
      assert.doesNotMatch(normaliseForCpr(redacted), /\d{4}/);
    });
  }

  for (const text of PASSED) {
    it(`when the text is "${text}", then it is not flagged`, () => {
      assert.equal(containsCpr(text), false);
      assert.equal(redactCpr(text), text);
    });
  }

  it("when a number is found, then its range is in the original text, invisible characters included", () => {
    const text = "syg 01\u200B0190\u20131234!";
    const [[start, end]] = findCpr(text);
    assert.equal(text.slice(start, end), "01\u200B0190\u20131234");
  });

  it("when an object holds CPR numbers in strings, numbers and keys, then every path is named", () => {
    const body = { person: "mj", reason: "syg 010190-1234", nested: { list: ["ok", "01.01.90-1234"] }, asNumber: 101901234, "0101901234": true };
    assert.deepEqual(cprPaths(body).sort(), ["0101901234", "asNumber", "nested.list[1]", "reason"].sort());
    assert.deepEqual(cprPaths({ person: "mj", phone: "+45 63 33 70 01", count: 5 }), []);
  });

  it("when an object is redacted, then strings lose the number and dates and other values are kept", () => {
    const when = new Date("2026-01-01T00:00:00Z");
    const out = redactCprDeep({ name: "Jens 010190-1234", when, n: 3, list: ["x 0101901234"], err: new Error("bad 010190-1234") });
    assert.equal(out.name, "Jens [CPR fjernet]");
    assert.equal(out.when, when);
    assert.equal(out.n, 3);
    assert.deepEqual(out.list, ["x [CPR fjernet]"]);
    assert.equal(containsCpr(JSON.stringify(out)), false);
  });
});
