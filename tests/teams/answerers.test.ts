// Every answerer (bot/src/answers/index.ts) through /api/messages against Azurite, asked as staff would ask, on the
// demo and on the second organisation (tests/fixtures/organisation/other-municipality.yaml). The clock is fixed at
// Monday 23 November 2026, 09:30 in Copenhagen. Each row names the intent the turn log must show, and what the card
// must say for the answer to be of use: the names, the day in Danish, who to ask when someone is away, the gaps.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import pino from "pino";
import type { App } from "../../bot/src/server";
import type { Organisation } from "../../bot/src/domain/organisation";
import type { Intent } from "../../bot/src/domain/frame";
import { ANSWERERS } from "../../bot/src/answers";
import { startTestApp, ask, cardText } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";

const MONDAY_MORNING = new Date("2026-11-23T08:30:00Z");

type Org = "demo" | "other";

/** The Teams user who asks: linked to Mette Jensen (demo) and Kim Vang (other) for "jeg" questions. */
const ASKER_OID: Record<Org, string> = { demo: "aaaaaaaa-0000-0000-0000-00000000000d", other: "aaaaaaaa-0000-0000-0000-00000000000e" };
const ASKER_ID: Record<Org, string> = { demo: "mj", other: "kv" };

function linked(org: Organisation, personId: string, oid: string): Organisation {
  return { ...org, people: org.people.map((p) => (p.id === personId ? { ...p, aadObjectId: oid } : p)) };
}

interface Row {
  readonly org: Org;
  readonly question: string;
  readonly intent: Intent;
  readonly expect: readonly RegExp[];
  readonly not?: readonly RegExp[];
  /** The answer is a line of text, not a card ("Selv tak."). */
  readonly plain?: true;
}

const ROWS: readonly Row[] = [
  // --- fyrtaarn: who is in first, the absent marked, and who to ask instead ----------------------------------------------
  { org: "demo", question: "hvem er fyrtårn for mitid", intent: "fyrtaarn", expect: [/Spørg Sofie Nielsen/, /Camilla Andersen/, /Fraværende i dag \(syg\)/, /Backup/, /Michael Sørensen/] },
  { org: "demo", question: "who is the lighthouse for passports", intent: "fyrtaarn", expect: [/Lighthouse/, /Sofie Nielsen/, /Pia Christensen/] },
  { org: "other", question: "hvem er fyrtårn for pas", intent: "fyrtaarn", expect: [/Fyrtårnene er væk i dag: spørg Kim Vang \(backup\)/, /Sara Holm/, /ferie/, /Nanna Egholm/, /syg/] },
  { org: "other", question: "hvem er fyrtårn for kulturkontrol torsdag", intent: "fyrtaarn", expect: [/Både fyrtårn og backup er væk torsdag 26\. november: spørg Ahmed Hassan \(faglig koordinator\)/, /Dorte Laursen/, /Fraværende torsdag 26\. november/], not: [/Fraværende i dag/] },
  { org: "other", question: "hvem er backup for enkeltydelser", intent: "fyrtaarn", expect: [/William Larsen/, /Vibeke Kaas/] },
  // Another day with nobody away: the card and its summary still say which day they are about.
  { org: "demo", question: "hvem er fyrtårn for skat i morgen", intent: "fyrtaarn", expect: [/Fagområde · Tirsdag 24\. november/, /Skat, tirsdag 24\. november\./], not: [/Fraværende/] },
  { org: "other", question: "hvem er backup for enkeltydelser fredag", intent: "fyrtaarn", expect: [/Fagområde · Fredag 27\. november/, /William Larsen/] },
  // --- referral ---------------------------------------------------------------------------------------------------------
  { org: "demo", question: "hvor henviser jeg skat", intent: "referral", expect: [/Skattestyrelsen/, /Michael Sørensen/] },
  { org: "other", question: "hvor henviser jeg nødpas", intent: "referral", expect: [/Politiet \(nødpas\)/, /spørg Kim Vang \(backup\)/] },
  // --- cover: an area when someone is away, a person's duties and who does them ---------------------------------------------
  { org: "demo", question: "hvem dækker for Camilla i dag", intent: "cover", expect: [/Hvem dækker for Camilla Andersen mandag 23\. november/, /Camilla Andersen er væk \(syg\)/, /Telefon, Formiddag 08\.00-12\.00: Ingen — hul i rulleplanen/] },
  { org: "demo", question: "Sofie er syg, hvem tager pas?", intent: "cover", expect: [/Fyrtårnet er væk i dag: spørg Pia Christensen \(backup\)/] },
  { org: "other", question: "Sara er på ferie, hvem tager pas?", intent: "cover", expect: [/Fyrtårnene er væk i dag: spørg Kim Vang \(backup\)/, /Sara Holm/] },
  { org: "other", question: "hvem er fyrtårn for sundhedskort når Nanna er syg", intent: "cover", expect: [/spørg Peter Brandt \(backup\)/] },
  { org: "other", question: "hvem dækker for Emma torsdag aften", intent: "cover", expect: [/torsdag 26\. november/, /Emma Mikkelsen er væk \(afspadsering\)/, /Skranken, Aften 15\.00-18\.00: Ingen — hul i rulleplanen/] },
  { org: "other", question: "hvem dækker for Kim onsdag", intent: "cover", expect: [/onsdag 25\. november/, /Skranken, Tidlig 07\.30-10\.00: Kim Vang/, /Udlevering, Sen 12\.30-15\.00: Ingen — hul i rulleplanen/] },
  // The asker's own duty: who does it with the asker away, or that the asker does not have it that day.
  { org: "other", question: "hvem kan tage min skranke i morgen", intent: "cover", expect: [/Hvem dækker for Kim Vang tirsdag 24\. november/, /Skranken, Midt 10\.00-12\.30: Ingen — hul i rulleplanen/], not: [/Udlevering/, /Telefonen/] },
  { org: "demo", question: "hvem kan tage min telefon i morgen", intent: "cover", expect: [/Mette Jensen har ikke Telefon i rulleplanen den dag\./] },
  // --- rota: a day, a duty, a slot, a week ----------------------------------------------------------------------------------
  { org: "demo", question: "hvad er dagens rulleplan", intent: "rota", expect: [/Rulleplan mandag 23\. november 2026/, /Jens Pedersen/, /kursus/, /Camilla Andersen/] },
  { org: "demo", question: "hvem har hotline i eftermiddag", intent: "rota", expect: [/Den Digitale Hotline, Eftermiddag 12\.00-15\.30: Jonas Eriksen/], not: [/Formiddag 08\.00-12\.00: Lars/] },
  { org: "other", question: "hvem har udlevering næste uge", intent: "rota", expect: [/mandag 30\. november/, /Udlevering, Midt 10\.00-12\.30: Sara Nørgaard/, /Udlevering, Sen 12\.30-14\.00: Nanna Egholm/], not: [/Skranken/] },
  { org: "other", question: "hvem står i skranken torsdag aften", intent: "rota", expect: [/Skranken, Aften 15\.00-18\.00: Frida Rasmussen og Emma Mikkelsen \(afspadsering\)/] },
  // --- rota gaps: the coverage module's, named in the answer (issue 11) ------------------------------------------------------
  { org: "demo", question: "hvad er rulleplanen onsdag", intent: "rota", expect: [/Huller i rulleplanen/, /Jens Pedersen \(kursus\) står på Pas- og kørekortudlevering, eftermiddag, og ingen er sat ind i stedet/] },
  // In English a known absence kind is English in the gaps too, not the file's Danish word.
  { org: "demo", question: "what is the rota on wednesday", intent: "rota", expect: [/Gaps in the rota/, /Jens Pedersen \(course\) is on Pas- og kørekortudlevering, eftermiddag, with nobody instead/], not: [/kursus/] },
  { org: "demo", question: "hvem har skranke i morgen", intent: "rota", expect: [/Lars Møller står på både Skranke og Post og bagkontor i formiddag/], not: [/Telefon, eftermiddag/] },
  { org: "demo", question: "rulleplan fredag", intent: "rota", expect: [/Rulleplan fredag 27\. november/], not: [/Huller i rulleplanen/] },
  { org: "other", question: "rulleplanen i morgen", intent: "rota", expect: [/Huller i rulleplanen/, /Kim Vang står på både Skranken og Udlevering i midt/] },
  // A duty that runs only some days: said so, with the next day it runs (the demo's hotline: Monday and Wednesday in week 1).
  // That is the whole answer: not the day's absences (Jens Pedersen is on a course) nor an empty block for the duty.
  { org: "demo", question: "hvem har hotline i morgen", intent: "rota", expect: [/Den Digitale Hotline har ingen vagt tirsdag 24\. november\. Næste gang: onsdag 25\. november\./], not: [/Fravær/, /Jens Pedersen/, /Viser kun/, /ingen vagter i rulleplanen/] },
  { org: "demo", question: "who is on the hotline tomorrow", intent: "rota", expect: [/Den Digitale Hotline is not staffed on Tuesday 24 November\. Next time: Wednesday 25 November\./], not: [/Absences/, /Jens Pedersen/, /Showing only/, /no duties/] },
  { org: "other", question: "hvem har info kl. 14", intent: "rota", expect: [/Informationen, Sen 12\.30-15\.00: Ib Jørgensen/], not: [/Tidlig 07\.30/] },
  // --- duties: the asker's and another person's -------------------------------------------------------------------------------
  { org: "other", question: "hvad skal jeg i dag", intent: "duties", expect: [/Dine vagter/, /Kim Vang/, /Mandag 23\. november: Telefonen, Sen 12\.30-15\.00/] },
  { org: "other", question: "hvad skal jeg denne uge", intent: "duties", expect: [/Onsdag 25\. november: Fraværende \(afspadsering\)/, /Udlevering, Midt 10\.00-12\.30 \(ændret\)/] },
  { org: "demo", question: "hvad skal Anne lave i morgen", intent: "duties", expect: [/Vagter for Anne Kristensen/, /Tirsdag 24\. november: Telefon, Formiddag 08\.00-12\.00/] },
  { org: "other", question: "hvad skal Peter lave i dag", intent: "duties", expect: [/Vagter for Peter Brandt/, /Skranken, Tidlig 07\.30-10\.00/, /Udlevering, Sen 12\.30-15\.00/] },
  // A slot or part of the day asked: only the duties in it, and the heading says which.
  { org: "other", question: "hvad skal Peter lave i eftermiddag", intent: "duties", expect: [/Vagter for Peter Brandt \(Sen 12\.30-15\.00\)/, /Udlevering, Sen 12\.30-15\.00/], not: [/Skranken, Tidlig/] },
  { org: "demo", question: "hvornår har Sofie eftermiddagsvagt", intent: "duties", expect: [/Vagter for Sofie Nielsen \(Eftermiddag 12\.00-15\.30, Eftermiddag 12\.00-17\.00\)/, /Telefon, Eftermiddag 12\.00-15\.30/, /Post og bagkontor, Eftermiddag 12\.00-15\.30/, /Søndag 29\. november/], not: [/Formiddag 08\.00-12\.00/] },
  // --- nextDuty ---------------------------------------------------------------------------------------------------------------
  { org: "other", question: "hvornår har jeg udlevering næste gang", intent: "nextDuty", expect: [/Næste gang med Udlevering/, /Tirsdag 24\. november: Udlevering, Midt 10\.00-12\.30 \(ændret\)/] },
  { org: "demo", question: "hvornår har Peter telefon næste gang", intent: "nextDuty", expect: [/Peter Holm/, /Onsdag 25\. november: Telefon, Eftermiddag 12\.00-15\.30/] },
  // --- absences ---------------------------------------------------------------------------------------------------------------
  { org: "demo", question: "hvem er syg i dag", intent: "absences", expect: [/Syge mandag 23\. november/, /Camilla Andersen/], not: [/Jens Pedersen/] },
  { org: "other", question: "hvem er væk torsdag", intent: "absences", expect: [/Fraværende torsdag 26\. november/, /Sara Holm/, /Ib Jørgensen/, /Dorte Laursen \(Kursus torsdag 26\. november\)/, /Afspadsering torsdag 26\. november \(Aften\)/, /Peter Brandt/], not: [/Nanna Egholm/] },
  { org: "other", question: "hvornår har Martin ferie", intent: "absences", expect: [/Martin Bak/, /Ferie mandag 14\. december til fredag 18\. december/] },
  { org: "other", question: "hvornår har jeg afspadsering", intent: "absences", expect: [/Kim Vang/, /Afspadsering onsdag 25\. november \(Sen\)/] },
  // Nobody matched: one sentence for whom and when, not "Jeg fandt ingen i organisationen".
  { org: "demo", question: "er der nogen syge i morgen", intent: "absences", expect: [/Ingen er meldt syge tirsdag 24\. november\./], not: [/Jeg fandt ingen/] },
  { org: "other", question: "hvornår har Oliver ferie", intent: "absences", expect: [/Oliver \S+ har ingen ferie registreret det næste år\./], not: [/Jeg fandt ingen/] },
  { org: "demo", question: "hvornår har jeg ferie", intent: "absences", expect: [/Du har ingen ferie registreret det næste år\./] },
  { org: "demo", question: "hvem kan jeg spørge om digital post når Anne er væk", intent: "cover", expect: [/spørg Mette Jensen \(faglig koordinator\)/, /Anne Kristensen \(Fraværende i dag \(som du skriver\)\)/], not: [/\(væk\)/] },
  { org: "demo", question: "who can I ask about digital post when Anne is away", intent: "cover", expect: [/Anne Kristensen \(Away today \(as you say\)\)/], not: [/\(away\)/] },
  { org: "demo", question: "hvad er Mettes mail", intent: "contact", expect: [/Mette Jensen, Faglig koordinator, Borgerservice\. E-mail: mj@eksempel\.dk\./] },
  { org: "other", question: "what is Ahmed's email", intent: "contact", expect: [/Ahmed Hassan, Faglig koordinator\. Email: aha@fjordby\.dk\./] },
  { org: "demo", question: "hvilke områder er Anne fyrtårn for", intent: "personAreas", expect: [/Anne Kristensen, Borgerservicemedarbejder\. Fyrtårn for: Valg og Digital Post\./] },
  { org: "demo", question: "hvem er Annes koordinator", intent: "role", expect: [/Anne Kristensens faglige koordinator: Mette Jensen\./], not: [/Kirsten Poulsen/] },
  { org: "demo", question: "hvem er min leder", intent: "role", expect: [/Din sektionsleder: Helle Bach Larsen\./] },
  { org: "demo", question: "hvem er Helles leder", intent: "role", expect: [/Helle Bach Larsen har ingen sektionsleder over sig i organisationen\./], not: [/Jeg fandt ingen/] },
  { org: "other", question: "hvem er Rikkes leder", intent: "role", expect: [/Rikke Søgaards sektionsleder: Birgit Aagaard\./] },
  { org: "other", question: "who is Martin's coordinator", intent: "role", expect: [/Martin Bak has no professional coordinator above them in the organisation\./], not: [/I found nobody/] },
  { org: "demo", question: "hvem har ferie mellem jul og nytår", intent: "absences", expect: [/På ferie søndag 27\. december til onsdag 30\. december: Anne Kristensen/, /Kirsten Poulsen/] },
  { org: "demo", question: "hvem har ferie i juli", intent: "absences", expect: [/På ferie torsdag 1\. juli til lørdag 31\. juli: Lars Møller/], not: [/Julie Dam/] },
  { org: "demo", question: "who is away over christmas", intent: "absences", expect: [/Away Thursday 24 December to Saturday 26 December: Anne Kristensen/] },
  { org: "other", question: "is anyone off sick next week", intent: "absences", expect: [/Nobody is off sick from Monday 30 November to Sunday 6 December\./] },
  // --- atWork -----------------------------------------------------------------------------------------------------------------
  { org: "demo", question: "er Jens på arbejde i dag", intent: "atWork", expect: [/Nej, Jens Pedersen er væk mandag 23\. november \(kursus\) til og med onsdag 25\. november/] },
  { org: "other", question: "er Kim på arbejde onsdag", intent: "atWork", expect: [/Kim Vang er på arbejde onsdag 25\. november, men væk i Sen \(afspadsering\)/] },
  { org: "other", question: "er Ahmed på arbejde i dag", intent: "atWork", expect: [/Ja, Ahmed Hassan er på arbejde mandag 23\. november/] },
  // --- role, members, title ---------------------------------------------------------------------------------------------------
  { org: "demo", question: "hvem er faglig koordinator", intent: "role", expect: [/Faglige koordinatorer/, /Mette Jensen/, /Kirsten Poulsen/] },
  { org: "demo", question: "hvem er AMR", intent: "role", expect: [/Arbejdsmiljørepræsentant \(AMR\)/, /Louise Thomsen/] },
  { org: "other", question: "hvem er TR", intent: "role", expect: [/Tillidsrepræsentant \(TR\)/, /Peter Brandt/] },
  { org: "other", question: "hvem er koordinator i ydelsesteamet", intent: "role", expect: [/Lone Dahl/], not: [/Ahmed Hassan/] },
  { org: "demo", question: "hvem er i Ydelseskontoret", intent: "members", expect: [/Medarbejdere i Ydelseskontoret/, /Kirsten Poulsen/, /Morten Larsen/], not: [/Anne Kristensen/] },
  { org: "other", question: "hvem er i Jobservice", intent: "members", expect: [/Medarbejdere i Jobservice/, /Martin Bak/, /Stine Juhl/, /Ali Ertan/, /Karen Nedergaard/, /Dennis Holt/], not: [/Kim Vang/] },
  { org: "other", question: "hvem er centerchef", intent: "title", expect: [/Centerchef/, /Birgit Aagaard/], not: [/Rikke Søgaard/] },
  { org: "demo", question: "hvem er ydelsessagsbehandler", intent: "title", expect: [/Ydelsessagsbehandler/, /Morten Larsen/, /Karina Kjær/], not: [/Anne Kristensen/] },
  // --- contact, personAreas, competence -----------------------------------------------------------------------------------------
  { org: "demo", question: "hvad er Mettes telefonnummer", intent: "contact", expect: [/Mette Jensen/, /\+45 63 33 71 01/, /tel:\+4563337101/] },
  { org: "other", question: "hvem er Sara", intent: "contact", expect: [/Der er 2 med navnet Sara/, /Sara Holm/, /Sara Nørgaard/] },
  { org: "other", question: "Sara Nørgaards mail", intent: "contact", expect: [/sno@fjordby\.dk/], not: [/Sara Holm/] },
  { org: "demo", question: "hvilke områder er Sofie fyrtårn for", intent: "personAreas", expect: [/Sofie Nielsen/, /Pas, Kørekort, MitID, Folkeregister/] },
  { org: "other", question: "hvad er Carsten fyrtårn for", intent: "personAreas", expect: [/Carsten Vinther/, /MitID/] },
  { org: "demo", question: "who speaks Arabic", intent: "competence", expect: [/Camilla Andersen and Tina Winther/] },
  { org: "other", question: "who speaks Arabic", intent: "competence", expect: [/Ahmed Hassan and Yasmin Omar/] },
  { org: "other", question: "hvem kan tegnsprog", intent: "competence", expect: [/tegnsprog/, /Nanna Egholm/] },
  // Nobody has it: one sentence naming the word asked, not "Jeg forstod ikke".
  { org: "demo", question: "hvem kan tyrkisk", intent: "competence", expect: [/Ingen i organisationen har tyrkisk registreret som kompetence\./], not: [/forstod ikke/] },
  { org: "other", question: "who speaks German", intent: "competence", expect: [/Nobody in the organisation has german registered as a competence\./], not: [/understand/] },
  // --- meetings and checks ------------------------------------------------------------------------------------------------------
  { org: "demo", question: "hvornår er næste personalemøde", intent: "nextMeeting", expect: [/Personalemøde, tirsdag 1\. december kl\. 15\.30-16\.30, Kantinen/] },
  { org: "other", question: "hvornår er næste teammøde", intent: "nextMeeting", expect: [/Teammøde i Kundecentret/, /fredag 11\. december/, /Kantinen/] },
  // Checks count from the day they first appear in an import (issue 11): this week's MitID round is due, none missed.
  { org: "demo", question: "hvilke kontroller mangler", intent: "checks", expect: [/Kontroller, der mangler/, /Ledelseskontrol af MitID-udstedelser/, /Frist torsdag 26\. november/] },
  { org: "other", question: "hvilke kontroller mangler", intent: "checks", expect: [/Kontroller, der mangler/, /Alle kontroller er udført/] },
  { org: "demo", question: "vis kontrol mitid", intent: "check", expect: [/Ledelseskontrol af MitID-udstedelser/, /Ansvarlig: Mette Jensen/, /Frist torsdag 26\. november/] },
  { org: "other", question: "vis kontrol mitid", intent: "check", expect: [/Ledelseskontrol af MitID-udstedelser/, /Ansvarlig: Ahmed Hassan/] },
  // --- help, greeting, unknown --------------------------------------------------------------------------------------------------
  { org: "demo", question: "hjælp", intent: "help", expect: [/Hvem er fyrtårn for Opkrævning\?/, /Hvad er dagens rulleplan\?/] },
  { org: "other", question: "help", intent: "help", expect: [/Who is the lighthouse for Pas og kørekort\?/] },
  { org: "demo", question: "hej", intent: "greeting", expect: [/TextBlock Hej heading/, /Jeg finder fyrtårne, kolleger og rulleplanen for Borgerservice & Ydelse/, /Prøv at spørge/] },
  { org: "other", question: "hello", intent: "greeting", expect: [/TextBlock Hi heading/, /Try asking/] },
  // --- thanks and "ok": a line back, not the help card ---------------------------------------------------------------------
  { org: "demo", question: "tusind tak for hjælpen", intent: "thanks", expect: [/^Selv tak\. Skriv bare, hvis der er mere\.$/], plain: true },
  { org: "other", question: "thanks!", intent: "thanks", expect: [/^You're welcome\./], plain: true },
  { org: "demo", question: "perfekt", intent: "acknowledged", expect: [/^Godt\. Skriv bare, hvis der er mere\.$/], plain: true },
  { org: "other", question: "ok", intent: "acknowledged", expect: [/^Godt\./], plain: true },
  { org: "demo", question: "hvem er fyrtårn for flyvemaskiner", intent: "unknown", expect: [/Jeg forstod ikke helt spørgsmålet/, /fyrtårn/] },
  { org: "other", question: "hvad koster en is", intent: "unknown", expect: [/Jeg forstod ikke helt spørgsmålet/] },
];

describe("Every answerer through /api/messages (demo and the second organisation)", () => {
  const apps = new Map<Org, App>();
  const logLines: string[] = [];
  const logger = pino({ level: "info" }, new Writable({ write: (chunk, _enc, done) => (logLines.push(chunk.toString()), done()) }));
  let conversation = 0;

  before(async () => {
    const env = { ORG_REFRESH_SECONDS: "3600" };
    apps.set("demo", await startTestApp({ organisation: linked(demoOrganisation(), ASKER_ID.demo, ASKER_OID.demo), clock: () => MONDAY_MORNING, logger, env }));
    apps.set("other", await startTestApp({ organisation: linked(otherOrganisation(), ASKER_ID.other, ASKER_OID.other), clock: () => MONDAY_MORNING, logger, env }));
  });
  after(async () => {
    for (const app of apps.values()) await app.close();
  });

  it("when the table is read, then every intent of ANSWERERS is asked at least once, and on both organisations where it applies", () => {
    const asked = new Set(ROWS.map((r) => r.intent));
    assert.deepEqual(Object.keys(ANSWERERS).filter((intent) => !asked.has(intent as Intent)), []);
    const onBoth = Object.keys(ANSWERERS).filter((intent) => ["demo", "other"].every((org) => ROWS.some((r) => r.intent === intent && r.org === org)));
    assert.ok(onBoth.length >= Object.keys(ANSWERERS).length - 2, `only on one organisation: ${Object.keys(ANSWERERS).filter((i) => !onBoth.includes(i))}`);
  });

  for (const row of ROWS) {
    it(`when "${row.question}" is asked (${row.org}), then the ${row.intent} answerer replies with what the user needs`, async () => {
      conversation += 1;
      logLines.length = 0;
      const replies = await ask(apps.get(row.org)!, row.question, {
        conversation: { id: `a:answerers-${conversation}`, conversationType: "personal" },
        from: { id: `29:answerers-${row.org}`, name: "Spørger", aadObjectId: ASKER_OID[row.org] },
      });
      assert.equal(replies.length, 1, "one message per answer");
      const [reply] = replies;
      if (row.plain) {
        assert.equal(reply.attachments, undefined);
      } else {
        assert.equal(reply.attachments?.[0]?.contentType, "application/vnd.microsoft.card.adaptive");
        assert.equal(reply.text, undefined);
        assert.ok(reply.summary.length > 0);
      }
      const turn = logLines.map((l) => JSON.parse(l) as { msg?: string; intent?: string }).find((l) => l.msg === "turn");
      assert.equal(turn?.intent, row.intent);
      const text = row.plain ? reply.text : cardText(reply);
      for (const pattern of row.expect) assert.match(text, pattern);
      for (const pattern of row.not ?? []) assert.doesNotMatch(text, pattern);
      await apps.get(row.org)!.contexts.settled();
    });
  }
});
