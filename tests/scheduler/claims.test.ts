// Claims against Azurite: every write of an owner is guarded by the ETag of its last one, so a takeover is noticed,
// an owner's own late write is not mistaken for one, and a send is recorded even over a takeover.
import assert from "node:assert/strict";
import { TableClaimStore, ClaimLostError, type ClaimKey, type Lease } from "../../bot/src/storage/claimStore";
import { testTables } from "../helpers/storage";

const T0 = new Date("2026-11-23T08:00:00Z");
const LEASE = 60_000;
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("Claims in Table Storage", () => {
  let claims: TableClaimStore;
  let key: ClaimKey;
  beforeEach(() => {
    claims = new TableClaimStore(testTables());
    key = { occurrence: "mitid@2026-11-23", kind: "check", recipient: `person:${Math.random().toString(36).slice(2)}` };
  });

  async function claimAs(instance: string, now = T0): Promise<Lease> {
    const result = await claims.claim(key, instance, now, LEASE);
    assert.ok(result.won, `${instance} did not win the claim`);
    return result.lease;
  }

  it("when the owner renews, then the lease moves on and the next write uses the new ETag", async () => {
    const first = await claimAs("a");
    const renewed = await claims.renew(key, first, later(30_000), LEASE);
    assert.notEqual(renewed.etag, first.etag);
    assert.equal(renewed.leaseUntil.getTime(), later(90_000).getTime());
    await claims.settle(key, renewed, { state: "sent", activityId: "act-7", at: later(31_000) });
    const stored = await claims.get(key);
    assert.deepEqual([stored?.state, stored?.activityId, stored?.sentAt?.toISOString()], ["sent", "act-7", later(31_000).toISOString()]);
  });

  it("when another instance took the claim over, then the old owner's renewal fails with ClaimLostError", async () => {
    const old = await claimAs("a");
    const taken = await claims.claim(key, "b", later(LEASE + 1), LEASE);
    assert.ok(taken.won && taken.takenOver);
    await assert.rejects(claims.renew(key, old, later(LEASE + 2), LEASE), (err: unknown) => err instanceof ClaimLostError && err.holder === "b");
  });

  it("when the old owner records a send after a takeover, then it is recorded as sent and names the taker", async () => {
    const old = await claimAs("a");
    const taken = await claims.claim(key, "b", later(LEASE + 1), LEASE);
    assert.ok(taken.won);
    const result = await claims.settle(key, old, { state: "sent", activityId: "act-1", at: later(LEASE + 2) });
    assert.equal(result.takenOverBy, "b");
    assert.equal((await claims.get(key))?.state, "sent");
    // The taker's own write now fails: its ETag is stale and the claim is settled.
    await assert.rejects(claims.renew(key, taken.lease, later(LEASE + 3), LEASE), ClaimLostError);
  });

  it("when a skip is recorded after a takeover, then it is refused (the taker decides)", async () => {
    const old = await claimAs("a");
    await claims.claim(key, "b", later(LEASE + 1), LEASE);
    await assert.rejects(claims.settle(key, old, { state: "skipped", reason: "noConversation", at: later(LEASE + 2) }), ClaimLostError);
  });

  it("when the owner's own earlier write landed after its deadline, then its next write still goes through", async () => {
    const lease = await claimAs("a");
    // The renewal "timed out" for the owner but reached storage: the owner still holds the old ETag.
    await claims.renew(key, lease, later(10_000), LEASE);
    await claims.settle(key, lease, { state: "sent", activityId: "act-2", at: later(11_000) });
    assert.equal((await claims.get(key))?.activityId, "act-2");
    // And a claim the owner created but never heard back about is still its own.
    const again = await claims.claim(key, "a", later(12_000), LEASE);
    assert.equal(again.won, false, "a settled claim is not claimed again");
  });

  it("when a claim is unexpired, then another instance does not get it, and the owner claiming again does", async () => {
    await claimAs("a");
    const other = await claims.claim(key, "b", later(1000), LEASE);
    assert.equal(other.won, false);
    const same = await claims.claim(key, "a", later(1000), LEASE);
    assert.ok(same.won && !same.takenOver);
  });
});
