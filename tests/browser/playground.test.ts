// The bot in the Microsoft 365 Agents Playground, run the way `npm start` runs it (bot/src/cli/start.ts): the real
// server on Azurite, `agentsplayground` pointed at its /api/messages, the Playground's web chat in Chromium. A
// question goes in through the message box, a card button ("Mente du …?", "Prøv at spørge") is clicked, and the
// answer card must come back, with no error in the Playground's page (a click once threw "Cannot add property
// msTeams, object is not extensible" and sent nothing).
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { startTestApp } from "../helpers/app";
import { launchChromium, ROOT } from "../helpers/browser";
import { demoOrganisation } from "../helpers/demo";
import { otherOrganisation } from "../helpers/other";
import { freePort } from "../../bot/src/cli/azurite";
import { suggestionQuestion } from "../../bot/src/answers/help";
import { texts } from "../../bot/src/cards";
import { WorkCalendar } from "../../bot/src/domain/calendar";
import { OrgIndex } from "../../bot/src/domain/orgIndex";
import type { Area, Organisation } from "../../bot/src/domain/organisation";
import { understand } from "../../bot/src/domain/understand";
import type { App } from "../../bot/src/server";

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

/** The names of an area's fyrtårne, as the organisation file gives them. */
function fyrtaarnNames(organisation: Organisation, area: Area): string[] {
  return area.fyrtaarne.map((id) => organisation.people.find((p) => p.id === id)!.name);
}

/**
 * The first area whose name, half typed (its first five letters), the bot does not take as a question but offers
 * back as "Mente du …?", first: what a user who types too little gets. Read with the bot's own understanding, so
 * the test follows the organisation file rather than a word picked for the demo.
 */
function halfTypedArea(organisation: Organisation, now: Date): { typed: string; area: Area } {
  const index = new OrgIndex(organisation);
  const today = WorkCalendar.forOrganisation(organisation).today(now);
  for (const area of organisation.areas) {
    const typed = area.name.slice(0, 5).toLocaleLowerCase("da");
    const frame = understand(typed, index, today);
    if (frame.intent === "unknown" && frame.suggestions?.[0]?.kind === "area" && frame.suggestions[0].id === area.id) return { typed, area };
  }
  throw new Error("Intet fagområde giver et 'Mente du …?'-forslag, når navnet er halvt skrevet");
}

describe("bot in the Agents Playground (Chromium), as npm start runs it", function () {
  this.timeout(90_000);
  let browser: Browser;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [label, load] of [
    ["demo organisation", demoOrganisation],
    ["the other organisation", otherOrganisation],
  ] as const) {
    describe(label, () => {
      const organisation: Organisation = load();
      const shot = label.replace(/\W+/g, "-");
      let app: App;
      let playground: Playground;
      let page: Page;
      const problems: string[] = [];
      // The Playground has one personal chat and one user, so every test talks in the same conversation. Each test
      // starts an hour after the last, past the 30 minutes a previous question is remembered, as a new chat would.
      let now = NOW;

      before(async () => {
        app = await startTestApp({ clock: () => now, organisation });
        playground = await startPlayground(app.url);
      });
      after(async () => {
        await playground?.stop();
        await app?.close();
      });
      beforeEach(async () => {
        now = new Date(now.getTime() + 60 * 60_000);
        problems.length = 0;
        page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
        page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
        await page.goto(playground.url);
        await page.locator('[contenteditable="true"]').first().waitFor();
      });
      afterEach(async function () {
        if (this.currentTest?.state === "failed") await page.screenshot({ path: path.join(SHOTS, `playground-${shot}-failed.png`) }).catch(() => undefined);
        await page.close();
      });

      /** The Adaptive Cards the chat shows, oldest first. */
      const cards = (): Locator => page.locator(".ac-adaptiveCard");

      /**
       * Page errors and console errors, less what the loopback-only browser cannot fetch: the Playground's fonts and
       * animations on res-1.cdn.office.net (not resolved) and a 404 it sometimes logs on load for its own assets.
       */
      const pageProblems = (): string[] =>
        problems.filter((p) => !/Failed to load resource: (net::ERR_NAME_NOT_RESOLVED|the server responded with a status of 404)|Failed to load worklet module script: https:\/\/res-1\.cdn\.office\.net\//.test(p));

      /** Types a message into the Playground's message box and sends it with Enter. */
      async function say(text: string): Promise<void> {
        await page.locator('[contenteditable="true"]').first().click();
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

      /** Asks, expects exactly one new card (screenshot `<name>-card.png`), clicks the button named `button` on it, and returns the one answer card. */
      async function askAndClick(question: string, button: string, heading: RegExp, name: string): Promise<Locator> {
        // The Playground installs the bot when the page opens, and the bot greets with its welcome card.
        const before = await cardsAfter(1);
        await say(question);
        assert.equal(await cardsAfter(before + 1), before + 1, `one card for ${JSON.stringify(question)}`);
        const first = cards().nth(before);
        assert.match(await first.innerText(), heading);
        await first.screenshot({ path: path.join(SHOTS, `playground-${shot}-${name}-card.png`) });
        await first.getByRole("button", { name: button, exact: true }).click();
        assert.equal(await cardsAfter(before + 2), before + 2, `one card for the clicked ${JSON.stringify(button)}, not a second bubble`);
        const answer = cards().nth(before + 1);
        await answer.scrollIntoViewIfNeeded();
        return answer;
      }

      it("when 'hjælp' is typed and the first 'Prøv at spørge' example is clicked, then the answer card names the area's fyrtårne, once, without a page error", async () => {
        const area = organisation.areas[0]!;
        const example = texts("da").examples({ area: area.name })[0]!;
        const answer = await askAndClick("hjælp", example, new RegExp(texts("da").labels.tryAsking), "help");
        const text = await answer.innerText();
        assert.ok(text.includes(area.name), text);
        assert.ok(area.fyrtaarne.length > 0, `${area.name} has a fyrtårn in the file`);
        for (const name of fyrtaarnNames(organisation, area)) assert.ok(text.includes(name), `the answer names ${name}: ${text}`);
        await page.screenshot({ path: path.join(SHOTS, `playground-${shot}-help-answer.png`) });
        assert.deepEqual(pageProblems(), []);
      });

      it("when an area's name is half typed and its 'Mente du …?' suggestion is clicked, then the answer card names that area's fyrtårne, once, without a page error", async () => {
        const { typed, area } = halfTypedArea(organisation, now);
        const suggestion = suggestionQuestion("area", area.name, area.id, "da");
        const answer = await askAndClick(typed, suggestion, new RegExp(texts("da").labels.unknownHeading), "did-you-mean");
        const text = await answer.innerText();
        assert.ok(text.includes(area.name), text);
        for (const name of fyrtaarnNames(organisation, area)) assert.ok(text.includes(name), `the answer names ${name}: ${text}`);
        await page.screenshot({ path: path.join(SHOTS, `playground-${shot}-did-you-mean-answer.png`) });
        assert.deepEqual(pageProblems(), []);
      });
    });
  }
});
