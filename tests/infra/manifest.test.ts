import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { compareVersions, fillPlaceholders, placeholdersIn, referencedFiles, schemaFolder, type Json } from "../../scripts/lib/app-package";
import { envTemplate, readText } from "./helpers/repo";

interface Command {
  title: string;
  description?: string;
}
interface Manifest {
  manifestVersion: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; canUpdateConfiguration?: boolean }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  icons: { color: string; outline: string };
}

const local = envTemplate("local");

/** A file from appPackage/ with every ${{VAR}} filled from env/.env.local. */
function filled(file: string): Json {
  const result = fillPlaceholders(readText("appPackage", file), (name) => local.get(name));
  assert.deepEqual(result.missing, [], `env/.env.local leaves these empty for ${file}`);
  return JSON.parse(result.text) as Json;
}

/** A validator for one of the official schemas, compiled the way the schemas need (draft-04, formats). */
function officialValidator(version: string, schemaFile: string) {
  const folder = schemaFolder(version);
  assert.ok(folder, `@microsoft/app-manifest ships no schema for manifest v${version}`);
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(folder, schemaFile), "utf8")) as object);
}

const template = JSON.parse(readText("appPackage", "manifest.json")) as Manifest;
const manifest = filled("manifest.json") as unknown as Manifest;

describe("appPackage/manifest.json", () => {
  it("when the manifest version is read, then it is v1.19 or newer and the schema is shipped by @microsoft/app-manifest", () => {
    assert.ok(compareVersions(template.manifestVersion, "1.19") >= 0, `manifestVersion ${template.manifestVersion} is older than 1.19`);
    assert.ok(schemaFolder(template.manifestVersion));
  });

  it("when the manifest is filled from env/.env.local, then it validates against the official JSON schema", () => {
    const validate = officialValidator(manifest.manifestVersion, "MicrosoftTeams.schema.json");
    assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
  });

  it("when a manifest breaks the schema, then the validator rejects it (the check is not vacuous)", () => {
    const validate = officialValidator(manifest.manifestVersion, "MicrosoftTeams.schema.json");
    const broken = structuredClone(manifest);
    broken.bots[0]!.scopes = ["everyone"];
    broken.id = "not-a-guid";
    assert.equal(validate(broken), false);
    assert.deepEqual(validate.errors?.map((e) => e.instancePath).sort(), ["/bots/0/scopes/0", "/id"]);
  });

  it("when the bot is declared, then it works in personal, team and groupChat scopes and each scope has Danish commands", () => {
    const bot = manifest.bots[0]!;
    assert.equal(bot.botId, local.get("BOT_ID"));
    assert.deepEqual([...bot.scopes].sort(), ["groupChat", "personal", "team"]);
    for (const scope of bot.scopes) {
      assert.ok(bot.commandLists.some((list) => list.scopes.includes(scope) && list.commands.length > 0), `no commands for ${scope}`);
    }
    const personal = bot.commandLists.find((list) => list.scopes.includes("personal"))!.commands.map((c) => c.title);
    for (const example of ["hvem er fyrtårn for valg", "hvad er dagens rulleplan", "hvad skal jeg i dag", "hvem er faglig koordinator", "hvilke kontroller mangler?", "næste MED-møde", "hjælp"]) {
      assert.ok(personal.includes(example), `personal commands lack "${example}"`);
    }
  });

  it("when the tabs are declared, then the personal tab opens the org view and the channel tab is configurable, both on TAB_ENDPOINT", () => {
    const endpoint = local.get("TAB_ENDPOINT")!;
    const org = manifest.staticTabs.find((t) => t.entityId === "org");
    assert.equal(org?.contentUrl, `${endpoint}/tab/index.html?view=org`);
    assert.deepEqual(org?.scopes, ["personal"]);
    const channel = manifest.configurableTabs[0]!;
    assert.equal(channel.configurationUrl, `${endpoint}/tab/config.html`);
    assert.ok(channel.scopes.includes("team"));
    assert.equal(channel.canUpdateConfiguration, true);
  });

  it("when SSO is declared, then webApplicationInfo is the SSO app on api://<TAB_DOMAIN>/<client id> and TAB_DOMAIN is a valid domain", () => {
    const domain = local.get("TAB_DOMAIN")!;
    assert.equal(manifest.webApplicationInfo.id, local.get("AAD_APP_CLIENT_ID"));
    assert.equal(manifest.webApplicationInfo.resource, `api://${domain}/${local.get("AAD_APP_CLIENT_ID")}`);
    assert.deepEqual(manifest.validDomains, [domain]);
    assert.ok(new URL(local.get("TAB_ENDPOINT")!).host === domain, "TAB_ENDPOINT and TAB_DOMAIN disagree in env/.env.local");
  });

  it("when the Entra app manifest sets the Application ID URI, then it is the same template as the Teams manifest's resource", () => {
    const aad = JSON.parse(readText("infra", "aad.manifest.json")) as { identifierUris: string[]; signInAudience: string };
    assert.deepEqual(aad.identifierUris, [template.webApplicationInfo.resource]);
    assert.equal(aad.signInAudience, "AzureADMyOrg");
  });

  it("when the default language is Danish, then English is an additional language with its own file", () => {
    assert.equal(manifest.localizationInfo.defaultLanguageTag, "da");
    assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: "en", file: "en.json" }]);
  });
});

describe("appPackage/en.json (English localization)", () => {
  const english = filled("en.json") as Record<string, string>;

  it("when the localization file is filled from env/.env.local, then it validates against the official localization schema", () => {
    const validate = officialValidator(manifest.manifestVersion, "MicrosoftTeams.Localization.schema.json");
    assert.equal(validate(english), true, JSON.stringify(validate.errors, null, 2));
  });

  it("when a key names a manifest field, then that field exists in the manifest (no stale translations)", () => {
    const fieldKeys = Object.keys(english).filter((key) => key !== "$schema" && !["name.short", "name.full", "description.short", "description.full"].includes(key));
    assert.ok(fieldKeys.length > 0);
    for (const key of fieldKeys) {
      const value = key.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], manifest);
      assert.equal(typeof value, "string", `${key} does not name a string in manifest.json`);
    }
  });

  it("when every command of the manifest is listed, then each has an English description", () => {
    manifest.bots[0]!.commandLists.forEach((list, i) =>
      list.commands.forEach((_, j) => assert.ok(english[`bots[0].commandLists[${i}].commands[${j}].description`], `no English description for list ${i}, command ${j}`)),
    );
  });
});

describe("placeholders in the package and infrastructure templates", () => {
  // Local debugging provisions no Azure resources, so azure.parameters.json is a dev (Azure) template only.
  const templatesOf: Record<string, string[]> = {
    local: ["appPackage/manifest.json", "appPackage/en.json", "infra/aad.manifest.json"],
    dev: ["appPackage/manifest.json", "appPackage/en.json", "infra/aad.manifest.json", "infra/azure.parameters.json"],
  };

  for (const [env, templates] of Object.entries(templatesOf)) {
    it(`when a template uses \${{VAR}}, then env/.env.${env} declares VAR`, () => {
      const declared = envTemplate(env);
      const undeclared = templates.flatMap((file) => placeholdersIn(readText(file)).filter((name) => !declared.has(name)).map((name) => `${name} (${file})`));
      assert.deepEqual(undeclared, []);
    });
  }

  it("when the manifest names files, then they are the two icons and the localization file", () => {
    assert.deepEqual(referencedFiles(template as unknown as Json), { icons: ["color.png", "outline.png"], localizations: ["en.json"] });
  });
});
