// The server's in-memory view of the organisation. Questions are answered from it without a storage
// round trip; a timer checks the stored pointer every few seconds and catches up when it moved:
// - the same version with a new revision (an edit, here or on another instance): only the rows storage wrote
//   since the last catch-up are read, and the view is updated from the previous one (an edit costs what it
//   changes: the people, the search index and everything else unchanged are reused);
// - a new version (an import): the whole version is read and a new view built, yielding to the event loop
//   as it goes, then swapped in at once. Questions keep using the previous view until then.
// When storage is down the last view stays in use and the cache recovers by itself.
import type { Logger } from "../logger";
import type { OrganisationPointer, OrganisationStore, StoredOrganisation, StoredRows } from "./organisationStore";

/** What the cache knows about its own freshness (for health checks and logs). */
export interface CacheStatus {
  readonly version?: string;
  readonly revision?: number;
  readonly loadedAt?: Date;
  /** Set while storage cannot be reached; cleared on the next success. */
  readonly lastError?: string;
}

/** How the cache turns stored organisations into its view. */
export interface ViewBuilder<View> {
  /** The view of a whole stored version (may take its time; it should yield to the event loop as it goes). */
  build(stored: StoredOrganisation): View | Promise<View>;
  /** The view after some rows of the version `previous` was built from changed; without it, `build` is used. */
  update?(previous: View, stored: StoredOrganisation): View | Promise<View>;
}

/**
 * Rows written this long before the newest row already read are read again when catching up: storage stamps a
 * row when it commits it, and two writes may become visible in another order than their stamps. Rows already
 * known (same ETag) change nothing, so the margin costs only a few re-read rows.
 */
export const CATCH_UP_MARGIN_MS = 10_000;

/** Keeps a view built from the stored organisation, brought up to date whenever the stored pointer changes. */
export class OrganisationCache<View> {
  private view?: View;
  private rows?: StoredRows;
  private state: CacheStatus = {};
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<boolean>;
  private queued?: Promise<boolean>;
  private readonly builder: ViewBuilder<View>;

  constructor(
    private readonly store: Pick<OrganisationStore, "pointer" | "loadRows" | "changedRows">,
    build: ((stored: StoredOrganisation) => View) | ViewBuilder<View>,
    private readonly options: { readonly refreshSeconds: number; readonly logger: Logger },
  ) {
    this.builder = typeof build === "function" ? { build } : build;
  }

  /** The current view, or undefined when nothing could be loaded yet. */
  get current(): View | undefined {
    return this.view;
  }

  get status(): CacheStatus {
    return this.state;
  }

  /** Loads once (errors are logged, not thrown) and then checks every refreshSeconds. */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.options.refreshSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Checks the pointer and catches up when it moved; true when the view changed. Never throws. A call made while
   * a check runs waits for a fresh check after it, so that a caller that has just written sees its own write.
   */
  refresh(): Promise<boolean> {
    if (!this.inFlight) {
      this.inFlight = this.checkAndReload().finally(() => (this.inFlight = undefined));
      return this.inFlight;
    }
    this.queued ??= this.inFlight.then(() => {
      this.queued = undefined;
      return this.refresh();
    });
    return this.queued;
  }

  private async checkAndReload(): Promise<boolean> {
    try {
      const pointer = await this.store.pointer();
      if (!pointer || this.isCurrent(pointer)) {
        this.state = { ...this.state, lastError: undefined };
        return false;
      }
      const started = Date.now();
      const caughtUp = await this.catchUp(pointer);
      const how = caughtUp === undefined ? "loaded" : "updated";
      if (caughtUp === undefined && !(await this.reload())) return false;
      const { version, revision } = this.rows!;
      this.state = { version, revision, loadedAt: new Date() };
      this.options.logger.info({ version, revision, ms: Date.now() - started, rows: caughtUp }, `organisation ${how}`);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (this.state.lastError !== message) {
        this.options.logger.warn({ err, hasView: this.view !== undefined }, "organisation refresh failed; keeping the last view");
      }
      this.state = { ...this.state, lastError: message };
      return false;
    }
  }

  /**
   * Brings the view up to a new revision of the version it has, from the rows written since; the number of
   * changed rows, or undefined when only a whole reload will do (another version, or nothing to go on).
   */
  private async catchUp(pointer: OrganisationPointer): Promise<number | undefined> {
    const known = this.rows;
    if (!known || this.view === undefined || known.version !== pointer.version || !known.rows.watermark) return undefined;
    const since = new Date(Date.parse(known.rows.watermark) - CATCH_UP_MARGIN_MS).toISOString();
    const changed = await this.store.changedRows(pointer.version, since);
    const rows = known.rows.with(changed);
    if (!rows) {
      this.rows = { ...known, revision: pointer.revision };
      return 0;
    }
    const stored = { version: pointer.version, revision: pointer.revision, organisation: rows.organisation, etags: rows.etags };
    const view = this.builder.update ? await this.builder.update(this.view, stored) : await this.builder.build(stored);
    this.rows = { version: pointer.version, revision: pointer.revision, rows };
    this.view = view;
    return changed.filter((row) => known.rows.etags.get(row.rowKey) !== row.etag).length;
  }

  /** Reads the whole current version and builds its view; false when nothing is stored. */
  private async reload(): Promise<boolean> {
    const stored = await this.store.loadRows();
    if (!stored) return false;
    const view = await this.builder.build({ version: stored.version, revision: stored.revision, organisation: stored.rows.organisation, etags: stored.rows.etags });
    this.rows = stored;
    this.view = view;
    return true;
  }

  private isCurrent(pointer: OrganisationPointer): boolean {
    return this.rows?.version === pointer.version && this.rows.revision === pointer.revision;
  }
}
