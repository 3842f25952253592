// The chart's model and layout (tab/src/chart/model.ts) as plain functions: who heads a unit, the top unit shown
// once (or one box above several top units), boxes that never overlap, a grid for a wide level of closed units.
// With the demo organisation and with fixtures shaped differently.
import assert from "node:assert/strict";
import { buildModel, layout, ROOT_ID, type Box } from "../../tab/src/chart/model";
import { orgView } from "../../bot/src/api/views";
import { Directory } from "../../bot/src/domain/directory";
import type { Organisation } from "../../bot/src/domain/organisation";
import { demoOrganisation } from "../helpers/demo";
import { buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { generateOrganisation } from "../../bench/generateOrganisation";
import type { OrgData } from "../../tab/src/api";

const data = (org: Organisation) => orgView(new Directory(org)) as unknown as OrgData;

function overlaps(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${JSON.stringify([a.kind, a.x, a.y])} × ${JSON.stringify([b.kind, b.x, b.y])}`);
    }
  }
  return out;
}

describe("tab chart model", () => {
  it("when the demo is built, then its one top unit is the top box (shown once) and every person sits in exactly one unit", () => {
    const org = demoOrganisation();
    const model = buildModel(data(org));
    const top = org.units.find((u) => !u.parent)!;
    assert.equal(model.root, top.id);
    assert.equal(model.units.get(top.id)!.total, org.people.length);
    assert.equal(model.unitOf.size, org.people.length);
    const shown = layout(model, new Set([top.id])).boxes.filter((b) => b.kind === "unit" && b.unit.id === top.id);
    assert.equal(shown.length, 1);
  });

  const leaderCases: ReadonlyArray<[string, Organisation, string, string | undefined]> = [
    ["a sektionsleder", buildOrganisation(), "bsy", "hbl"],
    ["a koordinator when there is no sektionsleder", buildOrganisation(), "bs", "mj"],
    ["the file's leader before the sektionsleder", buildOrganisation({ units: [{ id: "bsy", name: "Borgerservice & Ydelse", leader: "ak" }, { id: "bs", name: "Borgerservice", parent: "bsy" }] }), "bsy", "ak"],
    ["nobody when a unit has only medarbejdere", buildOrganisation({ people: [buildPerson("hbl", { role: "sektionsleder", unit: "bsy" }), buildPerson("ak", { unit: "bs" })] }), "bs", undefined],
  ];
  for (const [what, org, unit, leader] of leaderCases) {
    it(`when a unit is headed by ${what}, then its box shows ${leader ?? "no leader"} and the leader is not repeated in its staff`, () => {
      const u = buildModel(data(org)).units.get(unit)!;
      assert.equal(u.leader?.id, leader);
      assert.ok(!u.staff.some((p) => p.id === leader));
    });
  }

  it("when the file has two top units, then one box with the organisation's name stands above them", () => {
    const org = buildOrganisation({
      organisation: { name: "Én indgang" },
      units: [{ id: "bs", name: "Borgerservice" }, { id: "jc", name: "Jobcenter" }],
      people: [buildPerson("hbl", { role: "sektionsleder", unit: "bs" }), buildPerson("mj", { role: "koordinator", unit: "jc" }), buildPerson("ak", { unit: "jc" })],
    });
    const model = buildModel(data(org));
    assert.equal(model.root, ROOT_ID);
    assert.equal(model.units.get(ROOT_ID)!.name, "Én indgang");
    assert.deepEqual(model.units.get(ROOT_ID)!.children, ["bs", "jc"]);
    assert.equal(model.units.get("jc")!.parent, ROOT_ID);
  });

  it("when every unit of the demo is open, then no two boxes overlap and lines run from a parent's foot down to a child's head", () => {
    const model = buildModel(data(demoOrganisation()));
    const result = layout(model, new Set(model.units.keys()));
    assert.deepEqual(overlaps(result.boxes), []);
    assert.equal(result.boxes.filter((b) => b.kind === "person").length, demoOrganisation().people.length);
    for (const l of result.links) assert.ok(l.to.y > l.from.y, l.key);
  });

  it("when a unit with eight closed sub-units is open, then they form a grid, not a row eight boxes wide, and nothing overlaps", () => {
    const org = generateOrganisation(2_000, 10);
    const model = buildModel(data(org));
    const top = org.units.find((u) => !u.parent)!;
    const first = org.units.find((u) => u.parent === top.id)!;
    const result = layout(model, new Set([top.id, first.id]));
    const subs = result.boxes.filter((b) => b.kind === "unit" && b.unit.parent === first.id);
    assert.ok(subs.length >= 5);
    assert.ok(new Set(subs.map((b) => b.y)).size > 1, "more than one row");
    assert.ok(result.width < subs.length * 248, `width ${result.width}`);
    assert.deepEqual(overlaps(result.boxes), []);
  });
});
