// Who covers: for a day (and optionally some slots) who is away and why, who stands in for them in the rota
// (one-day changes) and which of their duties are left uncovered; for an area whether its fyrtårne are in and whom
// to ask instead (backup, then the faglig koordinator); for a person who does their duties; and the gaps a
// koordinator fills first thing in the morning. One module for the bot, the tab and the reminders, built on the
// resolved rota (rota.ts). Plain data: ids and reasons, no wording.
//
// By question: absences.ts (who is away, and why), presence.ts (is someone in), roles.ts (whom a unit has in a
// role), areas.ts (whom to ask for an area), duties.ts (who does a person's duties), gaps.ts (the day's gaps),
// filling.ts (who could fill one, and the change that does).
export { absencesBetween, absencesOn, readAbsenceReason, reasonMatches, type AbsenceFilter, type Away } from "./absences";
export { areaCoverage, type AreaCoverage, type AreaOptions, type AskPerson, type Holder } from "./areas";
export { coverForPerson, type CoverOptions, type DutyCover, type PersonCoverage } from "./duties";
export { changeToFill, replacementCandidates, type Candidate } from "./filling";
export { coverageOfDay, findGap, gapKey, gapsOfDay, type AbsentCover, type DayCoverage, type Gap, type GapKind } from "./gaps";
export { factsOf, presenceOn, type DayFacts, type PersonPresence, type Presence, type SlotOptions } from "./presence";
export { koordinatorerForArea, nearestWithRole, roleHoldersOf } from "./roles";
