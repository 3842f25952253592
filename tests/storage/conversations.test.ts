// Conversation references against Azurite: ids with characters keys refuse, stale marking, department channel.
import assert from "node:assert/strict";
import { TableConversationStore, conversationKey } from "../../bot/src/storage/conversationStore";
import { testTables } from "../helpers/storage";

const NOW = new Date("2026-11-24T09:00:00Z");
const reference = (id: string) => ({ conversation: { id, isGroup: false, name: "", conversationType: "personal" }, serviceUrl: "http://127.0.0.1:9/_connector", channelId: "msteams" });

describe("ConversationStore in Table Storage", () => {
  it("when an id holds / \\ # ?, then its key has none of them and it round-trips", async () => {
    const store = new TableConversationStore(testTables(), () => NOW);
    const id = "a:1/2\\3#4?5;messageid=9";
    assert.doesNotMatch(conversationKey(id), /[/\\#?]/);
    await store.save({ kind: "personal", conversationId: id, reference: reference(id), aadObjectId: "oid-1", email: "MJ@Eksempel.dk", personId: "mj", updatedAt: NOW });
    const stored = await store.get("personal", id);
    assert.equal(stored?.conversationId, id);
    assert.equal(stored?.email, "mj@eksempel.dk");
    assert.equal(stored?.personId, "mj");
    assert.equal(stored?.stale, false);
    assert.equal(stored?.reference.serviceUrl, "http://127.0.0.1:9/_connector");
  });

  it("when marked stale and saved again, then it is stale and then usable again", async () => {
    const store = new TableConversationStore(testTables(), () => NOW);
    await store.save({ kind: "personal", conversationId: "a:x", reference: reference("a:x"), updatedAt: NOW });
    await store.markStale("personal", "a:x", "403");
    assert.deepEqual([(await store.get("personal", "a:x"))?.stale, (await store.get("personal", "a:x"))?.staleReason], [true, "403"]);
    await store.save({ kind: "personal", conversationId: "a:x", reference: reference("a:x"), updatedAt: NOW });
    const again = await store.get("personal", "a:x");
    assert.equal(again?.stale, false);
    assert.equal(again?.staleReason, undefined);
    await store.markStale("personal", "never-stored", "404");
  });

  it("when a department channel is chosen, then it is returned until it goes stale, and list leaves settings out", async () => {
    const store = new TableConversationStore(testTables(), () => NOW);
    assert.equal(await store.departmentChannel(), undefined);
    await store.save({ kind: "channel", conversationId: "19:abc@thread.tacv2", reference: reference("19:abc@thread.tacv2"), updatedAt: NOW });
    await store.setDepartmentChannel("19:abc@thread.tacv2", "mj");
    assert.equal((await store.departmentChannel())?.conversationId, "19:abc@thread.tacv2");
    assert.deepEqual((await store.list()).map((c) => c.kind), ["channel"]);
    await store.markStale("channel", "19:abc@thread.tacv2", "uninstalled");
    assert.equal(await store.departmentChannel(), undefined);
  });
});
