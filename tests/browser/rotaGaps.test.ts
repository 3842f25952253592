// The tab marks the day's gaps (coverage/gaps.ts) in Chromium, with the other test organisation: a gap list per day in
// the Rulleplan view, a double booking on its cells, only the slots of the day as columns, and an area with nobody
// in on the Fyrtårne view.
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { ensureTabBuilt, launchChromium, openTab } from "../helpers/browser";
import { otherOrganisation } from "../helpers/other";
import type { App } from "../../bot/src/server";

const NOW = new Date("2026-11-25T08:00:00Z");

describe("tab in Chromium: the day's gaps (the other organisation)", function () {
  this.timeout(90_000);
  let app: App;
  let browser: Browser;
  before(async () => {
    ensureTabBuilt();
    app = await startTestApp({ clock: () => NOW, organisation: otherOrganisation() });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = (person: string): Promise<Page> => openTab(browser, app.url, person);

  it("when the koordinator opens the Rulleplan, then each day lists its gaps in words and a double-booked cell is marked", async () => {
    const page = await open("aha");
    await page.getByRole("tab", { name: "Rulleplan" }).click();
    const tuesday = page.locator('section[data-day="2026-11-24"]');
    await tuesday.getByTestId("gaps").waitFor();
    assert.match(await tuesday.getByTestId("gaps").innerText(), /Kim Vang står på både Skranken og Udlevering i Midt/);
    await tuesday.locator('td[data-cell="2026-11-24|skranke|midt"]').getByTestId("double-booked").waitFor();
    await tuesday.locator('td[data-cell="2026-11-24|udlevering|midt"]').getByTestId("double-booked").waitFor();
    const wednesday = await page.locator('section[data-day="2026-11-25"]').getByTestId("gaps").innerText();
    assert.match(wednesday, /Kim Vang \(afspadsering\) står stadig på Udlevering, Sen, og ingen er sat ind i stedet/);
    assert.match(wednesday, /Flytning og folkeregister: både fyrtårn og backup er væk/);
    const headers = async (date: string) => page.locator(`section[data-day="${date}"] thead th`).allInnerTexts();
    assert.deepEqual(await headers("2026-11-23"), ["Opgave", "Tidlig", "Midt", "Sen"]);
    assert.deepEqual(await headers("2026-11-26"), ["Opgave", "Tidlig", "Midt", "Sen", "Aften"]);
    await page.close();
  });

  it("when the Fyrtårne view opens on a day an area has nobody in, then the area says so and the koordinator covers", async () => {
    const page = await open("sho");
    await page.getByRole("tab", { name: "Fyrtårne" }).click();
    const row = page.locator('tr[data-area="flytning"]');
    await row.getByTestId("nobody-in").waitFor();
    assert.match(await row.getByTestId("absent-fyrtaarn").innerText(), /Sara Nørgaard.*kursus.*Ahmed Hassan/);
    assert.equal(await page.locator('tr[data-area="pas"]').getByTestId("nobody-in").count(), 0);
    await page.close();
  });
});
