// The tab's edits are guarded by the ETags of the stored rows. The cache builds a Directory per stored
// version; this keeps that version's row ETags beside it (a Directory is immutable, so they never go stale).
import { Directory } from "../domain/directory";
import type { StoredOrganisation } from "../storage/organisationStore";
import type { ViewBuilder } from "../storage/organisationCache";

const etagsByDirectory = new WeakMap<Directory, { readonly version: string; readonly etags: ReadonlyMap<string, string> }>();

/**
 * How the cache builds Directories with their ETags: a new version is built in slices (questions go on), an
 * edit updates the previous Directory (see Directory.next).
 */
export const directoryBuilder: ViewBuilder<Directory> = {
  build: async (stored) => remember(await Directory.build(stored.organisation), stored),
  update: (previous, stored) => remember(previous.next(stored.organisation), stored),
};

function remember(directory: Directory, stored: StoredOrganisation): Directory {
  etagsByDirectory.set(directory, { version: stored.version, etags: stored.etags });
  return directory;
}

/** The stored version and row ETags a Directory was built from (undefined for one built otherwise). */
export function storedRowsOf(directory: Directory): { readonly version: string; readonly etags: ReadonlyMap<string, string> } | undefined {
  return etagsByDirectory.get(directory);
}
