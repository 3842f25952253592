// The cards' words in Danish.
import { formatDate, formatShortDate, monthName } from "../../domain/format";
import { capitalise } from "../format";
import type { Role } from "../../domain/organisation";
import type { CardTexts } from "./cardTexts";
import { joinWith, withoutQuestionMark } from "./lists";

/** "Ingen er meldt syge …": nobody away for the reason. */
const DA_NOBODY_AWAY: Record<string, string> = { syg: "meldt syge", ferie: "på ferie", kursus: "på kursus", afspadsering: "registreret med afspadsering", barsel: "på barsel eller orlov" };
/** "Du har ingen ferie registreret …": a person's absences of the reason. */
const DA_NO_ABSENCE: Record<string, string> = { syg: "ingen sygdom", ferie: "ingen ferie", kursus: "intet kursus", afspadsering: "ingen afspadsering", barsel: "ingen barsel eller orlov" };

/** A role as a word in a sentence ("… har ingen faglig koordinator over sig"); capitalised as a label. */
const ROLE_NAMES: Readonly<Record<Role, string>> = { sektionsleder: "sektionsleder", koordinator: "faglig koordinator", medarbejder: "medarbejder" };

/** Headings of absence lists by the reason asked about. */
const DA_ABSENT_HEADING: Record<string, string> = { syg: "Syge", ferie: "På ferie", kursus: "På kursus", afspadsering: "Afspadserer", barsel: "På barsel eller orlov" };

export const da: CardTexts = {
  labels: {
    phone: "Telefon",
    email: "E-mail",
    call: "Ring",
    sendMail: "Send e-mail",
    chat: "Chat i Teams",
    nobody: "Ingen",
    role: "Rolle",
    unit: "Enhed",
    fyrtaarnFor: "Fyrtårn for",
    backupFor: "Backup for",
    competences: "Kompetencer",
    tillidshverv: "Tillidshverv",
    area: "Fagområde",
    fyrtaarne: "Fyrtårn",
    backups: "Backup",
    front: "Fronten kan straks-afklare",
    referTo: "Henvis til",
    guides: "Arbejdsgange",
    noContacts: "Der er ikke udpeget nogen.",
    duty: "Opgave",
    absences: "Fravær",
    gaps: "Huller i rulleplanen",
    noRota: "Der er ingen vagter i rulleplanen denne dag.",
    noDuties: "Ingen vagter",
    time: "Tidspunkt",
    place: "Sted",
    agendaDue: "Frist for punkter",
    openAgenda: "Åbn dagsordenen",
    noMeetings: "Der er ingen møder i den nærmeste tid.",
    owner: "Ansvarlig",
    period: "Periode",
    sample: "Stikprøve",
    due: "Frist",
    helpHeading: "Det kan jeg hjælpe med",
    helpIntro: "Spørg mig om kolleger, fagområder og rulleplanen.",
    capabilities: [
      "Hvem der er fyrtårn og backup for et fagområde",
      "Hvad fronten kan straks-afklare, og hvor du henviser",
      "Dagens rulleplan og dine egne vagter",
      "Telefonnummer, roller og kompetencer for en kollega",
      "Næste møder og ledelseskontroller",
    ],
    tryAsking: "Prøv at spørge",
    ownWords: "Skriv gerne med dine egne ord. Jeg forstår også stavefejl og ord uden æ, ø og å.",
    cprReminder: "Del aldrig CPR-numre i chatten.",
    unknownHeading: "Jeg forstod ikke helt spørgsmålet.",
    understood: "Det fangede jeg",
    nothingUnderstood: "Jeg genkendte ingen fagområder, personer eller datoer i spørgsmålet.",
    didYouMean: "Mente du …?",
    showHelp: "Vis hvad jeg kan",
    helpQuestion: "hjælp",
    cprHeading: "Del ikke CPR-numre i chatten",
    cprBody:
      "Din besked ser ud til at indeholde et CPR-nummer. Jeg har ikke gemt det. Slet gerne beskeden, og skriv spørgsmålet igen uden CPR-nummer. Brug et sagsnummer, hvis du skal henvise til en sag.",
    agendaItems: "Foreslåede punkter",
    noAgendaItems: "Ingen punkter endnu.",
    proposeLabel: "Foreslå et punkt til dagsordenen",
    proposePlaceholder: "Skriv punktet kort",
    proposeError: "Skriv et punkt, før du sender det.",
    checkLogUnavailable: "Jeg kan ikke læse kontrolloggen lige nu, så jeg ved ikke, hvilke runder der er udført. Listen viser runderne, som om ingen er registreret; prøv igen om lidt.",
    cprInField: "Feltet indeholdt noget, der ligner et CPR-nummer. Det er fjernet, og intet er gemt. Skriv et sagsnummer i stedet, og send igen.",
    proposeButton: "Foreslå punkt",
    agendaClosed: "Fristen for punkter er overskredet.",
    thanksProposed: "Tak. Dit punkt er tilføjet.",
    instructions: "Sådan gør du",
    overdueNote: "Fristen er overskredet.",
    sampleCheckedLabel: "Antal kontrollerede stikprøver",
    sampleCheckedError: "Skriv antallet af stikprøver, du har kontrolleret.",
    resultLabel: "Resultat",
    resultOk: "OK",
    resultDeviation: "Afvigelse",
    resultError: "Vælg et resultat.",
    findingsLabel: "Fund",
    findingsPlaceholder: "Beskriv fund med sagsnumre, aldrig CPR-numre",
    followUpLabel: "Opfølgning",
    followUpPlaceholder: "Hvad gøres der, og af hvem?",
    completeButton: "Markér som udført",
    findings: "Fund",
    followUp: "Opfølgning",
    escalationHeading: "Kontrol over fristen",
    digestDue: "Kontroller med frist denne uge",
    digestOverdue: "Kontroller over fristen",
    digestMeetings: "Kommende møder",
    none: "Ingen",
  },
  roleName: (role) => capitalise(ROLE_NAMES[role]),
  tillidshvervName: (hverv) => ({ tr: "Tillidsrepræsentant (TR)", amr: "Arbejdsmiljørepræsentant (AMR)" })[hverv],
  reason: (reason) => reason,
  and: joinWith("og"),
  or: joinWith("eller"),
  peopleHeading: (topic, count) => {
    const many = count !== 1;
    switch (topic.kind) {
      case "role": {
        if (topic.of) {
          // "Din faglige koordinator", "Jens Pedersens sektionsledere", "Lars' faglige koordinator".
          const whose = "you" in topic.of ? (many ? "Dine" : "Din") : /[sxz]$/i.test(topic.of.name) ? `${topic.of.name}'` : `${topic.of.name}s`;
          return `${whose} ${{ sektionsleder: many ? "sektionsledere" : "sektionsleder", koordinator: many ? "faglige koordinatorer" : "faglige koordinator", medarbejder: "medarbejdere" }[topic.role]}`;
        }
        return {
          sektionsleder: many ? "Sektionsledere" : "Sektionsleder",
          koordinator: many ? "Faglige koordinatorer" : "Faglig koordinator",
          medarbejder: "Medarbejdere",
        }[topic.role];
      }
      case "competence":
        return `Kan noget om ${topic.competence}`;
      case "tillidshverv":
        return {
          tr: many ? "Tillidsrepræsentanter (TR)" : "Tillidsrepræsentant (TR)",
          amr: many ? "Arbejdsmiljørepræsentanter (AMR)" : "Arbejdsmiljørepræsentant (AMR)",
        }[topic.tillidshverv];
      case "unit":
        return `Medarbejdere i ${topic.unit}`;
      case "title":
        return capitalise(topic.title);
      case "namesakes":
        return `Der er ${count} med navnet ${topic.name}`;
      case "absent": {
        const what = topic.reason ? DA_ABSENT_HEADING[topic.reason] ?? `Fravær (${topic.reason})` : "Fraværende";
        if (!topic.from || !topic.to) return what;
        return topic.from === topic.to ? `${what} ${formatDate(topic.from, "da")}` : `${what} ${formatDate(topic.from, "da")} til ${formatDate(topic.to, "da")}`;
      }
    }
  },
  absenceDetail: (reason, period, slots) => `${capitalise(reason)} ${period}${slots ? ` (${slots})` : ""}`,
  dayRange: (from, to) => `${from} til ${to}`,
  dutiesOf: (person) => `Vagter for ${person}`,
  askInstead: (name, as, date, several) => {
    const when = date ? ` ${date}` : " i dag";
    switch (as) {
      case "fyrtaarn": return `Spørg ${name}.`;
      case "backup": return `${several ? "Fyrtårnene" : "Fyrtårnet"} er væk${when}: spørg ${name} (backup).`;
      case "koordinator": return `Både ${several ? "fyrtårnene" : "fyrtårn"} og backup er væk${when}: spørg ${name} (faglig koordinator).`;
      case "nobody": return `Både ${several ? "fyrtårnene" : "fyrtårn"} og backup er væk${when}, og ingen koordinator er til stede. Spørg din nærmeste leder.`;
    }
  },
  coverHeading: (person, date) => `Hvem dækker for ${person} ${date}`,
  coverAbsent: (person, reason) => `${person} er væk (${reason}).`,
  coverNotAbsent: (person) => `${person} er ikke meldt fraværende`,
  coverNoDuties: (person, duty) => (duty ? `${person} har ikke ${duty} i rulleplanen den dag.` : `${person} har ingen vagter i rulleplanen den dag.`),
  coverGap: "Ingen — hul i rulleplanen",
  atWork: (person, date) => `Ja, ${person} er på arbejde ${date}.`,
  notAtWork: (person, date, reason, until) => `Nej, ${person} er væk ${date} (${reason})${until ? ` til og med ${until}` : ""}.`,
  partlyAway: (person, date, reason, slots) => `${person} er på arbejde ${date}, men væk i ${slots} (${reason}).`,
  dayOffFor: (date) => `Der er ingen rulleplan ${date}.`,
  noRoleHolder: (role, of) => {
    const name = ROLE_NAMES[role];
    return of === "you" ? `Du har ingen ${name} over dig i organisationen.` : `${of} har ingen ${name} over sig i organisationen.`;
  },
  noAbsence: (people, reason, period) => {
    const when = !period ? "det næste år" : period.to ? `${period.from} til ${period.to}` : period.from;
    if (people !== "you" && people.length === 0) return `Ingen er ${reason ? DA_NOBODY_AWAY[reason] ?? `registreret med fravær (${reason})` : "registreret fraværende"} ${when}.`;
    const who = people === "you" ? "Du" : joinWith("og")(people);
    return `${who} har ${reason ? DA_NO_ABSENCE[reason] ?? `intet fravær (${reason})` : "intet fravær"} registreret ${when}.`;
  },
  noCompetence: (competence) => `Ingen i organisationen har ${competence} registreret som kompetence.`,
  nextDutyFound: (_person, duty) => `Næste gang med ${duty}`,
  nextDutyNone: (person, duty, weeks) => `${person} har ikke ${duty} i rulleplanen de næste ${weeks} uger.`,
  dutyNotThatDay: (duty, date, next) => `${duty} har ingen vagt ${date}.${next ? ` Næste gang: ${next}.` : ""}`,
  slotNotThatDay: (date) => `Det tidsrum findes ikke ${date}. Her er hele dagen:`,
  noPeople: "Jeg fandt ingen i organisationen, der passer.",
  saidAway: "som du skriver",
  absentToday: (reason, until, day) => `Fraværende ${day ?? "i dag"} (${reason})${until ? ` til og med ${until}` : ""}`,
  absentContactBackup: (reason, day) => `Fraværende ${day ?? "i dag"} (${reason}) — kontakt backup`,
  noFrontInfo: (area) => `Der er ikke beskrevet, hvad fronten kan straks-afklare om ${area}. Spørg fyrtårnet.`,
  rotaHeading: (date) => `Rulleplan ${date}`,
  rotaRedirect: (redirect, shownDate) => {
    const asked = formatDate(redirect.requested, "da");
    const why =
      redirect.reason === "weekend"
        ? `${capitalise(asked)} er weekend`
        : redirect.reason === "holiday"
          ? redirect.holidayName
            ? `${capitalise(redirect.holidayName)} (${asked}) er helligdag`
            : `${capitalise(asked)} er helligdag`
          : redirect.holidayName
            ? `${capitalise(redirect.holidayName)} (${asked}) er fridag`
            : `${capitalise(asked)} er fridag`;
    return `${why} — her er rulleplanen for ${shownDate}.`;
  },
  showing: (parts) => `Viser kun: ${parts.join(", ")}`,
  understaffed: (present, min) => (min === undefined ? "under minimum" : `under minimum (${present} af ${min})`),
  changed: "ændret",
  wholeDay: "hele dagen",
  myDutiesHeading: "Dine vagter",
  dayOff: (reason, holidayName) =>
    reason === "weekend" ? "Weekend" : reason === "holiday" ? `Helligdag${holidayName ? `: ${holidayName}` : ""}` : `Fridag${holidayName ? `: ${holidayName}` : ""}`,
  absentDay: (reason) => `Fraværende (${reason})`,
  meetingsHeading: (count) => (count === 1 ? "Næste møde" : "Næste møder"),
  checksHeading: (scope) => ({ thisWeek: "Kontroller denne uge", missing: "Kontroller, der mangler", all: "Ledelseskontroller" })[scope],
  noChecks: (scope) =>
    ({ thisWeek: "Der er ingen kontroller denne uge.", missing: "Alle kontroller er udført.", all: "Der er ingen kontroller." })[scope],
  checkStatus: (status, due) =>
    ({ done: "Udført", deviation: "Udført med afvigelse", due: `Frist ${due}`, overdue: `Over fristen (${due})`, missed: `Ikke udført (frist ${due})` })[status],
  period: (period) => {
    switch (period.kind) {
      case "week":
        return `uge ${period.week}${period.year !== undefined ? ` ${period.year}` : ""}`;
      case "month":
        return `${monthName(period.month, "da")} ${period.year}`;
      case "quarter":
        return `${period.quarter}. kvartal ${period.year}`;
      case "range":
        return `${formatShortDate(period.from, "da")}-${formatShortDate(period.to, "da")}`;
    }
  },
  examples: (names) => [
    ...(names.area ? [`Hvem er fyrtårn for ${names.area}?`] : []),
    "Hvad er dagens rulleplan?",
    "Hvad skal jeg i dag?",
    ...(names.duty ? [`Hvem har ${names.duty} i eftermiddag?`] : []),
    "Hvem er faglig koordinator?",
    ...(names.person ? [`Hvad er telefonnummeret til ${names.person}?`] : []),
    ...(names.competence ? [`Hvem kan noget om ${names.competence}?`] : []),
    ...(names.area ? [`Kan vi straks-afklare ${names.area}?`] : []),
    names.meeting ? `Hvornår er næste ${names.meeting}?` : "Hvornår er næste møde?",
    "Hvilke kontroller mangler?",
    "Min rulleplan denne uge",
  ],
  welcomeHeading: (firstName) => (firstName ? `Hej ${firstName}` : "Hej"),
  smallTalk: {
    thanks: "Selv tak. Skriv bare, hvis der er mere.",
    acknowledged: "Godt. Skriv bare, hvis der er mere.",
  },
  welcomeIntro: (organisation) =>
    `Jeg finder fyrtårne, kolleger og rulleplanen${organisation ? ` for ${organisation}` : ""}, og jeg minder om møder og ledelseskontroller.`,
  understoodKind: (kind) =>
    ({
      area: "Fagområde",
      duty: "Opgave",
      slot: "Tidsrum",
      person: "Person",
      role: "Rolle",
      date: "Dato",
      meeting: "Møde",
      check: "Kontrol",
      other: "Ord",
    })[kind],
  errorHeading: (kind) =>
    ({ unavailable: "Jeg kan ikke slå op lige nu", failed: "Det gik ikke", unknownUser: "Jeg kan ikke finde dig i organisationen" })[kind],
  errorBody: (kind, email) =>
    ({
      unavailable: "Prøv igen om lidt.",
      failed: "Jeg kunne ikke svare på det. Prøv igen, eller spørg på en anden måde.",
      unknownUser: `Din Teams-bruger${email ? ` (${email})` : ""} er ikke knyttet til en person i organisationen. Bed en faglig koordinator om at tilføje din e-mail.`,
    })[kind],
  proposedBy: (name, when) => `Foreslået af ${name} ${when}`,
  samples: (count) => (count === 1 ? "1 stikprøve" : `${count} stikprøver`),
  completedBy: (name, when, result, samples) =>
    `Udført af ${name} ${when} — ${result === "ok" ? "OK" : "afvigelse"}, ${da.samples(samples)}`,
  whoMayComplete: (owner, coordinators, leaders) => {
    const who = [`${owner} (ansvarlig)`];
    if (coordinators.length === 1) who.push(`faglig koordinator ${coordinators[0]}`);
    if (coordinators.length > 1) who.push(`de faglige koordinatorer ${da.and(coordinators)}`);
    if (leaders.length === 1) who.push(`sektionsleder ${leaders[0]}`);
    if (leaders.length > 1) who.push(`sektionslederne ${da.and(leaders)}`);
    return `Kun ${da.or(who)} kan markere kontrollen som udført. Skriv gerne til en af dem.`;
  },
  overdueBy: (title, days) => `${title} er ${days === 1 ? "1 dag" : `${days} dage`} over fristen.`,
  chatWith: (name) => `Chat med ${name}`,
  callName: (name, phone) => `Ring til ${name} (${phone})`,
  mailName: (name) => `Send e-mail til ${name}`,
  digestHeading: (week) => `Ugens overblik, uge ${week}`,
  digestGreeting: (firstName) => `Godmorgen${firstName ? ` ${firstName}` : ""}. Her er ugens kontroller og møder.`,
  dueOn: (date) => `frist ${date}`,
  checksCount: (count, overdue) =>
    `${count === 1 ? "1 kontrol" : `${count} kontroller`}${overdue > 0 ? `, heraf ${overdue} over fristen` : ""}.`,
  digestCounts: (overdue, due, meetings) =>
    `${overdue} over fristen, ${due} med frist denne uge, ${meetings === 1 ? "1 møde" : `${meetings} møder`}.`,
  helpSummary: "Spørg mig om fyrtårne, fagområder, rulleplanen, kolleger, møder og ledelseskontroller.",
  didYouMeanSummary: (suggestions) => `Mente du: ${da.or(suggestions.map(withoutQuestionMark))}?`,
  more: (count) => `… og ${count} ${count === 1 ? "mere" : "flere"}`,
  showingOf: (shown, total) => `Viser ${shown} af ${total}. Spørg mere præcist for at få færre.`,
  olderNotShown: (count) => `${count === 1 ? "1 ældre punkt" : `${count} ældre punkter`} vises ikke her.`,
  moreDuties: (count) =>
    `${count === 1 ? "1 opgave mere" : `${count} opgaver mere`} kan ikke vises på én gang. Spørg om én opgave ad gangen.`,
};
