// Universal Actions end to end: adaptiveCard/action invokes through /api/messages, the real adapter and the
// check log and agenda tables in Azurite. Only the clock is fixed.
import assert from "node:assert/strict";
import type { App } from "../../bot/src/server";
import { startTestApp, post, ask, cardText, cardActionInvoke } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";

const TUESDAY = new Date("2026-11-24T09:12:00Z"); // Tuesday 24 November 2026, 10.12 in Copenhagen
const OID = { mj: "aaaaaaaa-0000-0000-0000-000000000001", ak: "aaaaaaaa-0000-0000-0000-000000000002", hbl: "aaaaaaaa-0000-0000-0000-000000000003", kp: "aaaaaaaa-0000-0000-0000-000000000004" };
const NAMES = { mj: "Mette Jensen", ak: "Anne Kristensen", hbl: "Helle Bach Larsen", kp: "Kirsten Poulsen" };
type Who = keyof typeof OID;

function demoLinked() {
  const org = demoOrganisation();
  return { ...org, people: org.people.map((p) => (p.id in OID ? { ...p, aadObjectId: OID[p.id as Who] } : p)) };
}

/** An adaptiveCard/action invoke from `who`. */
const invoke = (who: Who, verb: string, data: Record<string, unknown>) => cardActionInvoke({ id: who, name: NAMES[who], aadObjectId: OID[who] }, verb, data);

const complete = (who: Who, occurrence: string, inputs: Record<string, unknown> = {}) =>
  invoke(who, "completeCheck", { checkId: "mitid", occurrence, sampleChecked: "5", result: "ok", findings: "Sag 2026-1234 uden bemærkninger", followUp: "", ...inputs });

/** Posts an invoke and returns the card of its Universal Actions response. */
async function cardOf(app: App, activity: Record<string, unknown>): Promise<any> {
  const { status, body } = await post(app, activity);
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.statusCode, 200);
  assert.equal(body.type, "application/vnd.microsoft.card.adaptive");
  assert.equal(body.value.type, "AdaptiveCard");
  return body.value;
}

const text = (card: unknown) => cardText({ attachments: [{ content: card }] });
/** Every input of a card by id. */
function inputsOf(card: any): Map<string, any> {
  const out = new Map<string, any>();
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (typeof node.type === "string" && node.type.startsWith("Input.")) out.set(node.id, node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card.body);
  return out;
}

/** The text of each attention-coloured line that directly follows an input, by the input's id. */
function errorLinesAfter(card: any): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (elements: any[]) => elements.forEach((e, i) => {
    if (Array.isArray(e.items)) walk(e.items);
    const next = elements[i + 1];
    if (e.type?.startsWith("Input.") && next?.type === "TextBlock" && next.color === "Attention") out.set(e.id, next.text);
  });
  walk(card.body);
  return out;
}

const inputIds = (card: unknown) => [...JSON.stringify(card).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);

describe("Card actions through /api/messages", () => {
  let app: App;
  before(async () => {
    app = await startTestApp({ organisation: demoLinked(), clock: () => TUESDAY });
  });
  after(() => app.close());

  it("when the owner completes a check, then the response is the updated card and the log has the completion", async () => {
    const card = await cardOf(app, complete("mj", "mitid@2026-11-23"));
    assert.match(text(card), /Udført af Mette Jensen 24\.11\.2026 kl\. 10\.12/);
    assert.match(text(card), /OK/);
    assert.match(text(card), /5 stikprøver/);
    assert.ok(!inputIds(card).includes("sampleChecked"), "a completed card has no inputs");
    const entry = await app.checkLog.get("mitid", "mitid@2026-11-23");
    assert.ok(entry);
    assert.equal(entry.by, "mj");
    assert.equal(entry.byName, "Mette Jensen");
    assert.equal(entry.result, "ok");
    assert.equal(entry.sampleChecked, 5);
    assert.equal(entry.periodLabel, "uge 47");
    assert.equal(entry.occurrenceDate, "2026-11-23");
    assert.equal(entry.findings, "Sag 2026-1234 uden bemærkninger");
    assert.equal(entry.completedAt.toISOString(), TUESDAY.toISOString());
  });

  it("when the client's locale is English but the card was sent in Danish, then the updated card stays Danish", async () => {
    const danishCard: Record<string, any> = { ...complete("mj", "mitid@2026-11-16"), locale: "en-US" };
    danishCard.value.action.data.lang = "da";
    assert.match(text(await cardOf(app, danishCard)), /Udført af Mette Jensen/);
    const englishClient = { ...invoke("mj", "refreshCheck", { checkId: "mitid", occurrence: "mitid@2026-11-16" }), locale: "en-US" };
    assert.match(text(await cardOf(app, englishClient)), /Done by Mette Jensen/);
  });

  it("when a check is submitted twice (also at once), then one completion is stored and both see it", async () => {
    const occurrence = "mitid@2026-11-16";
    const [first, second] = await Promise.all([
      cardOf(app, complete("mj", occurrence, { result: "deviation", findings: "Afvisning ikke begrundet i sag 77", followUp: "Gennemgås", followUpDue: "2026-12-04" })),
      cardOf(app, complete("kp", occurrence, { result: "ok" })),
    ]);
    const entries = await app.checkLog.list({ checkId: "mitid" });
    const forRound = entries.filter((e) => e.occurrence === occurrence);
    assert.equal(forRound.length, 1);
    const byName = forRound[0].byName;
    for (const card of [first, second]) assert.match(text(card), new RegExp(`Udført af ${byName}`));
    const again = await cardOf(app, complete("mj", occurrence, { sampleChecked: "9" }));
    assert.match(text(again), new RegExp(`Udført af ${byName}`));
    assert.equal((await app.checkLog.get("mitid", occurrence))?.sampleChecked, forRound[0].sampleChecked);
  });

  it("when a check was completed from the card, then \"vis kontrol mitid\" shows it as done", async () => {
    const [reply] = await ask(app, "vis kontrol mitid", { from: { id: "29:ak", name: "Anne Kristensen", aadObjectId: OID.ak } });
    assert.match(cardText(reply), /Udført/);
  });

  it("when someone without the right completes a check, then the card says who can and nothing is stored", async () => {
    const card = await cardOf(app, complete("ak", "mitid@2026-11-09"));
    assert.match(text(card), /Mette Jensen/);
    assert.match(text(card), /Helle Bach Larsen/);
    assert.ok(!inputIds(card).includes("sampleChecked"));
    assert.equal(await app.checkLog.get("mitid", "mitid@2026-11-09"), undefined);
  });

  it("when the sektionsleder completes someone else's check, then it is stored", async () => {
    const card = await cardOf(app, complete("hbl", "mitid@2026-11-02"));
    assert.match(text(card), /Udført af Helle Bach Larsen/);
    assert.equal((await app.checkLog.get("mitid", "mitid@2026-11-02"))?.by, "hbl");
  });

  const cprInputs: Array<[field: string, value: string, kept: string]> = [
    ["findings", "Fejl i sagen for 010190-1234", "Fejl i sagen for [CPR fjernet]"],
    ["followUp", "Ring til borger 01.01.90\u20131234", "Ring til borger [CPR fjernet]"],
  ];
  for (const [field, value, kept] of cprInputs) {
    it(`when ${field} holds a CPR number, then the form comes back with the inputs kept, an error under ${field}, and nothing is stored`, async () => {
      const card = await cardOf(app, complete("mj", "mitid@2026-10-26", { [field]: value }));
      const inputs = inputsOf(card);
      assert.equal(inputs.get(field)?.value, kept);
      assert.equal(inputs.get("sampleChecked")?.value, 5);
      assert.equal(inputs.get("result")?.value, "ok");
      // The error line stands right under the refused field, and only there.
      const errorLines = errorLinesAfter(card);
      assert.deepEqual([...errorLines.keys()], [field]);
      assert.match(errorLines.get(field)!, /CPR-nummer/);
      assert.doesNotMatch(JSON.stringify(card), /0101901234|010190-1234|90\u20131234/);
      assert.equal(await app.checkLog.get("mitid", "mitid@2026-10-26"), undefined);
    });
  }

  it("when a completed check is refreshed, then its owner sees the findings and a medarbejder sees only that it was done", async () => {
    await cardOf(app, complete("mj", "mitid@2026-10-05", { result: "deviation", findings: "Sag 2026-777 manglede vidne", followUp: "Instruks genopfrisket", followUpDue: "2026-12-04" }));
    const refresh = (who: Who) => invoke(who, "refreshCheck", { checkId: "mitid", occurrence: "mitid@2026-10-05" });
    const owner = text(await cardOf(app, refresh("mj")));
    assert.match(owner, /Sag 2026-777 manglede vidne/);
    assert.match(owner, /Instruks genopfrisket/);
    const staff = text(await cardOf(app, refresh("ak")));
    assert.match(staff, /Udført af Mette Jensen/);
    assert.doesNotMatch(staff, /2026-777|Instruks/);
  });

  it("when a completion lacks a result, then the open card comes back and nothing is stored", async () => {
    const card = await cardOf(app, complete("mj", "mitid@2026-10-19", { result: "" }));
    assert.ok(inputIds(card).includes("sampleChecked"));
    assert.equal(await app.checkLog.get("mitid", "mitid@2026-10-19"), undefined);
  });

  it("when a card is refreshed, then the owner gets inputs and a medarbejder gets who can", async () => {
    const data = { checkId: "mitid", occurrence: "mitid@2026-10-12" };
    assert.ok(inputIds(await cardOf(app, invoke("mj", "refreshCheck", data))).includes("sampleChecked"));
    const other = await cardOf(app, invoke("ak", "refreshCheck", data));
    assert.ok(!inputIds(other).includes("sampleChecked"));
    assert.match(text(other), /Helle Bach Larsen/);
  });

  it("when the round is unknown, then a calm error card answers", async () => {
    const card = await cardOf(app, complete("mj", "mitid@2026-11-24"));
    assert.equal(await app.checkLog.get("mitid", "mitid@2026-11-24"), undefined);
    assert.doesNotMatch(text(card), /Udført/);
  });

  it("when an agenda item is proposed, then it is stored with who and the card lists it", async () => {
    const occurrence = await nextLokalMed(app);
    const card = await cardOf(app, invoke("ak", "proposeAgendaItem", { meetingId: "lokal-med", occurrence, agendaItem: "Ny skrankeopstilling" }));
    assert.match(text(card), /Ny skrankeopstilling/);
    assert.match(text(card), /Anne Kristensen/);
    const items = await app.agenda.list(occurrence);
    assert.deepEqual(items.map((i) => [i.text, i.by, i.byName]), [["Ny skrankeopstilling", "ak", "Anne Kristensen"]]);
  });

  it("when an agenda item holds a CPR number, then it is refused and not stored", async () => {
    const occurrence = await nextLokalMed(app);
    const card = await cardOf(app, invoke("ak", "proposeAgendaItem", { meetingId: "lokal-med", occurrence, agendaItem: "Sagen om 010190-1234" }));
    assert.equal(inputsOf(card).get("agendaItem")?.value, "Sagen om [CPR fjernet]");
    assert.match(errorLinesAfter(card).get("agendaItem")!, /CPR-nummer/);
    assert.doesNotMatch(JSON.stringify(card), /010190/);
    assert.ok((await app.agenda.list(occurrence)).every((i) => !i.text.includes("010190")));
  });
});

/** The key of a Lokal-MED whose agenda is still open at TUESDAY. */
async function nextLokalMed(app: App): Promise<string> {
  const { findOccurrence } = await import("../../bot/src/answers/reminderCardData");
  const { occurrencesBetween, agendaDueAt } = await import("../../bot/src/domain/occurrences");
  const directory = app.cache.current!;
  const meeting = directory.organisation.meetings.find((m) => m.id === "lokal-med")!;
  const upcoming = occurrencesBetween(meeting, directory.organisation, directory.calendar, TUESDAY, new Date(TUESDAY.getTime() + 400 * 86_400_000))
    .find((o) => agendaDueAt(o, meeting, directory.calendar) > TUESDAY)!;
  assert.ok(findOccurrence(meeting, directory, upcoming.key));
  return upcoming.key;
}
