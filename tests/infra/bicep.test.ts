import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ConfigError, ENVIRONMENT_VARIABLES, loadConfig } from "../../bot/src/config";
import { at, literalString, parseBicep, resourcesOfType, type BicepFile, type Node } from "./helpers/bicep";
import { ROOT, envTemplate, readText, repoPath } from "./helpers/repo";

/**
 * App settings the Bicep may set although the server never reads them: each is read by the platform.
 * Adding one here needs a reason; anything else the Bicep sets must be in ENVIRONMENT_VARIABLES.
 */
const PLATFORM_SETTINGS: Readonly<Record<string, string>> = {
  // Read by the Application Insights Node.js agent that App Service injects, not by our code.
  APPLICATIONINSIGHTS_CONNECTION_STRING: "where the agent sends telemetry",
  // Turns that agent on for Linux App Service (~3).
  ApplicationInsightsAgent_EXTENSION_VERSION: "enables App Service's Node.js monitoring agent",
  // Read by App Service's deployment engine (Oryx): run npm install on zip deploy.
  SCM_DO_BUILD_DURING_DEPLOYMENT: "npm install of production dependencies on deploy",
};

/** Stand-ins for settings whose Bicep value is an expression (a resource property or a parameter). */
const STAND_INS: Readonly<Record<string, string>> = {
  STORAGE_ACCOUNT_URL: "https://stexample.table.core.windows.net",
  SSO_APP_ID_URI: "api://fyrtaarn.azurewebsites.net/22222222-2222-4222-8222-222222222222",
};
const GUID_STAND_IN = "00000000-0000-4000-8000-000000000000";

function bicepFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bicepFiles(path);
    return entry.name.endsWith(".bicep") ? [path] : [];
  });
}

const main: BicepFile = parseBicep(readText("infra", "azure.bicep"));

function resource(type: string): Node {
  const found = resourcesOfType(main, type);
  assert.equal(found.length, 1, `expected one ${type} in infra/azure.bicep, found ${found.length}`);
  return found[0]!.body;
}

function literal(node: Node, path: string): string | undefined {
  const value = at(node, path);
  if (value?.type === "boolean" || value?.type === "number") return value.text;
  return literalString(value);
}

/** The web app's settings: the properties of the sites/config resource named "appsettings". */
function appSettings(): Map<string, Node> {
  const config = resourcesOfType(main, "Microsoft.Web/sites/config").filter((r) => literal(r.body, "name") === "appsettings");
  assert.equal(config.length, 1, "expected one Microsoft.Web/sites/config resource named appsettings");
  const settings = new Map<string, Node>();
  const properties = at(config[0]!.body, "properties");
  for (const prop of properties?.namedChildren ?? []) {
    if (prop.type !== "object_property") continue;
    const [key, value] = prop.namedChildren;
    settings.set(literalString(key) ?? key!.text, value!);
  }
  return settings;
}

/** The settings as the server would see them: literals as written, parameters by default, the rest stand-ins. */
function settingsAsEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of appSettings()) {
    const param = value.type === "identifier" ? main.params.find((p) => p.name === value.text) : undefined;
    env[name] = literalString(value) ?? literalString(param?.defaultValue) ?? STAND_INS[name] ?? GUID_STAND_IN;
  }
  return env;
}

/** The variable names a ConfigError problem mentions (a problem may name alternatives). */
function variablesIn(problem: string): string[] {
  return Object.keys(ENVIRONMENT_VARIABLES).filter((name) => new RegExp(`\\b${name}\\b`).test(problem));
}

describe("infra/ Bicep", () => {
  const files = bicepFiles(repoPath("infra"));

  it("when infra/ is listed, then it holds azure.bicep", () => {
    assert.ok(files.some((f) => relative(ROOT, f) === join("infra", "azure.bicep")));
  });

  for (const file of files) {
    it(`when ${relative(ROOT, file)} is parsed with tree-sitter-bicep, then it has no ERROR or MISSING nodes`, () => {
      const parsed = parseBicep(readText(relative(ROOT, file)));
      assert.deepEqual(parsed.syntaxErrors, []);
    });
  }

  it("when a broken template is parsed, then the syntax check reports it (the check is not vacuous)", () => {
    assert.notDeepEqual(parseBicep("resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: \n").syntaxErrors, []);
  });
});

describe("infra/azure.parameters.json", () => {
  const parameters = JSON.parse(readText("infra", "azure.parameters.json")) as { parameters: Record<string, { value: unknown }> };
  const given = Object.keys(parameters.parameters);

  it("when a parameter is given, then azure.bicep declares it", () => {
    const declared = new Set(main.params.map((p) => p.name));
    assert.deepEqual(given.filter((name) => !declared.has(name)), []);
  });

  it("when azure.bicep declares a parameter without a default, then the parameters file gives it", () => {
    const required = main.params.filter((p) => !p.hasDefault).map((p) => p.name);
    assert.ok(required.length > 0, "expected required parameters (resourceBaseName, ssoClientId)");
    assert.deepEqual(required.filter((name) => !given.includes(name)), []);
  });

  it("when a parameter value uses ${{VAR}}, then env/.env.dev declares VAR", () => {
    const declared = envTemplate("dev");
    const used = [...readText("infra", "azure.parameters.json").matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)].map((m) => m[1]!);
    assert.ok(used.length > 0);
    assert.deepEqual(used.filter((name) => !declared.has(name)), []);
  });

  it("when azure.bicep has outputs, then env/.env.dev declares each, so provision writes known variables", () => {
    const declared = envTemplate("dev");
    assert.deepEqual(main.outputs.filter((name) => !declared.has(name)), []);
  });
});

describe("web app settings in azure.bicep against bot/src/config.ts", () => {
  const settings = appSettings();
  const readByCode = new Set(Object.keys(ENVIRONMENT_VARIABLES));

  it("when the Bicep sets an app setting, then the server reads it or it is on the commented platform allow-list", () => {
    const unknown = [...settings.keys()].filter((name) => !readByCode.has(name) && !(name in PLATFORM_SETTINGS));
    assert.deepEqual(unknown, []);
  });

  it("when a setting is on the platform allow-list, then the Bicep sets it and the code does not read it (the list stays honest)", () => {
    for (const name of Object.keys(PLATFORM_SETTINGS)) {
      assert.ok(settings.has(name), `${name} is allowed but not set`);
      assert.ok(!readByCode.has(name), `${name} is read by the code: remove it from PLATFORM_SETTINGS`);
    }
  });

  it("when loadConfig runs in production with an empty environment, then every variable it asks for is set by the Bicep", () => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ NODE_ENV: "production" });
      assert.fail("loadConfig accepted an empty production environment");
    } catch (err) {
      assert.ok(err instanceof ConfigError, String(err));
      problems = err.problems;
    }
    assert.ok(problems.length > 0);
    for (const problem of problems) {
      const named = variablesIn(problem);
      assert.ok(named.length > 0, `problem names no known variable: ${problem}`);
      assert.ok(named.some((name) => settings.has(name)), `none of ${named.join(", ")} is set in azure.bicep (${problem})`);
    }
  });

  it("when the Bicep's settings are given to loadConfig, then it accepts them as production with managed identity, MSI bot auth and SSO", () => {
    const config = loadConfig(settingsAsEnvironment());
    assert.equal(config.development, false);
    assert.equal(config.storage.kind, "accountUrl");
    assert.equal(config.bot.MicrosoftAppType, "UserAssignedMSI");
    assert.ok(config.sso, "SSO settings missing");
    assert.equal(config.schedulerEnabled, true, "the scheduler must run in Azure (always on)");
  });

  it("when the Bicep sets the settings, then it sets no secret: no connection string and no bot password", () => {
    assert.ok(!settings.has("STORAGE_CONNECTION_STRING"));
    assert.ok(!settings.has("MicrosoftAppPassword"));
  });

  it("when the Bicep sets the identity settings, then the bot and storage use the same managed identity's client id", () => {
    const clientId = "identity.properties.clientId";
    assert.equal(settings.get("AZURE_CLIENT_ID")?.text, clientId);
    assert.equal(settings.get("MicrosoftAppId")?.text, clientId);
    assert.equal(at(resource("Microsoft.BotService/botServices"), "properties.msaAppId")?.text, clientId);
  });

  it("when the Bicep sets SSO_APP_ID_URI, then it is api://<web app host>/<SSO client id>, like the manifest's resource", () => {
    assert.equal(settings.get("SSO_APP_ID_URI")?.text, "'api://${webApp.properties.defaultHostName}/${ssoClientId}'");
    const manifest = JSON.parse(readText("appPackage", "manifest.json")) as { webApplicationInfo: { resource: string } };
    assert.equal(manifest.webApplicationInfo.resource, "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}");
    assert.equal(main.outputs.includes("TAB_DOMAIN"), true);
  });
});

describe("security baseline in azure.bicep", () => {
  it("when the storage account is declared, then shared keys are off, TLS 1.2 and HTTPS only, no public blobs", () => {
    const storage = resource("Microsoft.Storage/storageAccounts");
    assert.equal(literal(storage, "properties.allowSharedKeyAccess"), "false");
    assert.equal(literal(storage, "properties.minimumTlsVersion"), "TLS1_2");
    assert.equal(literal(storage, "properties.supportsHttpsTrafficOnly"), "true");
    assert.equal(literal(storage, "properties.allowBlobPublicAccess"), "false");
  });

  it("when the managed identity gets storage access, then it is the Storage Table Data Contributor role on the account", () => {
    const assignments = resourcesOfType(main, "Microsoft.Authorization/roleAssignments")
      .map((r) => r.body)
      .filter((body) => at(body, "properties.principalId")?.text === "identity.properties.principalId");
    assert.equal(assignments.length, 1);
    assert.equal(at(assignments[0], "scope")?.text, "storage");
    assert.match(at(assignments[0], "properties.roleDefinitionId")?.text ?? "", /storageTableDataContributor/);
    assert.match(readText("infra", "azure.bicep"), /var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
  });

  it("when the web app is declared, then it is Linux Node 22 LTS, HTTPS only, TLS 1.2, FTPS off, always on, with the identity", () => {
    const web = resource("Microsoft.Web/sites");
    assert.equal(literal(web, "properties.siteConfig.linuxFxVersion"), "NODE|22-lts");
    assert.equal(literal(web, "properties.httpsOnly"), "true");
    assert.equal(literal(web, "properties.siteConfig.minTlsVersion"), "1.2");
    assert.equal(literal(web, "properties.siteConfig.ftpsState"), "Disabled");
    assert.equal(literal(web, "properties.siteConfig.alwaysOn"), "true");
    assert.equal(literal(web, "properties.siteConfig.appCommandLine"), "npm run serve");
    assert.equal(literal(web, "identity.type"), "UserAssigned");
    assert.equal(literal(resource("Microsoft.Web/serverfarms"), "properties.reserved"), "true", "the plan must be Linux");
  });

  it("when the app settings are declared, then NODE_ENV is production", () => {
    assert.equal(literalString(appSettings().get("NODE_ENV")), "production");
  });

  it("when the plan SKU is chosen, then only tiers that support always on are allowed", () => {
    const text = readText("infra", "azure.bicep");
    const allowed = /@allowed\(\[([^\]]*)\]\)\s*param webAppSku/.exec(text)?.[1] ?? "";
    assert.ok(allowed.includes("'B1'"));
    assert.doesNotMatch(allowed, /'F1'|'D1'|'FREE'|'SHARED'/i);
  });

  it("when the Azure Bot is declared, then it authenticates as the user-assigned identity and has the Teams channel", () => {
    const bot = resource("Microsoft.BotService/botServices");
    assert.equal(literal(bot, "properties.msaAppType"), "UserAssignedMSI");
    assert.equal(at(bot, "properties.msaAppMSIResourceId")?.text, "identity.id");
    assert.equal(at(bot, "properties.msaAppTenantId")?.text, "identity.properties.tenantId");
    assert.equal(literal(bot, "properties.endpoint"), undefined, "the endpoint is built from the web app's host name");
    assert.match(at(bot, "properties.endpoint")?.text ?? "", /webApp\.properties\.defaultHostName\}\/api\/messages'$/);
    assert.equal(literal(resource("Microsoft.BotService/botServices/channels"), "properties.channelName"), "MsTeamsChannel");
  });

  it("when monitoring is declared, then Application Insights is workspace-based and the app's console logs go to the same workspace", () => {
    assert.equal(at(resource("Microsoft.Insights/components"), "properties.WorkspaceResourceId")?.text, "logs.id");
    assert.equal(appSettings().get("APPLICATIONINSIGHTS_CONNECTION_STRING")?.text, "appInsights.properties.ConnectionString");
    const webDiagnostics = resourcesOfType(main, "Microsoft.Insights/diagnosticSettings").map((r) => r.body).find((b) => at(b, "scope")?.text === "webApp");
    assert.ok(webDiagnostics, "no diagnostic setting for the web app");
    assert.equal(at(webDiagnostics, "properties.workspaceId")?.text, "logs.id");
    assert.match(webDiagnostics.text, /'AppServiceConsoleLogs'/);
  });
});
