// The organisation file: the YAML (or JSON) a department maintains, read into an Organisation with every problem
// named by its place (`areas[3].fyrtaarne[0]: ukendt person "xx"`), and written back in the same format.
// The format is documented in docs/organisation-file.md. Nothing here echoes a CPR-like number.
//
// By concern: parse.ts reads (bytes, YAML, the order of the checks), schema.ts is the shape, rrule.ts the RRULEs,
// references.ts what refers to what, limits.ts and cprInFile.ts what may not be stored, messages.ts the wording
// of the common problems, problems.ts their places and order, serialise.ts the writing.
export { MAX_FILE_BYTES, MAX_ITEM_CHARS, MAX_TEXT_CHARS } from "./limits";
export { parseOrganisationBytes, parseOrganisationFile, validateOrganisation } from "./parse";
export { formatProblems, MAX_PROBLEMS, type FileProblem, type ParseResult } from "./problems";
export { serialiseOrganisation } from "./serialise";
