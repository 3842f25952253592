// The data each card is rendered from. The bot and the scheduler fill these from the organisation and storage;
// the cards module turns them into Adaptive Card JSON and never looks anything up itself. Names, dates and
// times come in as plain values (IsoDate, LocalTime, ISO instants); the card formats them for the language.
//
// By card: card.ts (what every card has), people.ts (person, people list, area), rota.ts (rota day, duties,
// cover), meetings.ts, checks.ts (checks, check reminder, escalation, digest), help.ts (help, welcome, unknown,
// error).
export type * from "./card";
export type * from "./checks";
export type * from "./help";
export type * from "./meetings";
export type * from "./people";
export type * from "./rota";
