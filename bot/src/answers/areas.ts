// Answers about a subject area: its fyrtårne and backups with who is in first ("hvem er fyrtårn for pas"), where
// to refer ("hvor henviser jeg skat"), and who to ask when someone is away ("Sara er syg, hvem tager pas?").
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import * as cards from "../cards";
import { NEEDS_NOTHING, contactMaker, notUnderstood, reply, absenceOn, type Answerer, type AskContext, type Reply } from "./reply";

/** "hvem er fyrtårn for valg", "og backup?". */
export const fyrtaarn: Answerer = { needs: NEEDS_NOTHING, dayStable: true, answer: (frame, directory, context) => areaReply(frame, directory, context, "people") };

/** "hvor henviser jeg skat?", "kan vi straks-afklare pas?". */
export const referral: Answerer = { needs: NEEDS_NOTHING, dayStable: true, answer: (frame, directory, context) => areaReply(frame, directory, context, "referral") };

/** Who to ask about an area on a day: present fyrtårne first, then backups, then the koordinator. */
export function areaReply(frame: Frame, directory: Directory, context: AskContext, focus: "people" | "referral"): Reply {
  const area = frame.areas?.[0] ? directory.area(frame.areas[0]) : undefined;
  if (!area) return notUnderstood(frame);
  const today = directory.calendar.today(context.now);
  const date = frame.from && frame.intent === "cover" ? frame.from : today;
  const away = new Set(frame.away ?? []);
  const contactOf = contactMaker(directory, date);
  const withAway = (id: string): cards.ContactWithAbsence => {
    const contact = contactOf(id);
    return away.has(id) && !contact.absentToday ? { ...contact, absentToday: frame.lang === "en" ? "away" : "væk" } : contact;
  };
  const isIn = (id: string) => !away.has(id) && !absenceOn(directory, id, date);
  const inFirst = (ids: readonly string[]) => [...ids.filter(isIn), ...ids.filter((id) => !isIn(id))];
  const fyrtaarne = inFirst(area.fyrtaarne);
  const backups = inFirst(area.backups);
  const askInstead = whoToAsk(directory, area.fyrtaarne, area.backups, isIn, area.fyrtaarne.some((id) => !isIn(id)) || away.size > 0);
  const people = [askInstead?.id, ...fyrtaarne.filter(isIn), ...backups.filter(isIn)].filter((id): id is string => !!id);
  const data: cards.AreaCardData = {
    area: area.name,
    fyrtaarne: frame.want === "backup" ? [] : fyrtaarne.map(withAway),
    backups: backups.map(withAway),
    front: area.front,
    referTo: area.referTo,
    guides: area.guides,
    focus,
    ...(askInstead && { askInstead: { name: askInstead.name, as: askInstead.as } }),
    ...(date !== today && { date }),
  };
  return reply(frame, cards.renderAreaCard(data, frame.lang), cards.areaSummary(data, frame.lang), [...new Set(people)]);
}

/**
 * Who to ask when not every fyrtårn is in (only then is it said): the first fyrtårn in, else the first backup in,
 * else a koordinator who is in (of the fyrtårn's unit first), else nobody.
 */
function whoToAsk(
  directory: Directory, fyrtaarne: readonly string[], backups: readonly string[], isIn: (id: string) => boolean, someoneAway: boolean,
): { id?: string; name: string; as: "fyrtaarn" | "backup" | "koordinator" | "nobody" } | undefined {
  if (!someoneAway) return undefined;
  const name = (id: string) => directory.person(id)?.name ?? id;
  const fyrtaarn = fyrtaarne.find(isIn);
  if (fyrtaarn) return { id: fyrtaarn, name: name(fyrtaarn), as: "fyrtaarn" };
  const backup = backups.find(isIn);
  if (backup) return { id: backup, name: name(backup), as: "backup" };
  const units = new Set([...fyrtaarne, ...backups].map((id) => directory.person(id)?.unit));
  const koordinatorer = directory.organisation.people.filter((p) => p.role === "koordinator" && isIn(p.id));
  const koordinator = koordinatorer.find((p) => units.has(p.unit)) ?? koordinatorer[0];
  if (koordinator) return { id: koordinator.id, name: koordinator.name, as: "koordinator" };
  return { name: "", as: "nobody" };
}
