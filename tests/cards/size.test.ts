// The cards' size: the worst cases stay under Teams' message limit, valid, and say what they left out.
import { strict as assert } from "node:assert";
import type { AdaptiveCard } from "../../bot/src/cards/cardData";
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { cardStrings, findAll, validateCard } from "../helpers/cardValidation";
import { dutyBlocks } from "./dutyBlocks";
import * as F from "./fixtures";

describe("card structure", () => {
  describe("size", () => {
    // Teams refuses a bot message over about 28 KB; the card is most of it.
    const TEAMS_LIMIT = 28 * 1024;
    const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
    const person = (index: number) => ({ ...F.longName, name: `${F.longName.name} ${index}`, detail: "budget, økonomi, ledelse", absentToday: "ferie" });
    const check = (index: number) => ({
      title: `Ledelseskontrol af noget med et langt navn nr. ${index}`,
      period: { kind: "quarter" as const, year: 2026, quarter: 4 },
      due: "2026-11-27",
      status: "overdue" as const,
      owner: F.longName.name,
    });
    // 100 checks, each with 10 missed rounds and 10 open deviations whose follow-up is as long as the card allows.
    const deviation = { period: { kind: "quarter" as const, year: 2026, quarter: 3 }, kind: "x".repeat(200), followUp: "y".repeat(2000), due: "2026-12-01", overdue: true };
    const bigChecks = { scope: "missing" as const, groups: many(100, (i) => ({ title: check(i).title, owner: check(i).owner, rounds: many(10, () => check(i)), deviations: many(10, () => deviation) })) };
    const meeting = (index: number) => ({ title: `Møde ${index}`, date: "2026-12-08", start: "14:00", minutes: 90, place: "Mødelokale 2, 3. sal, Rådhuset" });
    const bigSlots = many(10, (index) => ({ id: `s${index}`, name: `Tidsrum ${index + 1}`, start: "08:00", end: "09:00" }));
    const worst: readonly [string, () => AdaptiveCard, () => string, string][] = [
      [
        "a people list of 200",
        () => render.renderPeopleListCard({ topic: { kind: "role", role: "medarbejder" }, people: many(200, person) }, "da"),
        () => summaries.peopleListSummary({ topic: { kind: "role", role: "medarbejder" }, people: many(200, person) }, "da"),
        "Viser 15 af 200. Spørg mere præcist for at få færre.",
      ],
      [
        "a rota day of 20 duties, 10 slots, 4 people a cell and 500 absences",
        () => render.renderRotaDayCard(bigRota, "da"),
        () => summaries.rotaDaySummary(bigRota, "da"),
        "opgaver mere kan ikke vises på én gang. Spørg om én opgave ad gangen.",
      ],
      [
        "a meeting with 200 agenda items",
        () => render.renderMeetingReminderCard(bigMeeting, "da"),
        () => summaries.meetingReminderSummary(bigMeeting, "da"),
        "175 ældre punkter vises ikke her.",
      ],
      [
        "100 checks",
        () => render.renderChecksCard(bigChecks, "da"),
        () => summaries.checksSummary(bigChecks, "da"),
        "flere",
      ],
      [
        "a digest of 100 of everything",
        () => render.renderDigestCard(bigDigest, "da"),
        () => summaries.digestSummary(bigDigest, "da"),
        "… og 80 flere",
      ],
      [
        "an area with 10 fyrtårne and 10 backups",
        () => render.renderAreaCard({ ...F.areaValg, fyrtaarne: many(10, person), backups: many(10, person) }, "da"),
        () => summaries.areaSummary({ ...F.areaValg, fyrtaarne: many(10, person), backups: many(10, person) }, "da"),
        F.longName.name,
      ],
    ];
    it("when a rota day is too big for one message, then the card keeps as many duty rows as fit", () => {
      const card = render.renderRotaDayCard(bigRota, "da");
      const rows = dutyBlocks(card).length;
      assert.ok(rows >= 1 && rows < 20, `${rows} rows`);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) <= render.MAX_CARD_BYTES);
      const moreLine = findAll(card, "TextBlock").find((block) => block.text === `${20 - rows} opgaver mere kan ikke vises på én gang. Spørg om én opgave ad gangen.`);
      assert.ok(moreLine, "the card says how many duties are left out");
      // One more duty and the line saying how many are left out would not fit.
      const oneMore = render.renderRotaDayCard({ ...bigRota, duties: bigRota.duties.slice(0, rows + 1) }, "da");
      assert.equal(dutyBlocks(oneMore).length, rows + 1);
      assert.ok(Buffer.byteLength(JSON.stringify(oneMore)) + Buffer.byteLength(JSON.stringify(moreLine)) > render.MAX_CARD_BYTES, "one more row would have fitted");
    });

    it("when a rota day with 500 absences is rendered, then 30 are listed and the rest counted", () => {
      const card = render.renderRotaDayCard({ ...bigRota, duties: bigRota.duties.slice(0, 1) }, "da");
      assert.ok(cardStrings(card).includes("… og 470 flere"));
    });

    const bigRota = {
      date: "2026-11-23",
      slots: bigSlots,
      duties: many(20, (duty) => ({
        id: `d${duty}`,
        name: `Opgave med et langt navn ${duty}`,
        cells: bigSlots.map((slot) => ({ slot: slot.id, people: many(4, (index) => ({ name: `${F.longName.name} ${index}` })), changed: true })),
      })),
      absences: many(500, (index) => ({ name: `${F.longName.name} ${index}`, reason: "afspadsering", slots: ["s1"] })),
    };
    const bigMeeting = {
      ...F.meetingReminder,
      items: many(200, (index) => ({ text: `Forslag nr. ${index} om arbejdsmiljø, trivsel og den nye ferieplan`, by: F.longName.name, at: "2026-11-20T08:14:00Z" })),
    };
    const bigDigest = { week: 48, dueThisWeek: many(100, check), overdue: many(100, check), meetings: many(100, meeting) };

    for (const [name, card, summary, cut] of worst) {
      it(`when a card shows ${name}, then it stays under Teams' message size, valid, and says what it left out`, () => {
        const rendered = card();
        const bytes = Buffer.byteLength(JSON.stringify(rendered));
        assert.ok(bytes < TEAMS_LIMIT, `${bytes} bytes`);
        assert.deepEqual(validateCard(rendered), []);
        assert.ok(cardStrings(rendered).some((text) => text.includes(cut)), `expected ${JSON.stringify(cut)}`);
        assert.ok(summary().length <= 700, `summary is ${summary().length} characters`);
      });
    }
  });
});
