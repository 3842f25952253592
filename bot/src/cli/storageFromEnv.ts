// Shared start of the command-line tools: storage settings from the environment (local Azurite by
// default) and a clear message when storage cannot be reached.
import { describeStorage, storageSettings } from "../config";
import { OrganisationStore } from "../storage/organisationStore";
import { Tables, storageStatus } from "../storage/tables";

/**
 * The organisation store the environment points at, and a description of where that is. `deadlineMs` bounds one
 * storage call (default: the server's STORAGE_DEADLINE_MS); a batch job writing 100 rows per call passes more.
 */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env, options: { readonly deadlineMs?: number } = {}): { store: OrganisationStore; tables: Tables; where: string } {
  const problems: string[] = [];
  const { storage, tablePrefix } = storageSettings(env, true, problems);
  if (problems.length > 0 || !storage) fail(problems.join("\n"));
  const tables = new Tables(storage, tablePrefix, { deadlineMs: options.deadlineMs });
  return { store: new OrganisationStore(tables), tables, where: `${describeStorage(storage)}, tabelpræfiks "${tablePrefix}"` };
}

/** A message for an error reaching storage that tells the user what to do. */
export function storageErrorMessage(err: unknown, where: string): string {
  const status = storageStatus(err);
  if (status === undefined) return `Kan ikke nå Table Storage (${where}). Kører Azurite? Start den med "npm start", eller sæt STORAGE_CONNECTION_STRING / STORAGE_ACCOUNT_URL.`;
  if (status === 403 || status === 401) return `Table Storage (${where}) afviste adgangen (${status}). Tjek nøgle eller rolletildeling (Storage Table Data Contributor).`;
  return `Table Storage (${where}) svarede ${status}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
}

/** Prints the message to stderr and exits with code 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
