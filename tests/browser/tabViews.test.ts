// Every view of the tab at phone width (400 × 800) and on a desktop, in the default, dark and high-contrast
// themes: no horizontal page scroll, and axe-core finds no violation at all (no rule or element excluded).
// Screenshots at 400 and 1400 px, light and dark, go to test-output/ to be looked at.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { axeViolations, ensureTabBuilt, launchChromium, ROOT } from "../helpers/browser";
import type { App } from "../../bot/src/server";

const NOW = new Date("2026-11-23T09:00:00Z");
const SHOTS = path.join(ROOT, "test-output");

/** Each view, and what shows once it has its data. */
const VIEWS: ReadonlyArray<[view: string, ready: string]> = [
  ["organisation", '[data-testid="org-chart"] [role="treeitem"]'],
  ["fyrtaarne", '[data-testid="fyrtaarn-table"] tbody tr'],
  ["rulleplan", "section[data-day] table"],
  ["kontroller", "section[data-check]"],
  ["kompetencer", '[data-testid="competence-table"] tbody tr'],
];
const THEMES = ["default", "dark", "contrast"] as const;

describe("tab in Chromium: every view, every theme, phone and desktop width", function () {
  this.timeout(240_000);
  let app: App;
  let browser: Browser;
  before(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    app = await startTestApp({ clock: () => NOW });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function show(view: string, ready: string, theme: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${app.url}/tab/?as=mj&theme=${theme}&view=${view}`);
    await page.locator(ready).first().waitFor();
    return page;
  }

  for (const theme of THEMES) {
    it(`when every view is shown at 400 × 800 in the ${theme} theme, then nothing scrolls sideways and axe finds no violation`, async () => {
      const problems: string[] = [];
      for (const [view, ready] of VIEWS) {
        const page = await show(view, ready, theme, 400);
        const scrollWidth = await page.evaluate<number>("document.documentElement.scrollWidth");
        if (scrollWidth > 400) problems.push(`${view}: scrollWidth ${scrollWidth}`);
        for (const v of await axeViolations(page)) problems.push(`${view}: ${v}`);
        if (theme !== "contrast") await page.screenshot({ path: path.join(SHOTS, `tab-${view}-400-${theme}.png`), fullPage: true });
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  }

  for (const theme of ["default", "dark"] as const) {
    it(`when every view is shown at 1400 px in the ${theme} theme, then axe finds no violation`, async () => {
      const problems: string[] = [];
      for (const [view, ready] of VIEWS) {
        const page = await show(view, ready, theme, 1400);
        for (const v of await axeViolations(page)) problems.push(`${view}: ${v}`);
        await page.screenshot({ path: path.join(SHOTS, `tab-${view}-1400-${theme}.png`), fullPage: view !== "organisation" });
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  }

  it("when the development sign-in picks the same person again, then the tab stays loaded; another person loads", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/tab/?as=mj`);
    await page.locator(VIEWS[0][1]).first().waitFor();
    await page.getByTestId("dev-person").selectOption("mj");
    await page.waitForTimeout(500);
    await page.getByTestId("me").getByText("Mette Jensen").waitFor({ timeout: 2000 });
    await page.locator(VIEWS[0][1]).first().waitFor({ timeout: 2000 });
    assert.equal(await page.getByText("Henter …").count(), 0);
    await page.getByTestId("dev-person").selectOption("ak");
    await page.getByTestId("me").getByText("Anne Kristensen").waitFor({ timeout: 5000 });
    await page.getByTestId("dev-person").selectOption("mj");
    await page.getByTestId("me").getByText("Mette Jensen").waitFor({ timeout: 5000 });
    await page.close();
  });
});
