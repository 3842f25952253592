// Configuration is read from the environment once, at start-up, and validated in one go:
// every problem is listed in a single error so an operator fixes them all at once.

/** How the server authenticates Bot Framework traffic. */
export type AppType = "MultiTenant" | "SingleTenant" | "UserAssignedMSI";

/** Where the tables live: a connection string (Azurite, keys) or an account URL reached with managed identity. */
export type StorageConfig =
  | { readonly kind: "connectionString"; readonly connectionString: string }
  | { readonly kind: "accountUrl"; readonly accountUrl: string; readonly managedIdentityClientId?: string };

/** The bot's identity towards the Bot Framework; an empty appId means unauthenticated local traffic. */
export interface BotAuthConfig {
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppTenantId: string;
  readonly MicrosoftAppType: AppType;
}

/** Teams SSO for the tab's API: the token's audience and issuer tenant. */
export interface SsoConfig {
  readonly clientId: string;
  readonly appIdUri: string;
  readonly tenantId: string;
}

/** Everything the server reads from its environment. */
export interface Config {
  /** "development" allows running without a bot app id and offers the tab's development sign-in. */
  readonly development: boolean;
  readonly port: number;
  readonly storage: StorageConfig;
  /** Prefix for every table name, so tests and environments never share tables. */
  readonly tablePrefix: string;
  readonly bot: BotAuthConfig;
  /** Undefined in development without SSO settings; required in production. */
  readonly sso?: SsoConfig;
  /** How often (seconds) the server checks whether the stored organisation changed. */
  readonly orgRefreshSeconds: number;
  readonly logLevel: string;
  /** Whether this instance runs the reminder scheduler. */
  readonly schedulerEnabled: boolean;
  /** Missed reminders younger than this are still sent after downtime. */
  readonly reminderGraceHours: number;
}

/** Development defaults: Azurite's well-known local connection. */
export const AZURITE_CONNECTION_STRING = "UseDevelopmentStorage=true";

/** Thrown when the environment cannot make a valid configuration; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Konfigurationen er ikke gyldig:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const APP_TYPES: readonly AppType[] = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

/** Every environment variable the server reads, with a one-line meaning (the README lists the same). */
export const ENVIRONMENT_VARIABLES = {
  NODE_ENV: "production (default) or development; development allows no bot app id and the dev sign-in",
  PORT: "HTTP port of the server (default 3978)",
  STORAGE_CONNECTION_STRING: "Table Storage connection string (Azurite: UseDevelopmentStorage=true)",
  STORAGE_ACCOUNT_URL: "Table endpoint, e.g. https://<account>.table.core.windows.net, used with managed identity when no connection string is set",
  AZURE_CLIENT_ID: "client id of the user-assigned managed identity used for storage",
  TABLE_PREFIX: "prefix for table names (letters and digits; default fyr)",
  MicrosoftAppId: "the bot's Entra app (client) id; required in production",
  MicrosoftAppPassword: "the bot's client secret (not with UserAssignedMSI)",
  MicrosoftAppTenantId: "tenant of the bot's app registration (SingleTenant, UserAssignedMSI)",
  MicrosoftAppType: "MultiTenant, SingleTenant or UserAssignedMSI (default MultiTenant)",
  SSO_CLIENT_ID: "Entra app id the tab's SSO token is issued for",
  SSO_APP_ID_URI: "Application ID URI, the expected audience of tab tokens (api://<host>/<client id>)",
  SSO_TENANT_ID: "tenant whose tokens the tab's API accepts",
  ORG_REFRESH_SECONDS: "how often the server checks for a changed organisation (default 5)",
  LOG_LEVEL: "pino log level (default info)",
  SCHEDULER_ENABLED: "true (default) or false: whether this instance sends reminders",
  REMINDER_GRACE_HOURS: "reminders missed by less than this are sent after downtime (default 24)",
} as const;

/** Reads and validates the configuration; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const development = env.NODE_ENV === "development" || env.NODE_ENV === "test";

  const port = integer(env.PORT, 3978, "PORT", problems, 0, 65535);
  const orgRefreshSeconds = integer(env.ORG_REFRESH_SECONDS, 5, "ORG_REFRESH_SECONDS", problems, 1, 3600);
  const reminderGraceHours = integer(env.REMINDER_GRACE_HOURS, 24, "REMINDER_GRACE_HOURS", problems, 0, 24 * 14);

  const { storage, tablePrefix } = storageSettings(env, development, problems);

  const appType = (env.MicrosoftAppType || "MultiTenant") as AppType;
  if (!APP_TYPES.includes(appType)) problems.push(`MicrosoftAppType skal være en af ${APP_TYPES.join(", ")}`);
  const bot: BotAuthConfig = {
    MicrosoftAppId: env.MicrosoftAppId ?? "",
    MicrosoftAppPassword: env.MicrosoftAppPassword ?? "",
    MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? "",
    MicrosoftAppType: appType,
  };
  if (!development && !bot.MicrosoftAppId) {
    problems.push("MicrosoftAppId mangler: i produktion kører botten aldrig uden Bot Framework-godkendelse (sæt NODE_ENV=development for lokal udvikling)");
  }
  if (bot.MicrosoftAppId && appType !== "UserAssignedMSI" && !bot.MicrosoftAppPassword) {
    problems.push(`MicrosoftAppPassword mangler for MicrosoftAppType ${appType}`);
  }
  if (bot.MicrosoftAppId && appType !== "MultiTenant" && !bot.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId mangler for MicrosoftAppType ${appType}`);
  }

  let sso: SsoConfig | undefined;
  const ssoValues = [env.SSO_CLIENT_ID, env.SSO_APP_ID_URI, env.SSO_TENANT_ID];
  if (ssoValues.every(Boolean)) {
    sso = { clientId: env.SSO_CLIENT_ID!, appIdUri: env.SSO_APP_ID_URI!, tenantId: env.SSO_TENANT_ID! };
  } else if (ssoValues.some(Boolean) || !development) {
    for (const name of ["SSO_CLIENT_ID", "SSO_APP_ID_URI", "SSO_TENANT_ID"] as const) {
      if (!env[name]) problems.push(`${name} mangler: fanens API kræver Teams SSO uden for udviklingstilstand`);
    }
  }

  const schedulerEnabled = (env.SCHEDULER_ENABLED ?? "true").toLowerCase() !== "false";

  if (problems.length > 0 || !storage) throw new ConfigError(problems);
  return {
    development,
    port,
    storage,
    tablePrefix,
    bot,
    sso,
    orgRefreshSeconds,
    logLevel: env.LOG_LEVEL || "info",
    schedulerEnabled,
    reminderGraceHours,
  };
}

/** Where the tables are, from the environment; the CLI tools use this alone (they need no bot settings). */
export function storageSettings(env: NodeJS.ProcessEnv, allowAzuriteDefault: boolean, problems: string[]): { storage?: StorageConfig; tablePrefix: string } {
  const tablePrefix = env.TABLE_PREFIX ?? "fyr";
  if (!/^[A-Za-z][A-Za-z0-9]{0,29}$/.test(tablePrefix)) {
    problems.push(`TABLE_PREFIX "${tablePrefix}" skal begynde med et bogstav og kun have bogstaver og cifre (højst 30)`);
  }
  let storage: StorageConfig | undefined;
  if (env.STORAGE_CONNECTION_STRING) {
    storage = { kind: "connectionString", connectionString: env.STORAGE_CONNECTION_STRING };
  } else if (env.STORAGE_ACCOUNT_URL) {
    if (!/^https?:\/\//.test(env.STORAGE_ACCOUNT_URL)) problems.push("STORAGE_ACCOUNT_URL skal være en URL (https://<konto>.table.core.windows.net)");
    storage = { kind: "accountUrl", accountUrl: env.STORAGE_ACCOUNT_URL, managedIdentityClientId: env.AZURE_CLIENT_ID || undefined };
  } else if (allowAzuriteDefault) {
    storage = { kind: "connectionString", connectionString: AZURITE_CONNECTION_STRING };
  } else {
    problems.push("STORAGE_CONNECTION_STRING eller STORAGE_ACCOUNT_URL mangler");
  }
  return { storage, tablePrefix };
}

/** A short description of where storage is, without secrets (for CLI output and logs). */
export function describeStorage(storage: StorageConfig): string {
  if (storage.kind === "accountUrl") return storage.accountUrl;
  const endpoint = /TableEndpoint=([^;]+)/i.exec(storage.connectionString)?.[1];
  if (endpoint) return endpoint;
  if (/UseDevelopmentStorage=true/i.test(storage.connectionString)) return "Azurite (http://127.0.0.1:10002)";
  const account = /AccountName=([^;]+)/i.exec(storage.connectionString)?.[1];
  return account ? `lagerkonto ${account}` : "Table Storage";
}

function integer(raw: string | undefined, fallback: number, name: string, problems: string[], min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} skal være et helt tal fra ${min} til ${max} (fik "${raw}")`);
    return fallback;
  }
  return value;
}
