// The demo organisation, parsed once per test run; any organisation file of the tests parsed once the same way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseOrganisationFile } from "../../bot/src/domain/organisationFile";
import type { Organisation } from "../../bot/src/domain/organisation";

export const DEMO_FILE = path.resolve(__dirname, "../../data/demo-organisation.yaml");

const parsedFiles = new Map<string, Organisation>();

/** The organisation of a file, parsed once per test run (throws, naming the file, if it is invalid). */
export function organisationOfFile(file: string): Organisation {
  let organisation = parsedFiles.get(file);
  if (!organisation) {
    const parsed = parseOrganisationFile(readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(`${path.basename(file)} er ugyldig: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
    organisation = parsed.organisation;
    parsedFiles.set(file, organisation);
  }
  return organisation;
}

/** The parsed demo organisation (throws if the demo file is invalid). */
export function demoOrganisation(): Organisation {
  return organisationOfFile(DEMO_FILE);
}
