// The card tests' cases for answers to questions: people, areas, the rota, meetings, checks, help, errors.
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { casesOf, type CardCase } from "./cardCase";
import * as F from "./fixtures";

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

export const ANSWER_CASES: readonly CardCase[] = [
  ...casesOf(render.renderPersonCard, summaries.personSummary, [
    {
      name: "person, full",
      data: F.personFull,
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
      data: F.personMinimal,
      da: ["Søren Ærbøl", "Medarbejder"],
      notDa: ["tel:", "mailto:", "Fyrtårn for", "Fraværende"],
    },
    {
      name: "person, whose title is the role and nothing else is known",
      data: {
        person: { name: "Helle Bach Larsen", title: "Sektionsleder" },
        role: "sektionsleder",
        fyrtaarnFor: [],
        backupFor: [],
        competences: [],
        tillidshverv: [],
      },
      da: ["Helle Bach Larsen", "Sektionsleder"],
      notDa: ["Rolle"],
    },
  ]),
  ...casesOf(render.renderPeopleListCard, summaries.peopleListSummary, [
    {
      name: "people list, koordinatorer",
      data: {
        topic: { kind: "role", role: "koordinator" },
        people: [F.mette, { ...F.longName, absentToday: "kursus", detail: "Borgerservice" }],
      },
      da: ["Faglige koordinatorer", "Mette Jensen", "Faglig koordinator · +45 63 33 70 01", "tel:+4563337001", F.longName.name, "Fraværende i dag (kursus)"],
      en: ["Professional coordinators", "Away today (course)"],
    },
    {
      name: "people list, competence with a note",
      data: {
        topic: { kind: "competence", competence: "budget" },
        people: [{ ...F.helle, detail: "budget, økonomi" }],
        note: "Spørg også økonomikonsulenten.",
      },
      da: ["Kan noget om budget", "Helle Bach Larsen", "budget, økonomi", "Spørg også økonomikonsulenten.", "tel:+4563337000"],
      en: ["Knows about budget"],
    },
    {
      name: "people list, empty",
      data: { topic: { kind: "tillidshverv", tillidshverv: "amr" }, people: [] },
      da: ["Arbejdsmiljørepræsentanter (AMR)", "Jeg fandt ingen i organisationen, der passer."],
    },
  ]),
  ...casesOf(render.renderAreaCard, summaries.areaSummary, [
    {
      name: "area, fyrtårn away",
      data: F.areaValg,
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
      data: {
        ...F.areaValg,
        fyrtaarne: [{ ...F.anne, absentToday: "ferie" }, { ...F.longName, absentToday: "syg" }],
        askInstead: { name: "Peter Hansen", as: "backup" },
        date: "2026-11-26",
      },
      da: ["Fyrtårnene er væk torsdag 26. november: spørg Peter Hansen (backup).", "Fraværende torsdag 26. november (ferie) — kontakt backup", "Fraværende torsdag 26. november (syg) — kontakt backup"],
      en: ["The lighthouses are away Thursday 26 November: ask Peter Hansen (backup).", "Away on Thursday 26 November (holiday) — contact the backup"],
      notDa: ["i dag"],
    },
    {
      name: "area, referral with nobody named",
      data: F.areaSkat,
      da: ["Skat", "Henvis til", "Skattestyrelsen (skat.dk eller 72 22 18 18)", "Der er ikke udpeget nogen."],
      notDa: ["Fronten kan straks-afklare"],
    },
    {
      name: "area, referral with nothing written down and everyone away",
      data: F.areaEmpty,
      da: [
        "Der er ikke beskrevet, hvad fronten kan straks-afklare om Udvidet helbredstillæg. Spørg fyrtårnet.",
        F.longName.name,
        "Fraværende i dag (kursus)",
        "Fraværende i dag (syg)",
      ],
      notDa: ["kontakt backup"],
    },
  ]),
  ...casesOf(render.renderRotaDayCard, summaries.rotaDaySummary, [
    {
      name: "rota day",
      data: F.rotaMonday,
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
      data: F.rotaWeekend,
      da: ["Lørdag 21. november er weekend — her er rulleplanen for mandag 23. november."],
      en: ["Saturday 21 November is a weekend day — here is the rota for Monday 23 November."],
      notDa: ["Fravær"],
    },
    {
      name: "rota day, holiday with a note",
      data: F.rotaHoliday,
      da: ["Juledag (fredag 25. december) er helligdag — her er rulleplanen for mandag 28. december.", "Husk: kortere åbningstid mellem jul og nytår."],
    },
    {
      name: "rota day, filtered to one duty and one slot",
      data: { ...F.rotaMonday, only: { duty: "skranke", slot: "em" } },
      da: ["Viser kun: Skranke, Eftermiddag 12.00-15.30", "Lars Møller (syg)"],
      notDa: ["Telefon", "Formiddag 08.00-12.00"],
    },
    {
      name: "rota day, 12 duties and 8 slots",
      data: F.rotaManySlots,
      da: ["Opgave 12", "Tid 8 15.00-16.00", "Kollega 11-s6"],
    },
    {
      name: "rota day, the asked duty does not run that day",
      data: { date: "2026-11-24", note: "Den Digitale Hotline har ingen vagt tirsdag 24. november. Næste gang: onsdag 25. november.", slots: [], duties: [], absences: [], gaps: [], only: { duty: "hotline" } },
      da: ["Rulleplan tirsdag 24. november 2026", "Den Digitale Hotline har ingen vagt tirsdag 24. november. Næste gang: onsdag 25. november."],
      notDa: ["Der er ingen vagter i rulleplanen denne dag.", "Fravær", "Viser kun"],
    },
    {
      name: "rota day, no duties",
      data: { date: "2026-11-25", slots: F.slots, duties: [], absences: [] },
      da: ["Rulleplan onsdag 25. november 2026", "Der er ingen vagter i rulleplanen denne dag."],
    },
  ]),
  ...casesOf(render.renderMyDutiesCard, summaries.myDutiesSummary, [
    {
      name: "my duties, a week",
      data: myWeek,
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
      data: { person: "Søren Ærbøl", days: [{ date: "2026-11-24", duties: [] }] },
      da: ["Tirsdag 24. november", "Ingen vagter"],
    },
  ]),
  ...casesOf(render.renderMeetingsCard, summaries.meetingsSummary, [
    {
      name: "meetings",
      data: { meetings: [lokalMed, faggruppe] },
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
      data: { meetings: [] },
      da: ["Der er ingen møder i den nærmeste tid."],
    },
  ]),
  ...casesOf(render.renderChecksCard, summaries.checksSummary, [
    {
      name: "checks, missing",
      data: { scope: "missing", groups: F.checkGroups, today: "2026-11-23" },
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
      data: { scope: "thisWeek", groups: [] },
      da: ["Kontroller denne uge", "Der er ingen kontroller denne uge."],
    },
  ]),
  ...casesOf(render.renderHelpCard, summaries.helpSummary, [
    {
      name: "help, with names from the organisation",
      data: { examples: exampleNames },
      da: ["Det kan jeg hjælpe med", "Prøv at spørge", "Hvem er fyrtårn for Valg?", "Hvem har Skranke i eftermiddag?", "Hvem kan noget om budget?", "Hvornår er næste Lokal-MED?"],
      en: ["What I can help with", "Who is the lighthouse for Valg?", "What is Mette's phone number?"],
    },
    {
      name: "help, without names",
      data: {},
      da: ["Hvad er dagens rulleplan?", "Hvornår er næste møde?", "Hvilke kontroller mangler?"],
      notDa: ["Hvem er fyrtårn for"],
    },
  ]),
  ...casesOf(render.renderWelcomeCard, summaries.welcomeSummary, [
    {
      name: "welcome",
      data: { firstName: "Åse", organisation: "Borgerservice & Ydelse", examples: exampleNames },
      da: ["Hej Åse", "Borgerservice & Ydelse", "Det kan jeg hjælpe med", "Del aldrig CPR-numre i chatten."],
      en: ["Hi Åse"],
    },
  ]),
  ...casesOf(render.renderUnknownCard, summaries.unknownSummary, [
    {
      name: "unknown, with what it understood",
      data: unknownData,
      da: ["Jeg forstod ikke helt spørgsmålet.", "Det fangede jeg", "Fagområde", "Pas", "Dato", "i morgen", "Mente du …?", "Hvem er fyrtårn for Pas?", "Vis hvad jeg kan", "hjælp"],
      en: ["I didn't quite understand the question.", "Did you mean …?", "help"],
    },
    {
      name: "unknown, nothing understood",
      data: { understood: [], suggestions: [] },
      da: ["Jeg genkendte ingen fagområder, personer eller datoer i spørgsmålet.", "Vis hvad jeg kan"],
      notDa: ["Mente du …?"],
    },
  ]),
  {
    name: "CPR warning",
    card: (lang) => render.renderCprWarningCard(lang),
    summary: (lang) => summaries.cprWarningSummary(lang),
    da: ["Del ikke CPR-numre i chatten", "Jeg har ikke gemt det."],
    en: ["Please don't share CPR numbers in chat"],
  },
  ...casesOf(render.renderErrorCard, summaries.errorSummary, [
    {
      name: "error, storage unavailable",
      data: { kind: "unavailable" },
      da: ["Jeg kan ikke slå op lige nu", "Prøv igen om lidt."],
      en: ["I can't look things up right now"],
    },
    {
      name: "error, failed",
      data: { kind: "failed" },
      da: ["Det gik ikke"],
    },
    {
      name: "error, unknown user",
      data: { kind: "unknownUser", email: "ny.kollega@eksempel.dk" },
      da: ["Jeg kan ikke finde dig i organisationen", "ny.kollega@eksempel.dk"],
    },
  ]),
];
