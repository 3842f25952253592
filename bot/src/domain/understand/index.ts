// Understanding a staff member's question as a frame (frame.ts): taggers fill typed slots from the words — the
// bot's own vocabulary (vocabulary.ts), dates (dateExpressions.ts), and every name, area, duty, slot, title and
// competence of the organisation (OrgIndex) — then a table of rules picks the intent from what is filled. A
// message that leaves things out ("og backup?", "hvad med i morgen?", "hendes nummer?") takes them from the
// previous turn. Pure and cheap: no I/O, a capped amount of work whatever the input, and it never throws.
//
// By step: question.ts (the sentence that asks, its language, whether it may be a follow-up), tagging.ts (what the
// words name), titles.ts (the organisation's titles), rules.ts (the rule table), reading.ts (understand(): the
// rules on the tags, and follow-ups).
export { languageOf, mayFollowUp, MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS, pickQuestionText, readQuestion, type AskedWords } from "./question";
export { understand } from "./reading";
