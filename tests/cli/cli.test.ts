// The command-line tools as a user runs them: npm run import / export / serve, against the test Azurite.
import assert from "node:assert/strict";
import { DateTime } from "luxon";
import { withCheckStarts } from "../../bot/src/domain/checkRounds";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { parseOrganisationFile } from "../../bot/src/domain/organisationFile";
import { testTables, uniquePrefix } from "../helpers/storage";
import { DEMO_FILE, demoOrganisation } from "../helpers/demo";
import { buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import { serialiseOrganisation } from "../../bot/src/domain/organisationFile";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [path.join(root, script), ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("npm run import / export", () => {
  const prefix = uniquePrefix();
  const env = () => ({ STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING, TABLE_PREFIX: prefix });
  let dir: string;
  before(async () => (dir = await mkdtemp(path.join(tmpdir(), "fyr-cli-"))));

  it("when the demo file is imported, then it is stored whole and the tool says what it imported", async () => {
    const result = await run("bot/src/cli/import.ts", [DEMO_FILE], env());
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Importeret til .*: 40 personer/);
    // The checks have no `since` in the file: the import starts them today (in the department's zone).
    const stored = (await new OrganisationStore(testTables(prefix)).load())?.organisation;
    const today = DateTime.now().setZone(demoOrganisation().organisation.timezone).toISODate()!;
    assert.deepEqual(stored, withCheckStarts(demoOrganisation(), new Map(), today));
  });

  it("when a long organisation is imported without a terminal, then progress is a line per tenth on stderr and it is stored whole", async () => {
    const people = Array.from({ length: 1500 }, (_, i) => buildPerson(`m${i}`, { name: `Medarbejder ${i}` }));
    const org = buildOrganisation({ people: [buildPerson("hbl", { role: "sektionsleder" }), buildPerson("mj", { role: "koordinator" }), buildPerson("ak"), buildPerson("ph"), buildPerson("lm"), ...people] });
    const file = path.join(dir, "large.yaml");
    await writeFile(file, serialiseOrganisation(org));
    const largePrefix = uniquePrefix();
    const result = await run("bot/src/cli/import.ts", [file], { ...env(), TABLE_PREFIX: largePrefix });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stderr.trim().split("\n").filter((l) => l.startsWith("Skriver rækker"));
    assert.ok(lines.length >= 5 && lines.length <= 11, result.stderr);
    assert.match(lines.at(-1)!, /(\d\.\d{3}) af \1 \(100 %\)/);
    assert.ok(!result.stderr.includes("\r"), "no terminal, no bar");
    assert.match(result.stdout, /Importeret til .*: 1505 personer.*\d+,\d s\)/);
    assert.deepEqual((await new OrganisationStore(testTables(largePrefix)).load())?.organisation, org);
  });

  it("when a file has errors, then every error is named by its place, the exit code is 1 and nothing changes", async () => {
    const bad = (await readFile(DEMO_FILE, "utf8")).replace("fyrtaarne: [ak]", "fyrtaarne: [xx]").replace("cycleStart: 2026-01-05", "cycleStart: 2026-01-07");
    const file = path.join(dir, "bad.yaml");
    await writeFile(file, bad);
    const before = await new OrganisationStore(testTables(prefix)).pointer();
    const result = await run("bot/src/cli/import.ts", [file], env());
    assert.equal(result.code, 1);
    assert.match(result.stderr, /intet er ændret/);
    assert.match(result.stderr, /areas\[\d+\]\.fyrtaarne\[0\]: ukendt person "xx"/);
    assert.match(result.stderr, /rota\.cycleStart/);
    assert.deepEqual(await new OrganisationStore(testTables(prefix)).pointer(), before);
  });

  it("when the file does not exist, then the tool says so", async () => {
    const result = await run("bot/src/cli/import.ts", [path.join(dir, "missing.yaml")], env());
    assert.equal(result.code, 1);
    assert.match(result.stderr, /findes ikke/);
  });

  it("when storage cannot be reached, then the tool says what to do", async () => {
    const result = await run("bot/src/cli/import.ts", [DEMO_FILE], { STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;", TABLE_PREFIX: prefix });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Kan ikke nå Table Storage/);
  });

  it("when exported, then the file reads back as the same organisation", async () => {
    const file = path.join(dir, "export.yaml");
    const result = await run("bot/src/cli/export.ts", [file], env());
    assert.equal(result.code, 0, result.stderr);
    const parsed = parseOrganisationFile(await readFile(file, "utf8"));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.organisation, (await new OrganisationStore(testTables(prefix)).load())?.organisation);
    assert.ok(parsed.organisation.checks.every((c) => c.since !== undefined), "the export writes each check's start");
  });
});

describe("npm run serve", () => {
  it("when production has no bot app id, then the server refuses to start and lists what is missing", async () => {
    const result = await run("bot/src/server.ts", [], { NODE_ENV: "production", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true", PORT: "0" });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /MicrosoftAppId mangler/);
  });
});
