import assert from "node:assert/strict";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import {
  absencesBetween, absencesOn, areaCoverage, changeToFill, coverForPerson, coverageOfDay, findGap, gapKey, gapsOfDay, koordinatorerForArea,
  presenceOn, readAbsenceReason, reasonMatches, replacementCandidates, roleHoldersOf, type AreaCoverage, type Gap, type Presence,
} from "../../bot/src/domain/coverage";
import type { Absence, Organisation, RotaChange } from "../../bot/src/domain/organisation";
import { tokens } from "../../bot/src/domain/text";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

type OrgName = "demo" | "other";
const orgNamed = (name: OrgName): Organisation => (name === "demo" ? demoOrganisation() : otherOrganisation());
const calendarOf = (org: Organisation): WorkCalendar => WorkCalendar.forOrganisation(org);

/** The organisation with more absences, for situations the fixtures do not have. */
function withAbsences(org: Organisation, absences: readonly Absence[]): Organisation {
  return { ...org, rota: { ...org.rota, absences: [...org.rota.absences, ...absences] } };
}

/** The organisation with a one-day change recorded (as the tab or the morning card would store it). */
function withChange(org: Organisation, change: RotaChange): Organisation {
  const others = org.rota.changes.filter((c) => !(c.date === change.date && c.duty === change.duty && c.slot === change.slot));
  return { ...org, rota: { ...org.rota, changes: [...others, change] } };
}

/** A gap in one line, so a day's gaps compare as a readable list. */
function line(gap: Gap): string {
  switch (gap.kind) {
    case "understaffed":
      return `understaffed ${gap.duty}/${gap.slot} present=${gap.present.join("+") || "-"} absent=${gap.absent.map((a) => `${a.person}:${a.reason}`).join("+")}`;
    case "doubleBooked":
      return `doubleBooked ${gap.person}/${gap.slot} ${gap.duties.join("+")}`;
    case "absentPlanned":
      return `absentPlanned ${gap.person}:${gap.reason} ${gap.duty}/${gap.slot}`;
    case "areaUncovered":
      return `areaUncovered ${gap.area} away=${gap.away.map((a) => a.person).join("+")}`;
  }
}

/** An area's coverage in one line: status, then who to ask. */
function asked(coverage: AreaCoverage | undefined): string {
  assert.ok(coverage, "unknown area");
  return `${coverage.status}: ${coverage.ask.map((a) => `${a.person}(${a.as}${a.partly ? ", partly" : ""})`).join(" ")}`;
}

describe("coverage", () => {
  describe("the gaps of a day", () => {
    const cases: ReadonlyArray<readonly [OrgName, string, string, readonly string[]]> = [
      ["other", "2026-11-23", "a sick person is left on two duties and a stand-in covers a holiday", [
        "understaffed info/tidlig present=- absent=neg:syg",
        "understaffed telefon/sen present=kv absent=neg:syg",
        "absentPlanned neg:syg info/tidlig",
        "absentPlanned neg:syg telefon/sen",
      ]],
      ["other", "2026-11-24", "a one-day change books Kim on two duties in the same slot", [
        "understaffed skranke/midt present=kv absent=sno:kursus",
        "understaffed telefon/midt present=pbr absent=neg:syg",
        "doubleBooked kv/midt skranke+udlevering",
        "absentPlanned sno:kursus skranke/midt",
        "absentPlanned neg:syg telefon/midt",
      ]],
      ["other", "2026-11-25", "a half-day absence empties a slot and an area has fyrtårn and backup away", [
        "understaffed info/tidlig present=- absent=sno:kursus",
        "understaffed skranke/sen present=dla absent=ibj:ferie",
        "understaffed telefon/sen present=- absent=sho:ferie+sno:kursus",
        "understaffed udlevering/sen present=- absent=kv:afspadsering",
        "absentPlanned sno:kursus info/tidlig",
        "absentPlanned ibj:ferie skranke/sen",
        "absentPlanned sho:ferie telefon/sen",
        "absentPlanned sno:kursus telefon/sen",
        "absentPlanned kv:afspadsering udlevering/sen",
        "areaUncovered flytning away=sno+ibj",
      ]],
      ["other", "2026-11-26", "the Thursday evening slot is under minStaff and an area without backup has nobody", [
        "understaffed info/sen present=- absent=pbr:syg",
        "understaffed skranke/midt present=- absent=ibj:ferie+sho:ferie",
        "understaffed skranke/aften present=fra absent=emi:afspadsering",
        "absentPlanned pbr:syg info/sen",
        "absentPlanned ibj:ferie skranke/midt",
        "absentPlanned sho:ferie skranke/midt",
        "absentPlanned emi:afspadsering skranke/aften",
        "areaUncovered kulturkontrol away=dla",
      ]],
      ["other", "2026-12-15", "the area of a unit without koordinator has nobody", [
        "absentPlanned mba:ferie tilmelding/sen",
        "areaUncovered tilmelding-ledig away=mba+stj",
      ]],
      ["other", "2026-11-30", "nobody is away", []],
      ["other", "2026-11-28", "a Saturday", []],
      ["demo", "2026-11-24", "the demo's own change books Lars and Peter twice in the morning", [
        "understaffed telefon/em present=sn absent=jp:kursus",
        "doubleBooked lm/fm skranke+post",
        "doubleBooked ph/fm skranke+selvbetjening",
        "absentPlanned jp:kursus telefon/em",
      ]],
      ["demo", "2026-11-25", "nobody is left on udlevering on Wednesday afternoon (a duty without minStaff)", [
        "absentPlanned jp:kursus udlevering/em",
      ]],
    ];
    for (const [org, date, what, expected] of cases) {
      it(`when ${org}'s ${date} is checked (${what}), then exactly these gaps are found`, () => {
        const o = orgNamed(org);
        assert.deepEqual(gapsOfDay(o, date, calendarOf(o)).map(line), expected);
      });
    }

    it("when the day is a half day (Grundlovsdag), then the late slot does not run and leaves no gap, and a morning absence still does", () => {
      const org = withAbsences(otherOrganisation(), [
        { person: "mkr", from: "2026-06-05", to: "2026-06-05", reason: "syg" },
      ]);
      const gaps = gapsOfDay(org, "2026-06-05", calendarOf(org));
      assert.ok(gaps.length > 0);
      assert.ok(gaps.every((g) => g.kind === "areaUncovered" || g.slot !== "sen"), JSON.stringify(gaps));
      assert.ok(gaps.some((g) => g.kind === "absentPlanned" && g.person === "mkr"), JSON.stringify(gaps));
    });

    it("when only the afternoon slot is asked for, then only its gaps are found", () => {
      const org = otherOrganisation();
      assert.deepEqual(gapsOfDay(org, "2026-11-23", calendarOf(org), { slots: ["sen"] }).map(line), [
        "understaffed telefon/sen present=kv absent=neg:syg",
        "absentPlanned neg:syg telefon/sen",
      ]);
    });

    it("when gaps are keyed, then every gap of a day has its own key, and the same gap the same key on a second look", () => {
      const org = otherOrganisation();
      const keys = (date: string) => gapsOfDay(org, date, calendarOf(org)).map((g) => gapKey(date, g));
      for (const date of ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]) {
        assert.equal(new Set(keys(date)).size, keys(date).length, date);
        assert.deepEqual(keys(date), keys(date));
      }
      assert.ok(keys("2026-11-24").includes("2026-11-24|doubleBooked|kv|midt"));
    });
  });

  describe("who covers for a person", () => {
    const cases: ReadonlyArray<readonly [OrgName, string, string, readonly string[] | undefined, Presence, readonly string[]]> = [
      ["other", "sho", "2026-11-23", undefined, "away", ["skranke/sen cycle replaced by emi (ferie)"]],
      ["other", "sho", "2026-11-24", undefined, "away", ["info/midt cycle replaced by emi (ferie)"]],
      ["other", "neg", "2026-11-23", undefined, "away", ["info/tidlig cycle uncovered (syg)", "telefon/sen cycle uncovered (syg)"]],
      ["other", "kv", "2026-11-25", ["sen"], "away", ["udlevering/sen cycle uncovered (afspadsering)"]],
      ["other", "kv", "2026-11-25", undefined, "partly", ["skranke/tidlig cycle self", "udlevering/sen cycle uncovered (afspadsering)"]],
      ["other", "kv", "2026-11-24", undefined, "in", ["skranke/midt cycle self", "udlevering/midt change self"]],
      ["other", "yom", "2026-11-24", undefined, "in", ["udlevering/midt cycle replaced by kv"]],
      ["other", "dla", "2026-11-26", undefined, "away", ["info/midt cycle replaced by olu (kursus)"]],
      ["other", "emi", "2026-11-26", ["aften"], "away", ["skranke/aften cycle uncovered (afspadsering)"]],
      ["other", "sho", "2026-11-28", undefined, "dayOff", []],
      ["demo", "ca", "2026-11-23", undefined, "away", ["telefon/fm cycle uncovered (syg)", "skranke/em cycle uncovered (syg)"]],
      ["demo", "ms", "2026-11-23", undefined, "in", ["post/fm cycle self", "telefon/em cycle replaced by rj+lh"]],
    ];
    for (const [org, person, date, slots, presence, expected] of cases) {
      it(`when ${org} asks who covers for ${person} on ${date}${slots ? ` (${slots.join(", ")})` : ""}, then ${expected.join("; ") || "nothing"}`, () => {
        const o = orgNamed(org);
        const cover = coverForPerson(o, person, date, calendarOf(o), { ...(slots && { slots }) });
        assert.equal(cover.presence, presence);
        assert.deepEqual(cover.duties.map((d) =>
          `${d.duty}/${d.slot} ${d.source} ${d.status}${d.by.length ? ` by ${d.by.join("+")}` : ""}${d.awayReason ? ` (${d.awayReason})` : ""}`), expected);
      });
    }
  });

  it("when the question says Kim is sick but nothing is registered, then his own duties are uncovered and a change's stand-in still shows", () => {
    const org = otherOrganisation();
    const cover = coverForPerson(org, "kv", "2026-11-24", calendarOf(org), { assumeAway: true });
    assert.equal(cover.presence, "away");
    assert.deepEqual(cover.duties.map((d) => [d.duty, d.slot, d.status, d.awayReason]), [["skranke", "midt", "uncovered", undefined], ["udlevering", "midt", "uncovered", undefined]]);
    const sho = coverForPerson(org, "sho", "2026-11-23", calendarOf(org), { assumeAway: true });
    assert.deepEqual(sho.duties.map((d) => [d.status, d.by]), [["replaced", ["emi"]]]);
  });

  describe("who to ask about an area", () => {
    const cases: ReadonlyArray<readonly [OrgName, string, string, readonly string[] | undefined, string]> = [
      ["other", "pas", "2026-11-30", undefined, "fyrtaarn: sho(fyrtaarn) neg(fyrtaarn) kv(backup)"],
      ["other", "pas", "2026-11-25", undefined, "fyrtaarn: neg(fyrtaarn) kv(backup, partly)"],
      ["other", "pas", "2026-11-25", ["sen"], "fyrtaarn: neg(fyrtaarn)"],
      ["other", "pas", "2026-11-23", undefined, "backup: kv(backup)"],
      ["other", "sundhedskort", "2026-11-24", undefined, "backup: pbr(backup)"],
      ["other", "flytning", "2026-11-25", undefined, "nobody: aha(koordinator)"],
      ["other", "kulturkontrol", "2026-11-26", undefined, "nobody: aha(koordinator)"],
      ["other", "tilmelding-ledig", "2026-12-15", undefined, "nobody: aha(koordinator) lda(koordinator)"],
      ["other", "mitid", "2027-01-06", undefined, "backup: sno(backup)"],
      ["other", "mitid", "2027-01-05", undefined, "fyrtaarn: cvi(fyrtaarn) sno(backup)"],
      ["other", "enkeltydelser", "2026-11-25", undefined, "fyrtaarn: aso(fyrtaarn) wla(backup) vka(backup)"],
      ["demo", "pas", "2026-11-26", undefined, "fyrtaarn: sn(fyrtaarn) pc(backup, partly)"],
      ["demo", "digital-post", "2026-12-22", undefined, "backup: ca(backup)"],
    ];
    for (const [org, area, date, slots, expected] of cases) {
      it(`when ${org} asks about ${area} on ${date}${slots ? ` (${slots.join(", ")})` : ""}, then ${expected}`, () => {
        const o = orgNamed(org);
        assert.equal(asked(areaCoverage(o, area, date, calendarOf(o), { ...(slots && { slots }) })), expected);
      });
    }

    it("when a fyrtårn is away, then the area lists the ones who are in first and marks the absent one with the reason", () => {
      const org = otherOrganisation();
      const coverage = areaCoverage(org, "pas", "2026-11-25", calendarOf(org));
      assert.deepEqual(coverage?.fyrtaarne.map((h) => [h.person, h.presence, h.away?.map((a) => a.reason)]), [
        ["neg", "in", undefined],
        ["sho", "away", ["ferie"]],
      ]);
    });

    it("when the question says the fyrtårn is sick (nothing registered), then she is marked away and the backup is first", () => {
      const org = otherOrganisation();
      const coverage = areaCoverage(org, "sundhedskort", "2026-11-30", calendarOf(org), { assumeAway: ["neg"] });
      assert.equal(asked(coverage), "backup: pbr(backup)");
      assert.deepEqual(coverage?.fyrtaarne, [{ person: "neg", presence: "away", saidAway: true }]);
      // Someone registered away stays with the registered reason, not "said".
      const registered = areaCoverage(org, "sundhedskort", "2026-11-23", calendarOf(org), { assumeAway: ["neg"] });
      assert.deepEqual(registered?.fyrtaarne.map((h) => [h.presence, h.saidAway, h.away?.[0]?.reason]), [["away", undefined, "syg"]]);
    });

    it("when the koordinatorer are away too, then the sektionsleder above is the one to ask", () => {
      const org = withAbsences(otherOrganisation(), [
        { person: "aha", from: "2026-11-25", to: "2026-11-25", reason: "kursus" },
      ]);
      assert.equal(asked(areaCoverage(org, "flytning", "2026-11-25", calendarOf(org))), "nobody: bia(sektionsleder)");
      assert.deepEqual(areaCoverage(org, "flytning", "2026-11-25", calendarOf(org))?.koordinatorer.map((h) => [h.person, h.presence]), [["aha", "away"]]);
    });

    it("when an area's unit has no koordinator, then the organisation's koordinatorer are named; otherwise the unit's", () => {
      const org = otherOrganisation();
      assert.deepEqual(koordinatorerForArea(org, "tilmelding-ledig").map((p) => p.id), ["aha", "lda"]);
      assert.deepEqual(koordinatorerForArea(org, "boligstoette").map((p) => p.id), ["lda"]);
      assert.deepEqual(koordinatorerForArea(demoOrganisation(), "helbredstillaeg").map((p) => p.id), ["kp"]);
      assert.deepEqual(koordinatorerForArea(demoOrganisation(), "pas").map((p) => p.id), ["mj"]);
    });

    it("when the area is unknown, then there is no coverage", () => {
      const org = otherOrganisation();
      assert.equal(areaCoverage(org, "nope", "2026-11-25", calendarOf(org)), undefined);
    });
  });

  describe("the day's absent people and their duties", () => {
    it("when Monday is looked at, then each absent person comes with what becomes of their duties", () => {
      const org = otherOrganisation();
      const day = coverageOfDay(org, "2026-11-23", calendarOf(org));
      assert.deepEqual(day.absent.map((a) => [a.person, a.away.map((x) => x.reason), a.duties.map((d) => `${d.duty}/${d.slot} ${d.status} ${d.by.join("+")}`.trim())]), [
        ["sho", ["ferie"], ["skranke/sen replaced emi"]],
        ["neg", ["syg"], ["info/tidlig uncovered", "telefon/sen uncovered"]],
      ]);
    });

    it("when only the evening slot of Thursday is looked at, then only those away in it are listed", () => {
      const org = otherOrganisation();
      const day = coverageOfDay(org, "2026-11-26", calendarOf(org), { slots: ["aften"] });
      // Whole-day absences cover the evening too; emi is away only then.
      assert.deepEqual(day.absent.map((a) => [a.person, a.duties.map((d) => `${d.duty}/${d.slot}`)]), [
        ["sho", []], ["ibj", []], ["dla", []], ["pbr", []], ["emi", ["skranke/aften"]],
      ]);
    });
  });

  describe("absences", () => {
    it("when today's sick people are asked for, then only the sick are listed, however the file spells it", () => {
      const org = withAbsences(otherOrganisation(), [{ person: "fra", from: "2026-11-23", to: "2026-11-23", reason: "Sygdom" }]);
      assert.deepEqual(absencesOn(org, "2026-11-23", { reason: "syg" }).map((a) => a.person), ["neg", "fra"]);
      assert.deepEqual(absencesOn(org, "2026-11-23", { reason: "ferie" }).map((a) => a.person), ["sho"]);
    });

    it("when absences of an afternoon are asked for, then a morning-only absence is left out", () => {
      const org = withAbsences(otherOrganisation(), [{ person: "fra", from: "2026-11-25", to: "2026-11-25", reason: "læge", slots: ["tidlig"] }]);
      assert.deepEqual(absencesOn(org, "2026-11-25", { slots: ["sen"] }).map((a) => a.person), ["sho", "sno", "ibj", "kv"]);
      assert.deepEqual(absencesOn(org, "2026-11-25").map((a) => a.person), ["sho", "sno", "ibj", "kv", "fra"]);
    });

    it("when a person's holidays are asked for, then the absences from today on come by date", () => {
      const org = otherOrganisation();
      assert.deepEqual(absencesBetween(org, "2026-11-01", "2027-12-31", { person: "aha", reason: "ferie" }).map((a) => [a.from, a.to]), [["2026-12-21", "2026-12-31"]]);
      assert.deepEqual(absencesBetween(demoOrganisation(), "2026-11-24", "2027-12-31", { person: "ph" }).map((a) => [a.from, a.reason]), [["2027-02-15", "ferie"]]);
    });

    it("when next week's absences are asked for, then every absence overlapping it is listed once, by start", () => {
      const org = otherOrganisation();
      assert.deepEqual(absencesBetween(org, "2026-12-14", "2026-12-20").map((a) => `${a.person} ${a.from}`), ["mba 2026-12-14", "stj 2026-12-15"]);
      assert.deepEqual(absencesBetween(org, "2026-11-27", "2026-11-27").map((a) => a.person), ["sho", "ibj", "pbr"]);
    });

    const reasons: ReadonlyArray<readonly [string, string | undefined]> = [
      ["hvem er syg i dag", "syg"],
      ["hvem er sygemeldt", "syg"],
      ["who is sick today", "syg"],
      ["hvornår har jeg ferie", "ferie"],
      ["who is on holiday next week", "ferie"],
      ["hvem er på kursus", "kursus"],
      ["hvem afspadserer i morgen", "afspadsering"],
      ["hvem har skranken", undefined],
    ];
    for (const [question, reason] of reasons) {
      it(`when "${question}" is read, then the absence reason is ${reason ?? "none"}`, () => {
        assert.equal(readAbsenceReason(tokens(question))?.reason, reason);
      });
    }

    const matches: ReadonlyArray<readonly [string, string, boolean]> = [
      ["syg", "syg", true], ["Syg", "sygdom", true], ["sygdom", "syg", true], ["sygemeldt", "sick", true],
      ["ferie", "holiday", true], ["Ferie", "ferie", true], ["kursus", "ferie", false], ["afspadsering", "syg", false],
      ["barsel", "barsel", true], ["barsel", "syg", false],
    ];
    for (const [registered, askedFor, expected] of matches) {
      it(`when "${registered}" is registered and "${askedFor}" asked, then it ${expected ? "matches" : "does not match"}`, () => {
        assert.equal(reasonMatches(registered, askedFor), expected);
      });
    }
  });

  describe("is a person at work", () => {
    const cases: ReadonlyArray<readonly [OrgName, string, string, readonly string[] | undefined, Presence, readonly string[]]> = [
      ["other", "neg", "2026-11-24", undefined, "away", ["tidlig", "midt", "sen"]],
      ["other", "neg", "2026-11-25", undefined, "in", []],
      ["other", "kv", "2026-11-25", undefined, "partly", ["sen"]],
      ["other", "kv", "2026-11-25", ["tidlig"], "in", []],
      ["other", "emi", "2026-11-26", undefined, "partly", ["aften"]],
      ["other", "lda", "2026-12-03", undefined, "partly", ["tidlig", "midt"]],
      ["other", "sho", "2026-11-28", undefined, "dayOff", []],
      ["other", "aha", "2026-12-24", undefined, "dayOff", []],
      ["demo", "pc", "2026-11-26", undefined, "partly", ["em"]],
      ["demo", "hbl", "2026-11-26", undefined, "in", []],
    ];
    for (const [org, person, date, slots, presence, awaySlots] of cases) {
      it(`when ${org} asks if ${person} is at work on ${date}${slots ? ` (${slots.join(", ")})` : ""}, then ${presence}`, () => {
        const o = orgNamed(org);
        const found = presenceOn(o, person, date, calendarOf(o), { ...(slots && { slots }) });
        assert.deepEqual([found.presence, found.awaySlots], [presence, awaySlots]);
      });
    }

    it("when a person on holiday is asked about on a weekend, then the day is off and the holiday is still told", () => {
      const org = otherOrganisation();
      const found = presenceOn(org, "aha", "2026-12-26", calendarOf(org));
      assert.deepEqual([found.presence, found.away.map((a) => [a.reason, a.to])], ["dayOff", [["ferie", "2026-12-31"]]]);
    });
  });

  describe("filling a gap", () => {
    it("when Kim's late udlevering is empty, then the candidates are free and in then, who had udlevering last first", () => {
      const org = otherOrganisation();
      const candidates = replacementCandidates(org, "2026-11-25", "udlevering", "sen", calendarOf(org));
      const day = coverageOfDay(org, "2026-11-25", calendarOf(org)).rota;
      const busy = new Set(day.duties.flatMap((r) => r.cells.filter((c) => c.slot === "sen").flatMap((c) => [...c.people, ...c.absent.map((a) => a.person)])));
      assert.ok(candidates.length > 0);
      for (const { person } of candidates) {
        assert.ok(!busy.has(person), `${person} is busy in sen`);
        assert.equal(presenceOn(org, person, "2026-11-25", calendarOf(org), { slots: ["sen"] }).presence, "in", person);
      }
      const dates = candidates.map((c) => c.lastHadDuty ?? "");
      assert.deepEqual(dates, [...dates].sort().reverse(), "most recent first, never-had last");
      assert.deepEqual(candidates.slice(0, 2), [{ person: "emi", lastHadDuty: "2026-11-24" }, { person: "pbr", lastHadDuty: "2026-11-23" }]);
      assert.ok(!candidates.some((c) => ["bia", "aha", "ghe"].includes(c.person)), "people not on the rulleplan are not offered");
    });

    it("when the slot does not run that day, then nobody is a candidate", () => {
      const org = otherOrganisation();
      assert.deepEqual(replacementCandidates(org, "2026-11-23", "skranke", "aften", calendarOf(org)), []);
      assert.deepEqual(replacementCandidates(org, "2026-11-28", "skranke", "sen", calendarOf(org)), []);
    });

    // closes: the gap is gone once the change is recorded; an understaffed cell missing two people needs two.
    const fills: ReadonlyArray<readonly [OrgName, string, string, string, RotaChange | undefined, boolean]> = [
      ["other", "2026-11-25", "2026-11-25|absentPlanned|kv|udlevering|sen", "emi", { date: "2026-11-25", duty: "udlevering", slot: "sen", people: ["emi"] }, true],
      ["other", "2026-11-25", "2026-11-25|understaffed|udlevering|sen", "emi", { date: "2026-11-25", duty: "udlevering", slot: "sen", people: ["emi"] }, true],
      ["other", "2026-11-25", "2026-11-25|understaffed|telefon|sen", "pbr", { date: "2026-11-25", duty: "telefon", slot: "sen", people: ["pbr", "sno"] }, false],
      ["other", "2026-11-25", "2026-11-25|absentPlanned|sno|telefon|sen", "pbr", { date: "2026-11-25", duty: "telefon", slot: "sen", people: ["sho", "pbr"] }, true],
      ["other", "2026-11-24", "2026-11-24|doubleBooked|kv|midt", "yom", { date: "2026-11-24", duty: "udlevering", slot: "midt", people: ["yom"] }, true],
      ["demo", "2026-11-24", "2026-11-24|doubleBooked|lm|fm", "bo", { date: "2026-11-24", duty: "skranke", slot: "fm", people: ["bo", "ph"] }, true],
      ["other", "2026-11-25", "2026-11-25|areaUncovered|flytning", "ibj", undefined, false],
    ];
    for (const [org, date, key, replacement, expected, closes] of fills) {
      it(`when ${key} is filled with ${replacement}, then the change is ${JSON.stringify(expected?.people ?? "none")}${closes ? " and the gap is closed" : ""}`, () => {
        const o = orgNamed(org);
        const gap = findGap(o, date, key, calendarOf(o));
        assert.ok(gap, `no open gap ${key}`);
        const change = changeToFill(o, date, gap, replacement, calendarOf(o));
        assert.deepEqual(change, expected);
        if (!change) return;
        const after = findGap(withChange(o, change), date, key, calendarOf(o));
        if (closes) assert.equal(after, undefined, "the same gap is still open after the change");
        else assert.ok(after?.kind === "understaffed" && gap.kind === "understaffed" && after.present.length === gap.present.length + 1);
      });
    }

    it("when a double booking is filled in the duty asked for, then that duty's cell changes", () => {
      const org = otherOrganisation();
      const gap = findGap(org, "2026-11-24", "2026-11-24|doubleBooked|kv|midt", calendarOf(org));
      assert.ok(gap);
      assert.deepEqual(changeToFill(org, "2026-11-24", gap, "olu", calendarOf(org), { duty: "skranke" }), { date: "2026-11-24", duty: "skranke", slot: "midt", people: ["sno", "olu"] });
    });
  });

  describe("a person's own leader and koordinator", () => {
    const holders = (org: Organisation, person: string, role: "sektionsleder" | "koordinator") => roleHoldersOf(org, person, role).map((p) => p.id);
    const cases: Array<[string, () => Organisation, string, "sektionsleder" | "koordinator", string[]]> = [
      ["a member of a unit with its own koordinator (demo)", demoOrganisation, "ak", "koordinator", ["mj"]],
      ["a member of a sub-unit with no leader of its own (demo)", demoOrganisation, "jd", "sektionsleder", ["hbl"]],
      ["the top leader, with nobody above (demo)", demoOrganisation, "hbl", "sektionsleder", []],
      ["a member of a team with its own leader (other)", otherOrganisation, "lda", "sektionsleder", ["rso"]],
      ["a team leader, whose leader is the centre's (other)", otherOrganisation, "rso", "sektionsleder", ["bia"]],
      ["a member of a unit without a leader, under the centre (other)", otherOrganisation, "sho", "sektionsleder", ["bia"]],
      ["a member of a unit with no koordinator in it or above (other)", otherOrganisation, "mba", "koordinator", []],
      ["a koordinator, who is not their own (other)", otherOrganisation, "aha", "koordinator", []],
    ];
    for (const [what, org, person, role, expected] of cases) {
      it(`when ${what} is asked about, then the ${role} is ${expected.join(", ") || "nobody"}`, () => {
        assert.deepEqual(holders(org(), person, role), expected);
      });
    }
  });
});
