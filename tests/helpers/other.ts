// The second test organisation, shaped unlike the demo (three slots a day and a Thursday evening, a three-week
// cycle, two fyrtårne or no backup on an area, two people called Sara): parsed once per test run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseOrganisationFile } from "../../bot/src/domain/organisationFile";
import type { Organisation } from "../../bot/src/domain/organisation";

export const OTHER_FILE = path.resolve(__dirname, "../fixtures/organisation/other-municipality.yaml");

let other: Organisation | undefined;

/** The parsed other-municipality fixture (throws if the file is invalid). */
export function otherOrganisation(): Organisation {
  if (!other) {
    const parsed = parseOrganisationFile(readFileSync(OTHER_FILE, "utf8"));
    if (!parsed.ok) throw new Error(`other-municipality.yaml er ugyldig: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
    other = parsed.organisation;
  }
  return other;
}
