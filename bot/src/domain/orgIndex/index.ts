// The organisation's names, made searchable: areas, duties, people, units, competences, meetings and checks,
// with every synonym, Danish stemming, æ/ø/å folding and typo tolerance. Built once per organisation version and
// then only read, so one index serves every turn. The bot's own words (fyrtårn, rulleplan, hvem, …) are not
// here: they belong to understand/ (vocabulary.ts).
//
// By concern: entities.ts (what an index holds, what a search returns), build.ts (building one from an
// organisation), scoring.ts (weighing a match), orgIndex.ts (the OrgIndex: searching and people look-ups).
export { ENTITY_KINDS, MAX_QUERY_WORDS, type EntityKind, type EntityMatch, type EntitySuggestion } from "./entities";
export { OrgIndex } from "./orgIndex";
