// Two-turn conversations through /api/messages against Azurite, on the demo and on the second organisation
// (tests/fixtures/organisation/other-municipality.yaml): a first question, then a follow-up that leaves things out
// ("og backup?", "hvad med i morgen?", "hendes telefonnummer?", "og i Ydelseskontoret?"). Each conversation has
// its own conversation id and user. Some follow-ups land on a second server instance on the same tables, as when
// Azure runs two: the previous turn must come from Table Storage. Monday 23 November 2026, 09:30 in Copenhagen.
import assert from "node:assert/strict";
import type { App } from "../../bot/src/server";
import { RequestCounter } from "../../bot/src/storage/tables";
import { startTestApp, ask, cardText } from "../helpers/app";
import { uniquePrefix } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

const MONDAY_MORNING = new Date("2026-11-23T08:30:00Z");
const MINUTE = 60 * 1000;

/** Counts storage requests like RequestCounter, and keeps each request's method and URL. */
class RequestLog extends RequestCounter {
  readonly requests: Array<{ method: string; url: string }> = [];
  override readonly policy: RequestCounter["policy"] = {
    name: "requestLog",
    sendRequest: (request, next) => {
      this.count += 1;
      this.requests.push({ method: request.method, url: request.url });
      return next(request);
    },
  };

  /** Reads of a conversation's previous turn (the Context table) since request number `from`. */
  contextReads(from: number): number {
    return this.requests.slice(from).filter((r) => r.method === "GET" && /Context\(/.test(r.url)).length;
  }
}

type Org = "demo" | "other";

interface Conversation {
  readonly org: Org;
  readonly first: string;
  readonly followUp: string;
  /** What the follow-up's card must say. */
  readonly expect: readonly RegExp[];
  /** What it must not say (the previous answer, the wrong person, the wrong day). */
  readonly not?: readonly RegExp[];
  /** The follow-up is answered by the other server instance. */
  readonly second?: true;
}

const CONVERSATIONS: readonly Conversation[] = [
  // --- demo: "og backup?", another day, another slot ----------------------------------------------------------------
  { org: "demo", first: "hvem er fyrtårn for pas", followUp: "og backup?", expect: [/Backup/, /Pia Christensen/] },
  { org: "demo", first: "hvem er Sofie", followUp: "hvem er hendes leder?", expect: [/Sofie Nielsens sektionsleder: Helle Bach Larsen/] },
  { org: "other", first: "hvem er Lone Dahl", followUp: "og hendes chef?", expect: [/Lone Dahls sektionsleder: Rikke Søgaard/], second: true },
  { org: "demo", first: "hvem er fyrtårn for skat", followUp: "og backup?", expect: [/Skat/, /Lars Møller/], second: true },
  { org: "demo", first: "hvem er fyrtårn for mitid", followUp: "og backup?", expect: [/MitID/, /Michael Sørensen/] },
  { org: "demo", first: "hvem er fyrtårn for valg", followUp: "hvad med i morgen?", expect: [/Valg/, /Anne Kristensen/, /Peter Holm/], not: [/Rulleplan/] },
  { org: "demo", first: "hvem har telefon i morgen", followUp: "og dagen efter?", expect: [/onsdag 25\. november/, /Telefon/, /Henrik Madsen og Birgitte Olsen/], not: [/tirsdag 24\. november/] },
  { org: "demo", first: "hvem har skranke i formiddag", followUp: "og i eftermiddag?", expect: [/Skranke, Eftermiddag 12\.00-15\.30: Louise Thomsen og Camilla Andersen \(syg\)/], not: [/Formiddag 08\.00-12\.00/] },
  { org: "demo", first: "hvem har skranke i dag", followUp: "og næste uge?", expect: [/mandag 30\. november/, /fredag 4\. december/, /Skranke/], not: [/mandag 23\. november/], second: true },
  { org: "demo", first: "hvem har udlevering i dag", followUp: "og næste uge?", expect: [/Pas- og kørekortudlevering, Formiddag 08\.00-12\.00: Peter Holm/, /torsdag 3\. december/] },
  // --- demo and other: a follow-up after "tak"/"ok" ------------------------------------------------------------------
  { org: "demo", first: "hvem er fyrtårn for valg", followUp: "tak, og i morgen?", expect: [/Valg, tirsdag 24\. november/, /Anne Kristensen/], not: [/Rulleplan/] },
  { org: "demo", first: "hvem er fyrtårn for pas", followUp: "super tak, og hendes telefonnummer?", expect: [/Sofie Nielsen/, /\+45 63 33 71 05/], not: [/Selv tak/] },
  { org: "other", first: "hvem er fyrtårn for sundhedskort", followUp: "ok, hvad med backup?", expect: [/Sundhedskort/, /Peter Brandt/], second: true },
  // --- demo: the place and the time of a meeting --------------------------------------------------------------------
  { org: "demo", first: "hvornår er næste personalemøde", followUp: "hvor?", expect: [/Personalemøde/, /Kantinen/] },
  { org: "demo", first: "hvornår er næste Lokal-MED", followUp: "hvor?", expect: [/Lokal-MED/, /Mødelokale 2/], second: true },
  { org: "demo", first: "hvor holdes fyrtårnsmødet", followUp: "hvornår?", expect: [/Fyrtårnsmøde/, /torsdag 7\. januar/] },
  // --- demo: pronouns point at the person the last answer named first ------------------------------------------------
  { org: "demo", first: "hvem er fyrtårn for pas", followUp: "hendes telefonnummer?", expect: [/Sofie Nielsen/, /\+45 63 33 71 05/], not: [/Pia Christensen/] },
  { org: "demo", first: "hvem er fyrtårn for valg", followUp: "hendes telefonnummer?", expect: [/Anne Kristensen/, /\+45 63 33 71 02/], not: [/Peter Holm/], second: true },
  // Camilla Andersen (the second fyrtårn) is sick: Sofie Nielsen is the one the answer names first.
  { org: "demo", first: "hvem er fyrtårn for mitid", followUp: "hendes mail?", expect: [/Sofie Nielsen/, /sn@eksempel\.dk/], not: [/Camilla Andersen/] },
  { org: "demo", first: "hvem er TR", followUp: "hans telefonnummer?", expect: [/Morten Larsen/, /\+45 63 33 72 02/] },
  { org: "demo", first: "hvem ved noget om pas?", followUp: "og hvis hun er syg?", expect: [/Fyrtårnet er væk i dag: spørg Pia Christensen \(backup\)/], not: [/er på arbejde/] },
  { org: "demo", first: "hvem er sektionsleder", followUp: "hendes telefonnummer?", expect: [/Helle Bach Larsen/, /\+45 63 33 70 01/] },
  // --- demo: a role in another unit, another competence, another area -------------------------------------------------
  { org: "demo", first: "hvem er faglig koordinator", followUp: "og i Ydelseskontoret?", expect: [/Faglig koordinator/, /Kirsten Poulsen/], not: [/Mette Jensen/, /Morten Larsen/], second: true },
  { org: "demo", first: "hvem kan noget om excel", followUp: "og tysk?", expect: [/tysk/, /Anne Kristensen/, /Niels Vestergaard/], not: [/Birgitte Olsen/] },
  { org: "demo", first: "hvem er fyrtårn for pas", followUp: "og kørekort?", expect: [/Kørekort/, /Jens Pedersen/] },
  // --- demo: absences and people on another day ----------------------------------------------------------------------
  { org: "demo", first: "hvem er syg i dag", followUp: "og i morgen?", expect: [/Ingen er meldt syge tirsdag 24\. november/], not: [/Camilla Andersen/, /Rulleplan/] },
  { org: "demo", first: "hvem er væk i dag", followUp: "og torsdag?", expect: [/torsdag 26\. november/, /Pia Christensen/], not: [/Camilla Andersen/, /Rulleplan/] },
  { org: "demo", first: "er Camilla på arbejde i dag", followUp: "og i morgen?", expect: [/Ja, Camilla Andersen er på arbejde tirsdag 24\. november/] },
  { org: "demo", first: "hvem dækker for Camilla i dag", followUp: "og i eftermiddag?", expect: [/Skranke, Eftermiddag 12\.00-15\.30: Ingen — hul i rulleplanen/], not: [/Telefon, Formiddag/] },
  { org: "demo", first: "hvem har hotline i eftermiddag", followUp: "hans telefonnummer?", expect: [/Jonas Eriksen/, /\+45 63 33 71 15/], not: [/Lars Møller/] },
  { org: "demo", first: "hvornår har Peter telefon næste gang", followUp: "og skranke?", expect: [/Næste gang med Skranke/, /Peter Holm/, /Mandag 23\. november: Skranke, Formiddag 08\.00-12\.00/] },
  { org: "demo", first: "hvem er fyrtårn for opkrævning", followUp: "og i morgen?", expect: [/Opkrævning/, /Birgitte Olsen/, /Hanne Frederiksen/], not: [/Rulleplan/], second: true },
  { org: "demo", first: "hvem har selvbetjening torsdag", followUp: "og fredag?", expect: [/fredag 27\. november/, /Selvbetjening, Formiddag 08\.00-12\.00: Sofie Nielsen/], not: [/torsdag 26\. november/] },
  // --- demo: in English -----------------------------------------------------------------------------------------------
  { org: "demo", first: "hvem er fyrtårn for pas", followUp: "and the backup?", expect: [/Lighthouse/, /Backup: Pia Christensen/] },
  { org: "demo", first: "who is the lighthouse for passports", followUp: "what about tomorrow?", expect: [/Lighthouse/, /Sofie Nielsen/], not: [/Rota for/] },
  { org: "demo", first: "who is on the phone today", followUp: "and tomorrow?", expect: [/Tuesday 24 November/, /Jonas Eriksen and Anne Kristensen/] },
  { org: "demo", first: "who has the counter today", followUp: "and the day after?", expect: [/Tuesday 24 November/, /Skranke, Formiddag 08:00-12:00: Lars Møller and Peter Holm/], second: true },

  // --- the second organisation: areas with two fyrtårne or no backup, three slots, a Thursday evening -------------------
  { org: "other", first: "hvem er fyrtårn for pas", followUp: "og backup?", expect: [/Fyrtårnene er væk i dag: spørg Kim Vang \(backup\)/, /Backup[\s\S]*Kim Vang[\s\S]*Fyrtårn[\s\S]*Sara Holm/] },
  { org: "other", first: "hvem er fyrtårn for enkeltydelser", followUp: "og backup?", expect: [/William Larsen og Vibeke Kaas/], second: true },
  { org: "other", first: "hvem er fyrtårn for sundhedskort", followUp: "hvad med i morgen?", expect: [/Fyrtårnet er væk tirsdag 24\. november: spørg Peter Brandt \(backup\)/], not: [/Rulleplan/] },
  { org: "other", first: "hvem er fyrtårn for kulturkontrol", followUp: "og torsdag?", expect: [/Både fyrtårn og backup er væk torsdag 26\. november: spørg Ahmed Hassan \(faglig koordinator\)/] },
  { org: "other", first: "hvem er fyrtårn for flytning", followUp: "og onsdag?", expect: [/Både fyrtårn og backup er væk onsdag 25\. november: spørg Ahmed Hassan/], second: true },
  { org: "other", first: "hvem har skranken i dag", followUp: "og dagen efter?", expect: [/tirsdag 24\. november/, /Skranken, Tidlig 07\.30-10\.00: Emma Mikkelsen og Frida Rasmussen/] },
  { org: "other", first: "hvem har informationen i formiddag", followUp: "og i eftermiddag?", expect: [/Informationen, Sen 12\.30-15\.00: Ib Jørgensen/], not: [/Tidlig 07\.30/] },
  { org: "other", first: "hvem har telefonen i dag", followUp: "og i eftermiddag?", expect: [/Telefonen, Sen 12\.30-15\.00: Kim Vang og Nanna Egholm \(syg\)/], not: [/Midt 10\.00/], second: true },
  { org: "other", first: "hvem har skranken torsdag", followUp: "og om aftenen?", expect: [/torsdag 26\. november/, /Skranken, Aften 15\.00-18\.00: Frida Rasmussen og Emma Mikkelsen \(afspadsering\)/], not: [/Tidlig 07\.30/] },
  { org: "other", first: "hvem har skranken torsdag aften", followUp: "og i morgen tidlig?", expect: [/tirsdag 24\. november/, /Skranken, Tidlig 07\.30-10\.00: Emma Mikkelsen og Frida Rasmussen/], not: [/Aften 15\.00/] },
  { org: "other", first: "hvem har udlevering i dag", followUp: "og næste uge?", expect: [/Udlevering, Midt 10\.00-12\.30: Sara Nørgaard/, /fredag 4\. december/], not: [/Skranken/] },
  { org: "other", first: "hvornår er næste personalemøde", followUp: "hvor?", expect: [/Personalemøde/, /Store mødesal/] },
  { org: "other", first: "hvornår er næste teammøde", followUp: "hvor?", expect: [/Teammøde i Kundecentret/, /Kantinen/], second: true },
  { org: "other", first: "hvem er fyrtårn for flytning", followUp: "hendes telefonnummer?", expect: [/Sara Nørgaard/, /\+45 99 12 31 03/], not: [/Sara Holm/] },
  { org: "other", first: "hvem er fyrtårn for mitid", followUp: "hendes telefonnummer?", expect: [/Yasmin Omar/, /\+45 99 12 31 07/], not: [/Carsten Vinther/] },
  { org: "other", first: "hvem er fyrtårn for tilmelding som ledig", followUp: "hans telefonnummer?", expect: [/Martin Bak/, /\+45 99 12 33 01/], second: true },
  { org: "other", first: "hvem er faglig koordinator", followUp: "og i Ydelsesteamet?", expect: [/Lone Dahl/], not: [/Ahmed Hassan/, /Gurli Hedegaard/] },
  { org: "other", first: "hvem er sektionsleder", followUp: "og i Ydelsesteamet?", expect: [/Rikke Søgaard/], not: [/Birgit Aagaard/] },
  // Jobservice has no koordinator of its own: the nearest above (here the organisation's) are named.
  { org: "other", first: "hvem er koordinator", followUp: "og i Jobservice?", expect: [/Ahmed Hassan/, /Lone Dahl/], not: [/Martin Bak/] },
  { org: "other", first: "hvem er syg i dag", followUp: "og torsdag?", expect: [/Syge torsdag 26\. november/, /Peter Brandt/], not: [/Nanna Egholm/] },
  { org: "other", first: "hvem har ferie denne uge", followUp: "og næste uge?", expect: [/Ingen er på ferie mandag 30\. november til søndag 6\. december/], not: [/Sara Holm/, /Rulleplan/], second: true },
  { org: "other", first: "hvem er på kursus i morgen", followUp: "og onsdag?", expect: [/På kursus onsdag 25\. november/, /Sara Nørgaard/] },
  { org: "other", first: "er Nanna på arbejde i dag", followUp: "og i morgen?", expect: [/Nej, Nanna Egholm er væk tirsdag 24\. november \(syg\)/] },
  { org: "other", first: "hvad skal Peter lave i dag", followUp: "og i morgen?", expect: [/Tirsdag 24\. november: Telefonen, Midt 10\.00-12\.30/], not: [/Skranken, Tidlig/] },
  { org: "other", first: "hvem dækker for Kim i dag", followUp: "og onsdag?", expect: [/onsdag 25\. november/, /Kim Vang er væk \(afspadsering\)/, /Udlevering, Sen 12\.30-15\.00: Ingen — hul i rulleplanen/], second: true },
  { org: "other", first: "hvad skal Peter lave i dag", followUp: "og næste uge?", expect: [/Mandag 30\. november: Skranken, Sen 12\.30-15\.00/, /Fredag 4\. december: Skranken, Tidlig 07\.30-10\.00/], not: [/Mandag 23\. november/] },
  { org: "other", first: "hvem er i Kundecenter", followUp: "og i Ydelsesteamet?", expect: [/Medarbejdere i Ydelsesteamet/, /Lasse Sand/], not: [/Kim Vang/] },
  { org: "other", first: "hvem har skranken i dag", followUp: "og telefonen?", expect: [/Telefonen, Sen 12\.30-15\.00: Kim Vang og Nanna Egholm \(syg\)/], not: [/Skranken, Tidlig/], second: true },
  { org: "other", first: "hvem er syg i dag", followUp: "og hvem har ferie?", expect: [/På ferie mandag 23\. november/, /Sara Holm/], not: [/Nanna Egholm/] },
  // "deres" points at everyone the answer named: two people, not two namesakes.
  { org: "other", first: "hvem har udlevering i dag", followUp: "hvad er deres numre?", expect: [/Dorte Laursen/, /\+45 99 12 31 16/, /Peter Brandt/, /\+45 99 12 31 06/], not: [/med navnet/] },
  // Nobody covers Peter's slot: "hans" is Peter himself.
  { org: "other", first: "hvem dækker for Peter torsdag", followUp: "hans telefonnummer?", expect: [/Peter Brandt/, /\+45 99 12 31 06/] },
  { org: "other", first: "er Kim på arbejde onsdag", followUp: "og torsdag?", expect: [/Ja, Kim Vang er på arbejde torsdag 26\. november/] },
  { org: "other", first: "hvem er fyrtårn for sundhedskort", followUp: "og mitid?", expect: [/MitID/, /Yasmin Omar/], not: [/Sundhedskort/] },
  { org: "other", first: "hvem er fyrtårn for pas", followUp: "and the backup?", expect: [/The lighthouses are away today: ask Kim Vang \(backup\)/] },
  { org: "other", first: "who is the lighthouse for housing benefit", followUp: "what about tomorrow?", expect: [/Lighthouse/, /Gurli Hedegaard/], not: [/Rota for/] },
  { org: "other", first: "who speaks Arabic", followUp: "and French?", expect: [/fransk/, /Sara Nørgaard and Aisha Sow/], not: [/Ahmed Hassan/] },
  { org: "other", first: "hvem har informationen i morgen", followUp: "and the day after?", expect: [/Wednesday 25 November/, /Informationen, Midt 10:00-12:30: Mona Krag/], not: [/does not run/] },
  { org: "other", first: "hvem har skranken i dag", followUp: "what about tomorrow?", expect: [/Tuesday 24 November/, /Emma Mikkelsen and Frida Rasmussen/], second: true },
];

/** One organisation served by two instances on the same tables. */
interface Pair {
  readonly first: App;
  readonly second: App;
  readonly log: RequestLog;
  readonly secondLog: RequestLog;
}

describe("Follow-ups through /api/messages (two turns, two organisations, two instances)", () => {
  let now = MONDAY_MORNING;
  const clock = () => now;
  const pairs = new Map<Org, Pair>();
  let conversation = 0;

  /** A conversation id and a user of their own. */
  function newConversation(): Record<string, unknown> {
    conversation += 1;
    return {
      conversation: { id: `a:followup-${conversation}`, conversationType: "personal" },
      from: { id: `29:user-${conversation}`, name: `Bruger ${conversation}`, aadObjectId: `00000000-0000-0000-0000-${String(conversation).padStart(12, "0")}` },
    };
  }

  before(async () => {
    for (const [org, organisation] of [["demo", demoOrganisation()], ["other", otherOrganisation()]] as const) {
      const prefix = uniquePrefix();
      const env = { ORG_REFRESH_SECONDS: "3600" };
      const log = new RequestLog();
      const secondLog = new RequestLog();
      const first = await startTestApp({ prefix, organisation, clock, counter: log, env });
      const second = await startTestApp({ prefix, organisation: null, clock, counter: secondLog, env });
      pairs.set(org, { first, second, log, secondLog });
    }
  });
  after(async () => {
    for (const pair of pairs.values()) {
      await pair.first.close();
      await pair.second.close();
    }
  });

  it(`has at least 40 conversations on both organisations, some answered by the second instance`, () => {
    assert.ok(CONVERSATIONS.length >= 40, `only ${CONVERSATIONS.length}`);
    for (const org of ["demo", "other"] as const) {
      assert.ok(CONVERSATIONS.filter((c) => c.org === org).length >= 20, org);
      assert.ok(CONVERSATIONS.filter((c) => c.org === org && c.second).length >= 5, org);
    }
  });

  for (const c of CONVERSATIONS) {
    const where = c.second ? " on the other instance" : "";
    it(`when "${c.first}" is followed by "${c.followUp}"${where} (${c.org}), then the follow-up is answered in context`, async () => {
      const pair = pairs.get(c.org)!;
      const who = newConversation();
      const [firstReply] = await ask(pair.first, c.first, who);
      assert.ok(firstReply.attachments?.length === 1, "the first question is answered with a card");
      await pair.first.contexts.settled();
      const app = c.second ? pair.second : pair.first;
      const replies = await ask(app, c.followUp, who);
      assert.equal(replies.length, 1, "one message per answer");
      const [reply] = replies;
      assert.equal(reply.text, undefined);
      assert.ok(reply.summary.length > 0);
      const text = cardText(reply);
      for (const pattern of c.expect) assert.match(text, pattern);
      for (const pattern of c.not ?? []) assert.doesNotMatch(text, pattern);
      await app.contexts.settled();
    });
  }

  it("when the follow-up comes 31 minutes later, then it is read as a fresh question; 29 minutes later it still follows on", async () => {
    const pair = pairs.get("other")!;
    try {
      for (const [minutes, followsOn] of [[31, false], [29, true]] as const) {
        now = MONDAY_MORNING;
        const who = newConversation();
        await ask(pair.first, "hvem er fyrtårn for sundhedskort", who);
        await pair.first.contexts.settled();
        now = new Date(MONDAY_MORNING.getTime() + minutes * MINUTE);
        const text = cardText((await ask(pair.second, "og backup?", who))[0]);
        if (followsOn) {
          assert.match(text, /Sundhedskort/);
          assert.match(text, /Peter Brandt/);
        } else {
          assert.doesNotMatch(text, /Sundhedskort|Peter Brandt|Nanna Egholm/);
          assert.match(text, /Jeg forstod ikke helt spørgsmålet/);
        }
        await pair.second.contexts.settled();
      }
    } finally {
      now = MONDAY_MORNING;
    }
  });

  it("when the asker says \"tak\", \"ok\" or \"hej\" in between, then the bot answers with a line or the welcome, and the next follow-up still leans on the question before", async () => {
    const pair = pairs.get("demo")!;
    for (const [between, answer] of [["tak", /^Selv tak\./], ["perfekt", /^Godt\./], ["hej", /Jeg finder fyrtårne/]] as const) {
      const who = newConversation();
      await ask(pair.first, "hvem er fyrtårn for pas", who);
      await pair.first.contexts.settled();
      const mark = pair.log.requests.length;
      const [reply] = await ask(pair.first, between, who);
      assert.match(between === "hej" ? cardText(reply) : reply.text, answer);
      await pair.first.contexts.settled();
      if (between !== "hej") assert.equal(pair.log.requests.length, mark, `"${between}" read or wrote storage`);
      const text = cardText((await ask(pair.second, "og backup?", who))[0]);
      assert.match(text, /Pas/);
      assert.match(text, /Backup: Pia Christensen/);
      await pair.second.contexts.settled();
    }
  });

  it("when the same user asks in two conversations, then a follow-up leans on its own conversation only", async () => {
    const pair = pairs.get("demo")!;
    const user = newConversation().from;
    const a = { conversation: { id: "a:own-context-a", conversationType: "personal" }, from: user };
    const b = { conversation: { id: "a:own-context-b", conversationType: "personal" }, from: user };
    await ask(pair.first, "hvem er fyrtårn for valg", a);
    await pair.first.contexts.settled();
    await ask(pair.first, "hvem er fyrtårn for skat", b);
    await pair.first.contexts.settled();
    const text = cardText((await ask(pair.second, "og backup?", a))[0]);
    assert.match(text, /Valg/);
    assert.match(text, /Peter Holm/);
    assert.doesNotMatch(text, /Skat/);
  });

  it("when a question is self-contained, then the previous turn is never read; a follow-up reads it once", async () => {
    const pair = pairs.get("demo")!;
    const who = newConversation();
    const selfContained = ["hvem er fyrtårn for valg", "hvad er dagens rulleplan", "hvem kan noget om excel", "hvem er syg i dag", "who is the lighthouse for passports"];
    for (const question of selfContained) {
      const mark = pair.log.requests.length;
      await ask(pair.first, question, who);
      assert.equal(pair.log.contextReads(mark), 0, `"${question}" read the previous turn`);
      assert.equal(pair.log.requests.slice(mark).filter((r) => r.method === "GET").length, 0, `"${question}" read storage`);
      await pair.first.contexts.settled();
    }
    for (const [app, log] of [[pair.first, pair.log], [pair.second, pair.secondLog]] as const) {
      for (const followUp of ["og backup?", "hvad med i morgen?", "hans telefonnummer?"]) {
        const mark = log.requests.length;
        await ask(app, followUp, who);
        assert.ok(log.contextReads(mark) <= 1, `"${followUp}" read the previous turn ${log.contextReads(mark)} times`);
        await app.contexts.settled();
      }
    }
    // The other instance has no memory of this conversation: it can only have answered from storage.
    const mark = pair.secondLog.requests.length;
    await ask(pair.second, "og backup?", who);
    assert.equal(pair.secondLog.contextReads(mark), 1);
  });
});
