// The Organisation view's chart in Chromium against the real app and Azurite: the demo organisation and a
// generated one of 25,000 people render, a search centres the match, the keyboard reaches a person and opens the
// panel, and the PNG export writes a picture.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { ensureTabBuilt, launchChromium, ROOT } from "../helpers/browser";
import { demoOrganisation } from "../helpers/demo";
import type { App } from "../../bot/src/server";
import type { Organisation } from "../../bot/src/domain/organisation";
import { validateOrganisation } from "../../bot/src/domain/organisationFile";
import { generateOrganisation } from "../../bench/generateOrganisation";

const NOW = new Date("2026-11-23T09:00:00Z");
const SHOTS = path.join(ROOT, "test-output");

/** How far the box's centre is from the chart viewport's centre, in pixels. */
async function offCentre(page: Page, selector: string): Promise<number> {
  const box = (await page.locator(selector).boundingBox())!;
  const view = (await page.getByTestId("org-chart").boundingBox())!;
  return Math.hypot(box.x + box.width / 2 - (view.x + view.width / 2), box.y + box.height / 2 - (view.y + view.height / 2));
}

/** Who heads a unit's box as the organisation file says (leader, else sektionsleder, else koordinator). */
function leaderOf(org: Organisation, unitId: string): string | undefined {
  const unit = org.units.find((u) => u.id === unitId)!;
  const members = org.people.filter((p) => p.unit === unitId);
  return unit.leader ?? members.find((p) => p.role === "sektionsleder")?.id ?? members.find((p) => p.role === "koordinator")?.id;
}

describe("tab in Chromium: the organisation chart", function () {
  this.timeout(180_000);
  let browser: Browser;
  before(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  async function open(app: App, person: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
    await page.goto(`${app.url}/tab/?as=${person}`);
    await page.getByTestId("org-chart").waitFor();
    return page;
  }

  describe("with the demo organisation", () => {
    const org = demoOrganisation();
    const top = org.units.find((u) => !u.parent)!;
    let app: App;
    before(async () => (app = await startTestApp({ clock: () => NOW })));
    after(async () => app?.close());

    it("when the view opens, then the top unit shows once, headed by its leader, with its units below", async () => {
      const page = await open(app, "mj");
      assert.equal(await page.locator(`[data-unit="${top.id}"]`).count(), 1);
      assert.equal(await page.getByRole("treeitem", { name: new RegExp(`^${top.name}`) }).count(), 1, "the organisation's name is not a second box above the top unit");
      await page.locator(`[data-key="p:${top.id}:${leaderOf(org, top.id)}:lead"]`).waitFor();
      for (const u of org.units.filter((x) => x.parent === top.id)) await page.locator(`[data-unit="${u.id}"]`).waitFor();
      await page.screenshot({ path: path.join(SHOTS, "tab-chart-1280.png") });
      await page.close();
    });

    it("when a competence is searched, then its holders are listed, highlighted, and the chart centres on the first", async () => {
      const page = await open(app, "mj");
      const competence = org.people.flatMap((p) => p.competences).find((c, i, all) => all.indexOf(c) !== all.lastIndexOf(c))!;
      const holders = org.people.filter((p) => p.competences.includes(competence));
      await page.getByRole("searchbox").or(page.getByPlaceholder("Søg efter person, fagområde eller ord")).first().fill(competence);
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      const results = page.getByTestId("search-results");
      for (const h of holders) await results.getByText(h.name).waitFor();
      const first = page.locator(`[data-person="${holders[0].id}"].chart-found`);
      await first.waitFor();
      await page.waitForTimeout(100);
      assert.ok((await offCentre(page, `[data-person="${holders[0].id}"]`)) < 40, "the first match is in the middle of the chart");
      assert.equal(await page.locator(".chart-found").count(), holders.length);

      // A word the organisation does not have still offers something to try.
      await page.getByPlaceholder("Søg efter person, fagområde eller ord").fill("zxqwv");
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      await results.getByText("Prøv i stedet:").waitFor();
      assert.ok((await results.getByRole("button").count()) > 0, "suggestions to click");
      await page.close();
    });

    it("when the keyboard moves into a unit and down to a person, then Enter opens the panel with phone and duties, and Escape returns", async () => {
      const page = await open(app, "mj");
      const unit = org.units.find((u) => u.parent === top.id && org.people.filter((p) => p.unit === u.id).length > 1)!;
      const lead = leaderOf(org, unit.id);
      await page.locator('[role="tree"] [tabindex="0"]').focus();
      const focused = () => page.evaluate<string | null>("document.activeElement?.getAttribute('data-key') ?? null");
      for (let i = 0; i < 20 && (await focused()) !== `u:${unit.id}`; i++) await page.keyboard.press("ArrowDown");
      assert.equal(await focused(), `u:${unit.id}`);
      await page.keyboard.press("ArrowRight");
      assert.equal(await page.locator(`[data-unit="${unit.id}"]`).getAttribute("aria-expanded"), "true");
      await page.keyboard.press("ArrowDown");
      assert.equal(await focused(), `p:${unit.id}:${lead}:lead`);
      await page.keyboard.press("ArrowDown");
      const key = (await focused())!;
      const personId = key.split(":")[2];
      const person = org.people.find((p) => p.id === personId)!;
      assert.equal(person.unit, unit.id);
      await page.keyboard.press("Enter");
      const panel = page.getByRole("dialog");
      await panel.getByText(person.name).first().waitFor();
      if (person.phone) assert.equal(await panel.locator(`a[href^="tel:"]`).count(), 1);
      await panel.getByTestId("panel-duties").waitFor();
      await page.keyboard.press("Escape");
      await panel.waitFor({ state: "detached" });
      await page.waitForTimeout(50);
      assert.equal(await focused(), key, "focus is back on the person's box");
      await page.close();
    });

    it("when the chart is exported as PNG, then a picture of the chart is downloaded", async () => {
      const page = await open(app, "hbl");
      await page.getByRole("button", { name: "Eksportér" }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
      assert.match(download.suggestedFilename(), /^organisation-2026-11-23\.png$/);
      const file = path.join(SHOTS, "tab-chart-export.png");
      await download.saveAs(file);
      const png = PNG.sync.read(readFileSync(file));
      assert.ok(png.width > 400 && png.height > 200, `${png.width}×${png.height}`);
      await page.close();
    });
  });

  describe("with a generated organisation of 25,000 people", () => {
    const generated = validateOrganisation(generateOrganisation(25_000, 1_000));
    if (!generated.ok) throw new Error("the generated organisation does not validate");
    const org = generated.organisation;
    let app: App;
    before(async () => (app = await startTestApp({ clock: () => NOW, organisation: org })));
    after(async () => app?.close());

    it("when the view opens and a person deep in the tree is searched, then the chart opens down to them and centres", async () => {
      const page = await open(app, org.people[0].id);
      await page.locator(`[data-unit="${org.units[0].id}"]`).waitFor();
      const target = org.people[org.people.length - 3];
      await page.getByPlaceholder("Søg efter person, fagområde eller ord").fill(target.id);
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      await page.locator(`[data-person="${target.id}"].chart-found`).waitFor();
      await page.waitForTimeout(100);
      assert.ok((await offCentre(page, `[data-person="${target.id}"]`)) < 40);
      assert.ok((await page.locator("[data-person]").count()) < 500, "only the open part of the chart is drawn");
      await page.screenshot({ path: path.join(SHOTS, "tab-chart-25000.png") });
      await page.close();
    });
  });
});
