import assert from "node:assert/strict";
import { Directory } from "../../bot/src/domain/directory";
import { understand } from "../../bot/src/domain/understand";
import { answer } from "../../bot/src/answers";
import { demoOrganisation } from "../helpers/demo";

describe("answer memo", () => {
  const monday = new Date("2026-11-23T09:00:00Z");
  const tuesday = new Date("2026-11-24T09:00:00Z");

  it("when the same question is asked again the same day, then the same reply is reused", () => {
    const directory = new Directory(demoOrganisation());
    const frame = understand("hvad er dagens rulleplan", directory.index, "2026-11-23");
    assert.equal(answer(frame, directory, { now: monday }), answer(frame, directory, { now: monday }));
  });

  it("when the day changes, then 'today' is answered anew", () => {
    const directory = new Directory(demoOrganisation());
    const q = (today: string) => understand("hvad er dagens rulleplan", directory.index, today);
    const first = answer(q("2026-11-23"), directory, { now: monday });
    const second = answer(q("2026-11-24"), directory, { now: tuesday });
    assert.notEqual(first, second);
    assert.match(second.text, /24\. november/);
  });

  it("when the organisation changes, then the new Directory answers from the new organisation", () => {
    const org = demoOrganisation();
    const before = new Directory(org);
    const after = new Directory({ ...org, areas: org.areas.map((a) => (a.id === "valg" ? { ...a, fyrtaarne: ["mj"] } : a)) });
    const ask = (d: Directory) => answer(understand("hvem er fyrtårn for valg", d.index, "2026-11-23"), d, { now: monday }).text;
    assert.match(ask(before), /Anne Kristensen/);
    assert.match(ask(after), /Mette Jensen/);
  });

  it("when askers differ, then their own duties are not shared", () => {
    const directory = new Directory(demoOrganisation());
    const frame = understand("hvad skal jeg i dag", directory.index, "2026-11-23");
    const mette = answer(frame, directory, { now: monday, asker: directory.person("mj") });
    const anne = answer(frame, directory, { now: monday, asker: directory.person("ak") });
    assert.match(mette.text, /Mette Jensen/);
    assert.match(anne.text, /Anne Kristensen/);
  });
});
