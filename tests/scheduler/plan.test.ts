// Reminder planning (pure): which reminders fall in a window, to whom.
import assert from "node:assert/strict";
import { Directory } from "../../bot/src/domain/directory";
import { remindersBetween, recipientKey, claimKind } from "../../bot/src/scheduler/plan";
import { demoOrganisation } from "../helpers/demo";

const directory = new Directory(demoOrganisation());
const plan = (from: string, to: string) =>
  remindersBetween(directory.organisation, directory.calendar, new Date(from), new Date(to))
    .map((r) => `${r.occurrence} ${claimKind(r)} ${recipientKey(r.recipient)} ${r.at.toISOString()}`);

describe("remindersBetween", () => {
  it("when a Monday morning passes, then the digest goes to each koordinator at 07:30 and the MitID check to its owner at 09:00", () => {
    const got = plan("2026-11-23T06:00:00Z", "2026-11-23T08:01:00Z").filter((l) => /digest|mitid/.test(l));
    assert.deepEqual(got, [
      "digest@2026-11-23 digest person:kp 2026-11-23T06:30:00.000Z",
      "digest@2026-11-23 digest person:mj 2026-11-23T06:30:00.000Z",
      "mitid@2026-11-23 check person:mj 2026-11-23T08:00:00.000Z",
    ]);
  });

  it("when a check's due time passes, then the owner gets an overdue reminder and escalateTo an escalation", () => {
    const got = plan("2026-11-26T07:59:00Z", "2026-11-26T08:01:00Z").filter((l) => l.startsWith("mitid@"));
    assert.deepEqual(got, [
      "mitid@2026-11-23 escalation person:hbl 2026-11-26T08:00:00.000Z",
      "mitid@2026-11-23 overdue person:mj 2026-11-26T08:00:00.000Z",
    ]);
  });

  it("when a channel meeting is 14, 7 and 1 days away, then the channel gets one reminder at each offset", () => {
    const meeting = directory.organisation.meetings.find((m) => m.id === "lokal-med")!;
    const got = plan("2026-10-01T00:00:00Z", "2026-11-11T00:00:00Z").filter((l) => l.startsWith("lokal-med@2026-11") && l.includes(" meeting:"));
    assert.deepEqual(meeting.remind, ["P14D", "P7D", "P1D"]);
    assert.deepEqual(got.map((l) => l.split(" ").slice(1, 3).join(" ")), ["meeting:P14D channel", "meeting:P7D channel", "meeting:P1D channel"]);
  });

  it("when the window is empty or reversed, then nothing is planned", () => {
    assert.deepEqual(plan("2026-11-23T08:00:00Z", "2026-11-23T08:00:00Z"), []);
    assert.deepEqual(plan("2026-11-24T08:00:00Z", "2026-11-23T08:00:00Z"), []);
  });
});
