// The demo organisation, parsed once per test run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseOrganisationFile } from "../../bot/src/domain/organisationFile";
import type { Organisation } from "../../bot/src/domain/organisation";

export const DEMO_FILE = path.resolve(__dirname, "../../data/demo-organisation.yaml");

let demo: Organisation | undefined;

/** The parsed demo organisation (throws if the demo file is invalid). */
export function demoOrganisation(): Organisation {
  if (!demo) {
    const parsed = parseOrganisationFile(readFileSync(DEMO_FILE, "utf8"));
    if (!parsed.ok) throw new Error(`demo-organisation.yaml er ugyldig: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
    demo = parsed.organisation;
  }
  return demo;
}
