// Follow-up frames in the domain: what a message that leaves things out inherits from the previous turn. The
// conversations through /api/messages are in tests/teams/followUps.test.ts; these pin the frame rules they rest on.
import assert from "node:assert/strict";
import { OrgIndex } from "../../bot/src/domain/orgIndex";
import type { Frame } from "../../bot/src/domain/frame";
import { understand } from "../../bot/src/domain/understand";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

const TODAY = "2026-11-23";

interface Row {
  readonly org: "demo" | "other";
  readonly first: string;
  readonly followUp: string;
  /** Fields the follow-up's frame must have (others are not compared). */
  readonly expect: Partial<Frame>;
  /** The people the previous answer named first, for pronouns. */
  readonly people?: readonly string[];
}

const ROWS: readonly Row[] = [
  // Only a day or a slot is new: the previous question on that day, not the rota of that day.
  { org: "demo", first: "hvem er fyrtårn for valg", followUp: "hvad med i morgen?", expect: { intent: "fyrtaarn", areas: ["valg"], from: "2026-11-24", to: "2026-11-24", followUp: true } },
  { org: "demo", first: "hvem er syg i dag", followUp: "og i morgen?", expect: { intent: "absences", reason: "syg", from: "2026-11-24", to: "2026-11-24" } },
  { org: "other", first: "er Nanna på arbejde i dag", followUp: "og i morgen?", expect: { intent: "atWork", people: ["neg"], from: "2026-11-24" } },
  { org: "other", first: "hvem dækker for Kim i dag", followUp: "og onsdag?", expect: { intent: "cover", people: ["kv"], from: "2026-11-25" } },
  { org: "other", first: "hvem har ferie denne uge", followUp: "og næste uge?", expect: { intent: "absences", reason: "ferie", from: "2026-11-30", to: "2026-12-06" } },
  { org: "demo", first: "who is the lighthouse for passports", followUp: "what about tomorrow?", expect: { intent: "fyrtaarn", areas: ["pas"], from: "2026-11-24", lang: "en" } },
  // "dagen efter" shifts the previous day ("dagen" is not "dagens"), and "after" is not the slot "Aften".
  { org: "demo", first: "hvem har telefon i morgen", followUp: "og dagen efter?", expect: { intent: "rota", duty: "telefon", from: "2026-11-25", to: "2026-11-25" } },
  { org: "other", first: "hvem har skranken i dag", followUp: "og dagen efter?", expect: { intent: "rota", duty: "skranke", from: "2026-11-24" } },
  { org: "other", first: "hvem har informationen i morgen", followUp: "and the day after?", expect: { intent: "rota", duty: "info", from: "2026-11-25", slot: undefined } },
  { org: "demo", first: "hvem har skranke i morgen", followUp: "og dagen før?", expect: { intent: "rota", duty: "skranke", from: "2026-11-23" } },
  // "næste gang" carries over to another duty.
  { org: "demo", first: "hvornår har Peter telefon næste gang", followUp: "og skranke?", expect: { intent: "nextDuty", people: ["ph"], duty: "skranke" } },
  { org: "other", first: "hvornår har jeg udlevering næste gang", followUp: "og telefonen?", expect: { intent: "nextDuty", self: true, duty: "telefon" } },
  // A role in another unit.
  { org: "demo", first: "hvem er faglig koordinator", followUp: "og i Ydelseskontoret?", expect: { intent: "role", role: "koordinator", unit: "yk" } },
  { org: "other", first: "hvem er sektionsleder", followUp: "og i Ydelsesteamet?", expect: { intent: "role", role: "sektionsleder", unit: "yt" } },
  // Another competence, also one nobody has: not the previous one again.
  { org: "demo", first: "hvem kan noget om excel", followUp: "og tyrkisk?", expect: { intent: "competence", competence: { term: "tyrkisk", people: [] } } },
  { org: "other", first: "hvem taler tyrkisk", followUp: "og swahili?", expect: { intent: "competence", competence: { term: "swahili", people: [] } } },
  // Pronouns: the person the last answer named first.
  { org: "demo", first: "hvem er fyrtårn for mitid", followUp: "hendes mail?", people: ["sn", "ms"], expect: { intent: "contact", people: ["sn"], want: "email" } },
  { org: "other", first: "hvem er fyrtårn for tilmelding som ledig", followUp: "hans telefonnummer?", people: ["mba", "stj"], expect: { intent: "contact", people: ["mba"], want: "phone" } },
  // "og hvis hun er syg?" after an area: who to ask with that person away; after a person: whether they are at work.
  { org: "demo", first: "hvem ved noget om pas?", followUp: "og hvis hun er syg?", people: ["sn", "pc"], expect: { intent: "cover", areas: ["pas"], away: ["sn"] } },
  { org: "other", first: "hvem er fyrtårn for tilmelding som ledig", followUp: "hvad hvis han er på ferie?", people: ["mba", "stj"], expect: { intent: "cover", away: ["mba"] } },
  { org: "demo", first: "hvem er Peter", followUp: "er han syg?", people: ["ph"], expect: { intent: "atWork", people: ["ph"] } },
];

describe("Follow-up frames (understand with the previous turn)", () => {
  const indexes = { demo: new OrgIndex(demoOrganisation()), other: new OrgIndex(otherOrganisation()) };

  for (const row of ROWS) {
    it(`when "${row.first}" is followed by "${row.followUp}" (${row.org}), then the frame is ${row.expect.intent}`, () => {
      const index = indexes[row.org];
      const previous = understand(row.first, index, TODAY);
      const frame = understand(row.followUp, index, TODAY, { frame: previous, people: row.people ?? [] });
      const picked = Object.fromEntries(Object.keys(row.expect).map((k) => [k, (frame as unknown as Record<string, unknown>)[k]]));
      assert.deepEqual(picked, row.expect, `got ${JSON.stringify(frame)}`);
    });
  }

  it("when a day alone is asked without a previous turn, then it is the rota of that day", () => {
    assert.equal(understand("og i morgen?", indexes.demo, TODAY).intent, "rota");
  });

  it("when the previous turn was not understood, then a day alone is still the rota of that day", () => {
    const previous = understand("hvad koster en is", indexes.demo, TODAY);
    assert.equal(previous.intent, "unknown");
    assert.equal(understand("og i morgen?", indexes.demo, TODAY, { frame: previous, people: [] }).intent, "rota");
  });

  it("when a title is named in full, then it is the title, not a unit its first part resembles; 'hvem er i' a unit stays the unit", () => {
    const title = understand("hvem er ydelsessagsbehandler", indexes.demo, TODAY);
    assert.equal(title.intent, "title");
    assert.deepEqual(title.title?.people, ["ml", "hf", "ob", "sl", "nv", "kk"]);
    assert.equal(understand("hvem er i Borgerservice", indexes.demo, TODAY).intent, "members");
  });
});
