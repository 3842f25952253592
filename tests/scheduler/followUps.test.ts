// Minutes reminders (scheduler/followUps.ts): planned at each meeting's end to its owner, the due day counted
// in working days, and the card says when (with the year when it is next year).
import assert from "node:assert/strict";
import { Directory } from "../../bot/src/domain/directory";
import { minutesDueDate, occurrencesBetween } from "../../bot/src/domain/occurrences";
import { remindersBetween, claimKind, recipientKey } from "../../bot/src/scheduler/plan";
import { followUpCard } from "../../bot/src/scheduler/followUps";
import { demoOrganisation } from "../helpers/demo";
import { buildMeeting, buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { cardStrings, validateCard } from "../helpers/cardValidation";

describe("minutes reminders", () => {
  it("when a meeting with an owner ends, then its owner gets the minutes reminder at the end; meetings without an owner get none", () => {
    const org = buildOrganisation({
      people: [buildPerson("leder", { role: "sektionsleder" }), buildPerson("koord", { role: "koordinator" })],
      meetings: [buildMeeting({ owner: "koord", minutesDue: "P3D" }), buildMeeting({ id: "uden", title: "Uden ejer", rrule: "FREQ=MONTHLY;BYDAY=2TU" })],
    });
    const directory = new Directory(org);
    // Tuesday 8 December 2026, 14:00-15:30 in Copenhagen.
    const got = remindersBetween(org, directory.calendar, new Date("2026-12-08T13:00:00Z"), new Date("2026-12-08T15:00:00Z"))
      .filter((r) => r.kind === "minutes")
      .map((r) => `${r.occurrence} ${claimKind(r)} ${recipientKey(r.recipient)} ${r.at.toISOString()}`);
    assert.deepEqual(got, ["lokal-med@2026-12-08 minutes person:koord 2026-12-08T14:30:00.000Z"]);
  });

  it("when minutes are due in 5 working days, then a weekend and a holiday in between do not count", () => {
    const directory = new Directory(demoOrganisation());
    const med = directory.organisation.meetings.find((m) => m.id === "lokal-med")!;
    const [feb] = occurrencesBetween(med, directory.organisation, directory.calendar, new Date("2027-02-01T00:00:00Z"), new Date("2027-03-01T00:00:00Z"));
    assert.equal(feb.date, "2027-02-09");
    assert.equal(minutesDueDate(feb, med, directory.calendar), "2027-02-16");
    // A Thursday meeting before Easter 2027 (Maundy Thursday 25 March, Good Friday 26, Easter Monday 29).
    assert.equal(minutesDueDate({ date: "2027-03-18", endsAt: new Date("2027-03-18T15:00:00Z") }, { minutesDue: "P5D" }, directory.calendar), "2027-03-30");
    assert.equal(minutesDueDate({ date: "2026-11-24", endsAt: new Date("2026-11-24T15:00:00Z") }, {}, directory.calendar), "2026-12-01");
  });

  it("when the reminder is built, then the card names the meeting and the due day, with the year when it is not this year", () => {
    const directory = new Directory(demoOrganisation());
    const built = followUpCard({ kind: "minutes", itemId: "lokal-med", occurrence: "lokal-med@2027-02-09", recipient: { kind: "person", personId: "hbl" }, at: new Date("2027-02-09T14:30:00Z") }, directory, new Date("2026-12-20T10:00:00Z"));
    assert.ok("card" in built);
    assert.deepEqual(validateCard(built.card), []);
    const strings = cardStrings(built.card);
    assert.ok(strings.includes("Referat af Lokal-MED"));
    assert.ok(strings.includes("Hej Helle. Husk at sende referatet senest tirsdag 16. februar 2027."), strings.join("|"));
    assert.ok(strings.includes("Tirsdag 9. februar 2027 kl. 14.00-15.30") || strings.includes("tirsdag 9. februar 2027 kl. 14.00-15.30"), strings.join("|"));
  });
});
