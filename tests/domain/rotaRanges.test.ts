import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { datesBetween } from "../../bot/src/domain/isoDate";
import type { Organisation } from "../../bot/src/domain/organisation";
import { cyclePlanOn, nextDutyOf, rotaForDuty, rotaForPerson } from "../../bot/src/domain/rota";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

const calendarOf = (org: Organisation): WorkCalendar => WorkCalendar.forOrganisation(org);

describe("the rota over a range", () => {
  describe("datesBetween", () => {
    it("when a range is listed, then both ends are included, an inverted range is empty and the count is capped", () => {
      assert.deepEqual(datesBetween("2026-12-30", "2027-01-02"), ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
      assert.deepEqual(datesBetween("2026-11-23", "2026-11-23"), ["2026-11-23"]);
      assert.deepEqual(datesBetween("2026-11-24", "2026-11-23"), []);
      assert.equal(datesBetween("2026-01-01", "2030-01-01", 31).length, 31);
    });
  });

  describe("one duty over a week", () => {
    it("when udlevering is asked for the week of 23 November in the other organisation, then each day has its two slots with absences and changes", () => {
      const org = otherOrganisation();
      const days = rotaForDuty(org, "udlevering", datesBetween("2026-11-23", "2026-11-29"), calendarOf(org));
      assert.deepEqual(days.map((d) => [d.date, d.cells.map((c) =>
        `${c.slot}:${c.people.join("+") || "-"}${c.absent.length ? ` away ${c.absent.map((a) => a.person).join("+")}` : ""}${c.changed ? " changed" : ""}${c.understaffed ? " under" : ""}`)]), [
        ["2026-11-23", ["midt:dla", "sen:pbr"]],
        ["2026-11-24", ["midt:kv changed", "sen:emi"]],
        ["2026-11-25", ["midt:fra", "sen:- away kv under"]],
        ["2026-11-26", ["midt:neg", "sen:tbe"]],
        ["2026-11-27", ["midt:hka", "sen:- away sho under"]],
        ["2026-11-28", []],
        ["2026-11-29", []],
      ]);
    });

    it("when the evening duty is asked for on a Monday and a Thursday, then only Thursday has an evening cell", () => {
      const org = otherOrganisation();
      const [monday, thursday] = rotaForDuty(org, "skranke", ["2026-11-23", "2026-11-26"], calendarOf(org));
      assert.deepEqual(monday.cells.map((c) => c.slot), ["tidlig", "midt", "sen"]);
      assert.deepEqual(thursday.cells.map((c) => c.slot), ["tidlig", "midt", "sen", "aften"]);
    });

    it("when an unknown duty is asked for, then no day has cells", () => {
      const org = demoOrganisation();
      assert.ok(rotaForDuty(org, "kasse", ["2026-11-23"], calendarOf(org)).every((d) => d.cells.length === 0));
    });
  });

  describe("a person over a range", () => {
    it("when Kim's week is asked for, then the half-day absence takes out only the late slot and the change adds a duty", () => {
      const org = otherOrganisation();
      const days = rotaForPerson(org, "kv", datesBetween("2026-11-23", "2026-11-27"), calendarOf(org));
      assert.deepEqual(days.map((d) => [d.date, d.duties.map((x) => `${x.duty}/${x.slot}${x.changed ? "*" : ""}`), d.absent.map((a) => a.reason)]), [
        ["2026-11-23", ["telefon/sen"], []],
        ["2026-11-24", ["skranke/midt", "udlevering/midt*"], []],
        ["2026-11-25", ["skranke/tidlig"], ["afspadsering"]],
        ["2026-11-26", ["telefon/midt"], []],
        ["2026-11-27", ["telefon/tidlig"], []],
      ]);
    });
  });

  describe("the next time a person has a duty", () => {
    const at = (org: Organisation, date: string, time: string): Date => calendarOf(org).toInstant(date, time);
    const cases: ReadonlyArray<readonly [string, "demo" | "other", string, string, { duty?: string; slot?: string; after?: [string, string] }, string | undefined]> = [
      ["a one-day change gives Emma the information desk tomorrow", "other", "emi", "2026-11-23", { duty: "info" }, "2026-11-24 info/midt changed"],
      ["Sara Holm is on holiday all week, so her next information duty is the week after", "other", "sho", "2026-11-23", { duty: "info" }, "2026-12-02 info/sen"],
      ["the duty is running when asked, so it still counts", "other", "sho", "2026-12-02", { duty: "info", after: ["2026-12-02", "13:00"] }, "2026-12-02 info/sen"],
      ["the duty has ended when asked, so the next one is found", "other", "sho", "2026-12-02", { duty: "info", after: ["2026-12-02", "15:30"] }, "2026-12-07 info/tidlig"],
      ["only evening duties are asked for and Emma is off that Thursday evening", "other", "emi", "2026-11-23", { slot: "aften" }, "2026-12-17 skranke/aften"],
      ["a person who never has the duty within two cycles", "other", "aer", "2026-11-23", { duty: "info" }, undefined],
      ["any duty: the first one from the day asked", "other", "neg", "2026-11-23", {}, "2026-11-25 skranke/tidlig"],
      ["the demo's Jens is on a course on his udlevering day", "demo", "jp", "2026-11-23", { duty: "udlevering" }, "2026-12-03 udlevering/fm"],
    ];
    for (const [what, orgName, person, from, options, expected] of cases) {
      it(`when ${what}, then ${expected ?? "none is found"}`, () => {
        const org = orgName === "demo" ? demoOrganisation() : otherOrganisation();
        const found = nextDutyOf(org, person, from, calendarOf(org), {
          ...(options.duty && { duty: options.duty }), ...(options.slot && { slot: options.slot }),
          ...(options.after && { after: at(org, ...options.after) }),
        });
        assert.equal(found && `${found.date} ${found.duty}/${found.slot}${found.changed ? " changed" : ""}`, expected);
      });
    }
  });

  describe("the cycle's own plan", () => {
    it("when a changed cell is looked up in the cycle, then the cycle's people come back, not the change's", () => {
      const org = otherOrganisation();
      assert.deepEqual(cyclePlanOn(org.rota, "2026-11-23").skranke.sen, ["sho", "sno"]);
      assert.deepEqual(cyclePlanOn(org.rota, "2026-11-24").udlevering.midt, ["yom"]);
      assert.deepEqual(cyclePlanOn(org.rota, "2026-11-28"), {});
    });
  });
});
