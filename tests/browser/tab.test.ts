// The tab in a plain browser (development mode) against the real app and Azurite: each view shows real
// content, a koordinator edits, a medarbejder cannot, and axe-core finds no serious or critical violations.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { axeViolations, ensureTabBuilt, launchChromium, openTab, ROOT } from "../helpers/browser";
import type { App } from "../../bot/src/server";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { demoHistory, seedDemoHistory } from "../../bot/src/cli/demoHistory";
import { demoOrganisation } from "../helpers/demo";

const NOW = new Date("2026-11-23T09:00:00Z");
const SHOTS = path.join(ROOT, "test-output");
describe("tab in Chromium (development mode)", function () {
  this.timeout(90_000);
  let app: App;
  let browser: Browser;
  before(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    // The demo with its twelve weeks of check history, as `npm start` seeds it.
    const history = demoHistory(demoOrganisation(), NOW);
    app = await startTestApp({ clock: () => NOW, organisation: history.organisation });
    await seedDemoHistory(app.checkLog, history);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = (person: string): Promise<Page> => openTab(browser, app.url, person);

  it("when the Fyrtårne view opens, then Valg shows Anne Kristensen and Peter Holm, and an absent fyrtårn is marked", async () => {
    const page = await open("mj");
    await page.getByRole("tab", { name: "Fyrtårne" }).click();
    const valg = page.locator('tr[data-area="valg"]');
    await valg.waitFor();
    assert.match(await valg.innerText(), /Anne Kristensen[\s\S]*Peter Holm/);
    assert.ok((await page.getByTestId("absent-fyrtaarn").count()) > 0);
    await page.screenshot({ path: path.join(SHOTS, "tab-fyrtaarne.png"), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);

    // The koordinator makes Lars Møller backup for Valg by typing part of his name and picking him.
    await valg.getByRole("button", { name: "Ret Valg" }).click();
    const backup = valg.getByTestId("pick-backup");
    await backup.getByRole("option", { name: /Peter Holm/ }).click();
    await backup.getByRole("combobox").pressSequentially("lars m");
    await page.locator('div[role="option"]', { hasText: "Lars Møller" }).click();
    assert.doesNotMatch(await valg.innerText(), /\blm\b/, "no id is shown");
    await valg.getByRole("button", { name: "Gem" }).click();
    await page.getByTestId("message").getByText("Gemt").waitFor();
    const stored = await new OrganisationStore(app.tables).load();
    assert.deepEqual(stored!.organisation.areas.find((a) => a.id === "valg")!.backups, ["lm"]);
    await page.close();
  });

  it("when the Rulleplan view opens on 23 November, then the week shows and the absent person is marked", async () => {
    const page = await open("mj");
    await page.getByRole("tab", { name: "Rulleplan" }).click();
    await page.locator('section[data-day="2026-11-23"]').waitFor();
    assert.match(await page.locator('section[data-day="2026-11-23"]').getByTestId("absences").innerText(), /syg/);
    assert.ok((await page.getByTestId("absent-person").count()) > 0);
    await page.screenshot({ path: path.join(SHOTS, "tab-rulleplan.png"), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);

    // The koordinator records a course for Louise Thomsen on Tuesday, picking her by name.
    const form = page.getByTestId("absence-form");
    await form.getByRole("combobox").pressSequentially("louise");
    await page.locator('div[role="option"]', { hasText: "Louise Thomsen" }).click();
    await form.getByLabel("Fra dato").fill("2026-11-24");
    await form.getByLabel("Årsag (ferie, kursus, syg …)").fill("kursus");
    await form.getByRole("button", { name: "Gem" }).click();
    await page.getByTestId("message").getByText("Gemt").waitFor();
    await page.locator('section[data-day="2026-11-24"]').getByTestId("absences").getByText(/kursus/).waitFor();

    // The koordinator changes the repeating plan: Wednesday afternoon post in this cycle week is Henrik Madsen (hm)
    // from now on, so the same cell two weeks later (the two-week cycle comes round) shows him too.
    await page.getByRole("button", { name: "Ret: Post og bagkontor, Eftermiddag, onsdag 25. november" }).click();
    const edit = page.getByTestId("rota-edit");
    const picker = edit.getByTestId("pick-rota");
    while ((await picker.getByRole("option").count()) > 0) await picker.getByRole("option").first().click();
    await picker.getByRole("combobox").pressSequentially("henrik");
    await page.locator('div[role="option"]', { hasText: "Henrik Madsen" }).click();
    await edit.getByTestId("edit-cycle").click();
    await edit.getByRole("button", { name: "Gem" }).click();
    await edit.waitFor({ state: "detached" });
    await page.getByTestId("message").getByText("Gemt").waitFor();
    await page.getByRole("button", { name: "Næste uge" }).click();
    await page.locator('section[data-day="2026-11-30"]').waitFor();
    await page.getByRole("button", { name: "Næste uge" }).click();
    await page.locator('td[data-cell="2026-12-09|post|em"]').getByText("Henrik Madsen").waitFor();
    await page.close();
  });

  it("when Møder og kontroller opens, then the legend, a deviation shown as a deviation, the chart with its table, meetings a season ahead, and the CSV download", async () => {
    const upcoming: any = await (await fetch(`${app.url}/api/checks`, { headers: { "x-dev-person": "hbl" } })).json();
    const med = upcoming.meetings.find((m: any) => m.id === "lokal-med");
    await app.agenda.add({ meetingId: med.id, occurrence: med.key, text: "Sygefravær i Borgerservice", by: "ak", byName: "Anne Kristensen", at: new Date("2026-11-20T08:14:00Z") });
    const page = await open("hbl");
    await page.getByRole("tab", { name: "Møder og kontroller" }).click();
    const legend = page.getByTestId("legend");
    await legend.waitFor();

    // The legend: five statuses, each in its own colour, the words saying what the colour says.
    const entries = await legend.locator("[data-legend]").evaluateAll((els) => els.map((el) => [el.getAttribute("data-legend"), el.querySelector(".fui-Badge")?.textContent, (globalThis as any).getComputedStyle(el.querySelector(".fui-Badge")!).backgroundColor]));
    assert.deepEqual(entries.map(([status, word]) => [status, word]), [["done", "udført"], ["deviation", "udført med afvigelse"], ["due", "skal udføres"], ["overdue", "overskredet"], ["missed", "ikke udført"]]);
    assert.equal(new Set(entries.map(([, , colour]) => colour)).size, 5, `five different colours: ${JSON.stringify(entries)}`);

    // A deviation is shown as a deviation, in the deviation colour, with its follow-up deadline while open.
    const deviation = page.locator('[data-status="deviation"]').first();
    await deviation.waitFor();
    const round = page.locator("li", { has: deviation }).first();
    assert.match(await round.innerText(), /udført med afvigelse[\s\S]*Mangelfuld dokumentation[\s\S]*(åben · frist for opfølgning|lukket)/);
    const colourOf = (loc: typeof deviation) => loc.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor);
    assert.equal(await colourOf(deviation), entries.find(([s]) => s === "deviation")![2]);
    assert.notEqual(await colourOf(deviation), entries.find(([s]) => s === "done")![2]);
    assert.ok((await page.locator('[data-testid="deviation"]', { hasText: "åben" }).count()) >= 1, "the demo has an open deviation");

    // The chart carries its figures, and the same figures are a table with headers for screen readers.
    const chart = page.getByTestId("chart");
    assert.match((await chart.getAttribute("aria-label")) ?? "", /\d+ af \d+ runder udført/);
    assert.match(await chart.locator("text").first().textContent() ?? "", /^\d+\/\d+$/);
    await page.getByText("Vis tallene som tabel").click();
    const table = page.getByTestId("chart-table");
    await table.waitFor();
    assert.equal(await table.locator("tbody tr").count(), 12);
    assert.deepEqual(await table.locator("thead th").allInnerTexts(), ["Uge (mandag)", "Runder med frist", "Udført", "Heraf med afvigelse"]);
    const api: any = await (await fetch(`${app.url}/api/checks`, { headers: { "x-dev-person": "hbl" } })).json();
    const last = api.weeks[11];
    assert.deepEqual((await table.locator("tbody tr").nth(11).locator("td").allInnerTexts()).map(Number), [last.due, last.done, last.deviations]);

    // Meetings a season ahead: Lokal-MED with the year when it is next year, and its proposed item.
    assert.ok((await page.getByTestId("meetings").locator("li").count()) > 0);
    const medItem = page.locator(`[data-meeting="${med.key}"]`);
    assert.match(await medItem.innerText(), /Lokal-MED/);
    assert.match(await page.getByTestId("agenda-items").first().innerText(), /Sygefravær i Borgerservice \(Anne Kristensen, 20\.11\.2026/);
    const nextYear = page.locator("[data-meeting]", { hasText: "2027" });
    assert.ok((await nextYear.count()) > 0, "a meeting next year carries its year");

    await page.screenshot({ path: path.join(SHOTS, "tab-kontroller.png"), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent kontrolloggen (CSV)" }).click()]);
    assert.equal(download.suggestedFilename(), "kontrollog-2026-11-23.csv");
    await page.close();
  });

  it("when a save answers 500 or the server cannot be reached, then a calm message shows (English in an English tab) and what the user entered is still there", async () => {
    const page = await open("mj");
    await page.getByRole("tab", { name: "Fyrtårne" }).click();
    const valg = page.locator('tr[data-area="valg"]');
    await valg.getByRole("button", { name: "Ret Valg" }).click();
    const backup = valg.getByTestId("pick-backup");
    await backup.getByRole("combobox").pressSequentially("henrik");
    await page.locator('div[role="option"]', { hasText: "Henrik Madsen" }).click();
    // The server fails the save (the answer a proxy gives: no JSON).
    await page.route("**/api/areas/valg", (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" }));
    await valg.getByRole("button", { name: "Gem" }).click();
    await page.getByTestId("message").getByText("Der skete en fejl på serveren. Prøv igen om lidt. Intet er gemt, og det, du har skrevet, står her stadig.").waitFor();
    assert.match(await backup.innerText(), /Henrik Madsen/, "the picked person is still in the form");
    // Once the server answers again, the same form saves.
    await page.unroute("**/api/areas/valg");
    await valg.getByRole("button", { name: "Gem" }).click();
    await page.getByTestId("message").getByText("Valg: Gemt.").waitFor();
    await page.close();

    // The server cannot be reached while an absence is saved, in an English tab.
    const en = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await en.goto(`${app.url}/tab/?as=mj&lang=en`);
    await en.getByRole("tab", { name: "Rota" }).click();
    const form = en.getByTestId("absence-form");
    await form.getByRole("combobox").pressSequentially("louise");
    await en.locator('div[role="option"]', { hasText: "Louise Thomsen" }).click();
    await form.getByLabel("From").fill("2026-11-26");
    await form.getByLabel("Reason (holiday, course, sick …)").fill("tandlæge");
    await en.route("**/api/**", (route) => route.abort("connectionrefused"));
    await form.getByRole("button", { name: "Save" }).click();
    await en.getByTestId("message").getByText("The tab cannot reach the server right now. Check your network connection and try again in a moment. Nothing was saved, and what you entered is still here.").waitFor();
    assert.equal(await form.getByLabel("Reason (holiday, course, sick …)").inputValue(), "tandlæge");
    assert.equal(await form.getByLabel("From").inputValue(), "2026-11-26");
    assert.match(await form.innerText(), /Louise Thomsen/);
    await en.close();
  });

  it("when a medarbejder opens Fyrtårne and Rulleplan, then there is nothing to edit and the API refuses an edit with 403", async () => {
    const page = await open("ak");
    assert.match(await page.getByTestId("me").innerText(), /ikke rette/);
    await page.getByRole("tab", { name: "Fyrtårne" }).click();
    await page.locator('tr[data-area="valg"]').waitFor();
    assert.equal(await page.getByRole("button", { name: /^Ret / }).count(), 0);
    await page.getByRole("tab", { name: "Rulleplan" }).click();
    await page.locator('section[data-day="2026-11-23"]').waitFor();
    assert.equal(await page.getByTestId("absence-form").count(), 0);
    assert.equal(await page.getByRole("button", { name: /^Ret: / }).count(), 0);
    const status = await page.evaluate(async () => (await fetch("/api/areas/valg", { method: "PUT", headers: { "content-type": "application/json", "x-dev-person": "ak" }, body: JSON.stringify({ fyrtaarne: ["ak"], backups: [], etag: null }) })).status);
    assert.equal(status, 403);
    await page.screenshot({ path: path.join(SHOTS, "tab-medarbejder.png"), fullPage: true });
    await page.close();
  });
});
