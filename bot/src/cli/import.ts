// npm run import -- <file> [--dry-run]: validates an organisation file and replaces the stored organisation.
// A file with errors changes nothing; readers switch to the new organisation in one step. A long import shows
// its progress on stderr (a bar on a terminal, a line per tenth otherwise).
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { parseOrganisationFile, formatProblems } from "../domain/organisationFile";
import { ConcurrentChangeError } from "../storage/organisationStore";
import { fail, storeFromEnv, storageErrorMessage } from "./storageFromEnv";
import { progressReporter } from "./progress";

async function main(args: string[]): Promise<void> {
  const dryRun = args.includes("--dry-run");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) fail("Brug: npm run import -- <fil.yaml> [--dry-run]");

  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) =>
    fail(err.code === "ENOENT" ? `Filen "${file}" findes ikke.` : `Kan ikke læse "${file}": ${err.message}`),
  );
  const parsed = parseOrganisationFile(text);
  if (!parsed.ok) {
    fail(`${file} har ${parsed.problems.length} fejl; intet er ændret:\n${formatProblems(parsed.problems)}`);
  }
  const org = parsed.organisation;
  const summary = `${org.people.length} personer, ${org.units.length} enheder, ${org.areas.length} områder, ${org.rota.cycle.length} uger i rulleplanen, ${org.meetings.length} møder, ${org.checks.length} kontroller`;
  if (dryRun) {
    console.log(`${file} er gyldig: ${summary}. Intet er gemt (--dry-run).`);
    return;
  }
  const { store, where } = storeFromEnv();
  const progress = progressReporter("Skriver rækker", process.stderr);
  const started = performance.now();
  try {
    const pointer = await store.replace(org, { source: file, onProgress: progress.update });
    progress.finish();
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
    console.log(`Importeret til ${where}: ${summary} (version ${pointer.version}, ${seconds} s). Serveren bruger den inden for få sekunder.`);
  } catch (err) {
    progress.finish();
    if (err instanceof ConcurrentChangeError) fail(`Organisationen blev ændret (i fanen eller af en anden import), mens importen kørte. Intet er overskrevet. Kør importen igen.`);
    fail(storageErrorMessage(err, where));
  }
}

main(process.argv.slice(2)).catch((err) => fail(`Importen fejlede: ${err instanceof Error ? err.message : String(err)}`));
