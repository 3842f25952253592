import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import type { Organisation } from "../../bot/src/domain/organisation";
import { resolveRota } from "../../bot/src/domain/rota";
import {
  nextDateWithSlot, readClockTime, readDayPart, readSlotMention, resolveSlotRef, slotAt, slotByName, slotWeekdays, slotsForPart,
  type DayPart, type NoSlotReason, type SlotRef,
} from "../../bot/src/domain/slots";
import { tokens } from "../../bot/src/domain/text";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

const ORGS: ReadonlyArray<readonly [string, () => Organisation]> = [["demo", demoOrganisation], ["other", otherOrganisation]];
const orgNamed = (name: "demo" | "other"): Organisation => (name === "demo" ? demoOrganisation() : otherOrganisation());

function dayOf(org: Organisation, date: string) {
  return resolveRota(org, date, WorkCalendar.forOrganisation(org));
}

/** The slot ids a question means on a date, and why none. */
function meant(orgName: "demo" | "other", question: string, date: string): { slots: string[]; none?: NoSlotReason } {
  const org = orgNamed(orgName);
  const mention = readSlotMention(org, tokens(question));
  assert.ok(mention, `no slot read in "${question}"`);
  const found = resolveSlotRef(org, dayOf(org, date), mention.ref);
  return { slots: found.slots.map((s) => s.slot), ...(found.none && { none: found.none }) };
}

describe("slots", () => {
  describe("a question's slot on a day", () => {
    // 2026-11-23 is a Monday, 2026-11-26 a Thursday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
    const cases: ReadonlyArray<readonly [org: "demo" | "other", question: string, date: string, slots: string[], none?: NoSlotReason]> = [
      ["demo", "hvem har skranken i formiddag", "2026-11-23", ["fm"]],
      ["demo", "hvem har telefon i eftermiddag", "2026-11-23", ["em"]],
      ["demo", "hvem har skranke i morgen tidlig", "2026-11-24", ["fm"]],
      ["demo", "hvem står i skranken kl. 14", "2026-11-23", ["em"]],
      ["demo", "hvem har telefonen kl 9.30", "2026-11-23", ["fm"]],
      ["demo", "hvem har hotline 12:00", "2026-11-23", ["em"]],
      ["demo", "hvem har skranken torsdag aften", "2026-11-26", ["em"]],
      ["demo", "hvem har skranken mandag aften", "2026-11-23", [], "noneInPart"],
      ["demo", "hvem har skranken kl 16", "2026-11-26", ["em"]],
      ["demo", "hvem har skranken kl 16", "2026-11-23", [], "outsideHours"],
      ["demo", "hvem har skranken i eftermiddag", "2026-11-28", [], "dayOff"],
      ["demo", "who is on the phone this afternoon", "2026-11-23", ["em"]],
      ["demo", "hvem har skranken ved middagstid", "2026-11-23", ["em"]],
      ["other", "hvem har morgenvagten i skranken", "2026-11-23", ["tidlig"]],
      ["other", "hvem har informationen i morgen tidlig", "2026-11-24", ["tidlig"]],
      ["other", "hvem har skranken i formiddag", "2026-11-23", ["tidlig", "midt"]],
      ["other", "hvem har telefonen i eftermiddag", "2026-11-23", ["sen"]],
      ["other", "hvem har telefonen i eftermiddag", "2026-11-26", ["sen"]],
      ["other", "hvem har skranken torsdag aften", "2026-11-26", ["aften"]],
      ["other", "hvem har aftenvagten", "2026-11-26", ["aften"]],
      ["other", "hvem har aftenvagten", "2026-11-23", [], "notThatDay"],
      ["other", "hvem har skranken mandag aften", "2026-11-23", [], "notThatDay"],
      ["other", "hvem har skranken kl. 14", "2026-11-23", ["sen"]],
      ["other", "hvem har skranken kl. 12.30", "2026-11-23", ["sen"]],
      ["other", "hvem har skranken kl. 12:29", "2026-11-23", ["midt"]],
      ["other", "hvem har skranken kl 14.30 fredag", "2026-11-27", [], "outsideHours"],
      ["other", "hvem har skranken kl 16", "2026-11-26", ["aften"]],
      ["other", "hvem har senvagten", "2026-11-27", ["sen"]],
      ["other", "hvem har midtvagten og senvagten", "2026-11-23", ["midt", "sen"]],
      ["other", "hvem har skranken ved frokosttid", "2026-11-23", ["midt"]],
      ["other", "who has the counter at 2pm", "2026-11-23", ["sen"]],
    ];
    for (const [org, question, date, slots, none] of cases) {
      it(`when ${org} is asked "${question}" for ${date}, then ${slots.length ? slots.join(" and ") : `no slot (${none})`}`, () => {
        assert.deepEqual(meant(org, question, date), { slots, ...(none && { none }) });
      });
    }

    it("when the day is a half day (1 May in the demo), then an afternoon slot is missing for that reason", () => {
      const org = demoOrganisation();
      const day = dayOf(org, "2026-05-01");
      assert.deepEqual(resolveSlotRef(org, day, { kind: "part", part: "afternoon" }), { slots: [], none: "halfDay" });
      assert.deepEqual(resolveSlotRef(org, day, { kind: "slot", slots: ["em"] }), { slots: [], none: "halfDay" });
      assert.deepEqual(resolveSlotRef(org, day, { kind: "time", time: "13:00" }), { slots: [], none: "halfDay" });
    });
  });

  describe("reading the words", () => {
    const cases: ReadonlyArray<readonly [org: "demo" | "other", question: string, ref: SlotRef | undefined]> = [
      ["other", "hvem har Morgenvagten", { kind: "slot", slots: ["tidlig"] }],
      ["other", "hvem har morgenvagen", { kind: "slot", slots: ["tidlig"] }],
      ["other", "hvem har aftenåbent", { kind: "slot", slots: ["aften"] }],
      ["other", "hvem har aftenaabent", { kind: "slot", slots: ["aften"] }],
      ["other", "hvem står der i skranken om aftenen", { kind: "slot", slots: ["aften"] }],
      ["other", "hvem har tidlig i morgen", { kind: "slot", slots: ["tidlig"] }],
      ["demo", "hvem har formiddagen", { kind: "slot", slots: ["fm"] }],
      ["demo", "hvem har tidlig vagt i morgen", { kind: "part", part: "early" }],
      ["demo", "i morgen tidlig", { kind: "part", part: "early" }],
      ["demo", "hvem har skranken i morgen", undefined],
      ["demo", "god morgen, hvem har skranken", undefined],
      ["demo", "hvem har telefon i morges", { kind: "part", part: "early" }],
      ["demo", "hvem har skranken i aften", { kind: "part", part: "evening" }],
      ["demo", "who has the phone tonight", { kind: "part", part: "evening" }],
      ["demo", "hvem har skranken kl 2", { kind: "time", time: "14:00" }],
      ["demo", "hvem har skranken klokken 9", { kind: "time", time: "09:00" }],
      ["demo", "who has the counter at 9am", { kind: "time", time: "09:00" }],
      ["demo", "who has the counter at 1 pm", { kind: "time", time: "13:00" }],
      ["demo", "hvem har 10 minutter", undefined],
      ["demo", "hvem har skranken ved 25", undefined],
      ["other", "hvem sidder i midten", undefined],
      ["other", "er jeg sent på den", undefined],
    ];
    for (const [org, question, ref] of cases) {
      it(`when ${org} reads "${question}", then the slot is ${JSON.stringify(ref)}`, () => {
        assert.deepEqual(readSlotMention(orgNamed(org), tokens(question))?.ref, ref);
      });
    }

    it("when a slot is read, then the words it used are given, so nothing else reads them", () => {
      assert.deepEqual(slotByName(otherOrganisation(), tokens("hvem har senvagten i dag"))?.consumed, [2]);
      assert.deepEqual(readClockTime(tokens("skranken kl. 14.30 i dag"))?.consumed, [1, 2]);
      assert.deepEqual(readDayPart(tokens("skranken i morgen tidlig"))?.consumed, [3]);
    });

    it("when the demo is read, then its own slot names win over the day-part words", () => {
      assert.deepEqual(readSlotMention(demoOrganisation(), tokens("hvem har eftermiddagen"))?.ref, { kind: "slot", slots: ["em"] });
    });
  });

  describe("slots of a day", () => {
    const parts: ReadonlyArray<readonly [org: "demo" | "other", date: string, part: DayPart, slots: string[]]> = [
      ["demo", "2026-11-23", "early", ["fm"]],
      ["demo", "2026-11-23", "morning", ["fm"]],
      ["demo", "2026-11-23", "midday", ["em"]],
      ["demo", "2026-11-23", "afternoon", ["em"]],
      ["demo", "2026-11-23", "evening", []],
      ["demo", "2026-11-26", "evening", ["em"]],
      ["other", "2026-11-23", "early", ["tidlig"]],
      ["other", "2026-11-23", "morning", ["tidlig", "midt"]],
      ["other", "2026-11-23", "midday", ["midt"]],
      ["other", "2026-11-23", "afternoon", ["sen"]],
      ["other", "2026-11-23", "evening", []],
      ["other", "2026-11-26", "afternoon", ["sen"]],
      ["other", "2026-11-26", "evening", ["aften"]],
    ];
    for (const [org, date, part, slots] of parts) {
      it(`when ${org}'s ${date} is asked for its ${part}, then the slots are [${slots.join(", ")}]`, () => {
        assert.deepEqual(slotsForPart(dayOf(orgNamed(org), date), part).map((s) => s.slot), slots);
      });
    }

    it("when a time falls on the boundary of two slots, then it is the later slot's", () => {
      const day = dayOf(otherOrganisation(), "2026-11-23");
      assert.deepEqual(["07:29", "07:30", "09:59", "10:00", "12:30", "14:59", "15:00"].map((t) => slotAt(day, t)?.slot), [
        undefined, "tidlig", "tidlig", "midt", "sen", "sen", undefined,
      ]);
    });

    for (const [name, org] of ORGS) {
      it(`when ${name}'s slots are listed by weekday, then only a slot with days runs on fewer than five`, () => {
        for (const slot of org().rota.slots) assert.deepEqual(slotWeekdays(slot), slot.days ?? ["mon", "tue", "wed", "thu", "fri"]);
      });
    }

    it("when the evening slot is asked for on a Monday, then the next date it runs is that Thursday", () => {
      const org = otherOrganisation();
      const calendar = WorkCalendar.forOrganisation(org);
      assert.equal(nextDateWithSlot(org, "aften", "2026-11-23", calendar), "2026-11-26");
      assert.equal(nextDateWithSlot(org, "aften", "2026-11-26", calendar), "2026-11-26");
      // 24 December is a Thursday and a day off; 31 December too: the next Thursday evening is 7 January.
      assert.equal(nextDateWithSlot(org, "aften", "2026-12-22", calendar), "2027-01-07");
      assert.equal(nextDateWithSlot(org, "nat", "2026-11-23", calendar), undefined);
    });
  });
});
