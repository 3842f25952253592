// Who may take which step on a check record (domain/checkRecords.ts), and what a completion must carry.
import assert from "node:assert/strict";
import { approvalRefusal, closeRefusal, completionProblem, isOpenDeviation, withStep, type CheckRecord } from "../../bot/src/domain/checkRecords";
import { buildPerson } from "../helpers/orgBuilder";

const leader = buildPerson("leder", { role: "sektionsleder" });
const coordinator = buildPerson("koord", { role: "koordinator" });
const owner = buildPerson("ejer");
const colleague = buildPerson("ak");
const check = { owner: "ejer" };
const ok: CheckRecord = { checkId: "pas", occurrence: "pas@2026-11-12", occurrenceDate: "2026-11-12", periodLabel: "uge 45-46", completedAt: new Date("2026-11-12T13:00:00Z"), by: "ejer", byName: "Person EJER", result: "ok", sampleChecked: 10 };
const deviation: CheckRecord = { ...ok, result: "deviation", followUp: "Gennemgås", followUpDue: "2026-11-30" };

describe("check records", () => {
  it("when anyone but the sektionsleder approves, then it is refused; the sektionsleder approves an OK round", () => {
    for (const person of [coordinator, owner, colleague, undefined]) assert.equal(approvalRefusal(ok, person), "onlyLeaderApproves");
    assert.equal(approvalRefusal(ok, leader), undefined);
  });

  it("when a round has an open deviation, then it stays open until closed, and is approved only after", () => {
    assert.equal(isOpenDeviation(deviation), true);
    assert.equal(approvalRefusal(deviation, leader), "closeBeforeApproval");
    const approvedOnly = withStep(deviation, { kind: "approved", at: new Date(), by: "leder", byName: "Person LEDER", date: "2026-11-20" });
    assert.equal(isOpenDeviation(approvedOnly), true, "approval does not close it");
    const closed = withStep(deviation, { kind: "closed", at: new Date("2026-11-20T10:00:00Z"), by: "ejer", byName: "Person EJER", date: "2026-11-20", note: "Rettet" });
    assert.deepEqual([isOpenDeviation(closed), closed.closedDate, closed.closedByName, closed.closeNote], [false, "2026-11-20", "Person EJER", "Rettet"]);
    assert.equal(approvalRefusal(closed, leader), undefined);
  });

  it("when a deviation is closed, then only its owner or the sektionsleder may, and only while it is open", () => {
    assert.equal(closeRefusal(check, deviation, owner), undefined);
    assert.equal(closeRefusal(check, deviation, leader), undefined);
    assert.equal(closeRefusal(check, deviation, coordinator), "onlyOwnerCloses");
    assert.equal(closeRefusal(check, deviation, colleague), "onlyOwnerCloses");
    assert.equal(closeRefusal(check, ok, owner), "nothingToClose");
  });

  it("when a deviation is completed, then it needs a follow-up and a deadline not in the past", () => {
    assert.equal(completionProblem({ result: "ok", sampleChecked: 5 }, "2026-11-25"), undefined);
    assert.equal(completionProblem({ result: "deviation", sampleChecked: 5, followUp: "x" }, "2026-11-25"), "followUpMissing");
    assert.equal(completionProblem({ result: "deviation", sampleChecked: 5, followUpDue: "2026-12-01" }, "2026-11-25"), "followUpMissing");
    assert.equal(completionProblem({ result: "deviation", sampleChecked: 5, followUp: "x", followUpDue: "2026-11-24" }, "2026-11-25"), "deadlineInPast");
    assert.equal(completionProblem({ result: "deviation", sampleChecked: 5, followUp: "x", followUpDue: "2026-11-25" }, "2026-11-25"), undefined);
  });
});
