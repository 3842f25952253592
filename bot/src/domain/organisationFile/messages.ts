// The wording of the problems every part of the file can have: YAML syntax errors, the kinds of zod issue (a
// missing field, a wrong type, an unknown field …) and CPR-like numbers, in Danish. A message that belongs to one
// field's rule (an RRULE, a reference) is written next to that rule.
import type { YAMLError } from "yaml";
import type { z } from "zod";
import { redactCpr } from "../cpr";
import { editDistance, fold } from "../text";
import { valueAt, type Problem } from "./problems";
import { FIELD_NAMES } from "./schema";

export const CPR_MESSAGE = "indeholder noget der ligner et CPR-nummer";

export const EMPTY_FILE_MESSAGE = "filen er tom: den skal indeholde organisation, units, people, areas og rota";

const SYNTAX_MESSAGES: Partial<Record<YAMLError["code"], string>> = {
  BAD_INDENT: "forkert indrykning",
  TAB_AS_INDENT: "tabulator brugt som indrykning; brug mellemrum",
  DUPLICATE_KEY: "samme felt står to gange",
  MISSING_CHAR: "der mangler et tegn (fx en afsluttende ], } eller et anførselstegn)",
  MULTILINE_IMPLICIT_KEY: "et felt strækker sig over flere linjer (mangler der et kolon, eller et mellemrum efter kolon?)",
  BLOCK_AS_IMPLICIT_KEY: "en liste eller tabel står hvor der skulle stå et feltnavn",
  BLOCK_IN_FLOW: "en indrykket liste eller tabel står inden i { } eller [ ]",
  MULTIPLE_DOCS: "filen må kun indeholde ét dokument (fjern den ekstra ---)",
  BAD_DQ_ESCAPE: "ugyldig \\-sekvens i tekst i dobbelte anførselstegn",
  UNEXPECTED_TOKEN: "uventet tegn",
  BAD_SCALAR_START: "en værdi kan ikke begynde med dette tegn; sæt anførselstegn om den",
  BAD_ALIAS: "ugyldig henvisning (*alias)",
  KEY_OVER_1024_CHARS: "feltnavnet er for langt",
  RESOURCE_EXHAUSTION: "filen bruger for mange henvisninger (*alias)",
};

/** A YAML syntax error in Danish; the library's English only for a code without a Danish message. */
export function syntaxMessage(error: YAMLError): string {
  const danish = specificSyntaxMessage(error) ?? SYNTAX_MESSAGES[error.code];
  const detail = redactCpr(firstLine(error.message));
  return danish ? `syntaksfejl: ${danish}` : `syntaksfejl: ${detail}`;
}

/** The library's message says more than its code for a few common mistakes. */
function specificSyntaxMessage(error: YAMLError): string | undefined {
  if (error.message.includes("end with a ]")) return "en liste i [ ] er ikke lukket med ] (eller fortsætter uden nok indrykning)";
  if (error.message.includes("end with a }")) return "en tabel i { } er ikke lukket med } (eller fortsætter uden nok indrykning)";
  if (error.message.includes("same column")) return "felterne i en tabel skal stå med samme indrykning";
  if (error.code === "BLOCK_AS_IMPLICIT_KEY") return 'to koloner på samme linje; sæt anførselstegn om en værdi, der indeholder ": "';
  return undefined;
}

/** The first line of a library's message, trimmed. */
export function firstLine(text: string): string {
  return text.split("\n", 1)[0].trim();
}

type Issue = z.core.$ZodIssue;

/** A zod issue as the file's problems (an unknown-keys issue is one problem per key). */
export function describeIssue(issue: Issue, raw: unknown): Problem[] {
  const path = issue.path.map((s) => (typeof s === "symbol" ? String(s.description) : s));
  const value = valueAt(raw, path);
  const one = (message: string): Problem[] => [{ path, message }];
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return one("påkrævet felt mangler");
      if (value === null) return one(`feltet er tomt; skriv ${expectedName(issue.expected)}`);
      if (issue.expected === "int" && typeof value === "number") return one("skal være et helt tal");
      const hint = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (sæt anførselstegn om værdien)" : "";
      return one(`skal være ${expectedName(issue.expected)}, ikke ${kindOf(value)}${hint}`);
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownFieldMessage(key) }));
    case "invalid_value":
      return one(`skal være en af: ${issue.values.map(String).join(", ")}`);
    case "too_small":
      if (issue.origin === "array") return one(issue.minimum === 1 ? "listen må ikke være tom" : `listen skal have mindst ${issue.minimum} elementer`);
      if (issue.origin === "string") return one("må ikke være tom");
      return one(`skal være mindst ${issue.minimum}`);
    case "too_big":
      if (issue.origin === "string") return one(`er for lang (højst ${issue.maximum} tegn)`);
      return one(`må højst være ${issue.maximum}`);
    default:
      // custom (our own Danish messages), invalid_format with our error, invalid_union with our error.
      return one(redactCpr(issue.message));
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case "string":
      return "en tekst";
    case "number":
      return "et tal";
    case "int":
      return "et helt tal";
    case "array":
      return "en liste";
    case "object":
    case "record":
      return "en tabel (felt: værdi)";
    case "boolean":
      return "true eller false";
    default:
      return expected;
  }
}

/** What a value is, as a sentence names it: "en tekst", "en liste", "ingenting". */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (Array.isArray(value)) return "en liste";
  switch (typeof value) {
    case "string":
      return "en tekst";
    case "number":
      return "et tal";
    case "boolean":
      return "en sand/falsk-værdi";
    case "object":
      return "en tabel";
    default:
      return typeof value;
  }
}

/** An unknown field, with the known one it is likely a misspelling of ("fyrtårne" -> "fyrtaarne"). */
function unknownFieldMessage(key: string): string {
  const folded = fold(key);
  const guess = FIELD_NAMES.find((f) => fold(f) === folded) ?? FIELD_NAMES.find((f) => editDistance(fold(f), folded, 2) <= 2);
  return `ukendt felt ${quote(key)}${guess ? ` (mente du "${guess}"?)` : ""}`;
}

/** A value from the file inside quotes, shortened, and never with a CPR-like number in it. */
export function quote(value: string): string {
  const safe = redactCpr(value);
  return `"${safe.length > 60 ? `${safe.slice(0, 57)}…` : safe}"`;
}
