// The second test organisation, shaped unlike the demo (three slots a day and a Thursday evening, a three-week
// cycle, two fyrtårne or no backup on an area, two people called Sara): parsed once per test run.
import path from "node:path";
import type { Organisation } from "../../bot/src/domain/organisation";
import { organisationOfFile } from "./demo";

export const OTHER_FILE = path.resolve(__dirname, "../fixtures/organisation/other-municipality.yaml");

/** The parsed other-municipality fixture (throws if the file is invalid). */
export function otherOrganisation(): Organisation {
  return organisationOfFile(OTHER_FILE);
}
