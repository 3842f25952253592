// A subject area's card: its fyrtårne and backups (and who to ask when they are away), what the front settles,
// where to refer, and the procedures.
import type { AreaCardData, Lang } from "../cardData";
import { formatDate } from "../../domain/format";
import { capitalise } from "../format";
import { texts } from "../texts";
import { contactView } from "./people";

/** The absence note of a fyrtårn: "— kontakt backup" when a backup is at work. */
export function fyrtaarnAbsence(data: AreaCardData, reason: string | undefined, lang: Lang): string {
  if (!reason) return "";
  const x = texts(lang);
  const backupAtWork = data.backups.some((backup) => !backup.absentToday);
  const day = areaDay(data, lang);
  return backupAtWork ? x.absentContactBackup(x.reason(reason), day) : x.absentToday(x.reason(reason), undefined, day);
}

/** The day an area card's absences are about, when it is not today. */
export function areaDay(data: AreaCardData, lang: Lang): string | undefined {
  return data.date ? formatDate(data.date, lang) : undefined;
}

/** "Fagområde", and the day when the question was about another day than today: "Fagområde · Torsdag 26. november". */
export function areaSubtitle(data: AreaCardData, lang: Lang): string {
  const label = texts(lang).labels.area;
  const day = areaDay(data, lang);
  return day ? `${label} · ${capitalise(day)}` : label;
}

export function areaView(data: AreaCardData, lang: Lang) {
  const x = texts(lang);
  return {
    area: data.area,
    subtitle: areaSubtitle(data, lang),
    askInstead: askInsteadText(data, lang),
    referralFirst: data.focus === "referral",
    backupsFirst: data.focus === "backup",
    referral: { front: data.front?.trim() ?? "", referTo: data.referTo?.trim() ?? "", noFrontInfo: x.noFrontInfo(data.area) },
    fyrtaarne: data.fyrtaarne.map((person) => contactView(person, lang, { absence: fyrtaarnAbsence(data, person.absentToday, lang) })),
    backups: data.backups.map((person) =>
      contactView(person, lang, { absence: person.absentToday ? x.absentToday(x.reason(person.absentToday), undefined, areaDay(data, lang)) : undefined }),
    ),
    guides: data.guides.filter((guide) => guide.title.trim() && guide.url.trim()).map(({ title, url }) => ({ title, url })),
  };
}

/** "Fyrtårnet er væk i dag: spørg Kim Vang (backup)." — empty when the first fyrtårn is in and nothing was asked about absences. */
export function askInsteadText(data: AreaCardData, lang: Lang): string {
  if (!data.askInstead) return "";
  return texts(lang).askInstead(data.askInstead.name, data.askInstead.as, areaDay(data, lang), data.fyrtaarne.length > 1);
}
