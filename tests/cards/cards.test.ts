import { strict as assert } from "node:assert";
import type { AdaptiveCard, Lang } from "../../bot/src/cards/cardData";
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { cardStrings, validateCard } from "../helpers/cardValidation";
import * as F from "./fixtures";

const LANGS: readonly Lang[] = ["da", "en"];

/** A card rendered from sample data, the words it must show in Danish, and the summary for the reply text. */
interface CardCase {
  readonly name: string;
  readonly card: (lang: Lang) => AdaptiveCard;
  readonly summary: (lang: Lang) => string;
  /** Strings that must appear in the Danish card (texts, fact values, urls, imBack values). */
  readonly da: readonly string[];
  /** Strings that must appear in the English card. */
  readonly en?: readonly string[];
  /** Strings that must not appear in the Danish card. */
  readonly notDa?: readonly string[];
}

const myWeek = {
  person: "Mette Jensen",
  days: [
    { date: "2026-11-23", duties: [{ duty: "Skranke", slot: "Formiddag", start: "08:00", end: "12:00" }] },
    { date: "2026-11-24", duties: [] },
    {
      date: "2026-11-26",
      duties: [
        { duty: "Telefon", slot: "Formiddag", start: "08:00", end: "12:00" },
        { duty: "Den Digitale Hotline", slot: "Eftermiddag", start: "12:00", end: "17:00", changed: true },
      ],
    },
    { date: "2026-11-27", duties: [], absent: "ferie" },
    { date: "2026-12-25", duties: [], dayOff: { reason: "holiday" as const, holidayName: "Juledag" } },
  ],
};

const lokalMed = F.lokalMed;
const faggruppe = { title: "Faggruppemøde i Borgerservice", date: "2026-12-03", start: "09:00", minutes: 60 };

const exampleNames = { area: "Valg", duty: "Skranke", person: "Mette", competence: "budget", meeting: "Lokal-MED" };

const unknownData = {
  understood: [
    { kind: "area" as const, text: "Pas" },
    { kind: "date" as const, text: "i morgen" },
  ],
  suggestions: ["Hvem er fyrtårn for Pas?", "Kan vi straks-afklare Pas?", "Hvad er rulleplanen i morgen?"],
};

const escalation = {
  title: "Ledelseskontrol af MitID-udstedelser",
  period: { kind: "week" as const, week: 47 },
  due: "2026-11-26",
  daysOverdue: 3,
  owner: F.mette,
};

/** The card and summary functions of a case, bound to one piece of data so card and summary always agree. */
function cardCase<D>(
  renderCard: (data: D, lang: Lang) => AdaptiveCard,
  summarise: (data: D, lang: Lang) => string,
  data: D,
): Pick<CardCase, "card" | "summary"> {
  return { card: (lang) => renderCard(data, lang), summary: (lang) => summarise(data, lang) };
}

const CASES: readonly CardCase[] = [
  {
    name: "person, full",
    ...cardCase(render.renderPersonCard, summaries.personSummary, F.personFull),
    da: [
      "Mette Jensen",
      "Faglig koordinator",
      "Borgerservice",
      "tel:+4563337001",
      "mailto:mj@eksempel.dk",
      "https://teams.microsoft.com/l/chat/0/0?users=mj@eksempel.dk",
      "MitID / NemID, Kørekort",
      "Pas",
      "rulleplan, ledelseskontrol, ferieplan",
      "Tillidsrepræsentant (TR)",
      "Fraværende i dag (ferie) til og med fredag 27. november",
    ],
    en: ["Professional coordinator", "Away today (holiday) until Friday 27 November", "Union representative (TR)", "Lighthouse for"],
  },
  {
    name: "person, without contact data or areas",
    ...cardCase(render.renderPersonCard, summaries.personSummary, F.personMinimal),
    da: ["Søren Ærbøl", "Medarbejder"],
    notDa: ["tel:", "mailto:", "Fyrtårn for", "Fraværende"],
  },
  {
    name: "person, whose title is the role and nothing else is known",
    ...cardCase(render.renderPersonCard, summaries.personSummary, {
      person: { name: "Helle Bach Larsen", title: "Sektionsleder" },
      role: "sektionsleder",
      fyrtaarnFor: [],
      backupFor: [],
      competences: [],
      tillidshverv: [],
    }),
    da: ["Helle Bach Larsen", "Sektionsleder"],
    notDa: ["Rolle"],
  },
  {
    name: "people list, koordinatorer",
    ...cardCase(render.renderPeopleListCard, summaries.peopleListSummary, {
      topic: { kind: "role", role: "koordinator" },
      people: [F.mette, { ...F.longName, absentToday: "kursus", detail: "Borgerservice" }],
    }),
    da: ["Faglige koordinatorer", "Mette Jensen", "Faglig koordinator · +45 63 33 70 01", "tel:+4563337001", F.longName.name, "Fraværende i dag (kursus)"],
    en: ["Professional coordinators", "Away today (course)"],
  },
  {
    name: "people list, competence with a note",
    ...cardCase(render.renderPeopleListCard, summaries.peopleListSummary, {
      topic: { kind: "competence", competence: "budget" },
      people: [{ ...F.helle, detail: "budget, økonomi" }],
      note: "Spørg også økonomikonsulenten.",
    }),
    da: ["Kan noget om budget", "Helle Bach Larsen", "budget, økonomi", "Spørg også økonomikonsulenten.", "tel:+4563337000"],
    en: ["Knows about budget"],
  },
  {
    name: "people list, empty",
    ...cardCase(render.renderPeopleListCard, summaries.peopleListSummary, { topic: { kind: "tillidshverv", tillidshverv: "amr" }, people: [] }),
    da: ["Arbejdsmiljørepræsentanter (AMR)", "Jeg fandt ingen i organisationen, der passer."],
  },
  {
    name: "area, fyrtårn away",
    ...cardCase(render.renderAreaCard, summaries.areaSummary, F.areaValg),
    da: [
      "Valg",
      "Anne Kristensen",
      "Fraværende i dag (ferie) — kontakt backup",
      "Peter Hansen",
      "tel:63337013",
      "https://teams.microsoft.com/l/chat/0/0?users=ph@eksempel.dk",
      "Fronten kan straks-afklare",
      "Brevstemme kan afgives ved skranken uden tidsbestilling.",
      "Arbejdsgang: brevstemmer",
      "https://intra.eksempel.dk/valg",
    ],
    en: ["Away today (holiday) — contact the backup", "The front desk can settle at once"],
    notDa: ["Henvis til"],
  },
  {
    name: "area on another day, both fyrtårne away",
    ...cardCase(render.renderAreaCard, summaries.areaSummary, {
      ...F.areaValg,
      fyrtaarne: [{ ...F.anne, absentToday: "ferie" }, { ...F.longName, absentToday: "syg" }],
      askInstead: { name: "Peter Hansen", as: "backup" },
      date: "2026-11-26",
    }),
    da: ["Fyrtårnene er væk torsdag 26. november: spørg Peter Hansen (backup).", "Fraværende torsdag 26. november (ferie) — kontakt backup", "Fraværende torsdag 26. november (syg) — kontakt backup"],
    en: ["The lighthouses are away Thursday 26 November: ask Peter Hansen (backup).", "Away on Thursday 26 November (holiday) — contact the backup"],
    notDa: ["i dag"],
  },
  {
    name: "area, referral with nobody named",
    ...cardCase(render.renderAreaCard, summaries.areaSummary, F.areaSkat),
    da: ["Skat", "Henvis til", "Skattestyrelsen (skat.dk eller 72 22 18 18)", "Der er ikke udpeget nogen."],
    notDa: ["Fronten kan straks-afklare"],
  },
  {
    name: "area, referral with nothing written down and everyone away",
    ...cardCase(render.renderAreaCard, summaries.areaSummary, F.areaEmpty),
    da: [
      "Der er ikke beskrevet, hvad fronten kan straks-afklare om Udvidet helbredstillæg. Spørg fyrtårnet.",
      F.longName.name,
      "Fraværende i dag (kursus)",
      "Fraværende i dag (syg)",
    ],
    notDa: ["kontakt backup"],
  },
  {
    name: "rota day",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, F.rotaMonday),
    da: [
      "Rulleplan mandag 23. november 2026",
      "Formiddag 08.00-12.00",
      "Eftermiddag 12.00-15.30",
      "Skranke",
      "Lars Møller (syg)",
      "ændret",
      "under minimum (0 af 2)",
      "under minimum",
      "Ingen",
      "Fravær",
      "Lars Møller: syg (hele dagen)",
      "Anne Kristensen: kursus (Eftermiddag)",
      "Åse Øberg",
    ],
    en: ["Rota for Monday 23 November 2026", "Formiddag 08:00-12:00", "Lars Møller (sick)", "changed", "below minimum (0 of 2)", "Nobody"],
  },
  {
    name: "rota day, weekend shows Monday",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, F.rotaWeekend),
    da: ["Lørdag 21. november er weekend — her er rulleplanen for mandag 23. november."],
    en: ["Saturday 21 November is a weekend day — here is the rota for Monday 23 November."],
    notDa: ["Fravær"],
  },
  {
    name: "rota day, holiday with a note",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, F.rotaHoliday),
    da: ["Juledag (fredag 25. december) er helligdag — her er rulleplanen for mandag 28. december.", "Husk: kortere åbningstid mellem jul og nytår."],
  },
  {
    name: "rota day, filtered to one duty and one slot",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, { ...F.rotaMonday, only: { duty: "skranke", slot: "em" } }),
    da: ["Viser kun: Skranke, Eftermiddag 12.00-15.30", "Lars Møller (syg)"],
    notDa: ["Telefon", "Formiddag 08.00-12.00"],
  },
  {
    name: "rota day, 12 duties and 8 slots",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, F.rotaManySlots),
    da: ["Opgave 12", "Tid 8 15.00-16.00", "Kollega 11-s6"],
  },
  {
    name: "rota day, no duties",
    ...cardCase(render.renderRotaDayCard, summaries.rotaDaySummary, { date: "2026-11-25", slots: F.slots, duties: [], absences: [] }),
    da: ["Rulleplan onsdag 25. november 2026", "Der er ingen vagter i rulleplanen denne dag."],
  },
  {
    name: "my duties, a week",
    ...cardCase(render.renderMyDutiesCard, summaries.myDutiesSummary, myWeek),
    da: [
      "Dine vagter",
      "Mette Jensen",
      "Mandag 23. november",
      "Skranke, Formiddag 08.00-12.00",
      "Den Digitale Hotline, Eftermiddag 12.00-17.00 (ændret)",
      "Ingen vagter",
      "Fraværende (ferie)",
      "Helligdag: Juledag",
      "Fredag 27. november",
    ],
    en: ["Your duties", "Monday 23 November", "Skranke, Formiddag 08:00-12:00", "No duties", "Away (holiday)"],
  },
  {
    name: "my duties, one empty day",
    ...cardCase(render.renderMyDutiesCard, summaries.myDutiesSummary, { person: "Søren Ærbøl", days: [{ date: "2026-11-24", duties: [] }] }),
    da: ["Tirsdag 24. november", "Ingen vagter"],
  },
  {
    name: "meetings",
    ...cardCase(render.renderMeetingsCard, summaries.meetingsSummary, { meetings: [lokalMed, faggruppe] }),
    da: [
      "Næste møder",
      "Lokal-MED",
      "Tirsdag 8. december kl. 14.00-15.30",
      "Sted: Mødelokale 2",
      "Frist for punkter: tirsdag 24. november",
      "https://intra.eksempel.dk/med/dagsorden",
      "Faggruppemøde i Borgerservice",
      "Torsdag 3. december kl. 09.00-10.00",
    ],
    en: ["Upcoming meetings", "Tuesday 8 December, 14:00-15:30", "Place: Mødelokale 2"],
  },
  {
    name: "meetings, none",
    ...cardCase(render.renderMeetingsCard, summaries.meetingsSummary, { meetings: [] }),
    da: ["Der er ingen møder i den nærmeste tid."],
  },
  {
    name: "checks, missing",
    ...cardCase(render.renderChecksCard, summaries.checksSummary, { scope: "missing", groups: F.checkGroups, today: "2026-11-23" }),
    da: [
      "Kontroller, der mangler",
      "RA-brugere og rettigheder",
      "Ansvarlig: Pia Holm",
      "3. kvartal 2026: Over fristen (fredag 13. november)",
      "Uge 47: Frist torsdag 26. november",
      "Oktober 2026: Udført",
      "Uge 52 2025: Ikke udført (frist fredag 2. januar)",
      "Åbne afvigelser",
      "September 2026: Afvigelse: Mangelfuld dokumentation — Gennemgås med medarbejderen — Frist for opfølgning: fredag 20. november (overskredet)",
    ],
    en: ["Checks not yet done", "Q3 2026: Overdue (due Friday 13 November)", "Responsible: Pia Holm", "October 2026: Done", "Open deviations"],
  },
  {
    name: "checks, none this week",
    ...cardCase(render.renderChecksCard, summaries.checksSummary, { scope: "thisWeek", groups: [] }),
    da: ["Kontroller denne uge", "Der er ingen kontroller denne uge."],
  },
  {
    name: "help, with names from the organisation",
    ...cardCase(render.renderHelpCard, summaries.helpSummary, { examples: exampleNames }),
    da: ["Det kan jeg hjælpe med", "Prøv at spørge", "Hvem er fyrtårn for Valg?", "Hvem har Skranke i eftermiddag?", "Hvem kan noget om budget?", "Hvornår er næste Lokal-MED?"],
    en: ["What I can help with", "Who is the lighthouse for Valg?", "What is Mette's phone number?"],
  },
  {
    name: "help, without names",
    ...cardCase(render.renderHelpCard, summaries.helpSummary, {}),
    da: ["Hvad er dagens rulleplan?", "Hvornår er næste møde?", "Hvilke kontroller mangler?"],
    notDa: ["Hvem er fyrtårn for"],
  },
  {
    name: "welcome",
    ...cardCase(render.renderWelcomeCard, summaries.welcomeSummary, { firstName: "Åse", organisation: "Borgerservice & Ydelse", examples: exampleNames }),
    da: ["Hej Åse", "Borgerservice & Ydelse", "Det kan jeg hjælpe med", "Del aldrig CPR-numre i chatten."],
    en: ["Hi Åse"],
  },
  {
    name: "unknown, with what it understood",
    ...cardCase(render.renderUnknownCard, summaries.unknownSummary, unknownData),
    da: ["Jeg forstod ikke helt spørgsmålet.", "Det fangede jeg", "Fagområde", "Pas", "Dato", "i morgen", "Mente du …?", "Hvem er fyrtårn for Pas?", "Vis hvad jeg kan", "hjælp"],
    en: ["I didn't quite understand the question.", "Did you mean …?", "help"],
  },
  {
    name: "unknown, nothing understood",
    ...cardCase(render.renderUnknownCard, summaries.unknownSummary, { understood: [], suggestions: [] }),
    da: ["Jeg genkendte ingen fagområder, personer eller datoer i spørgsmålet.", "Vis hvad jeg kan"],
    notDa: ["Mente du …?"],
  },
  {
    name: "CPR warning",
    card: (lang) => render.renderCprWarningCard(lang),
    summary: (lang) => summaries.cprWarningSummary(lang),
    da: ["Del ikke CPR-numre i chatten", "Jeg har ikke gemt det."],
    en: ["Please don't share CPR numbers in chat"],
  },
  {
    name: "error, storage unavailable",
    ...cardCase(render.renderErrorCard, summaries.errorSummary, { kind: "unavailable" }),
    da: ["Jeg kan ikke slå op lige nu", "Prøv igen om lidt."],
    en: ["I can't look things up right now"],
  },
  {
    name: "error, failed",
    ...cardCase(render.renderErrorCard, summaries.errorSummary, { kind: "failed" }),
    da: ["Det gik ikke"],
  },
  {
    name: "error, unknown user",
    ...cardCase(render.renderErrorCard, summaries.errorSummary, { kind: "unknownUser", email: "ny.kollega@eksempel.dk" }),
    da: ["Jeg kan ikke finde dig i organisationen", "ny.kollega@eksempel.dk"],
  },
  {
    name: "meeting reminder",
    ...cardCase(render.renderMeetingReminderCard, summaries.meetingReminderSummary, F.meetingReminder),
    da: [
      "Lokal-MED",
      "Tirsdag 8. december kl. 14.00-15.30",
      "Mødelokale 2",
      "tirsdag 24. november",
      "Status på APV og trivselsmåling",
      "Foreslået af Helle Bach Larsen 20.11.2026 kl. 09.14",
      "Foreslået af Søren Ærbøl 21.11.2026 kl. 14.05",
      "Foreslå et punkt til dagsordenen",
      "Foreslå punkt",
      "Åbn dagsordenen",
    ],
    en: ["Tuesday 8 December, 14:00-15:30", "Proposed by Helle Bach Larsen 20 Nov 2026 09:14", "Propose item"],
    notDa: ["Tak. Dit punkt er tilføjet."],
  },
  {
    name: "meeting reminder, just proposed, no items before",
    ...cardCase(render.renderMeetingReminderCard, summaries.meetingReminderSummary, { ...F.meetingReminder, items: [], justProposed: true, agendaUrl: undefined, place: undefined }),
    da: ["Tak. Dit punkt er tilføjet.", "Ingen punkter endnu."],
    notDa: ["Åbn dagsordenen", "Sted"],
  },
  {
    name: "meeting reminder, agenda closed",
    ...cardCase(render.renderMeetingReminderCard, summaries.meetingReminderSummary, { ...F.meetingReminder, agendaClosed: true }),
    da: ["Fristen for punkter er overskredet."],
    notDa: ["Foreslå punkt"],
  },
  {
    name: "check reminder, open",
    ...cardCase(render.renderCheckReminderCard, summaries.checkReminderSummary, F.checkOpen),
    da: [
      "Ledelseskontrol af MitID-udstedelser",
      "uge 47",
      "5",
      "torsdag 26. november 2026",
      "Mette Jensen",
      "Sådan gør du",
      F.checkOpen.instructions,
      "Antal kontrollerede stikprøver",
      "Resultat",
      "Afvigelse",
      "Fund",
      "Opfølgning",
      "Markér som udført",
    ],
    en: ["week 47", "Mark as done", "Deviation"],
    notDa: ["Fristen er overskredet.", "Udført af"],
  },
  {
    name: "check reminder, overdue",
    ...cardCase(render.renderCheckReminderCard, summaries.checkReminderSummary, { ...F.checkOpen, overdue: true, period: undefined, sample: undefined }),
    da: ["Fristen er overskredet.", "Markér som udført"],
    notDa: ["Periode", "Stikprøve"],
  },
  {
    name: "check reminder, completed",
    ...cardCase(render.renderCheckReminderCard, summaries.checkReminderSummary, F.checkCompleted),
    da: [
      "Udført af Mette Jensen 24.11.2026 kl. 10.12 — OK, 5 stikprøver",
      "Ingen afvigelser. Sag 2026-1182 manglede ID-type, rettet samme dag.",
      "Gennemgås på faggruppemødet.",
    ],
    en: ["Done by Mette Jensen 24 Nov 2026 10:12 — OK, 5 samples"],
    notDa: ["Markér som udført", "Sådan gør du"],
  },
  {
    name: "check reminder, completed with a deviation and no findings",
    ...cardCase(render.renderCheckReminderCard, summaries.checkReminderSummary, {
      ...F.checkOpen,
      state: { kind: "completed", completion: { by: "Lars Møller", at: "2026-07-01T06:05:00Z", result: "deviation", sampleChecked: 1 } },
    }),
    da: ["Udført af Lars Møller 01.07.2026 kl. 08.05 — afvigelse, 1 stikprøve"],
    notDa: ["Fund", "Opfølgning"],
  },
  {
    name: "check reminder, not allowed",
    ...cardCase(render.renderCheckReminderCard, summaries.checkReminderSummary, F.checkNotAllowed),
    da: [
      "Kun Mette Jensen (ansvarlig), faglig koordinator Lars Møller eller sektionsleder Helle Bach Larsen kan markere kontrollen som udført. Skriv gerne til en af dem.",
      "Fristen er overskredet.",
    ],
    en: ["Only Mette Jensen (responsible), the professional coordinator Lars Møller or the section leader Helle Bach Larsen can mark this check as done."],
    notDa: ["Markér som udført", "Antal kontrollerede stikprøver"],
  },
  {
    name: "escalation",
    ...cardCase(render.renderEscalationCard, summaries.escalationSummary, escalation),
    da: [
      "Kontrol over fristen",
      "Ledelseskontrol af MitID-udstedelser (uge 47) er 3 dage over fristen.",
      "torsdag 26. november 2026",
      "Mette Jensen",
      "tel:+4563337001",
      "https://teams.microsoft.com/l/chat/0/0?users=mj@eksempel.dk",
    ],
    en: ["Check overdue", "Ledelseskontrol af MitID-udstedelser (week 47) is 3 days overdue."],
  },
  {
    name: "weekly digest",
    ...cardCase(render.renderDigestCard, summaries.digestSummary, F.digest),
    da: [
      "Ugens overblik, uge 48",
      "Godmorgen Mette. Her er ugens kontroller og møder.",
      "Kontroller over fristen",
      "RA-brugere og rettigheder (3. kvartal 2026) — frist fredag 13. november — Pia Holm",
      "Kontroller med frist denne uge",
      "Ledelseskontrol af MitID-udstedelser (uge 47) — frist torsdag 26. november — Mette Jensen",
      "Kontrol af opslag i CPR og sagssystemer (oktober 2026) — frist fredag 27. november — Lars Møller — Udført",
      "Kommende møder",
      "Lokal-MED — tirsdag 8. december kl. 14.00-15.30, Mødelokale 2",
    ],
    en: ["This week, week 48", "Overdue checks", "RA-brugere og rettigheder (Q3 2026) — due Friday 13 November — Pia Holm"],
  },
  {
    name: "weekly digest, all empty",
    ...cardCase(render.renderDigestCard, summaries.digestSummary, { week: 1, dueThisWeek: [], overdue: [], meetings: [] }),
    da: ["Ugens overblik, uge 1", "Godmorgen. Her er ugens kontroller og møder.", "Ingen"],
  },
];

function assertContains(card: AdaptiveCard, expected: readonly string[]): void {
  const strings = cardStrings(card);
  for (const text of expected) {
    assert.ok(
      strings.some((value) => value.includes(text)),
      `expected ${JSON.stringify(text)} in the card; it shows:\n  ${strings.join("\n  ")}`,
    );
  }
}

function assertNotContains(card: AdaptiveCard, unexpected: readonly string[]): void {
  const strings = cardStrings(card);
  for (const text of unexpected) {
    const hit = strings.find((value) => value.includes(text));
    assert.equal(hit, undefined, `did not expect ${JSON.stringify(text)} in the card, found it in ${JSON.stringify(hit)}`);
  }
}

describe("cards", () => {
  describe("every card expands and validates", () => {
    for (const testCase of CASES) {
      for (const lang of LANGS) {
        it(`when the ${testCase.name} card is rendered in ${lang}, then the adaptivecards library and our checks find no problems`, () => {
          assert.deepEqual(validateCard(testCase.card(lang)), []);
        });
      }
    }
  });

  describe("every card shows its content", () => {
    for (const testCase of CASES) {
      it(`when the ${testCase.name} card is rendered, then it shows what it must in Danish and English`, () => {
        const da = testCase.card("da");
        assertContains(da, testCase.da);
        assertNotContains(da, testCase.notDa ?? []);
        if (testCase.en) assertContains(testCase.card("en"), testCase.en);
      });
    }
  });

  describe("every card has a summary", () => {
    for (const testCase of CASES) {
      for (const lang of LANGS) {
        it(`when the ${testCase.name} card is rendered in ${lang}, then its summary is short plain text and is the card's fallbackText`, () => {
          const summary = testCase.summary(lang);
          assert.ok(summary.trim().length > 0, "summary is empty");
          assert.ok(!summary.includes("${"), summary);
          assert.ok(!summary.includes("undefined"), summary);
          assert.ok(summary.length <= 700, `summary is ${summary.length} characters: ${summary}`);
          assert.equal(testCase.card(lang).fallbackText, summary);
          assert.equal(testCase.card(lang).lang, lang);
        });
      }
    }
  });
});
