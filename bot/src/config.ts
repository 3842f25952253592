// Configuration is read from the environment once, at start-up, and validated in one go with zod:
// every problem is listed in a single error so an operator fixes them all at once.
import { z } from "zod";
import { AppError } from "./errors";

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
export class ConfigError extends AppError {
  constructor(readonly problems: readonly string[]) {
    super("config_invalid", { message: `Konfigurationen er ikke gyldig:\n${problems.map((p) => `  - ${p}`).join("\n")}` });
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

// How the schemas below are built, and why:
// - Each variable's check is a refinement on a string, never a type or enum error: zod runs the object's
//   cross-variable rules only when no field failed "non-continuably", and every problem must reach the one message.
//   So inside those rules a field that failed its own check still holds its raw string; the rules read only
//   variables that are plain strings.
// - An App Service setting can be emptied but not unset, so for the numbers, the app type and the log level an
//   empty value means "use the default".

/** A variable whose empty value counts as unset, so its default applies. */
function emptyIsUnset<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

/** A whole number from min to max, or the fallback when unset or empty. */
function integer(name: string, fallback: number, min: number, max: number) {
  const inRange = (raw: string): boolean => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max;
  const message = `${name} skal være et helt tal fra ${min} til ${max}`;
  return emptyIsUnset(z.string().refine(inRange, { error: (issue) => `${message} (fik "${String(issue.input)}")` }).transform(Number).default(fallback));
}

function isAppType(value: string): value is AppType {
  return (APP_TYPES as readonly string[]).includes(value);
}

/** The variables that say where the tables are; shared by the server and the command-line tools. */
const storageVariables = {
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,29}$/, { error: (issue) => `TABLE_PREFIX "${String(issue.input)}" skal begynde med et bogstav og kun have bogstaver og cifre (højst 30)` })
    .default("fyr"),
  STORAGE_CONNECTION_STRING: z.string().optional(),
  STORAGE_ACCOUNT_URL: z.string().optional(),
  AZURE_CLIENT_ID: z.string().optional(),
};

type StorageVariables = z.output<z.ZodObject<typeof storageVariables>>;

/** Where the tables are: a connection string wins over an account URL; Azurite only when allowed. */
function storageOf(env: StorageVariables, allowAzuriteDefault: boolean): StorageConfig | undefined {
  if (env.STORAGE_CONNECTION_STRING) return { kind: "connectionString", connectionString: env.STORAGE_CONNECTION_STRING };
  if (env.STORAGE_ACCOUNT_URL) return { kind: "accountUrl", accountUrl: env.STORAGE_ACCOUNT_URL, managedIdentityClientId: env.AZURE_CLIENT_ID || undefined };
  return allowAzuriteDefault ? { kind: "connectionString", connectionString: AZURITE_CONNECTION_STRING } : undefined;
}

function checkStorage(env: StorageVariables, allowAzuriteDefault: boolean, ctx: z.RefinementCtx): void {
  const storage = storageOf(env, allowAzuriteDefault);
  if (!storage) ctx.addIssue({ code: "custom", message: "STORAGE_CONNECTION_STRING eller STORAGE_ACCOUNT_URL mangler" });
  else if (storage.kind === "accountUrl" && !/^https?:\/\//.test(storage.accountUrl)) {
    ctx.addIssue({ code: "custom", message: "STORAGE_ACCOUNT_URL skal være en URL (https://<konto>.table.core.windows.net)" });
  }
}

function isDevelopment(nodeEnv: string | undefined): boolean {
  return nodeEnv === "development" || nodeEnv === "test";
}

/** The server's variables; the `satisfies` keeps this list and ENVIRONMENT_VARIABLES the same set of names. */
const serverVariables = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: integer("PORT", 3978, 0, 65535),
    ORG_REFRESH_SECONDS: integer("ORG_REFRESH_SECONDS", 5, 1, 3600),
    REMINDER_GRACE_HOURS: integer("REMINDER_GRACE_HOURS", 24, 0, 24 * 14),
    ...storageVariables,
    MicrosoftAppType: emptyIsUnset(z.string().refine(isAppType, `MicrosoftAppType skal være en af ${APP_TYPES.join(", ")}`).default("MultiTenant")),
    MicrosoftAppId: z.string().default(""),
    MicrosoftAppPassword: z.string().default(""),
    MicrosoftAppTenantId: z.string().default(""),
    SSO_CLIENT_ID: z.string().optional(),
    SSO_APP_ID_URI: z.string().optional(),
    SSO_TENANT_ID: z.string().optional(),
    LOG_LEVEL: emptyIsUnset(z.string().default("info")),
    // Anything but "false" keeps the scheduler on: a typo must not silently stop reminders.
    SCHEDULER_ENABLED: z.string().transform((value) => value.toLowerCase() !== "false").default(true),
  } satisfies Record<keyof typeof ENVIRONMENT_VARIABLES, z.ZodType>)
  .superRefine((env, ctx) => {
    const development = isDevelopment(env.NODE_ENV);
    const problem = (message: string): void => ctx.addIssue({ code: "custom", message });
    checkStorage(env, development, ctx);

    const appType = env.MicrosoftAppType;
    if (!development && !env.MicrosoftAppId) {
      problem("MicrosoftAppId mangler: i produktion kører botten aldrig uden Bot Framework-godkendelse (sæt NODE_ENV=development for lokal udvikling)");
    }
    if (env.MicrosoftAppId && appType !== "UserAssignedMSI" && !env.MicrosoftAppPassword) problem(`MicrosoftAppPassword mangler for MicrosoftAppType ${appType}`);
    if (env.MicrosoftAppId && appType !== "MultiTenant" && !env.MicrosoftAppTenantId) problem(`MicrosoftAppTenantId mangler for MicrosoftAppType ${appType}`);

    const sso = { SSO_CLIENT_ID: env.SSO_CLIENT_ID, SSO_APP_ID_URI: env.SSO_APP_ID_URI, SSO_TENANT_ID: env.SSO_TENANT_ID };
    const given = Object.values(sso).filter(Boolean).length;
    // Half an SSO configuration is always a mistake; none at all is one only outside development.
    if (given < 3 && (given > 0 || !development)) {
      for (const [name, value] of Object.entries(sso)) {
        if (!value) problem(`${name} mangler: fanens API kræver Teams SSO uden for udviklingstilstand`);
      }
    }
  });

/** The problems zod found, one line each; every message already names its variable. */
function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}

/** Reads and validates the configuration; throws ConfigError listing every problem. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const result = serverVariables.safeParse(environment);
  if (!result.success) throw new ConfigError(problemsOf(result.error));
  const env = result.data;
  const development = isDevelopment(env.NODE_ENV);
  return {
    development,
    port: env.PORT,
    storage: storageOf(env, development)!, // checkStorage refused the environment otherwise
    tablePrefix: env.TABLE_PREFIX,
    bot: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
      MicrosoftAppType: env.MicrosoftAppType,
    },
    sso: env.SSO_CLIENT_ID && env.SSO_APP_ID_URI && env.SSO_TENANT_ID ? { clientId: env.SSO_CLIENT_ID, appIdUri: env.SSO_APP_ID_URI, tenantId: env.SSO_TENANT_ID } : undefined,
    orgRefreshSeconds: env.ORG_REFRESH_SECONDS,
    logLevel: env.LOG_LEVEL,
    schedulerEnabled: env.SCHEDULER_ENABLED,
    reminderGraceHours: env.REMINDER_GRACE_HOURS,
  };
}

/**
 * Where the tables are, from the environment; the CLI tools use this alone (they need no bot settings). Adds a
 * line to `problems` for each thing wrong; the result means something only when it added none.
 */
export function storageSettings(environment: NodeJS.ProcessEnv, allowAzuriteDefault: boolean, problems: string[]): { storage?: StorageConfig; tablePrefix: string } {
  const result = z
    .object(storageVariables)
    .superRefine((env, ctx) => checkStorage(env, allowAzuriteDefault, ctx))
    .safeParse(environment);
  if (!result.success) {
    problems.push(...problemsOf(result.error));
    return { storage: undefined, tablePrefix: "" };
  }
  return { storage: storageOf(result.data, allowAzuriteDefault), tablePrefix: result.data.TABLE_PREFIX };
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
