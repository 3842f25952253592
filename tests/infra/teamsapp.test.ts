import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { normalize } from "node:path";
import { parse } from "yaml";
import { ENVIRONMENT_VARIABLES, loadConfig } from "../../bot/src/config";
import { placeholdersIn } from "../../scripts/lib/app-package";
import { parseBicep } from "./helpers/bicep";
import { envTemplate, readText, repoPath } from "./helpers/repo";

/** One lifecycle step of a Teams Toolkit project file. */
interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

/** Keys under `with` whose value is a file or folder the action reads: it must exist in the checkout. */
const INPUT_PATH_KEYS = ["manifestPath", "path", "parameters", "ignoreFile", "artifactFolder", "workingDirectory"];
/** Keys whose value the action writes (or a file an earlier step wrote): it must stay inside the repository. */
const OUTPUT_PATH_KEYS = ["outputZipPath", "outputFolder", "outputFilePath", "outputJsonPath", "appPackagePath", "target"];

const projects: Record<string, { file: ProjectFile; env: string }> = {
  "teamsapp.yml": { file: parse(readText("teamsapp.yml")) as ProjectFile, env: "dev" },
  "teamsapp.local.yml": { file: parse(readText("teamsapp.local.yml")) as ProjectFile, env: "local" },
};

function actions(file: ProjectFile): Action[] {
  return [...(file.provision ?? []), ...(file.deploy ?? []), ...(file.publish ?? [])];
}

/** Every path-like value under `with`, flattened (templates[].path, templates[].parameters too). */
function pathValues(value: unknown, key = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item) => pathValues(item, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => pathValues(v, k));
  return typeof value === "string" && (INPUT_PATH_KEYS.includes(key) || OUTPUT_PATH_KEYS.includes(key)) ? [[key, value]] : [];
}

function uses(steps: Action[] | undefined): string[] {
  return (steps ?? []).map((s) => s.uses);
}

describe("Teams Toolkit project files", () => {
  for (const [name, { file, env }] of Object.entries(projects)) {
    describe(name, () => {
      it("when it is parsed, then it is YAML of a v1.x project with a provision lifecycle", () => {
        assert.match(file.version, /^v1\.\d+$/);
        assert.ok((file.provision ?? []).length > 0);
        assert.equal(file.environmentFolderPath, "./env");
        assert.ok(existsSync(repoPath("env")));
      });

      it("when a step reads a file or folder, then it exists in the checkout", () => {
        const missing = actions(file)
          .flatMap((action) => pathValues(action.with).map(([key, path]) => ({ action: action.uses, key, path })))
          .filter(({ key, path }) => INPUT_PATH_KEYS.includes(key) && !existsSync(repoPath(path)))
          .map(({ action, key, path }) => `${action} ${key}: ${path}`);
        assert.deepEqual(missing, []);
      });

      it("when a step writes a file, then it writes inside the repository (appPackage/build or env/)", () => {
        const outside = actions(file)
          .flatMap((action) => pathValues(action.with))
          .filter(([key]) => OUTPUT_PATH_KEYS.includes(key))
          .map(([, path]) => normalize(path))
          .filter((path) => !/^(appPackage\/build|env)(\/|$)/.test(path));
        assert.deepEqual(outside, []);
      });

      it(`when it uses \${{VAR}}, then env/.env.${env} declares VAR or an earlier step writes it`, () => {
        const declared = new Set(envTemplate(env).keys());
        for (const action of actions(file)) for (const written of Object.values(action.writeToEnvironmentFile ?? {})) declared.add(written);
        const undeclared = placeholdersIn(readText(name)).filter((v) => !declared.has(v));
        assert.deepEqual(undeclared, []);
      });
    });
  }

  it("when teamsapp.yml provisions, then it creates the Teams app, deploys infra/azure.bicep, validates, zips, validates the package and updates", () => {
    const provision = projects["teamsapp.yml"]!.file.provision!;
    const order = ["teamsApp/create", "aadApp/create", "arm/deploy", "aadApp/update", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/validateAppPackage", "teamsApp/update"];
    assert.deepEqual(uses(provision), order);
    const arm = provision.find((a) => a.uses === "arm/deploy")!.with as { templates: { path: string; parameters: string }[] };
    assert.deepEqual(arm.templates.map((t) => [t.path, t.parameters]), [["./infra/azure.bicep", "./infra/azure.parameters.json"]]);
    const zip = provision.find((a) => a.uses === "teamsApp/zipAppPackage")!.with!;
    assert.equal(zip.outputZipPath, "./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip", "the same path npm run package writes");
  });

  it("when teamsapp.yml deploys, then it installs, builds the tab and zip-deploys to the App Service the Bicep outputs", () => {
    const deploy = projects["teamsapp.yml"]!.file.deploy!;
    assert.deepEqual(uses(deploy), ["cli/runNpmCommand", "cli/runNpmCommand", "azureAppService/zipDeploy"]);
    assert.equal(deploy[1]!.with!.args, "run build:tab");
    assert.equal(deploy[2]!.with!.resourceId, "${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}");
    assert.ok(parseBicep(readText("infra", "azure.bicep")).outputs.includes("BOT_AZURE_APP_SERVICE_RESOURCE_ID"));
  });

  it("when the deploy zip is filtered, then node_modules is left out but the server, the built tab and the lock file are not", () => {
    const ignored = readText("infra", ".webappignore").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    assert.ok(ignored.includes("node_modules/"));
    for (const kept of ["bot/", "tab/", "tab/dist/", "package.json", "package-lock.json", "data/"]) assert.ok(!ignored.includes(kept), `${kept} must be deployed`);
  });

  it("when teamsapp.yml publishes, then it submits the package to the organisation's app catalog", () => {
    assert.deepEqual(uses(projects["teamsapp.yml"]!.file.publish).slice(-2), ["teamsApp/update", "teamsApp/publishAppPackage"]);
  });

  it("when teamsapp.local.yml provisions, then it registers a bot on the tunnel endpoint and updates the env file for the server", () => {
    const local = projects["teamsapp.local.yml"]!.file;
    const bot = local.provision!.find((a) => a.uses === "botFramework/create");
    assert.equal(bot?.with?.messagingEndpoint, "${{BOT_ENDPOINT}}/api/messages");
    assert.deepEqual(bot?.with?.channels, [{ name: "msteams" }]);
    assert.ok(uses(local.provision).includes("teamsApp/update"));
    assert.ok(uses(local.deploy).includes("file/createOrUpdateEnvironmentFile"));
  });

  it("when teamsapp.local.yml writes the server's environment, then the code reads every variable and loadConfig accepts it", () => {
    const step = projects["teamsapp.local.yml"]!.file.deploy!.find((a) => a.uses === "file/createOrUpdateEnvironmentFile")!;
    assert.match(String(step.with!.target), /\.user$/, "it holds the bot secret, so it must be a git-ignored .user file");
    const envs = step.with!.envs as Record<string, string | number>;
    assert.deepEqual(Object.keys(envs).filter((name) => !(name in ENVIRONMENT_VARIABLES)), []);
    const local = envTemplate("local");
    const stand = (value: string | number): string => String(value).replace(/\$\{\{([A-Za-z0-9_]+)\}\}/g, (_, v: string) => local.get(v) || "stand-in-secret");
    const config = loadConfig(Object.fromEntries(Object.entries(envs).map(([k, v]) => [k, stand(v)])));
    assert.equal(config.development, false, "the tunnel is public: no development sign-in");
    assert.equal(config.storage.kind, "connectionString");
    assert.equal(config.bot.MicrosoftAppType, "SingleTenant");
    assert.ok(config.sso);
  });
});
