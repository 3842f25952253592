// npm run bench:tab: the production bundle's size (gzip) and how long the Organisation view takes to first
// render in headless Chromium (navigation start -> first tree row), with the demo organisation and 25,000 people.
import { readFileSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { startAzurite } from "../bot/src/cli/azurite";
import { loadConfig } from "../bot/src/config";
import { createLogger } from "../bot/src/logger";
import { startApp } from "../bot/src/server";
import { OrganisationStore } from "../bot/src/storage/organisationStore";
import { Tables } from "../bot/src/storage/tables";
import { validateOrganisation } from "../bot/src/domain/organisationFile";
import type { Organisation } from "../bot/src/domain/organisation";
import { generateOrganisation } from "./generateOrganisation";
import { demoOrganisation } from "../tests/helpers/demo";
import { launchChromium, ROOT } from "../tests/helpers/browser";

const ROUNDS = 5;
const DIST = path.join(ROOT, "tab/dist");
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function bundleSizes(): void {
  const build = spawnSync(path.join(ROOT, "node_modules/.bin/vite"), ["build", "--config", "tab/vite.config.ts", "--logLevel", "warn"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`vite build fejlede: ${build.stderr}`);
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const initial = new Set([...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  let initialRaw = 0;
  let initialGzip = 0;
  console.log("Produktionsbundt (tab/dist/assets):");
  for (const file of readdirSync(path.join(DIST, "assets")).sort()) {
    const body = readFileSync(path.join(DIST, "assets", file));
    const gz = gzipSync(body, { level: 9 }).length;
    const loaded = initial.has(`assets/${file}`);
    if (loaded) {
      initialRaw += body.length;
      initialGzip += gz;
    }
    console.log(`  ${file.padEnd(36)} ${kB(body.length).padStart(10)}  gzip ${kB(gz).padStart(9)}  ${loaded ? "indlæses ved start" : "indlæses kun efter behov (Teams / indstillinger)"}`);
  }
  console.log(`  Indlæses ved start i alt: ${kB(initialRaw)}, gzip ${kB(initialGzip)}`);
}

async function firstRender(name: string, org: Organisation, connectionString: string): Promise<void> {
  const prefix = `benchtab${Date.now().toString(36)}`;
  await new OrganisationStore(new Tables({ kind: "connectionString", connectionString }, prefix)).replace(org);
  const config = loadConfig({ NODE_ENV: "development", PORT: "0", STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: prefix, SCHEDULER_ENABLED: "false", ORG_REFRESH_SECONDS: "3600" });
  const app = await startApp(config, createLogger("silent"));
  const browser = await launchChromium();
  const person = org.people.find((p) => p.role === "koordinator")?.id ?? org.people[0].id;
  try {
    const times: number[] = [];
    for (let i = 0; i < ROUNDS + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${app.url}/tab/?as=${encodeURIComponent(person)}`);
      await page.waitForSelector('[data-testid="org-tree"] [role="treeitem"]', { timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first round warms the server's memo of /api/org
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${name} (${org.people.length} personer): første visning af Organisation median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${ROUNDS} runder)`);
  } finally {
    await browser.close();
    await app.close();
  }
}

async function main(): Promise<void> {
  bundleSizes();
  const azurite = await startAzurite();
  try {
    await firstRender("Demo-organisation", demoOrganisation(), azurite.connectionString);
    const generated = validateOrganisation(generateOrganisation(25_000, 1_000));
    if (!generated.ok) throw new Error("den genererede organisation er ugyldig");
    await firstRender("Genereret organisation", generated.organisation, azurite.connectionString);
  } finally {
    await azurite.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
