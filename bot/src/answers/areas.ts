// Answers about a subject area: its fyrtårne and backups with who is in first ("hvem er fyrtårn for pas"), where
// to refer ("hvor henviser jeg skat"), and who to ask when someone is away ("Sara er syg, hvem tager pas?").
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import * as cards from "../cards";
import { areaCoverage, type Holder } from "../domain/coverage";
import { NEEDS_NOTHING, contactMaker, notUnderstood, reply, type Answerer, type AskContext, type Reply } from "./reply";

/** "hvem er fyrtårn for valg", "og backup?". */
export const fyrtaarn: Answerer = { needs: NEEDS_NOTHING, dayStable: true, answer: (frame, directory, context) => areaReply(frame, directory, context, "people") };

/** "hvor henviser jeg skat?", "kan vi straks-afklare pas?". */
export const referral: Answerer = { needs: NEEDS_NOTHING, dayStable: true, answer: (frame, directory, context) => areaReply(frame, directory, context, "referral") };

/** Who to ask about an area on a day (coverage/areas.ts): the people who are in first, absent ones marked, and whom to ask instead. */
export function areaReply(frame: Frame, directory: Directory, context: AskContext, focus: "people" | "referral"): Reply {
  const area = frame.areas?.[0] ? directory.area(frame.areas[0]) : undefined;
  if (!area) return notUnderstood(frame);
  const today = directory.calendar.today(context.now);
  const date = frame.from ?? today;
  const coverage = areaCoverage(directory.organisation, area.id, date, directory.calendar, { assumeAway: frame.away ?? [] });
  if (!coverage) return notUnderstood(frame);
  const contactOf = contactMaker(directory, date);
  const holder = (h: Holder): cards.ContactWithAbsence => {
    const contact = contactOf(h.person);
    const reason = h.away?.[0]?.reason ?? (h.saidAway ? cards.texts(frame.lang).saidAway : undefined);
    return h.presence === "away" && reason ? { ...contact, absentToday: reason } : contact;
  };
  // Said only when someone is away: "Fyrtårnet er væk i dag: spørg Kim Vang (backup)."
  const someoneAway = [...coverage.fyrtaarne, ...coverage.backups].some((h) => h.presence === "away") || (frame.away?.length ?? 0) > 0;
  const first = coverage.ask[0];
  const askInstead: cards.AreaCardData["askInstead"] = !someoneAway
    ? undefined
    : first
      ? { name: directory.person(first.person)?.name ?? first.person, as: first.as === "sektionsleder" ? "koordinator" : first.as }
      : { name: "", as: "nobody" };
  const data: cards.AreaCardData = {
    area: area.name,
    fyrtaarne: coverage.fyrtaarne.map(holder),
    backups: coverage.backups.map(holder),
    front: area.front,
    referTo: area.referTo,
    guides: area.guides,
    focus: focus === "people" && frame.want === "backup" ? "backup" : focus,
    ...(askInstead && { askInstead }),
    ...(date !== today && { date }),
  };
  return reply(frame, cards.renderAreaCard(data, frame.lang), cards.areaSummary(data, frame.lang), coverage.ask.map((a) => a.person));
}
