// The cards' words in English. Absence reasons stay as the organisation writes them (Danish) unless known here.
import { formatDate, formatShortDate, monthName } from "../../domain/format";
import { capitalise } from "../format";
import type { Role } from "../../domain/organisation";
import type { CardTexts } from "./cardTexts";
import { joinWith, withoutQuestionMark } from "./lists";

/** Absence reasons as the organisation writes them, in English. */
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

/** An absence reason in English, when known ("ferie" -> "holiday"); otherwise as written. */
const enReason = (reason: string): string => EN_REASONS[reason.toLowerCase()] ?? reason;

/** "Nobody is off sick …": nobody away for the reason. */
const EN_NOBODY_AWAY: Record<string, string> = { syg: "off sick", ferie: "on holiday", kursus: "on a course", afspadsering: "taking time off in lieu", barsel: "on leave" };
/** "You have no holiday registered …": a person's absences of the reason. */
const EN_NO_ABSENCE: Record<string, string> = { syg: "no sick leave", ferie: "no holiday", kursus: "no course", afspadsering: "no time off in lieu", barsel: "no leave" };

/** A role as a word in a sentence ("… har ingen faglig koordinator over sig"); capitalised as a label. */
const ROLE_NAMES: Readonly<Record<Role, string>> = { sektionsleder: "section leader", koordinator: "professional coordinator", medarbejder: "staff member" };

/** Headings of absence lists by the reason asked about. */
const EN_ABSENT_HEADING: Record<string, string> = { syg: "Off sick", ferie: "On holiday", kursus: "On a course", afspadsering: "Taking time off in lieu", barsel: "On leave" };

export const en: CardTexts = {
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
  roleName: (role) => capitalise(ROLE_NAMES[role]),
  tillidshvervName: (hverv) => ({ tr: "Union representative (TR)", amr: "Safety representative (AMR)" })[hverv],
  reason: enReason,
  and: joinWith("and"),
  or: joinWith("or"),
  peopleHeading: (topic, count) => {
    const s = count !== 1 ? "s" : "";
    switch (topic.kind) {
      case "role": {
        const name = { sektionsleder: `section leader${s}`, koordinator: `professional coordinator${s}`, medarbejder: "staff" }[topic.role];
        if (topic.of) return "you" in topic.of ? `Your ${name}` : `${topic.of.name}'s ${name}`;
        return capitalise(name);
      }
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
  absenceDetail: (reason, period, slots) => `${capitalise(enReason(reason))} ${period}${slots ? ` (${slots})` : ""}`,
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
  coverAbsent: (person, reason) => `${person} is away (${enReason(reason)}).`,
  coverNotAbsent: (person) => `${person} is not registered as away`,
  coverNoDuties: (person, duty) => (duty ? `${person} is not on ${duty} in the rota that day.` : `${person} has no duties in the rota that day.`),
  coverGap: "Nobody — a gap in the rota",
  atWork: (person, date) => `Yes, ${person} is at work ${date}.`,
  notAtWork: (person, date, reason, until) => `No, ${person} is away ${date} (${enReason(reason)})${until ? ` until ${until}` : ""}.`,
  partlyAway: (person, date, reason, slots) => `${person} is at work ${date}, but away in ${slots} (${enReason(reason)}).`,
  dayOffFor: (date) => `There is no rota ${date}.`,
  noRoleHolder: (role, of) => {
    const name = ROLE_NAMES[role];
    return of === "you" ? `You have no ${name} above you in the organisation.` : `${of} has no ${name} above them in the organisation.`;
  },
  noAbsence: (people, reason, period) => {
    const when = !period ? "in the coming year" : period.to ? `from ${period.from} to ${period.to}` : `on ${period.from}`;
    if (people !== "you" && people.length === 0) return `Nobody is ${reason ? EN_NOBODY_AWAY[reason] ?? `registered as away (${enReason(reason)})` : "registered as away"} ${when}.`;
    const who = people === "you" ? "You have" : `${joinWith("and")(people)} ${people.length === 1 ? "has" : "have"}`;
    return `${who} ${reason ? EN_NO_ABSENCE[reason] ?? `no absence (${enReason(reason)})` : "no absence"} registered ${when}.`;
  },
  noCompetence: (competence) => `Nobody in the organisation has ${competence} registered as a competence.`,
  nextDutyFound: (_person, duty) => `Next time on ${duty}`,
  nextDutyNone: (person, duty, weeks) => `${person} is not on ${duty} in the rota for the next ${weeks} weeks.`,
  dutyNotThatDay: (duty, date, next) => `${duty} is not staffed on ${date}.${next ? ` Next time: ${next}.` : ""}`,
  slotNotThatDay: (date) => `That time slot does not run ${date}. Here is the whole day:`,
  noPeople: "I found nobody in the organisation who fits.",
  saidAway: "as you say",
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
  smallTalk: {
    thanks: "You're welcome. Just write if there is anything else.",
    acknowledged: "Good. Just write if there is anything else.",
  },
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
