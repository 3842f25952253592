import assert from "node:assert/strict";
import sinon from "sinon";
import { loadConfig, ConfigError, ENVIRONMENT_VARIABLES } from "../bot/src/config";
import { Tables } from "../bot/src/storage/tables";
import type { TokenCredential } from "@azure/core-auth";
import { DefaultAzureCredential } from "@azure/identity";

describe("loadConfig", () => {
  it("when production has no bot app id and no storage, then it refuses with every problem listed at once", () => {
    assert.throws(() => loadConfig({ NODE_ENV: "production" }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      const text = err.problems.join("\n");
      assert.match(text, /MicrosoftAppId mangler/);
      assert.match(text, /STORAGE_CONNECTION_STRING eller STORAGE_ACCOUNT_URL/);
      assert.match(text, /SSO_CLIENT_ID/);
      return true;
    });
  });

  it("when a variable is malformed and others are missing, then the one message lists both kinds", () => {
    assert.throws(() => loadConfig({ NODE_ENV: "production", PORT: "abc", TABLE_PREFIX: "my-prefix" }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /PORT skal være et helt tal fra 0 til 65535 \(fik "abc"\)/);
      assert.match(err.message, /TABLE_PREFIX "my-prefix"/);
      assert.match(err.message, /MicrosoftAppId mangler/);
      assert.match(err.message, /STORAGE_CONNECTION_STRING eller STORAGE_ACCOUNT_URL mangler/);
      return true;
    });
  });

  it("when NODE_ENV is unset, then it is treated as production (never unauthenticated by accident)", () => {
    assert.throws(() => loadConfig({ STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }), /MicrosoftAppId mangler/);
  });

  it("when in development with nothing set, then Azurite and defaults are used", () => {
    const config = loadConfig({ NODE_ENV: "development" });
    assert.equal(config.development, true);
    assert.equal(config.port, 3978);
    assert.equal(config.tablePrefix, "fyr");
    assert.deepEqual(config.storage, { kind: "connectionString", connectionString: "UseDevelopmentStorage=true" });
    assert.equal(config.bot.MicrosoftAppId, "");
  });

  it("when production is configured for managed identity, then storage uses the account URL and the identity's client id", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      STORAGE_ACCOUNT_URL: "https://fyr.table.core.windows.net",
      AZURE_CLIENT_ID: "cid",
      MicrosoftAppId: "app",
      MicrosoftAppType: "UserAssignedMSI",
      MicrosoftAppTenantId: "tenant",
      SSO_CLIENT_ID: "sso",
      SSO_APP_ID_URI: "api://fyr.example/sso",
      SSO_TENANT_ID: "tenant",
    });
    assert.deepEqual(config.storage, { kind: "accountUrl", accountUrl: "https://fyr.table.core.windows.net", managedIdentityClientId: "cid" });
  });

  const bad: Array<[string, NodeJS.ProcessEnv, RegExp]> = [
    ["a non-numeric port", { PORT: "abc" }, /PORT/],
    ["a table prefix with a dash", { TABLE_PREFIX: "my-prefix" }, /TABLE_PREFIX/],
    ["an unknown app type", { MicrosoftAppType: "Other" }, /MicrosoftAppType/],
    ["a single-tenant bot without tenant", { MicrosoftAppId: "a", MicrosoftAppPassword: "p", MicrosoftAppType: "SingleTenant" }, /MicrosoftAppTenantId/],
    ["half an SSO configuration", { SSO_CLIENT_ID: "x" }, /SSO_APP_ID_URI/],
  ];
  for (const [name, env, pattern] of bad) {
    it(`when given ${name}, then it says which variable is wrong`, () => {
      assert.throws(() => loadConfig({ NODE_ENV: "development", ...env }), pattern);
    });
  }

  it("when a variable is read, then it is documented in ENVIRONMENT_VARIABLES", () => {
    const source = require("node:fs").readFileSync(require.resolve("../bot/src/config"), "utf8") as string;
    const read = new Set([...source.matchAll(/env\.([A-Za-z_]+)/g)].map((m) => m[1]));
    for (const name of read) assert.ok(name in ENVIRONMENT_VARIABLES, `${name} is read but not documented`);
  });
});

describe("Tables: how clients are built", () => {
  afterEach(() => sinon.restore());

  it("when only STORAGE_ACCOUNT_URL is set, then clients use a managed-identity credential for that account", () => {
    const credential: TokenCredential = { getToken: sinon.stub().resolves({ token: "t", expiresOnTimestamp: Date.now() + 60_000 }) };
    const factory = sinon.stub().returns(credential);
    const config = loadConfig({ NODE_ENV: "development", STORAGE_ACCOUNT_URL: "https://fyr.table.core.windows.net", AZURE_CLIENT_ID: "cid" });
    const tables = new Tables(config.storage, "fyr", { credentialFactory: factory });
    const client = tables.client("Organisation");
    assert.equal(factory.callCount, 1);
    assert.deepEqual(factory.firstCall.args, ["cid"]);
    assert.equal(client.url, "https://fyr.table.core.windows.net");
    assert.equal(client.tableName, "fyrOrganisation");
    assert.equal((client as unknown as { credential: unknown }).credential, credential);
  });

  it("when no credential factory is given, then DefaultAzureCredential is the credential", () => {
    const tables = new Tables({ kind: "accountUrl", accountUrl: "https://fyr.table.core.windows.net", managedIdentityClientId: "cid" }, "fyr");
    assert.ok((tables.client("X") as unknown as { credential: unknown }).credential instanceof DefaultAzureCredential);
  });

  it("when a connection string is set, then clients are built from it and no credential is made", () => {
    const factory = sinon.stub();
    const tables = new Tables({ kind: "connectionString", connectionString: "UseDevelopmentStorage=true" }, "fyr", { credentialFactory: factory });
    assert.match(tables.client("Organisation").url, /127\.0\.0\.1:10002/);
    assert.equal(factory.callCount, 0);
  });
});
