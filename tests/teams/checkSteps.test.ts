// The check record from the card, end to end through /api/messages with the real check log in Azurite and a
// fixed clock: a deviation needs its follow-up and deadline, stays open until its owner closes it, only the
// sektionsleder approves (after the deviation is closed), a second click is told who was first, and every step
// is a row of its own in the log.
import assert from "node:assert/strict";
import type { App } from "../../bot/src/server";
import { startTestApp, post, cardActionInvoke } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import { cardStrings } from "../helpers/cardValidation";

/** Tuesday 24 November 2026, 10.12 in Copenhagen. */
const NOW = new Date("2026-11-24T09:12:00Z");
const PEOPLE = { mj: "Mette Jensen", kp: "Kirsten Poulsen", hbl: "Helle Bach Larsen", ak: "Anne Kristensen" } as const;
type Who = keyof typeof PEOPLE;
const oid = (who: Who) => `bbbbbbbb-0000-0000-0000-${String(Object.keys(PEOPLE).indexOf(who) + 1).padStart(12, "0")}`;

const invoke = (who: Who, verb: string, data: Record<string, unknown>) => cardActionInvoke({ id: who, name: PEOPLE[who], aadObjectId: oid(who) }, verb, data);

async function card(app: App, activity: Record<string, unknown>): Promise<{ strings: string[]; verbs: string[]; inputs: string[]; styles: string[]; values: Record<string, unknown> }> {
  const { status, body } = await post(app, activity);
  assert.equal(status, 200, JSON.stringify(body));
  const json = JSON.stringify(body.value);
  return {
    strings: cardStrings(body.value),
    verbs: [...json.matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]),
    inputs: [...json.matchAll(/"type":"Input\.[A-Za-z]+","id":"([^"]+)"/g)].map((m) => m[1]),
    styles: [...json.matchAll(/"style":"([^"]+)"/g)].map((m) => m[1]),
    values: Object.fromEntries(inputsOf(body.value).filter((i) => i.value !== undefined).map((i) => [i.id, i.value])),
  };
}

/** Every input element of a card. */
function inputsOf(node: unknown): Array<{ id: string; value?: unknown }> {
  if (Array.isArray(node)) return node.flatMap(inputsOf);
  if (!node || typeof node !== "object") return [];
  const item = node as Record<string, unknown>;
  const own = typeof item.type === "string" && item.type.startsWith("Input.") ? [{ id: String(item.id), value: item.value }] : [];
  return [...own, ...Object.values(item).flatMap(inputsOf)];
}

const round = { checkId: "mitid", occurrence: "mitid@2026-11-23" };

/** Asks the bot as `who` and returns the card of its answer. */
async function askAs(app: App, who: Who, text: string): Promise<Record<string, unknown>> {
  const { body } = await post(app, {
    type: "message", id: `m${Math.random().toString(36).slice(2)}`, text, locale: "da-DK", channelId: "msteams", serviceUrl: "http://127.0.0.1:9/_connector",
    from: { id: `29:${who}`, name: PEOPLE[who], aadObjectId: oid(who) }, recipient: { id: "bot-1", name: "Fyrtårn" },
    conversation: { id: `a:${who}`, conversationType: "personal" }, deliveryMode: "expectReplies",
  });
  return body.activities[0].attachments[0].content;
}
const deviation = { ...round, sampleChecked: "5", result: "deviation", deviationKind: "Manglende ID-type", findings: "Sag 2026-1182 manglede ID-type", followUp: "Mette gennemgår sagen med medarbejderen" };

describe("check record from the card (approve, close)", () => {
  let app: App;
  before(async () => {
    const org = demoOrganisation();
    app = await startTestApp({ clock: () => NOW, organisation: { ...org, people: org.people.map((p) => (p.id in PEOPLE ? { ...p, aadObjectId: oid(p.id as Who) } : p)) } });
  });
  after(() => app.close());

  it("when a deviation is submitted without a deadline, then nothing is stored and the card says what is missing", async () => {
    const c = await card(app, invoke("mj", "completeCheck", deviation));
    assert.ok(c.strings.some((s) => /skal du skrive opfølgningen og vælge en frist/.test(s)), c.strings.join("|"));
    assert.ok(c.inputs.includes("followUpDue"));
    // Nothing typed is lost: the card comes back filled in.
    assert.deepEqual(c.values, { sampleChecked: 5, result: "deviation", deviationKind: "Manglende ID-type", findings: deviation.findings, followUp: deviation.followUp, followUpDue: "" });
    assert.equal(await app.checkLog.get("mitid", round.occurrence), undefined);
  });

  it("when a deviation is completed, then it is shown as a deviation with its deadline, open, and not approvable yet", async () => {
    const c = await card(app, invoke("mj", "completeCheck", { ...deviation, followUpDue: "2026-12-04" }));
    assert.ok(c.strings.includes("Afvigelse: Manglende ID-type"));
    assert.ok(c.strings.includes("Frist for opfølgning: fredag 4. december 2026"));
    assert.ok(c.strings.includes("Afvigelsen er åben, til opfølgningen er gjort."));
    assert.ok(!c.styles.includes("good"), "a deviation is never a green success");
    // The owner sees "Luk afvigelsen"; nobody sees "Godkend" while it is open.
    assert.deepEqual(c.verbs.filter((v) => v !== "refreshCheck"), ["closeDeviation"]);
    const leader = await card(app, invoke("hbl", "refreshCheck", round));
    assert.deepEqual(leader.verbs.filter((v) => v !== "refreshCheck"), ["closeDeviation"], "the leader may close, not approve yet");
    assert.ok(leader.strings.includes("Afvigelsen skal lukkes, før runden kan godkendes."));
    const stored = await app.checkLog.get("mitid", round.occurrence);
    assert.deepEqual([stored?.result, stored?.deviationKind, stored?.followUpDue, stored?.closedDate], ["deviation", "Manglende ID-type", "2026-12-04", undefined]);
  });

  it("when the leader tries to approve an open deviation, or a koordinator who is not the owner to close it, then it is refused and nothing is written", async () => {
    const approve = await card(app, invoke("hbl", "approveCheck", round));
    assert.ok(approve.strings.includes("Afvigelsen skal lukkes, før runden kan godkendes."));
    const close = await card(app, invoke("kp", "closeDeviation", round));
    assert.ok(close.strings.some((s) => /Kun den ansvarlige \(Mette Jensen\) eller sektionslederen/.test(s)), close.strings.join("|"));
    const stored = await app.checkLog.get("mitid", round.occurrence);
    assert.deepEqual([stored?.closedDate, stored?.approvedBy], [undefined, undefined]);
  });

  it("when the owner closes the deviation, then it is closed with the note; a second close is told who closed it", async () => {
    const c = await card(app, invoke("mj", "closeDeviation", { ...round, closeNote: "Sagen er rettet" }));
    assert.ok(c.strings.includes("Afvigelsen er lukket."));
    assert.ok(c.strings.includes("Afvigelsen er lukket tirsdag 24. november 2026 af Mette Jensen: Sagen er rettet"));
    const again = await card(app, invoke("mj", "closeDeviation", { ...round, closeNote: "Igen" }));
    assert.ok(again.strings.includes("Afvigelsen er allerede lukket af Mette Jensen."));
    assert.equal((await app.checkLog.get("mitid", round.occurrence))?.closeNote, "Sagen er rettet");
  });

  it("when the sektionsleder asks \"hvilke kontroller mangler?\", then rounds awaiting approval are listed with a button that opens the round; others do not get them", async () => {
    const leader = await askAs(app, "hbl", "hvilke kontroller mangler?");
    assert.ok(cardStrings(leader).includes("Afventer din godkendelse"), cardStrings(leader).join("|"));
    assert.ok(cardStrings(leader).includes("Uge 47: udført af Mette Jensen (afvigelsen er lukket)"), cardStrings(leader).join("|"));
    const open = JSON.stringify(leader).match(/"verb":"refreshCheck","data":\{"checkId":"mitid","occurrence":"mitid@2026-11-23"/);
    assert.ok(open, "a button opens the round's card");
    const roundCard = await card(app, invoke("hbl", "refreshCheck", round));
    assert.ok(roundCard.verbs.includes("approveCheck"));
    const owner = await askAs(app, "mj", "hvilke kontroller mangler?");
    assert.ok(!cardStrings(owner).includes("Afventer din godkendelse"));
  });

  it("when anyone but the sektionsleder approves, then it is refused; the sektionsleder approves; a second approval is told who approved", async () => {
    for (const who of ["mj", "kp", "ak"] as const) {
      const c = await card(app, invoke(who, "approveCheck", round));
      assert.ok(c.strings.some((s) => /Kun sektionslederen \(Helle Bach Larsen\) kan godkende/.test(s)), `${who}: ${c.strings.join("|")}`);
      assert.ok(!c.verbs.includes("approveCheck"));
    }
    assert.equal((await app.checkLog.get("mitid", round.occurrence))?.approvedBy, undefined);
    const before = await card(app, invoke("hbl", "refreshCheck", round));
    assert.ok(before.verbs.includes("approveCheck"), "the leader sees Godkend once the deviation is closed");
    const approved = await card(app, invoke("hbl", "approveCheck", round));
    assert.ok(approved.strings.includes("Runden er godkendt."));
    assert.ok(approved.strings.includes("Godkendt af Helle Bach Larsen 24.11.2026 kl. 10.12"));
    assert.ok(!approved.verbs.includes("approveCheck"));
    const again = await card(app, invoke("hbl", "approveCheck", round));
    assert.ok(again.strings.includes("Runden er allerede godkendt af Helle Bach Larsen."));
  });

  it("when the steps are done, then the log holds each as its own row and the record folds them in", async () => {
    const rows: string[] = [];
    for await (const row of (await app.tables.ensure("CheckLog")).listEntities({ queryOptions: { filter: "PartitionKey eq 'mitid'" } })) rows.push(String(row.rowKey));
    assert.deepEqual(rows.sort(), ["mitid@2026-11-23", "mitid@2026-11-23|approved", "mitid@2026-11-23|closed"]);
    const record = await app.checkLog.get("mitid", round.occurrence);
    assert.deepEqual([record?.closedDate, record?.closedByName, record?.approvedBy], ["2026-11-24", "Mette Jensen", "Helle Bach Larsen"]);
  });

  it("when \"hvilke kontroller mangler?\" is asked with an open deviation, then it lists the deviation with its deadline", async () => {
    await card(app, invoke("mj", "completeCheck", { checkId: "mitid", occurrence: "mitid@2026-11-16", sampleChecked: "5", result: "deviation", followUp: "Instruks genopfriskes", followUpDue: "2026-11-30" }));
    const { body } = await post(app, {
      type: "message", id: "m1", text: "hvilke kontroller mangler?", locale: "da-DK", channelId: "msteams", serviceUrl: "http://127.0.0.1:9/_connector",
      from: { id: "29:mj", name: "Mette Jensen", aadObjectId: oid("mj") }, recipient: { id: "bot-1", name: "Fyrtårn" },
      conversation: { id: "a:mj", conversationType: "personal" }, deliveryMode: "expectReplies",
    });
    const strings = cardStrings(body.activities[0].attachments[0].content);
    assert.ok(strings.includes("Åbne afvigelser"), strings.join("|"));
    assert.ok(strings.some((s) => /^Uge 46: Afvigelse — Instruks genopfriskes — Frist for opfølgning: mandag 30\. november$/.test(s)), strings.join("|"));
  });
});
