// The server's in-memory view of the organisation. Questions are answered from it without a storage
// round trip; a timer checks the stored pointer every few seconds and rebuilds the view when it moved.
// When storage is down the last view stays in use and the cache recovers by itself.
import type { Logger } from "../logger";
import type { OrganisationPointer, OrganisationStore, StoredOrganisation } from "./organisationStore";

/** What the cache knows about its own freshness (for health checks and logs). */
export interface CacheStatus {
  readonly version?: string;
  readonly revision?: number;
  readonly loadedAt?: Date;
  /** Set while storage cannot be reached; cleared on the next success. */
  readonly lastError?: string;
}

/** Keeps a view built from the stored organisation, rebuilt whenever the stored pointer changes. */
export class OrganisationCache<View> {
  private view?: View;
  private pointer?: { version: string; revision: number };
  private state: CacheStatus = {};
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<boolean>;

  constructor(
    private readonly store: Pick<OrganisationStore, "pointer" | "load">,
    private readonly build: (stored: StoredOrganisation) => View,
    private readonly options: { readonly refreshSeconds: number; readonly logger: Logger },
  ) {}

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

  /** Checks the pointer and reloads when it moved; true when a new view was built. Never throws. */
  refresh(): Promise<boolean> {
    this.inFlight ??= this.checkAndReload().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async checkAndReload(): Promise<boolean> {
    try {
      const pointer = await this.store.pointer();
      if (!pointer || this.isCurrent(pointer)) {
        this.state = { ...this.state, lastError: undefined };
        return false;
      }
      const started = Date.now();
      const stored = await this.store.load();
      if (!stored) return false;
      const view = this.build(stored);
      this.view = view;
      this.pointer = { version: stored.version, revision: stored.revision };
      this.state = { version: stored.version, revision: stored.revision, loadedAt: new Date() };
      this.options.logger.info({ version: stored.version, revision: stored.revision, ms: Date.now() - started }, "organisation loaded");
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (this.state.lastError !== message) {
        this.options.logger.warn({ err: message, hasView: this.view !== undefined }, "organisation refresh failed; keeping the last view");
      }
      this.state = { ...this.state, lastError: message };
      return false;
    }
  }

  private isCurrent(pointer: OrganisationPointer): boolean {
    return this.pointer?.version === pointer.version && this.pointer.revision === pointer.revision;
  }
}
