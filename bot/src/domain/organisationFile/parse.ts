// Reading an organisation file: bytes (UTF-8 only) -> YAML -> the checks (limits, CPR-like numbers, the schema,
// the references) -> an Organisation, or every problem by its place in file order.
import { LineCounter, parseDocument } from "yaml";
import { containsCpr, findCpr, redactCpr } from "../cpr";
import { cprOutsideValues, findCprValues } from "./cprInFile";
import { findOversizeItems, findOversizeValues, MAX_FILE_BYTES } from "./limits";
import { CPR_MESSAGE, describeIssue, EMPTY_FILE_MESSAGE, firstLine, kindOf, syntaxMessage } from "./messages";
import { capped, failure, formatPath, inFileOrder, type FileProblem, type ParseResult, type Problem } from "./problems";
import { checkReferences } from "./references";
import { organisationSchema } from "./schema";

/**
 * Reads an organisation file's bytes: UTF-8 only (a byte-order mark is allowed), so a file saved as Windows-1252
 * or Latin-1 is an error naming the line of the first bad byte instead of names turned into "Lars M�ller".
 */
export function parseOrganisationBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return failure("", `filen er for stor: ${(bytes.length / 1024 / 1024).toFixed(0)} MB (højst ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failure("", "filen er gemt som UTF-16; gem den som UTF-8");
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return failure(`linje ${line}, byte ${bad - lineStart + 1}`, `tegnet (byte 0x${hex}) er ikke gyldig UTF-8: filen er nok gemt som Windows-1252 eller Latin-1. Gem den som UTF-8 (i Notesblok: Gem som → Kodning: UTF-8) og prøv igen`);
  }
  return parseOrganisationFile(new TextDecoder("utf-8").decode(bytes));
}

/** The offset of the first byte that is not valid UTF-8 (RFC 3629: no overlong forms, no surrogates), if any. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** Reads an organisation file (YAML; JSON is YAML too). Syntax errors are reported with line and column. */
export function parseOrganisationFile(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `linje ${line}, kolonne ${col}`;
  };

  if (doc.errors.length > 0) {
    const problems: FileProblem[] = doc.errors.map((error) => ({ path: where(error.pos[0]), message: syntaxMessage(error) }));
    // The values cannot be reached, but a CPR number in the text must still be pointed out (never echoed).
    for (const [start] of findCpr(text)) problems.push({ path: where(start), message: CPR_MESSAGE });
    return { ok: false, problems: capped(problems) };
  }
  if (doc.contents === null) return failure("", EMPTY_FILE_MESSAGE);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // toJS throws on alias bombs and unresolvable aliases; the message names no values from the file.
    return failure("", `filen kan ikke læses: ${redactCpr(firstLine(err instanceof Error ? err.message : String(err)))}`);
  }
  // A CPR-like number in a comment never reaches the values, but it is in the file all the same.
  const inComments = containsCpr(text)
    ? cprOutsideValues(text, doc.contents).map((offset) => ({ path: where(offset), message: `${CPR_MESSAGE} (i en kommentar)` }))
    : [];
  return validate(raw, inComments);
}

/** Checks an already parsed file (any JSON-like value) against the format and its references. */
export function validateOrganisation(raw: unknown): ParseResult {
  return validate(raw, []);
}

function validate(raw: unknown, alsoWrong: readonly FileProblem[]): ParseResult {
  if (raw === null || raw === undefined) return failure("", EMPTY_FILE_MESSAGE);
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return failure("", `filen skal være en tabel med felterne organisation, units, people, areas, rota, meetings, checks og holidays (fandt ${kindOf(raw)})`);
  }
  const problems: Problem[] = [];
  findOversizeValues(raw, [], problems);
  findCprValues(raw, [], problems);
  const parsed = organisationSchema.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, raw));
  checkReferences(raw as Record<string, unknown>, (path, message) => problems.push({ path, message }));
  if (parsed.success && problems.length === 0) findOversizeItems(parsed.data, problems);

  if (problems.length === 0 && alsoWrong.length === 0 && parsed.success) return { ok: true, organisation: parsed.data };
  const inOrder = inFileOrder(raw, problems).map((p) => ({ path: formatPath(p.path), message: p.message }));
  return { ok: false, problems: capped([...inOrder, ...alsoWrong]) };
}
