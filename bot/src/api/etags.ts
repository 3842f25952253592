// The tab's edits are guarded by the ETags of the stored rows. The cache builds a Directory per stored
// version; this keeps that version's row ETags beside it (a Directory is immutable, so they never go stale).
// The one API module that deals in rows: routes and views name what is edited (storage/editVersions.ts) and pass
// opaque versions through.
import { Directory } from "../domain/directory";
import { ConcurrentChangeError, type OrganisationStore, type StoredOrganisation } from "../storage/organisationStore";
import type { OrganisationCache, ViewBuilder } from "../storage/organisationCache";
import { etagOfVersion, rowOfEditable, versionOfEtag, type Editable } from "../storage/editVersions";
import type { Logger } from "../logger";
import { ApiError } from "./errors";

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

/**
 * Refreshes the view until its ETag for the row is no longer `replaced` (so it holds the newer write), or until `ms`
 * have passed; true when caught up. Needed because a refresh already in flight may have read the pointer before the
 * write, and under a burst of edits a load may see the pointer move while it reads and give up. Used after an edit
 * (its own write) and after losing a race (the other writer's).
 */
export async function viewWithRowChanged(
  refresh: () => Promise<unknown>, current: () => Directory | undefined, rowKey: string, replaced: string | null, ms: number,
): Promise<boolean> {
  const until = Date.now() + ms;
  for (let attempt = 0; ; attempt++) {
    await refresh();
    const view = current();
    const etag = view ? storedRowsOf(view)?.etags.get(rowKey) ?? null : replaced;
    if (etag !== replaced) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * (attempt + 1))));
  }
}

/** The opaque version of an editable thing as this Directory holds it; null when it is not stored yet. */
export function versionOf(directory: Directory, thing: Editable): string | null {
  return versionOfEtag(storedRowsOf(directory)?.etags.get(rowOfEditable(thing).rowKey));
}

/** What saving an edit needs from the app. */
export interface EditDeps {
  readonly cache: Pick<OrganisationCache<Directory>, "current" | "refresh">;
  readonly store: Pick<OrganisationStore, "updateRows">;
  readonly logger: Logger;
}

/** How long an edit waits for this instance's view to include what it saved, so the answer shows it. */
const VIEW_CATCH_UP_MS = 8000;
/** How long a conflict waits for the other edit to show in this instance's view (it may have written, not yet bumped). */
const CONFLICT_CATCH_UP_MS = 3000;

const CONFLICT = "En anden har ændret det samme imens. Din ændring er ikke gemt; her er de nye oplysninger – se dem igennem og prøv igen.";

/**
 * Saves one edited thing guarded by the version the client saw (null: it saw none) and answers with `fresh` of
 * the view that holds it; on conflict answers 409 with `fresh` of the view that holds the other edit.
 */
export async function saveEdit<T>(
  deps: EditDeps,
  directory: Directory,
  thing: Editable,
  version: string | null,
  change: { data: unknown; order: number },
  fresh: (d: Directory) => T,
): Promise<T> {
  const { kind, rowKey } = rowOfEditable(thing);
  const expected = etagOfVersion(version);
  const stored = storedRowsOf(directory);
  if (!stored) throw new Error("the cached Directory carries no row ETags (build it with directoryBuilder)");
  // A conflict answers with the row as the other edit left it: wait (briefly) until this instance's view has it.
  const conflict = async () => {
    await viewWithRowChanged(() => deps.cache.refresh(), () => deps.cache.current, rowKey, expected, CONFLICT_CATCH_UP_MS);
    return new ApiError(409, CONFLICT, { current: fresh(deps.cache.current!) });
  };
  // The cache may be a few seconds behind storage; the store's If-Match is what really decides.
  if ((stored.etags.get(rowKey) ?? null) !== expected) throw await conflict();
  let saved: Awaited<ReturnType<EditDeps["store"]["updateRows"]>>;
  try {
    saved = await deps.store.updateRows(stored.version, [{ kind, rowKey, ...change, etag: expected ?? undefined }]);
  } catch (err) {
    if (err instanceof ConcurrentChangeError) throw await conflict();
    throw err;
  }
  if (!saved.bumped) deps.logger.warn({ kind, revision: saved.revision }, "edit saved, but the revision could not be moved on in time; other instances see it at the next edit");
  // The row is saved; the answer shows it with its new version once this instance's view holds it.
  if (!(await viewWithRowChanged(() => deps.cache.refresh(), () => deps.cache.current, rowKey, expected, VIEW_CATCH_UP_MS))) {
    deps.logger.warn({ kind, revision: saved.revision }, "edit saved, but this instance's view did not catch up in time; the answer shows the view before it");
  }
  return fresh(deps.cache.current!);
}
