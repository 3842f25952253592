import assert from "node:assert/strict";
import { may, whoMay, type Permission } from "../../bot/src/domain/permissions";
import type { Person } from "../../bot/src/domain/organisation";

const leader = { id: "leder", role: "sektionsleder" } as const;
const coordinator = { id: "koord", role: "koordinator" } as const;
const staff = { id: "staff", role: "medarbejder" } as const;
const ownedByStaff = { owner: "staff" };
const ownedByOther = { owner: "koord" };

/** [who, permission, check, expected] */
const TABLE: ReadonlyArray<[Pick<Person, "id" | "role"> | undefined, Permission, { owner: string } | undefined, boolean]> = [
  [leader, "edit", undefined, true],
  [coordinator, "edit", undefined, true],
  [staff, "edit", undefined, false],
  [undefined, "edit", undefined, false],
  [staff, "complete", ownedByStaff, true],
  [staff, "complete", ownedByOther, false],
  [coordinator, "complete", ownedByOther, true],
  [leader, "complete", ownedByStaff, true],
  [undefined, "complete", ownedByStaff, false],
  [leader, "approve", undefined, true],
  [coordinator, "approve", undefined, false],
  [staff, "approve", ownedByStaff, false],
  [staff, "readFindings", ownedByOther, false],
  [staff, "readFindings", undefined, false],
  [staff, "readFindings", ownedByStaff, true],
  [coordinator, "readFindings", ownedByOther, true],
  [leader, "readFindings", undefined, true],
  [staff, "exportCheckLog", undefined, false],
  [staff, "exportCheckLog", ownedByStaff, false],
  [coordinator, "exportCheckLog", undefined, true],
  [leader, "exportCheckLog", undefined, true],
  [staff, "chooseChannel", undefined, false],
  [coordinator, "chooseChannel", undefined, true],
  [leader, "chooseChannel", undefined, true],
];

describe("permissions", () => {
  for (const [who, permission, check, expected] of TABLE) {
    it(`when a ${who?.role ?? "stranger"} asks to ${permission}${check ? ` a check owned by ${check.owner}` : ""}, then ${expected ? "yes" : "no"}`, () => {
      assert.equal(may(who, permission, check), expected);
    });
  }

  it("when asked who may choose the channel, then the koordinatorer and the sektionsleder, in the organisation's order", () => {
    assert.deepEqual(whoMay([staff, coordinator, leader], "chooseChannel").map((p) => p.id), ["koord", "leder"]);
  });
});
