// npm run export -- <file>: writes the stored organisation (including edits made in the tab) as an
// organisation file in the same format as the import reads. "-" writes to standard output.
import { writeFile, rename } from "node:fs/promises";
import { serialiseOrganisation } from "../domain/organisationFile";
import { fail, storeFromEnv, storageErrorMessage } from "./storageFromEnv";

async function main(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) fail("Brug: npm run export -- <fil.yaml>   (\"-\" skriver til skærmen)");
  const { store, where } = storeFromEnv();
  const stored = await store.load().catch((err) => fail(storageErrorMessage(err, where)));
  if (!stored) fail(`Der er ingen organisation i ${where} endnu. Importér en med "npm run import -- <fil>".`);
  const yaml = serialiseOrganisation(stored.organisation);
  if (file === "-") {
    process.stdout.write(yaml);
    return;
  }
  // Write beside the target and rename, so an interrupted export never leaves half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, yaml, "utf8");
  await rename(temporary, file);
  console.log(`Eksporteret fra ${where} (version ${stored.version}, revision ${stored.revision}) til ${file}.`);
}

main(process.argv.slice(2)).catch((err) => fail(`Eksporten fejlede: ${err instanceof Error ? err.message : String(err)}`));
