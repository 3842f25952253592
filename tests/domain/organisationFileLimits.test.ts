// The organisation file's limits: UTF-8 only (the first bad byte's line named), text and item sizes that Table
// Storage can hold (the place named), and RRULE bounds.
import assert from "node:assert/strict";
import {
  MAX_ITEM_CHARS, MAX_TEXT_CHARS, formatProblems, parseOrganisationBytes, validateOrganisation, type ParseResult,
} from "../../bot/src/domain/organisationFile";
import { DEMO_TEXT, demoRaw } from "../helpers/organisationFile";

function lines(result: ParseResult): string[] {
  assert.equal(result.ok, false, "expected problems");
  return result.ok ? [] : formatProblems(result.problems).split("\n");
}

describe("organisation file: encoding", () => {
  it("when the file is UTF-8 (with or without a byte-order mark), then it reads as the text does", () => {
    assert.equal(parseOrganisationBytes(Buffer.from(DEMO_TEXT, "utf8")).ok, true);
    assert.equal(parseOrganisationBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DEMO_TEXT, "utf8")])).ok, true);
  });

  it("when a name was pasted in Latin-1 (\"Lars Møller\" with byte F8), then the error names its line and nothing is read", () => {
    const at = DEMO_TEXT.indexOf("Mette Jensen");
    const line = DEMO_TEXT.slice(0, at).split("\n").length;
    const file = Buffer.concat([Buffer.from(DEMO_TEXT.slice(0, at), "utf8"), Buffer.from("Lars Møller", "latin1"), Buffer.from(DEMO_TEXT.slice(at + "Mette Jensen".length), "utf8")]);
    const result = lines(parseOrganisationBytes(file));
    assert.equal(result.length, 1);
    assert.match(result[0], new RegExp(`^linje ${line}, byte \\d+: tegnet \\(byte 0xF8\\) er ikke gyldig UTF-8`));
    assert.match(result[0], /Gem den som UTF-8/);
  });

  it("when the file is UTF-16, then it says to save it as UTF-8", () => {
    assert.match(lines(parseOrganisationBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DEMO_TEXT, "utf16le")])))[0], /UTF-16.*UTF-8/);
  });

  const invalid: Array<[string, number[]]> = [
    ["a lone continuation byte", [0x80]],
    ["an overlong slash", [0xc0, 0xaf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["a cut-off sequence", [0xe2, 0x82]],
  ];
  for (const [what, bytes] of invalid) {
    it(`when line 3 holds ${what}, then line 3 is named`, () => {
      const file = Buffer.concat([Buffer.from("organisation:\n  name: x\n  municipality: "), Buffer.from(bytes), Buffer.from("\n")]);
      assert.match(lines(parseOrganisationBytes(file))[0], /^linje 3, byte 17: /);
    });
  }
});

describe("organisation file: sizes", () => {
  it("when one text is 50 MB, then that field is named as too long and the rest is still checked", () => {
    const raw = demoRaw();
    raw.people[2].title = "x".repeat(50 * 1024 * 1024);
    const problems = lines(validateOrganisation(raw));
    assert.deepEqual(problems, [`people[2].title: teksten er for lang: ${(50 * 1024 * 1024).toLocaleString("da-DK")} tegn (højst ${MAX_TEXT_CHARS.toLocaleString("da-DK")})`]);
  });

  it("when a person's texts together exceed what Table Storage keeps per property, then that person is named", () => {
    const raw = demoRaw();
    raw.people[1].competences = Array.from({ length: Math.ceil(MAX_ITEM_CHARS / 3000) + 1 }, (_, i) => `${i} ${"k".repeat(3000)}`);
    const problems = lines(validateOrganisation(raw));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /^people\[1\]: for stort til lageret: \d+ KB gemt \(Table Storage tager højst 64 KB pr\. element\)/);
  });

  it("when every text is within its limit, then the demo file passes", () => {
    assert.equal(validateOrganisation(demoRaw()).ok, true);
  });
});

describe("organisation file: RRULE bounds", () => {
  const rules: Array<[string, RegExp]> = [
    ["FREQ=WEEKLY;UNTIL=99999999", /UNTIL=99999999 er ikke en dato/],
    ["FREQ=WEEKLY;UNTIL=20270230", /UNTIL=20270230 er ikke en dato/],
    ["FREQ=WEEKLY;UNTIL=29990101", /mellem år 2000 og 2100/],
    ["FREQ=WEEKLY;UNTIL=20271231T256000Z", /klokkeslættet i UNTIL findes ikke/],
    ["FREQ=MONTHLY;BYMONTH=13", /BYMONTH=13 ligger uden for 1\.\.12/],
    ["FREQ=MONTHLY;BYMONTHDAY=32", /BYMONTHDAY=32 ligger uden for ±1\.\.31/],
    ["FREQ=MONTHLY;BYMONTHDAY=0", /BYMONTHDAY=0 ligger uden for/],
    ["FREQ=YEARLY;BYWEEKNO=54", /BYWEEKNO=54/],
    ["FREQ=DAILY;INTERVAL=5000", /INTERVAL må højst være 100/],
  ];
  for (const [rule, message] of rules) {
    it(`when a meeting's rrule is ${rule}, then it is refused at its place`, () => {
      const raw = demoRaw();
      raw.meetings[0].rrule = rule;
      const problems = lines(validateOrganisation(raw));
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(problems[0], /^meetings\[0\]\.rrule: ugyldig rrule: /);
      assert.match(problems[0], message);
    });
  }

  it("when a rule has a real UNTIL and BYMONTHDAY=-1, then it is accepted", () => {
    const raw = demoRaw();
    raw.meetings[0].rrule = "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20291231";
    const result = validateOrganisation(raw);
    assert.equal(result.ok, true, result.ok ? "" : formatProblems(result.problems));
  });
});
