// Builds Table Storage clients: from a connection string (Azurite, keys) or from an account URL with
// managed identity (Azure). Every table name carries the configured prefix.
import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { TokenCredential } from "@azure/core-auth";
import { DefaultAzureCredential } from "@azure/identity";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import type { StorageConfig } from "../config";

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

/** Creates clients for the tables of one environment (one prefix). */
export class Tables {
  private readonly options: TableServiceClientOptions;
  private readonly ensured = new Map<string, Promise<void>>();

  constructor(
    private readonly storage: StorageConfig,
    readonly prefix: string,
    options: { counter?: RequestCounter; credentialFactory?: CredentialFactory } = {},
  ) {
    const insecure = storage.kind === "connectionString"
      ? /UseDevelopmentStorage=true|=http:\/\//i.test(storage.connectionString)
      : storage.accountUrl.startsWith("http://");
    this.options = {
      allowInsecureConnection: insecure,
      retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2000 },
      additionalPolicies: options.counter ? [{ policy: options.counter.policy, position: "perCall" }] : [],
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
