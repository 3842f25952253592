// The organisation file in tests: the demo file as text and as plain data to break, fixtures, and asserting helpers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Organisation } from "../../bot/src/domain/organisation";
import { formatProblems, validateOrganisation, type FileProblem, type ParseResult } from "../../bot/src/domain/organisationFile";

export const DEMO_TEXT = readFileSync("data/demo-organisation.yaml", "utf8");
/** A test organisation file from tests/fixtures/organisation, as text. */
export const fixture = (name: string): string => readFileSync(`tests/fixtures/organisation/${name}`, "utf8");

/** The demo file as plain data, for tests that change one thing in it. */
// `any` on purpose: each case reaches deep into the file to break one thing, which a precise type would forbid.
export type Raw = Record<string, any>;
const DEMO_RAW = parse(DEMO_TEXT) as Raw;
export const demoRaw = (): Raw => structuredClone(DEMO_RAW);

/** The organisation of a result that must have no problems (fails listing them otherwise). */
export function organisationOf(result: ParseResult): Organisation {
  if (!result.ok) assert.fail(`expected no problems, got:\n${formatProblems(result.problems)}`);
  return result.organisation;
}

/** The problems of a result that must have some. */
export function problemsOf(result: ParseResult): FileProblem[] {
  assert.equal(result.ok, false, "expected problems, got an organisation");
  return result.ok ? [] : result.problems;
}

/** The formatted problems of the demo file after `change`. */
export function linesAfter(change: (raw: Raw) => void): string[] {
  const raw = demoRaw();
  change(raw);
  return formatProblems(problemsOf(validateOrganisation(raw))).split("\n");
}

/** Fails when an object anywhere has a key whose value is undefined (the file format omits such keys). */
export function assertNoUndefinedKeys(value: unknown, path = "org"): void {
  if (Array.isArray(value)) value.forEach((item, i) => assertNoUndefinedKeys(item, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      assert.notEqual(item, undefined, `${path}.${key} is an undefined key`);
      assertNoUndefinedKeys(item, `${path}.${key}`);
    }
  }
}

/** The smallest valid organisation file. */
export const MINIMAL = `
organisation: { name: Borgerservice, municipality: Eksempel Kommune, timezone: Europe/Copenhagen }
units: [{ id: bs, name: Borgerservice }]
people: [{ id: ak, name: Anne Kristensen, title: Medarbejder, unit: bs, role: medarbejder }]
rota: { slots: [], duties: [], cycleStart: 2026-01-05, cycle: [{}] }
`;
