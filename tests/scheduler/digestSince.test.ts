// The Monday digest counts check rounds from each check's start: a department that started its checks today gets
// no "overdue" rounds reaching back months.
import assert from "node:assert/strict";
import { Directory } from "../../bot/src/domain/directory";
import { withCheckStarts } from "../../bot/src/domain/checkRounds";
import { reminderMessage } from "../../bot/src/scheduler/reminderCards";
import { demoOrganisation } from "../helpers/demo";
import { cardStrings } from "../helpers/cardValidation";

const MONDAY = new Date("2026-11-23T06:30:00Z");
const sources = { checkLog: { get: async () => undefined, list: async () => [] }, agenda: { list: async () => [] } };
const digest = { kind: "digest" as const, itemId: "digest", occurrence: "digest@2026-11-23", recipient: { kind: "person" as const, personId: "mj" }, at: MONDAY };

describe("digest and check starts", () => {
  it("when the checks started today, then the digest lists no overdue round; without a start it lists many", async () => {
    const started = new Directory(withCheckStarts(demoOrganisation(), new Map(), "2026-11-23"));
    const fresh = await reminderMessage(digest, started, sources, MONDAY);
    assert.ok("activity" in fresh);
    assert.match(String(fresh.activity.text), /^[^:]+: 0 over fristen/);
    const old = await reminderMessage(digest, new Directory(demoOrganisation()), sources, MONDAY);
    assert.ok("activity" in old);
    const overdue = Number(/: (\d+) over fristen/.exec(String(old.activity.text))?.[1]);
    assert.ok(overdue > 5, String(old.activity.text));
    assert.ok(cardStrings(fresh.activity.attachments![0].content as never).length > 0);
  });
});
