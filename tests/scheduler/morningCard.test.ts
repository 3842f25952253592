// The morning card as the scheduler sends it: planned each working day at the organisation's time (default
// 07:30) to every koordinator; it lists exactly the day's gaps (each kind) with who could fill them, and nothing
// is sent on a day without gaps. Run on the demo and on a differently shaped organisation.
import assert from "node:assert/strict";
import { Directory } from "../../bot/src/domain/directory";
import { gapsOfDay } from "../../bot/src/domain/coverage";
import { remindersBetween, claimKind, recipientKey } from "../../bot/src/scheduler/plan";
import type { PlannedReminder } from "../../bot/src/scheduler/reminder";
import { reminderMessage } from "../../bot/src/scheduler/reminderCards";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";
import { cardStrings, findAll, validateCard } from "../helpers/cardValidation";

const sources = { checkLog: { get: async () => undefined, list: async () => [] }, agenda: { list: async () => [] } };
const morning = (day: string, personId: string): PlannedReminder => ({ kind: "morning", itemId: "morning", occurrence: `morning@${day}`, recipient: { kind: "person", personId }, at: new Date(`${day}T06:30:00Z`) });

describe("morning card", () => {
  it("when a working day's morning passes, then every koordinator gets the morning card at 07:30; on a Saturday nobody does", () => {
    const directory = new Directory(demoOrganisation());
    const plan = (from: string, to: string) => remindersBetween(directory.organisation, directory.calendar, new Date(from), new Date(to))
      .filter((r) => r.kind === "morning").map((r) => `${r.occurrence} ${claimKind(r)} ${recipientKey(r.recipient)} ${r.at.toISOString()}`);
    assert.deepEqual(plan("2026-11-24T00:00:00Z", "2026-11-24T12:00:00Z"), ["morning@2026-11-24 morning person:kp 2026-11-24T06:30:00.000Z", "morning@2026-11-24 morning person:mj 2026-11-24T06:30:00.000Z"]);
    assert.deepEqual(plan("2026-11-28T00:00:00Z", "2026-11-29T00:00:00Z"), []);
    assert.deepEqual(plan("2026-11-10T00:00:00Z", "2026-11-10T12:00:00Z"), [], "a working day without gaps plans no card");
  });

  it("when the organisation sets morningCardAt, then the card goes out then", () => {
    const org = { ...otherOrganisation(), organisation: { ...otherOrganisation().organisation, morningCardAt: "08:15" } };
    const directory = new Directory(org);
    const got = remindersBetween(org, directory.calendar, new Date("2026-11-24T00:00:00Z"), new Date("2026-11-24T12:00:00Z")).filter((r) => r.kind === "morning");
    assert.deepEqual(got.map((r) => [recipientKey(r.recipient), r.at.toISOString()]), [["person:aha", "2026-11-24T07:15:00.000Z"], ["person:lda", "2026-11-24T07:15:00.000Z"]]);
  });

  const days: Array<[string, () => ReturnType<typeof otherOrganisation>, string, string[]]> = [
    ["the other municipality, Tuesday", otherOrganisation, "2026-11-24", ["understaffed", "doubleBooked", "absentPlanned"]],
    ["the other municipality, Thursday", otherOrganisation, "2026-11-26", ["understaffed", "absentPlanned", "areaUncovered"]],
    ["the demo, Monday", demoOrganisation, "2026-11-23", ["understaffed", "doubleBooked", "absentPlanned"]],
  ];
  for (const [name, org, day, kinds] of days) {
    it(`when ${name} has gaps, then the card lists exactly those gaps, each fillable one with free people to pick`, async () => {
      const directory = new Directory(org());
      const gaps = gapsOfDay(directory.organisation, day, directory.calendar);
      assert.deepEqual([...new Set(gaps.map((g) => g.kind))].sort(), [...kinds].sort());
      const message = await reminderMessage(morning(day, "x"), directory, sources, new Date(`${day}T06:30:00Z`));
      assert.ok("activity" in message);
      const card = message.activity.attachments![0].content as Parameters<typeof validateCard>[0];
      assert.deepEqual(validateCard(card), []);
      const fills = findAll(card as never, "Action.Execute").filter((a) => a.verb === "fillGap");
      const gapKeys = fills.map((a) => (a.data as { key: string }).key);
      const fillable = gaps.filter((g) => g.kind !== "areaUncovered");
      assert.ok(gapKeys.length <= fillable.length && gapKeys.length > 0);
      // Every gap is a line of the card: as many containers with a gap text as gaps.
      const strings = cardStrings(card as never).filter((s) => !s.startsWith("Huller i rulleplanen"));
      assert.equal(strings.filter((s) => /(af mindst \d|står på både|og ingen er sat ind i stedet|både fyrtårn og backup er væk)/.test(s)).length, gaps.length, strings.join("\n"));
      for (const choice of findAll(card as never, "Input.ChoiceSet")) assert.ok((choice.choices as unknown[]).length > 0);
    });
  }

  it("when a working day has no gaps, then nothing is sent", async () => {
    for (const org of [demoOrganisation(), otherOrganisation()]) {
      const directory = new Directory(org);
      assert.deepEqual(gapsOfDay(org, "2026-11-10", directory.calendar), []);
      assert.deepEqual(await reminderMessage(morning("2026-11-10", "x"), directory, sources, new Date("2026-11-10T06:30:00Z")), { skip: "noGaps" });
    }
  });
});
