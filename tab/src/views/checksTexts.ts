// The words of Møder og kontroller, Danish first. Kept next to the view so the statuses, the legend and the
// record's words are in one place.
import type { Lang } from "../teams";
import { formatDate } from "../dates";
import type { RoundStatus } from "../api";

const da = {
  status: { done: "udført", deviation: "udført med afvigelse", due: "skal udføres", overdue: "overskredet", missed: "ikke udført", upcoming: "kommende" } as Record<RoundStatus, string>,
  /** What each status means, for the legend. */
  explain: {
    done: "runden er udført uden afvigelser",
    deviation: "runden er udført, og der er fundet en afvigelse",
    due: "runden er begyndt, fristen er ikke nået",
    overdue: "fristen er overskredet, runden kan stadig nås",
    missed: "runden blev ikke udført, og næste runde er begyndt",
    upcoming: "runden er ikke begyndt",
  } as Record<RoundStatus, string>,
  legend: "Forklaring",
  deviationOpen: "åben",
  deviationClosed: (date: string) => `lukket ${date}`,
  followUpDue: (date: string) => `frist for opfølgning ${date}`,
  approvedBy: (name: string) => `godkendt af ${name}`,
  awaitingApproval: "afventer godkendelse",
  since: (date: string) => `tæller fra ${date}`,
  chartSummary: (done: number, due: number) => `${done} af ${due} runder udført de seneste 12 uger`,
  showTable: "Vis tallene som tabel",
  weekCol: "Uge (mandag)",
  dueCol: "Runder med frist",
  doneCol: "Udført",
  deviationsCol: "Heraf med afvigelse",
  laterInSeason: "Senere i sæsonen",
  at: "kl.",
  dueOn: (date: string) => `frist ${date}`,
};

const en: typeof da = {
  status: { done: "done", deviation: "done with a deviation", due: "to do", overdue: "overdue", missed: "not done", upcoming: "upcoming" },
  explain: {
    done: "the round is done, no deviations",
    deviation: "the round is done and a deviation was found",
    due: "the round has begun, the deadline is not reached",
    overdue: "the deadline has passed, the round can still be done",
    missed: "the round was not done and the next round has begun",
    upcoming: "the round has not begun",
  },
  legend: "Legend",
  deviationOpen: "open",
  deviationClosed: (date) => `closed ${date}`,
  followUpDue: (date) => `follow-up due ${date}`,
  approvedBy: (name) => `approved by ${name}`,
  awaitingApproval: "awaiting approval",
  since: (date) => `counts from ${date}`,
  chartSummary: (done, due) => `${done} of ${due} rounds done in the last 12 weeks`,
  showTable: "Show the figures as a table",
  weekCol: "Week (Monday)",
  dueCol: "Rounds due",
  doneCol: "Done",
  deviationsCol: "Of these with a deviation",
  laterInSeason: "Later this season",
  at: "at",
  dueOn: (date) => `due ${date}`,
};

export type ChecksTexts = typeof da;
export const checksTextsFor = (lang: Lang): ChecksTexts => (lang === "en" ? en : da);

/** "tirsdag 9. februar", with the year when it is not this year's: "tirsdag 9. februar 2027" (the bot's words). */
export function formatDay(date: string, today: string, lang: Lang): string {
  return formatDate(date, lang, { year: date.slice(0, 4) !== today.slice(0, 4) });
}
