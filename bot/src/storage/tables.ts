// Builds Table Storage clients: from a connection string (Azurite, keys) or from an account URL with
// managed identity (Azure). Every table name carries the configured prefix.
import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { TokenCredential } from "@azure/core-auth";
import { DefaultAzureCredential } from "@azure/identity";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import type { StorageConfig } from "../config";
import { AppError } from "../errors";

/** Builds a credential for managed identity; injectable so tests need no Entra endpoint. */
export type CredentialFactory = (managedIdentityClientId?: string) => TokenCredential;

const defaultCredential: CredentialFactory = (managedIdentityClientId) =>
  new DefaultAzureCredential(managedIdentityClientId ? { managedIdentityClientId } : {});

/** Counts requests sent to Table Storage (benchmarks and tests read it). */
export class RequestCounter {
  count = 0;
  readonly policy: PipelinePolicy = {
    name: "requestCounter",
    sendRequest: (request, next) => {
      this.count += 1;
      return next(request);
    },
  };
}

/** How long one storage call (with its retries) may take before it fails with StorageUnavailableError. */
export const STORAGE_DEADLINE_MS = 3000;

/** Storage did not answer in time or could not be reached: the caller answers from memory or says so. */
export class StorageUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("storage_unavailable", { message, status: 503, user: STORAGE_UNAVAILABLE, cause: options?.cause });
  }
}

/** What the user is told while storage does not answer. */
export const STORAGE_UNAVAILABLE = {
  da: "Lageret svarer ikke lige nu, så oplysningerne kan ikke slås op eller gemmes. Prøv igen om lidt.",
  en: "Storage is not answering right now, so nothing can be looked up or saved. Please try again in a moment.",
} as const;

/** Whether storage answered lately: read by /healthz. Any answer (even 404 or 409) counts as storage being up. */
export class StorageHealth {
  lastOkAt?: Date;
  lastFailureAt?: Date;
  lastFailure?: string;
  /** Failures since the last answer. */
  consecutiveFailures = 0;

  get state(): "ok" | "degraded" | "unknown" {
    if (this.consecutiveFailures > 0) return "degraded";
    return this.lastOkAt ? "ok" : "unknown";
  }

  ok(): void {
    this.lastOkAt = new Date();
    this.consecutiveFailures = 0;
  }

  failed(reason: string): void {
    this.lastFailureAt = new Date();
    this.lastFailure = reason;
    this.consecutiveFailures += 1;
  }
}

/**
 * The one place every storage call gets its deadline: the Azure SDK has none, and a frozen storage account makes a
 * request hang for as long as the socket lives. Sitting before the retry policy, it bounds the call with its
 * retries; on the deadline the request is aborted and the call fails with StorageUnavailableError.
 */
function deadlinePolicy(deadlineMs: number, health: StorageHealth): PipelinePolicy {
  return {
    name: "storageDeadline",
    sendRequest: async (request, next) => {
      const controller = new AbortController();
      const outer = request.abortSignal;
      const onOuterAbort = () => controller.abort();
      outer?.addEventListener("abort", onOuterAbort);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, deadlineMs);
      request.abortSignal = controller.signal;
      try {
        const response = await next(request);
        health.ok();
        return response;
      } catch (err) {
        if (typeof (err as { statusCode?: unknown }).statusCode === "number") {
          health.ok();
          throw err;
        }
        const reason = timedOut ? `no answer within ${deadlineMs} ms` : err instanceof Error ? err.message : String(err);
        health.failed(reason);
        if (timedOut) throw new StorageUnavailableError(`Table Storage svarede ikke inden for ${deadlineMs / 1000} s (${request.method} ${new URL(request.url).pathname.split("/").slice(0, 3).join("/")}).`, { cause: err });
        if (outer?.aborted) throw err;
        throw new StorageUnavailableError(`Table Storage kan ikke nås: ${reason}`, { cause: err });
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onOuterAbort);
      }
    },
  };
}

/** Creates clients for the tables of one environment (one prefix). */
export class Tables {
  private readonly options: TableServiceClientOptions;
  private readonly ensured = new Map<string, Promise<void>>();
  /** Whether storage answered lately (every client of these tables reports here). */
  readonly health = new StorageHealth();

  constructor(
    private readonly storage: StorageConfig,
    readonly prefix: string,
    options: { counter?: RequestCounter; credentialFactory?: CredentialFactory; deadlineMs?: number } = {},
  ) {
    const insecure = storage.kind === "connectionString"
      ? /UseDevelopmentStorage=true|=http:\/\//i.test(storage.connectionString)
      : storage.accountUrl.startsWith("http://");
    this.options = {
      allowInsecureConnection: insecure,
      retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
      additionalPolicies: [
        { policy: deadlinePolicy(options.deadlineMs ?? STORAGE_DEADLINE_MS, this.health), position: "perCall" },
        ...(options.counter ? [{ policy: options.counter.policy, position: "perCall" as const }] : []),
      ],
    };
    this.credential = storage.kind === "accountUrl" ? (options.credentialFactory ?? defaultCredential)(storage.managedIdentityClientId) : undefined;
  }

  private readonly credential?: TokenCredential;

  /** The full table name for a logical table ("Organisation" -> "fyrOrganisation"). */
  name(table: string): string {
    return `${this.prefix}${table}`;
  }

  /** A client for one logical table; the table is created on first use. */
  client(table: string): TableClient {
    const name = this.name(table);
    return this.storage.kind === "connectionString"
      ? TableClient.fromConnectionString(this.storage.connectionString, name, this.options)
      : new TableClient(this.storage.accountUrl, name, this.credential!, this.options);
  }

  /** The service client (create and list tables). */
  service(): TableServiceClient {
    return this.storage.kind === "connectionString"
      ? TableServiceClient.fromConnectionString(this.storage.connectionString, this.options)
      : new TableServiceClient(this.storage.accountUrl, this.credential!, this.options);
  }

  /** Creates the table if it does not exist; remembered per table so it costs one request per process. */
  async ensure(table: string): Promise<TableClient> {
    const client = this.client(table);
    let pending = this.ensured.get(table);
    if (!pending) {
      pending = client.createTable().catch((err: unknown) => {
        this.ensured.delete(table);
        throw err;
      });
      this.ensured.set(table, pending);
    }
    await pending;
    return client;
  }
}

/** The HTTP status of a storage error, or undefined for a network failure. */
export function storageStatus(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
}
