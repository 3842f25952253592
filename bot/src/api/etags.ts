// The tab's edits are guarded by the ETags of the stored rows. The cache builds a Directory per stored
// version; this keeps that version's row ETags beside it (a Directory is immutable, so they never go stale).
import { Directory } from "../domain/directory";
import type { StoredOrganisation } from "../storage/organisationStore";

const etagsByDirectory = new WeakMap<Directory, { readonly version: string; readonly etags: ReadonlyMap<string, string> }>();

/** Builds the Directory of a stored version and remembers its version and row ETags for the API. */
export function directoryWithEtags(stored: StoredOrganisation): Directory {
  const directory = new Directory(stored.organisation);
  etagsByDirectory.set(directory, { version: stored.version, etags: stored.etags });
  return directory;
}

/** The stored version and row ETags a Directory was built from (undefined for one built otherwise). */
export function storedRowsOf(directory: Directory): { readonly version: string; readonly etags: ReadonlyMap<string, string> } | undefined {
  return etagsByDirectory.get(directory);
}
