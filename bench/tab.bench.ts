// npm run bench:tab: the production bundle's size (gzip) and which files load only with the Organisation view (the
// chart code), how long the chart takes to first render in headless Chromium (navigation start -> first box), with
// the demo organisation and 25,000 people, and at 25,000 how long expanding a unit and a search take.
import { readFileSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import os from "node:os";
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
import type { Page } from "playwright-core";

const ROUNDS = 5;
const DIST = path.join(ROOT, "tab/dist");
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Gzip size of each built asset, by file name (filled by bundleSizes). */
const GZIP = new Map<string, number>();

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
    GZIP.set(file, gz);
    const when = loaded
      ? "indlæses ved start"
      : file.startsWith("OrganisationView-")
        ? "kun med Organisation (diagrammet: d3-hierarchy, d3-zoom)"
        : /View-/.test(file)
          ? "når den visning åbnes"
          : file.startsWith("config-")
            ? "kun på indstillingssiden"
            : file.startsWith("src-")
              ? "kun i Teams (teams-js)"
              : "delt stykke: med den første visning, der bruger det";
    console.log(`  ${file.padEnd(36)} ${kB(body.length).padStart(10)}  gzip ${kB(gz).padStart(9)}  ${when}`);
  }
  console.log(`  Indlæses ved start i alt: ${kB(initialRaw)}, gzip ${kB(initialGzip)}`);
}

const FIRST_BOX = '[data-testid="org-chart"] [role="treeitem"]';

/** Clicks `click` in the page and waits (animation frames) until `selector` is there: ms in the page's clock. */
async function timed(page: Page, click: string, selector: string): Promise<number> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate<number>(`(async () => {
    const t0 = performance.now();
    document.querySelector(${JSON.stringify(click)}).click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector(${JSON.stringify(selector)}) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  })()`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Which script files the page fetched. */
function scriptsOf(page: Page): string[] {
  const files: string[] = [];
  page.on("request", (r) => {
    const m = /\/assets\/([^/?]+\.js)/.exec(r.url());
    if (m) files.push(m[1]);
  });
  return files;
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
      await page.waitForSelector(FIRST_BOX, { timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first round warms the server's memo of /api/org
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${name} (${org.people.length} personer): første visning af diagrammet median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${ROUNDS} runder)`);

    // The chart's code loads only when the Organisation view is opened.
    {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const scripts = scriptsOf(page);
      await page.goto(`${app.url}/tab/?as=${encodeURIComponent(person)}&view=fyrtaarne`);
      await page.waitForSelector('[data-testid="fyrtaarn-table"]', { timeout: 30_000 });
      const onFyrtaarne = [...scripts];
      await page.getByRole("tab", { name: "Organisation" }).click();
      await page.waitForSelector(FIRST_BOX, { timeout: 30_000 });
      const added = scripts.slice(onFyrtaarne.length);
      const gz = (files: string[]) => kB(files.reduce((sum, f) => sum + (GZIP.get(f) ?? 0), 0));
      const chart = (files: string[]) => files.some((f) => f.startsWith("OrganisationView-"));
      console.log(`  Start på Fyrtårne: ${onFyrtaarne.length} scripts, gzip ${gz(onFyrtaarne)}, diagrammets kode ${chart(onFyrtaarne) ? "HENTET" : "ikke hentet"}; Organisation åbnet: +${added.length} scripts, gzip +${gz(added)} (${added.join(", ")}), diagrammets kode ${chart(added) ? "hentet nu" : "IKKE hentet"}`);
      await page.close();
    }

    if (org.people.length < 1000) return;
    // Interaction at this size: open units down to a team (25 people), and a search that opens and centres.
    const units = org.units;
    const childOf = (id: string) => units.find((u) => u.parent === id)!;
    const top = units.find((u) => !u.parent)!;
    const expand: number[] = [];
    const team: number[] = [];
    const search: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${app.url}/tab/?as=${encodeURIComponent(person)}`);
      await page.waitForSelector(FIRST_BOX, { timeout: 30_000 });
      let unit = childOf(top.id);
      expand.push(await timed(page, `[data-unit="${unit.id}"]`, `[data-unit="${childOf(unit.id).id}"]`));
      while (units.some((u) => u.parent === childOf(unit.id).id)) {
        unit = childOf(unit.id);
        await page.click(`[data-unit="${unit.id}"]`);
      }
      const leaf = childOf(unit.id);
      await page.waitForSelector(`[data-unit="${leaf.id}"]`);
      const member = org.people.filter((p) => p.unit === leaf.id && p.role === "medarbejder")[0];
      team.push(await timed(page, `[data-unit="${leaf.id}"]`, `[data-person="${member.id}"]`));
      const target = org.people[org.people.length - 1 - i * 101];
      await page.getByPlaceholder("Søg efter person, fagområde eller ord").fill(target.id);
      search.push(await timed(page, 'form[role="search"] button[type="submit"]', `[data-person="${target.id}"].chart-found`));
      await page.close();
    }
    console.log(`  Fold en enhed ud (8 underenheder i gitter): median ${median(expand).toFixed(0)} ms; fold et team ud (25 personer): median ${median(team).toFixed(0)} ms`);
    console.log(`  Søg på en person og centrér (API-kald, åbn ned til personen, tegn): median ${median(search).toFixed(0)} ms, max ${Math.max(...search).toFixed(0)} ms (${ROUNDS} runder)`);
  } finally {
    await browser.close();
    await app.close();
  }
}

async function main(): Promise<void> {
  // Times depend on what else the machine is doing: say how busy it was.
  console.log(`Maskinen: ${os.cpus().length} kerner, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min)`);
  bundleSizes();
  const azurite = await startAzurite();
  try {
    await firstRender("Demo-organisation", demoOrganisation(), azurite.connectionString);
    const generated = validateOrganisation(generateOrganisation(25_000, 1_000));
    if (!generated.ok) throw new Error("den genererede organisation er ugyldig");
    await firstRender("Genereret organisation", generated.organisation, azurite.connectionString);
    console.log(`Load average ved slut: ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
  } finally {
    await azurite.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
