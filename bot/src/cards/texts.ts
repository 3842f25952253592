// Every word the cards show, in Danish and English. `labels` are plain strings handed to the templates as `t`;
// the functions compose sentences from data (lists, plurals, dates) before they reach a template.
import type { Role, Tillidshverv } from "../domain/organisation";
import type { CheckPeriod, ExampleNames, Lang, PeopleListTopic, RotaRedirect, UnderstoodPart } from "./cardData";
import { formatDate, formatShortDate, monthName } from "../domain/format";
import { capitalise } from "./format";

/** Fixed words the templates read as `${t.name}` (or `${$root.t.name}` inside a loop). */
export interface CardLabels {
  readonly phone: string;
  readonly email: string;
  readonly call: string;
  readonly sendMail: string;
  readonly chat: string;
  readonly nobody: string;
  readonly role: string;
  readonly unit: string;
  readonly fyrtaarnFor: string;
  readonly backupFor: string;
  readonly competences: string;
  readonly tillidshverv: string;
  readonly area: string;
  readonly fyrtaarne: string;
  readonly backups: string;
  readonly front: string;
  readonly referTo: string;
  readonly guides: string;
  readonly noContacts: string;
  readonly duty: string;
  readonly absences: string;
  /** The rota card's list of gaps (understaffed, double-booked, absent with nobody instead, an area nobody covers). */
  readonly gaps: string;
  readonly noRota: string;
  readonly noDuties: string;
  readonly time: string;
  readonly place: string;
  readonly agendaDue: string;
  readonly openAgenda: string;
  readonly noMeetings: string;
  readonly owner: string;
  readonly period: string;
  readonly sample: string;
  readonly due: string;
  readonly helpHeading: string;
  readonly helpIntro: string;
  readonly capabilities: readonly string[];
  readonly tryAsking: string;
  readonly ownWords: string;
  readonly cprReminder: string;
  readonly unknownHeading: string;
  readonly understood: string;
  readonly nothingUnderstood: string;
  readonly didYouMean: string;
  readonly showHelp: string;
  readonly helpQuestion: string;
  readonly cprHeading: string;
  readonly cprBody: string;
  readonly agendaItems: string;
  readonly noAgendaItems: string;
  readonly proposeLabel: string;
  readonly proposePlaceholder: string;
  readonly proposeError: string;
  /** Under a card field whose text held a CPR number (the number is cut out; nothing is saved). */
  readonly cprInField: string;
  /** Above a check answer when the check log could not be read. */
  readonly checkLogUnavailable: string;
  readonly proposeButton: string;
  readonly agendaClosed: string;
  readonly thanksProposed: string;
  readonly instructions: string;
  readonly overdueNote: string;
  readonly sampleCheckedLabel: string;
  readonly sampleCheckedError: string;
  readonly resultLabel: string;
  readonly resultOk: string;
  readonly resultDeviation: string;
  readonly resultError: string;
  readonly findingsLabel: string;
  readonly findingsPlaceholder: string;
  readonly followUpLabel: string;
  readonly followUpPlaceholder: string;
  readonly completeButton: string;
  readonly findings: string;
  readonly followUp: string;
  readonly escalationHeading: string;
  readonly digestDue: string;
  readonly digestOverdue: string;
  readonly digestMeetings: string;
  readonly none: string;
}

/** All the words of one language. */
export interface CardTexts {
  readonly labels: CardLabels;
  readonly roleName: (role: Role) => string;
  readonly tillidshvervName: (hverv: Tillidshverv) => string;
  readonly reason: (reason: string) => string;
  /** "A, B og C" */
  readonly and: (items: readonly string[]) => string;
  /** "A, B eller C" */
  readonly or: (items: readonly string[]) => string;
  readonly peopleHeading: (topic: Exclude<PeopleListTopic, { kind: "custom" }>, count: number) => string;
  /** One row of an absence list: the reason and the days, "Ferie mandag 14. december til fredag 18. december". */
  readonly absenceDetail: (reason: string, period: string, slots: string | undefined) => string;
  /** "mandag 14. december til fredag 18. december". */
  readonly dayRange: (from: string, to: string) => string;
  /** Heading of someone else's duties. */
  readonly dutiesOf: (person: string) => string;
  /** Who to ask instead on an area card. */
  /** `several`: the area has more than one fyrtårn ("Fyrtårnene er væk"). */
  readonly askInstead: (name: string, as: "backup" | "fyrtaarn" | "koordinator" | "nobody", date: string | undefined, several?: boolean) => string;
  readonly coverHeading: (person: string, date: string) => string;
  readonly coverAbsent: (person: string, reason: string) => string;
  readonly coverNotAbsent: (person: string) => string;
  readonly coverNoDuties: (person: string) => string;
  readonly coverGap: string;
  /** "er Nanna på arbejde i morgen". */
  readonly atWork: (person: string, date: string) => string;
  readonly notAtWork: (person: string, date: string, reason: string, until: string | undefined) => string;
  readonly partlyAway: (person: string, date: string, reason: string, slots: string) => string;
  readonly dayOffFor: (date: string) => string;
  /** "hvornår har jeg X næste gang". */
  readonly nextDutyFound: (person: string, duty: string) => string;
  readonly nextDutyNone: (person: string, duty: string, weeks: number) => string;
  /** A slot asked for that does not run on the day. */
  readonly slotNotThatDay: (date: string) => string;
  readonly noPeople: string;
  /** "Fraværende i dag (syg)"; `day` when the answer is about another day ("torsdag 26. november"). */
  readonly absentToday: (reason: string, until?: string, day?: string) => string;
  readonly absentContactBackup: (reason: string, day?: string) => string;
  readonly noFrontInfo: (area: string) => string;
  readonly rotaHeading: (date: string) => string;
  readonly rotaRedirect: (redirect: RotaRedirect, shownDate: string) => string;
  readonly showing: (parts: readonly string[]) => string;
  readonly understaffed: (present: number, min?: number) => string;
  readonly changed: string;
  readonly wholeDay: string;
  readonly myDutiesHeading: string;
  readonly dayOff: (reason: "weekend" | "holiday" | "dayOff", holidayName?: string) => string;
  readonly absentDay: (reason: string) => string;
  readonly meetingsHeading: (count: number) => string;
  readonly checksHeading: (scope: "thisWeek" | "missing" | "all") => string;
  readonly noChecks: (scope: "thisWeek" | "missing" | "all") => string;
  readonly checkStatus: (status: "done" | "deviation" | "due" | "overdue" | "missed", due: string) => string;
  readonly period: (period: CheckPeriod) => string;
  readonly examples: (names: ExampleNames) => readonly string[];
  readonly welcomeHeading: (firstName?: string) => string;
  readonly welcomeIntro: (organisation?: string) => string;
  readonly understoodKind: (kind: UnderstoodPart["kind"]) => string;
  readonly errorHeading: (kind: "unavailable" | "failed" | "unknownUser") => string;
  readonly errorBody: (kind: "unavailable" | "failed" | "unknownUser", email?: string) => string;
  readonly proposedBy: (name: string, when: string) => string;
  readonly samples: (count: number) => string;
  readonly completedBy: (name: string, when: string, result: "ok" | "deviation", samples: number) => string;
  readonly whoMayComplete: (owner: string, coordinators: readonly string[], leaders: readonly string[]) => string;
  readonly overdueBy: (title: string, days: number) => string;
  readonly chatWith: (name: string) => string;
  readonly callName: (name: string, phone: string) => string;
  readonly mailName: (name: string) => string;
  readonly digestHeading: (week: number) => string;
  readonly digestGreeting: (firstName?: string) => string;
  readonly dueOn: (date: string) => string;
  readonly checksCount: (count: number, overdue: number) => string;
  readonly digestCounts: (overdue: number, due: number, meetings: number) => string;
  readonly helpSummary: string;
  readonly didYouMeanSummary: (suggestions: readonly string[]) => string;
  /** "… og 3 flere": the line under a list that was cut. */
  readonly more: (count: number) => string;
  readonly showingOf: (shown: number, total: number) => string;
  readonly olderNotShown: (count: number) => string;
  readonly moreDuties: (count: number) => string;
}

/** A suggestion inside "Mente du: …?" loses its own question mark ("Hvem er i Ydelseskontoret??"). */
const withoutQuestionMark = (suggestion: string): string => suggestion.replace(/\s*\?+\s*$/, "");

function joinWith(word: string): (items: readonly string[]) => string {
  return (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`);
}

const EN_REASONS: Record<string, string> = {
  ferie: "holiday",
  kursus: "course",
  syg: "sick",
  sygdom: "sick",
  afspadsering: "time off in lieu",
  barsel: "parental leave",
  fri: "day off",
  tjenestefri: "leave",
  "barn syg": "child sick",
  "barns første sygedag": "child sick",
};

/** Headings of absence lists by the reason asked about. */
const DA_ABSENT_HEADING: Record<string, string> = { syg: "Syge", ferie: "På ferie", kursus: "På kursus", afspadsering: "Afspadserer", barsel: "På barsel eller orlov" };
const EN_ABSENT_HEADING: Record<string, string> = { syg: "Off sick", ferie: "On holiday", kursus: "On a course", afspadsering: "Taking time off in lieu", barsel: "On leave" };

const da: CardTexts = {
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
  roleName: (role) => ({ sektionsleder: "Sektionsleder", koordinator: "Faglig koordinator", medarbejder: "Medarbejder" })[role],
  tillidshvervName: (hverv) => ({ tr: "Tillidsrepræsentant (TR)", amr: "Arbejdsmiljørepræsentant (AMR)" })[hverv],
  reason: (reason) => reason,
  and: joinWith("og"),
  or: joinWith("eller"),
  peopleHeading: (topic, count) => {
    const many = count !== 1;
    switch (topic.kind) {
      case "role":
        return {
          sektionsleder: many ? "Sektionsledere" : "Sektionsleder",
          koordinator: many ? "Faglige koordinatorer" : "Faglig koordinator",
          medarbejder: "Medarbejdere",
        }[topic.role];
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
  coverNoDuties: (person) => `${person} har ingen vagter i rulleplanen den dag.`,
  coverGap: "Ingen — hul i rulleplanen",
  atWork: (person, date) => `Ja, ${person} er på arbejde ${date}.`,
  notAtWork: (person, date, reason, until) => `Nej, ${person} er væk ${date} (${reason})${until ? ` til og med ${until}` : ""}.`,
  partlyAway: (person, date, reason, slots) => `${person} er på arbejde ${date}, men væk i ${slots} (${reason}).`,
  dayOffFor: (date) => `Der er ingen rulleplan ${date}.`,
  nextDutyFound: (_person, duty) => `Næste gang med ${duty}`,
  nextDutyNone: (person, duty, weeks) => `${person} har ikke ${duty} i rulleplanen de næste ${weeks} uger.`,
  slotNotThatDay: (date) => `Det tidsrum findes ikke ${date}. Her er hele dagen:`,
  noPeople: "Jeg fandt ingen i organisationen, der passer.",
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

const en: CardTexts = {
  labels: {
    phone: "Phone",
    email: "Email",
    call: "Call",
    sendMail: "Send email",
    chat: "Chat in Teams",
    nobody: "Nobody",
    role: "Role",
    unit: "Unit",
    fyrtaarnFor: "Lighthouse for",
    backupFor: "Backup for",
    competences: "Competences",
    tillidshverv: "Representative",
    area: "Subject area",
    fyrtaarne: "Lighthouse",
    backups: "Backup",
    front: "The front desk can settle at once",
    referTo: "Refer to",
    guides: "Procedures",
    noContacts: "Nobody has been named.",
    duty: "Duty",
    absences: "Absences",
    gaps: "Gaps in the rota",
    noRota: "There are no duties on the rota this day.",
    noDuties: "No duties",
    time: "Time",
    place: "Place",
    agendaDue: "Agenda items due",
    openAgenda: "Open the agenda",
    noMeetings: "There are no meetings coming up.",
    owner: "Responsible",
    period: "Period",
    sample: "Sample",
    due: "Due",
    helpHeading: "What I can help with",
    helpIntro: "Ask me about colleagues, subject areas and the rota.",
    capabilities: [
      "Who is lighthouse and backup for a subject area",
      "What the front desk can settle at once, and where to refer",
      "Today's rota and your own duties",
      "A colleague's phone number, roles and competences",
      "Upcoming meetings and management checks",
    ],
    tryAsking: "Try asking",
    ownWords: "Use your own words. I also understand typos and words without æ, ø and å.",
    cprReminder: "Never share CPR numbers in chat.",
    unknownHeading: "I didn't quite understand the question.",
    understood: "What I picked up",
    nothingUnderstood: "I didn't recognise any subject area, person or date in the question.",
    didYouMean: "Did you mean …?",
    showHelp: "Show what I can do",
    helpQuestion: "help",
    cprHeading: "Please don't share CPR numbers in chat",
    cprBody:
      "Your message seems to contain a CPR number. I haven't stored it. Please delete the message and ask again without the CPR number. Use a case number if you need to refer to a case.",
    agendaItems: "Proposed items",
    noAgendaItems: "No items yet.",
    proposeLabel: "Propose an agenda item",
    proposePlaceholder: "Describe the item briefly",
    proposeError: "Write an item before you send it.",
    checkLogUnavailable: "I can't read the check log right now, so I don't know which rounds are done. The list shows the rounds as if none were recorded; please try again shortly.",
    cprInField: "This field held something that looks like a CPR number. It has been removed and nothing was saved. Write a case number instead and send again.",
    proposeButton: "Propose item",
    agendaClosed: "The deadline for agenda items has passed.",
    thanksProposed: "Thank you. Your item has been added.",
    instructions: "How to do it",
    overdueNote: "The deadline has passed.",
    sampleCheckedLabel: "Number of samples checked",
    sampleCheckedError: "Enter how many samples you checked.",
    resultLabel: "Result",
    resultOk: "OK",
    resultDeviation: "Deviation",
    resultError: "Choose a result.",
    findingsLabel: "Findings",
    findingsPlaceholder: "Describe findings with case numbers, never CPR numbers",
    followUpLabel: "Follow-up",
    followUpPlaceholder: "What will be done, and by whom?",
    completeButton: "Mark as done",
    findings: "Findings",
    followUp: "Follow-up",
    escalationHeading: "Check overdue",
    digestDue: "Checks due this week",
    digestOverdue: "Overdue checks",
    digestMeetings: "Upcoming meetings",
    none: "None",
  },
  roleName: (role) => ({ sektionsleder: "Section leader", koordinator: "Professional coordinator", medarbejder: "Staff member" })[role],
  tillidshvervName: (hverv) => ({ tr: "Union representative (TR)", amr: "Safety representative (AMR)" })[hverv],
  reason: (reason) => EN_REASONS[reason.toLowerCase()] ?? reason,
  and: joinWith("and"),
  or: joinWith("or"),
  peopleHeading: (topic, count) => {
    const s = count !== 1 ? "s" : "";
    switch (topic.kind) {
      case "role":
        return { sektionsleder: `Section leader${s}`, koordinator: `Professional coordinator${s}`, medarbejder: "Staff" }[topic.role];
      case "competence":
        return `Knows about ${topic.competence}`;
      case "tillidshverv":
        return { tr: `Union representative${s} (TR)`, amr: `Safety representative${s} (AMR)` }[topic.tillidshverv];
      case "unit":
        return `People in ${topic.unit}`;
      case "title":
        return capitalise(topic.title);
      case "namesakes":
        return `There are ${count} people called ${topic.name}`;
      case "absent": {
        const what = topic.reason ? EN_ABSENT_HEADING[topic.reason] ?? `Away (${EN_REASONS[topic.reason] ?? topic.reason})` : "Away";
        if (!topic.from || !topic.to) return what;
        return topic.from === topic.to ? `${what} ${formatDate(topic.from, "en")}` : `${what} ${formatDate(topic.from, "en")} to ${formatDate(topic.to, "en")}`;
      }
    }
  },
  absenceDetail: (reason, period, slots) => `${capitalise(EN_REASONS[reason.toLowerCase()] ?? reason)} ${period}${slots ? ` (${slots})` : ""}`,
  dayRange: (from, to) => `${from} to ${to}`,
  dutiesOf: (person) => `Duties of ${person}`,
  askInstead: (name, as, date, several) => {
    const when = date ? ` ${date}` : " today";
    const lighthouse = several ? "The lighthouses are" : "The lighthouse is";
    switch (as) {
      case "fyrtaarn": return `Ask ${name}.`;
      case "backup": return `${lighthouse} away${when}: ask ${name} (backup).`;
      case "koordinator": return `${several ? "The lighthouses and backup are all" : "Both lighthouse and backup are"} away${when}: ask ${name} (professional coordinator).`;
      case "nobody": return `${several ? "The lighthouses and backup are all" : "Both lighthouse and backup are"} away${when}, and no coordinator is in. Ask your manager.`;
    }
  },
  coverHeading: (person, date) => `Who covers for ${person} ${date}`,
  coverAbsent: (person, reason) => `${person} is away (${EN_REASONS[reason.toLowerCase()] ?? reason}).`,
  coverNotAbsent: (person) => `${person} is not registered as away`,
  coverNoDuties: (person) => `${person} has no duties in the rota that day.`,
  coverGap: "Nobody — a gap in the rota",
  atWork: (person, date) => `Yes, ${person} is at work ${date}.`,
  notAtWork: (person, date, reason, until) => `No, ${person} is away ${date} (${EN_REASONS[reason.toLowerCase()] ?? reason})${until ? ` until ${until}` : ""}.`,
  partlyAway: (person, date, reason, slots) => `${person} is at work ${date}, but away in ${slots} (${EN_REASONS[reason.toLowerCase()] ?? reason}).`,
  dayOffFor: (date) => `There is no rota ${date}.`,
  nextDutyFound: (_person, duty) => `Next time on ${duty}`,
  nextDutyNone: (person, duty, weeks) => `${person} is not on ${duty} in the rota for the next ${weeks} weeks.`,
  slotNotThatDay: (date) => `That time slot does not run ${date}. Here is the whole day:`,
  noPeople: "I found nobody in the organisation who fits.",
  absentToday: (reason, until, day) => `Away ${day ? `on ${day}` : "today"} (${reason})${until ? ` until ${until}` : ""}`,
  absentContactBackup: (reason, day) => `Away ${day ? `on ${day}` : "today"} (${reason}) — contact the backup`,
  noFrontInfo: (area) => `Nothing is written down about what the front desk can settle for ${area}. Ask the lighthouse.`,
  rotaHeading: (date) => `Rota for ${date}`,
  rotaRedirect: (redirect, shownDate) => {
    const asked = formatDate(redirect.requested, "en");
    const why =
      redirect.reason === "weekend"
        ? `${asked} is a weekend day`
        : redirect.reason === "holiday"
          ? `${redirect.holidayName ? `${redirect.holidayName} (${asked})` : asked} is a public holiday`
          : `${redirect.holidayName ? `${redirect.holidayName} (${asked})` : asked} is a day off`;
    return `${why} — here is the rota for ${shownDate}.`;
  },
  showing: (parts) => `Showing only: ${parts.join(", ")}`,
  understaffed: (present, min) => (min === undefined ? "below minimum" : `below minimum (${present} of ${min})`),
  changed: "changed",
  wholeDay: "all day",
  myDutiesHeading: "Your duties",
  dayOff: (reason, holidayName) =>
    reason === "weekend" ? "Weekend" : reason === "holiday" ? `Public holiday${holidayName ? `: ${holidayName}` : ""}` : `Day off${holidayName ? `: ${holidayName}` : ""}`,
  absentDay: (reason) => `Away (${reason})`,
  meetingsHeading: (count) => (count === 1 ? "Next meeting" : "Upcoming meetings"),
  checksHeading: (scope) => ({ thisWeek: "Checks this week", missing: "Checks not yet done", all: "Management checks" })[scope],
  noChecks: (scope) => ({ thisWeek: "There are no checks this week.", missing: "All checks are done.", all: "There are no checks." })[scope],
  checkStatus: (status, due) =>
    ({ done: "Done", deviation: "Done with a deviation", due: `Due ${due}`, overdue: `Overdue (due ${due})`, missed: `Not done (due ${due})` })[status],
  period: (period) => {
    switch (period.kind) {
      case "week":
        return `week ${period.week}${period.year !== undefined ? ` ${period.year}` : ""}`;
      case "month":
        return `${monthName(period.month, "en")} ${period.year}`;
      case "quarter":
        return `Q${period.quarter} ${period.year}`;
      case "range":
        return `${formatShortDate(period.from, "en")} - ${formatShortDate(period.to, "en")}`;
    }
  },
  examples: (names) => [
    ...(names.area ? [`Who is the lighthouse for ${names.area}?`] : []),
    "What's today's rota?",
    "What are my duties today?",
    ...(names.duty ? [`Who has ${names.duty} this afternoon?`] : []),
    "Who is the professional coordinator?",
    ...(names.person ? [`What is ${names.person}'s phone number?`] : []),
    ...(names.competence ? [`Who knows about ${names.competence}?`] : []),
    ...(names.area ? [`Where do I refer ${names.area}?`] : []),
    names.meeting ? `When is the next ${names.meeting}?` : "When is the next meeting?",
    "Which checks are missing?",
    "My rota this week",
  ],
  welcomeHeading: (firstName) => (firstName ? `Hi ${firstName}` : "Hi"),
  welcomeIntro: (organisation) =>
    `I find lighthouses, colleagues and the rota${organisation ? ` for ${organisation}` : ""}, and I remind you of meetings and management checks.`,
  understoodKind: (kind) =>
    ({
      area: "Subject area",
      duty: "Duty",
      slot: "Time of day",
      person: "Person",
      role: "Role",
      date: "Date",
      meeting: "Meeting",
      check: "Check",
      other: "Word",
    })[kind],
  errorHeading: (kind) =>
    ({ unavailable: "I can't look things up right now", failed: "That didn't work", unknownUser: "I can't find you in the organisation" })[kind],
  errorBody: (kind, email) =>
    ({
      unavailable: "Please try again in a moment.",
      failed: "I couldn't answer that. Please try again, or ask in another way.",
      unknownUser: `Your Teams user${email ? ` (${email})` : ""} isn't linked to a person in the organisation. Ask a professional coordinator to add your email.`,
    })[kind],
  proposedBy: (name, when) => `Proposed by ${name} ${when}`,
  samples: (count) => (count === 1 ? "1 sample" : `${count} samples`),
  completedBy: (name, when, result, samples) =>
    `Done by ${name} ${when} — ${result === "ok" ? "OK" : "deviation"}, ${en.samples(samples)}`,
  whoMayComplete: (owner, coordinators, leaders) => {
    const who = [`${owner} (responsible)`];
    if (coordinators.length === 1) who.push(`the professional coordinator ${coordinators[0]}`);
    if (coordinators.length > 1) who.push(`the professional coordinators ${en.and(coordinators)}`);
    if (leaders.length === 1) who.push(`the section leader ${leaders[0]}`);
    if (leaders.length > 1) who.push(`the section leaders ${en.and(leaders)}`);
    return `Only ${en.or(who)} can mark this check as done. Feel free to contact one of them.`;
  },
  overdueBy: (title, days) => `${title} is ${days === 1 ? "1 day" : `${days} days`} overdue.`,
  chatWith: (name) => `Chat with ${name}`,
  callName: (name, phone) => `Call ${name} (${phone})`,
  mailName: (name) => `Email ${name}`,
  digestHeading: (week) => `This week, week ${week}`,
  digestGreeting: (firstName) => `Good morning${firstName ? ` ${firstName}` : ""}. Here are this week's checks and meetings.`,
  dueOn: (date) => `due ${date}`,
  checksCount: (count, overdue) =>
    `${count === 1 ? "1 check" : `${count} checks`}${overdue > 0 ? `, ${overdue} of them overdue` : ""}.`,
  digestCounts: (overdue, due, meetings) =>
    `${overdue} overdue, ${due} due this week, ${meetings === 1 ? "1 meeting" : `${meetings} meetings`}.`,
  helpSummary: "Ask me about lighthouses, subject areas, the rota, colleagues, meetings and management checks.",
  didYouMeanSummary: (suggestions) => `Did you mean: ${en.or(suggestions.map(withoutQuestionMark))}?`,
  more: (count) => `… and ${count} more`,
  showingOf: (shown, total) => `Showing ${shown} of ${total}. Ask more precisely to narrow it down.`,
  olderNotShown: (count) => `${count === 1 ? "1 older item is" : `${count} older items are`} not shown here.`,
  moreDuties: (count) =>
    `${count === 1 ? "1 more duty" : `${count} more duties`} cannot be shown at once. Ask about one duty at a time.`,
};

/** The words of a language. */
export const TEXTS: Readonly<Record<Lang, CardTexts>> = { da, en };

/** The words of `lang`. */
export function texts(lang: Lang): CardTexts {
  return TEXTS[lang];
}
