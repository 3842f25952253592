// The bot in the Microsoft 365 Agents Playground, run the way `npm start` runs it (bot/src/cli/start.ts): the real
// server on Azurite, `agentsplayground` pointed at its /api/messages, the Playground's web chat in Chromium. A
// question goes in through the message box, a card button ("Mente du …?", "Prøv at spørge") is clicked, and the
// answer card must come back, with no error in the Playground's page (a click once threw "Cannot add property
// msTeams, object is not extensible" and sent nothing).
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { launchChromium, ROOT } from "../helpers/browser";
import { demoOrganisation } from "../helpers/demo";
import { freePort } from "../../bot/src/cli/azurite";
import { suggestionQuestion } from "../../bot/src/answers/help";
import type { App } from "../../bot/src/server";
import type { Organisation } from "../../bot/src/domain/organisation";

const NOW = new Date("2026-11-24T09:00:00Z");
const SHOTS = path.join(ROOT, "test-output");

/** A running Agents Playground and its log file. */
interface Playground {
  readonly url: string;
  readonly log: string;
  stop(): Promise<void>;
}

/** Starts `agentsplayground` as npm start does (async spawn: the server it talks to runs in this process). */
async function startPlayground(botUrl: string): Promise<Playground> {
  const port = await freePort();
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), "playground-")), "playground.log");
  const child = spawn(path.join(ROOT, "node_modules/.bin/agentsplayground"), ["-e", `${botUrl}/api/messages`, "-c", "msteams", "--disable-telemetry", "-p", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none", M365_AGENTS_PLAYGROUND_LOGFILE: log },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const playground = { url: `http://localhost:${port}`, log, stop: () => stopGroup(child) };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Agents Playground stoppede (kode ${child.exitCode}): ${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return playground;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await playground.stop();
  throw new Error(`Agents Playground lyttede ikke på port ${port} inden for 30 s: ${output}`);
}

/** Stops the Playground and anything it started (its own process group): SIGTERM, SIGKILL after 5 s. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => signal("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signal("SIGTERM");
  });
}

describe("bot in the Agents Playground (Chromium)", function () {
  this.timeout(90_000);
  let app: App;
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  const organisation: Organisation = demoOrganisation();
  const problems: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    app = await startTestApp({ clock: () => NOW, organisation });
    playground = await startPlayground(app.url);
  });
  after(async () => {
    await browser?.close();
    await playground?.stop();
    await app?.close();
  });
  beforeEach(async () => {
    problems.length = 0;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
    page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
    await page.goto(playground.url);
  });
  afterEach(async function () {
    if (this.currentTest?.state === "failed") await page.screenshot({ path: path.join(SHOTS, `playground-failed.png`), fullPage: true }).catch(() => undefined);
    await page.close();
  });

  /** The Adaptive Cards the chat shows, oldest first. */
  const cards = (): Locator => page.locator(".ac-adaptiveCard");

  /** Types a message into the Playground's message box and sends it with Enter. */
  async function say(text: string): Promise<void> {
    const box = page.locator('[contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
  }

  /** Waits for the chat to show `count` cards, then a moment more, and says how many it shows (one per answer). */
  async function cardsAfter(count: number): Promise<number> {
    await cards()
      .nth(count - 1)
      .waitFor({ timeout: 15_000 })
      .catch((err: Error) => {
        throw new Error(`${err.message}\nDer kom ikke kort nr. ${count}. Fejl i Playgroundens side: ${JSON.stringify(pageProblems())}`);
      });
    await page.waitForTimeout(750);
    return cards().count();
  }

  /** Page errors and console errors, less the CDN fonts and animations the loopback-only browser cannot fetch. */
  const pageProblems = (): string[] => problems.filter((p) => !/Failed to load (resource|worklet module script)/.test(p));

  it("when 'hjælp' is typed and an example on the help card is clicked, then the answer card names the area's fyrtårne, once, without a page error", async () => {
    const area = organisation.areas[0]!;
    const example = `Hvem er fyrtårn for ${area.name}?`;
    const fyrtaarne = area.fyrtaarne.map((id) => organisation.people.find((p) => p.id === id)!.name);
    await page.locator('[contenteditable="true"]').first().waitFor();
    // The Playground installs the bot on load, and the bot greets with its welcome card.
    const before = await cardsAfter(1);

    await say("hjælp");
    assert.equal(await cardsAfter(before + 1), before + 1, "one card for 'hjælp'");
    const help = cards().nth(before);
    assert.match(await help.innerText(), /Prøv at spørge/);
    await help.getByRole("button", { name: example }).click();

    assert.equal(await cardsAfter(before + 2), before + 2, "one card for the clicked question, not a second bubble");
    const answer = cards().nth(before + 1);
    const text = await answer.innerText();
    assert.match(text, new RegExp(area.name));
    for (const name of fyrtaarne) assert.ok(text.includes(name), `the answer names ${name}: ${text}`);
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "playground-example-answer.png") });
    assert.deepEqual(pageProblems(), []);
  });
});
