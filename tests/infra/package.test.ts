import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { PackageError, fillPlaceholders, packageApp, parseEnvFile, parsePackageArgs } from "../../scripts/lib/app-package";
import { ROOT, readText, repoPath } from "./helpers/repo";

/** The files in a zip archive by name, as Buffers so a test can compare and decode them. */
function readZip(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]));
}

/** env/.env.local without the given variables, as a temporary env file. */
function envFileWithout(dir: string, ...names: string[]): string {
  const file = join(dir, ".env.test");
  const lines = readText("env", ".env.local").split("\n").filter((line) => !names.some((n) => line.startsWith(`${n}=`)));
  writeFileSync(file, lines.join("\n"));
  return file;
}

function runPackageScript(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", repoPath("scripts", "package-app.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
}

describe("npm run package (scripts/package-app.ts)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fyr-package-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("when the package is built from env/.env.local, then the zip holds the filled manifest, both icons and the localization file", () => {
    const outFile = join(dir, "app.zip");
    const result = packageApp({ root: ROOT, envName: "local", outFile });
    const files = readZip(readFileSync(outFile));
    assert.deepEqual([...files.keys()].sort(), ["color.png", "en.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(files.get("manifest.json")!.toString("utf8")) as { id: string; bots: { botId: string }[] };
    assert.equal(manifest.id, "11111111-1111-4111-8111-111111111111");
    assert.equal(manifest.bots[0]!.botId, "33333333-3333-4333-8333-333333333333");
    assert.doesNotMatch(files.get("en.json")!.toString("utf8"), /\$\{\{/);
    assert.ok(files.get("color.png")!.equals(readFileSync(repoPath("appPackage", "color.png"))));
    assert.ok(files.get("outline.png")!.equals(readFileSync(repoPath("appPackage", "outline.png"))));
    assert.equal(readFileSync(result.manifestFile, "utf8"), files.get("manifest.json")!.toString("utf8"));
  });

  it("when variables are missing, then it fails naming each of them and the env file, and writes nothing", () => {
    const envFile = envFileWithout(dir, "TEAMS_APP_ID", "BOT_ID");
    const outFile = join(dir, "app.zip");
    assert.throws(
      () => packageApp({ root: ROOT, envName: "test", envFile, outFile }),
      (err: unknown) => {
        assert.ok(err instanceof PackageError);
        assert.deepEqual(err.problems, ["TEAMS_APP_ID (bruges i appPackage/manifest.json)", "BOT_ID (bruges i appPackage/manifest.json)"]);
        assert.match(err.message, /2 variabler mangler eller er tomme i .*\.env\.test/);
        return true;
      },
    );
    assert.throws(() => readFileSync(outFile), /ENOENT/);
  });

  it("when a variable is empty in the file but set in the environment, then the environment fills it (CI pipelines)", () => {
    const envFile = envFileWithout(dir, "BOT_ID");
    const outFile = join(dir, "app.zip");
    packageApp({ root: ROOT, envName: "test", envFile, outFile, environment: { BOT_ID: "44444444-4444-4444-8444-444444444444" } });
    const manifest = JSON.parse(readZip(readFileSync(outFile)).get("manifest.json")!.toString("utf8")) as { bots: { botId: string }[] };
    assert.equal(manifest.bots[0]!.botId, "44444444-4444-4444-8444-444444444444");
  });

  it("when a filled value breaks the schema, then it fails with the schema's complaint and the JSON path", () => {
    const envFile = envFileWithout(dir, "APP_DISPLAY_NAME");
    writeFileSync(envFile, `${readFileSync(envFile, "utf8")}\nAPP_DISPLAY_NAME=Fyrtårn med et navn der er alt for langt\n`);
    assert.throws(() => packageApp({ root: ROOT, envName: "test", envFile, outFile: join(dir, "app.zip") }), (err: unknown) => {
      assert.ok(err instanceof PackageError);
      assert.ok(err.problems.includes("manifest.json: /name/short must NOT have more than 30 characters"), err.message);
      assert.ok(err.problems.includes("en.json: /name.short must NOT have more than 30 characters"), err.message);
      return true;
    });
  });

  it("when a value holds quotes or backslashes, then it is escaped inside the JSON string", () => {
    const { text, missing } = fillPlaceholders('{"a":"x ${{V}} y"}', () => 'say "hi" \\ bye');
    assert.deepEqual(missing, []);
    assert.deepEqual(JSON.parse(text), { a: 'x say "hi" \\ bye y' });
  });

  it("when an env file has comments, quotes and export, then they are read like dotenv", () => {
    const values = parseEnvFile('# c\nexport A=1\nB="two words"\nC=three # note\nD=\n', "x");
    assert.deepEqual([...values], [["A", "1"], ["B", "two words"], ["C", "three"], ["D", ""]]);
    assert.throws(() => parseEnvFile("not a variable\n", ".env.x"), /linje 1: "not a variable" er ikke NAVN=værdi/);
  });

  it("when arguments are given, then --env and --env-file are read and anything else is refused with the usage", () => {
    assert.deepEqual(parsePackageArgs([]), { envName: "local", envFile: undefined });
    assert.deepEqual(parsePackageArgs(["--env", "dev"]), { envName: "dev", envFile: undefined });
    assert.deepEqual(parsePackageArgs(["--env=prod", "--env-file", "x"]), { envName: "prod", envFile: "x" });
    assert.throws(() => parsePackageArgs(["dev"]), /Ukendt argument "dev"\. Brug: npm run package/);
    assert.throws(() => parsePackageArgs(["--env"]), /--env skal efterfølges af en værdi/);
    assert.throws(() => parsePackageArgs(["--env", "../x"]), /Miljønavnet/);
  });

  it("when the script runs with no arguments, then it writes appPackage/build/appPackage.local.zip and exits 0", () => {
    const run = runPackageScript([]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Skrev appPackage\/build\/appPackage\.local\.zip \(manifest\.json, color\.png, outline\.png, en\.json\)/);
    assert.equal(readZip(readFileSync(repoPath("appPackage", "build", "appPackage.local.zip"))).size, 4);
  });

  it("when the script's env file lacks a variable, then it exits 1 and names the variable on stderr", () => {
    // Emptied in the child's environment too, or a value in the developer's shell would fill the gap.
    const run = runPackageScript(["--env", "test", "--env-file", envFileWithout(dir, "AAD_APP_CLIENT_ID")], { AAD_APP_CLIENT_ID: "" });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /- AAD_APP_CLIENT_ID \(bruges i appPackage\/manifest\.json\)/);
  });

  it("when the script is asked for an environment without a file, then it exits 1 and says which file is missing", () => {
    const run = runPackageScript(["--env", "nosuchenv"]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Miljøfilen env\/\.env\.nosuchenv findes ikke\. Kendte miljøer: .*dev.*local/);
  });
});
