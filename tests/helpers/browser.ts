// Debian's Chromium driven by playwright-core, kept on loopback, with the tab built when it is missing or stale.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "../..");

/** The newest modification time of the files under a directory (0 when there are none). */
function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds tab/dist when it is not there (npm ci's prepare normally did it) or older than a file under tab/src, so a
 * browser test never runs against a stale bundle after the tab's code changed.
 */
export function ensureTabBuilt(): void {
  const index = path.join(ROOT, "tab/dist/index.html");
  // The tab also bundles the bot's date words and folding (bot/src/domain/format.ts, isoDate.ts, fold.ts).
  const shared = ["tab/index.html", "bot/src/domain/format.ts", "bot/src/domain/isoDate.ts", "bot/src/domain/fold.ts"].map((f) => path.join(ROOT, f)).filter((f) => existsSync(f));
  const newest = Math.max(newestIn(path.join(ROOT, "tab/src")), ...shared.map((f) => statSync(f).mtimeMs));
  if (existsSync(index) && statSync(index).mtimeMs >= newest) return;
  const res = spawnSync(path.join(ROOT, "node_modules/.bin/vite"), ["build", "--config", "tab/vite.config.ts", "--logLevel", "warn"], { cwd: ROOT, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`vite build failed: ${res.stdout}${res.stderr}`);
}

/** Starts headless Chromium with a temporary home, nothing leaving loopback. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browsertestene kører i Debians Chromium, som ikke findes i ${CHROMIUM}: installér den med "apt-get install -y chromium" (eller sæt CHROMIUM_PATH).`);
  }
  const home = mkdtempSync(path.join(os.tmpdir(), "chromium-home-"));
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), XDG_CACHE_HOME: path.join(home, ".cache") },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
}

/** The tab of a running app in a new page, signed in (development sign-in) as `person`, once it says who that is. */
export async function openTab(browser: Browser, appUrl: string, person: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${appUrl}/tab/?as=${person}`);
  await page.getByTestId("me").waitFor();
  return page;
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Every axe-core finding on the page, no rule or element excluded: "rule (impact): the first three elements". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }>("axe.run(document, { resultTypes: ['violations'] })");
  return result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.html).slice(0, 3))}`);
}
