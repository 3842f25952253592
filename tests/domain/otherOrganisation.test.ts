import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { formatProblems, parseOrganisationFile, serialiseOrganisation } from "../../bot/src/domain/organisationFile";
import { resolveRota } from "../../bot/src/domain/rota";
import { OTHER_FILE, otherOrganisation } from "../helpers/other";

describe("the other-municipality fixture", () => {
  const org = otherOrganisation();
  const calendar = WorkCalendar.forOrganisation(org);

  it("when the file is read, then it has no problems", () => {
    const parsed = parseOrganisationFile(readFileSync(OTHER_FILE, "utf8"));
    assert.ok(parsed.ok, parsed.ok ? "" : formatProblems(parsed.problems));
  });

  it("when it is written and read again, then it is the same organisation (slot synonyms and days included)", () => {
    const again = parseOrganisationFile(serialiseOrganisation(org));
    assert.ok(again.ok, again.ok ? "" : formatProblems(again.problems));
    assert.deepEqual(again.organisation, org);
  });

  it("when it is compared with the demo, then it is shaped differently where the tests need it", () => {
    const firstNames = org.people.map((p) => p.name.split(" ")[0]);
    assert.equal(firstNames.filter((n) => n === "Sara").length, 2);
    assert.equal(org.rota.cycle.length, 3);
    assert.ok(org.areas.some((a) => a.fyrtaarne.length === 2));
    assert.ok(org.areas.some((a) => a.backups.length === 0));
    assert.ok(org.people.length >= 25 && org.people.length <= 40);
    assert.ok(org.rota.slots.some((s) => s.days !== undefined && s.synonyms !== undefined && s.synonyms.length > 0));
  });

  it("when a Thursday and a Monday are resolved, then the evening slot runs on Thursday only", () => {
    assert.deepEqual(resolveRota(org, "2026-11-26", calendar).slots.map((s) => s.slot), ["tidlig", "midt", "sen", "aften"]);
    assert.deepEqual(resolveRota(org, "2026-11-23", calendar).slots.map((s) => s.slot), ["tidlig", "midt", "sen"]);
  });

  it("when a Friday is resolved, then the late slot has its Friday times", () => {
    const sen = resolveRota(org, "2026-11-27", calendar).slots.find((s) => s.slot === "sen");
    assert.deepEqual([sen?.start, sen?.end], ["12:30", "14:00"]);
  });
});
