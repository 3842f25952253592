// The card tests' cases for what the bot sends unasked: meeting and check reminders, escalations, the weekly digest.
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { casesOf, type CardCase } from "./cardCase";
import * as F from "./fixtures";

const escalation = {
  title: "Ledelseskontrol af MitID-udstedelser",
  period: { kind: "week" as const, week: 47 },
  due: "2026-11-26",
  daysOverdue: 3,
  owner: F.mette,
};

export const REMINDER_CASES: readonly CardCase[] = [
  ...casesOf(render.renderMeetingReminderCard, summaries.meetingReminderSummary, [
    {
      name: "meeting reminder",
      data: F.meetingReminder,
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
      data: { ...F.meetingReminder, items: [], justProposed: true, agendaUrl: undefined, place: undefined },
      da: ["Tak. Dit punkt er tilføjet.", "Ingen punkter endnu."],
      notDa: ["Åbn dagsordenen", "Sted"],
    },
    {
      name: "meeting reminder, agenda closed",
      data: { ...F.meetingReminder, agendaClosed: true },
      da: ["Fristen for punkter er overskredet."],
      notDa: ["Foreslå punkt"],
    },
  ]),
  ...casesOf(render.renderCheckReminderCard, summaries.checkReminderSummary, [
    {
      name: "check reminder, open",
      data: F.checkOpen,
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
      data: { ...F.checkOpen, overdue: true, period: undefined, sample: undefined },
      da: ["Fristen er overskredet.", "Markér som udført"],
      notDa: ["Periode", "Stikprøve"],
    },
    {
      name: "check reminder, completed",
      data: F.checkCompleted,
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
      data: {
        ...F.checkOpen,
        state: { kind: "completed", completion: { by: "Lars Møller", at: "2026-07-01T06:05:00Z", result: "deviation", sampleChecked: 1 } },
      },
      da: ["Udført af Lars Møller 01.07.2026 kl. 08.05 — afvigelse, 1 stikprøve"],
      notDa: ["Fund", "Opfølgning"],
    },
    {
      name: "check reminder, not allowed",
      data: F.checkNotAllowed,
      da: [
        "Kun Mette Jensen (ansvarlig), faglig koordinator Lars Møller eller sektionsleder Helle Bach Larsen kan markere kontrollen som udført. Skriv gerne til en af dem.",
        "Fristen er overskredet.",
      ],
      en: ["Only Mette Jensen (responsible), the professional coordinator Lars Møller or the section leader Helle Bach Larsen can mark this check as done."],
      notDa: ["Markér som udført", "Antal kontrollerede stikprøver"],
    },
  ]),
  ...casesOf(render.renderEscalationCard, summaries.escalationSummary, [
    {
      name: "escalation",
      data: escalation,
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
  ]),
  ...casesOf(render.renderDigestCard, summaries.digestSummary, [
    {
      name: "weekly digest",
      data: F.digest,
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
      data: { week: 1, dueThisWeek: [], overdue: [], meetings: [] },
      da: ["Ugens overblik, uge 1", "Godmorgen. Her er ugens kontroller og møder.", "Ingen"],
    },
  ]),
];
