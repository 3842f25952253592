// Paths and readers for the infrastructure tests: everything is read from the checkout, nothing is mocked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnvFile } from "../../../scripts/lib/app-package";

/** The repository root. */
export const ROOT = join(__dirname, "..", "..", "..");

export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

export function readText(...parts: string[]): string {
  return readFileSync(repoPath(...parts), "utf8");
}

/** The variables an env template declares (values may be empty). */
export function envTemplate(name: string): Map<string, string> {
  return parseEnvFile(readText("env", `.env.${name}`), `env/.env.${name}`);
}
