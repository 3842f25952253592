// The rota day card's structure: a block per duty with a line per slot, filters, gaps, and the full width.
import { strict as assert } from "node:assert";
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { cardStrings, findAll } from "../helpers/cardValidation";
import { dutyBlocks } from "./dutyBlocks";
import * as F from "./fixtures";

describe("card structure", () => {
  describe("rota day", () => {
    it("when a day has 7 duties and 2 slots, then there is one block per duty, each with a line per slot", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard(F.rotaMonday, "da"));
      assert.equal(blocks.length, F.duties.length);
      assert.equal(blocks[0].cells[0].slot, "Formiddag 08.00-12.00: ");
      for (const block of blocks) assert.equal(block.cells.length, 2);
      assert.equal(findAll(render.renderRotaDayCard(F.rotaMonday, "da"), "Table").length, 0, "no table: its narrow columns break words on a phone");
    });

    it("when a cell is understaffed, then it says so in text and not only with the cell's colour", () => {
      const [skranke, , , selvbetjening] = dutyBlocks(render.renderRotaDayCard(F.rotaMonday, "da"));
      assert.equal(skranke.name, "Skranke");
      assert.deepEqual(skranke.cells[0], { slot: "Formiddag 08.00-12.00: ", people: "Anne Kristensen, Peter Hansen (ændret)", notes: [], style: "default" });
      assert.deepEqual(skranke.cells[1].people, "Lars Møller (syg)");
      assert.deepEqual(skranke.cells[1].notes, ["under minimum (0 af 2)"]);
      assert.equal(skranke.cells[1].style, "attention");
      assert.deepEqual(selvbetjening.cells.map((cell) => [cell.people, ...cell.notes]), [["Ingen"], ["Ingen", "under minimum"]]);
    });

    it("when the organisation has 8 slots and 12 duties, then the blocks follow the data", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard(F.rotaManySlots, "da"));
      assert.equal(blocks.length, 12);
      for (const block of blocks) assert.equal(block.cells.length, 8);
    });

    it("when filtered to one duty, then only that block is shown", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "telefon" } }, "da"));
      assert.deepEqual(blocks.map((block) => block.name), ["Telefon"]);
    });

    it("when filtered to one slot, then each duty shows only that slot", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { slot: "em" } }, "en"));
      assert.deepEqual([...new Set(blocks.flatMap((block) => block.cells.map((cell) => cell.slot)))], ["Eftermiddag 12:00-15:30: "]);
    });

    it("when a filter names a duty that is not on the plan, then the whole day is shown rather than nothing", () => {
      assert.equal(dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "findes-ikke" } }, "da")).length, F.duties.length);
    });

    it("when the day has gaps, then the card lists them under a heading in words, and the summary names them first", () => {
      const gaps = [
        { kind: "absentPlanned", person: "Lars Møller", reason: "syg", duty: "Skranke", slot: "Eftermiddag" },
        { kind: "doubleBooked", person: "Anne Kristensen", slot: "Formiddag", duties: ["Skranke", "Telefon"] },
      ] as const;
      const card = render.renderRotaDayCard({ ...F.rotaMonday, gaps }, "da");
      const texts = cardStrings(card);
      assert.ok(texts.includes("Huller i rulleplanen"));
      assert.ok(texts.includes("Lars Møller (syg) står på Skranke, eftermiddag, og ingen er sat ind i stedet."));
      assert.ok(texts.includes("Anne Kristensen står på både Skranke og Telefon i formiddag."));
      assert.match(summaries.rotaDaySummary({ ...F.rotaMonday, gaps }, "da"), /\. Huller i rulleplanen: Lars Møller \(syg\) står på Skranke/);
      assert.ok(!cardStrings(render.renderRotaDayCard(F.rotaMonday, "da")).includes("Huller i rulleplanen"), "no heading without gaps");
    });

    it("when an English card names a gap's absence reason, then a known kind is in English and a reason typed freely stays as typed", () => {
      const gaps = [
        { kind: "absentPlanned", person: "Jens Pedersen", reason: "kursus", duty: "Skranke", slot: "Eftermiddag" },
        { kind: "understaffed", duty: "Telefon", slot: "Formiddag", present: 0, minStaff: 2, absent: [{ name: "Camilla Andersen", reason: "syg" }, { name: "Anne Kristensen", reason: "tandlæge" }] },
        { kind: "areaUncovered", area: "Pas", away: [{ name: "Sofie Nielsen", reason: "Ferie" }, { name: "Pia Christensen", reason: "afspadsering" }] },
      ] as const;
      const texts = cardStrings(render.renderRotaDayCard({ ...F.rotaMonday, gaps }, "en"));
      assert.ok(texts.includes("Jens Pedersen (course) is on Skranke, eftermiddag, with nobody instead."));
      assert.ok(texts.includes("Telefon, formiddag: 0 of at least 2 (away: Camilla Andersen, sick and Anne Kristensen, tandlæge)."));
      assert.ok(texts.includes("Pas: lighthouse and backup are both away (Sofie Nielsen: holiday and Pia Christensen: time off in lieu). Questions go to the coordinator."));
      assert.match(summaries.rotaDaySummary({ ...F.rotaMonday, gaps }, "en"), /Jens Pedersen \(course\) is on Skranke/);
      assert.ok(cardStrings(render.renderRotaDayCard({ ...F.rotaMonday, gaps }, "da")).includes("Jens Pedersen (kursus) står på Skranke, eftermiddag, og ingen er sat ind i stedet."));
    });

    it("when the asked duty does not run that day, then the card and its summary say only that, not the day's absences", () => {
      const note = "Den Digitale Hotline har ingen vagt tirsdag 24. november. Næste gang: onsdag 25. november.";
      const data = { ...F.rotaMonday, note, slots: [], duties: [], absences: [], gaps: [] };
      assert.equal(summaries.rotaDaySummary(data, "da"), `Rulleplan mandag 23. november 2026. ${note}`);
      assert.deepEqual(cardStrings(render.renderRotaDayCard(data, "da")).filter((t) => t !== summaries.rotaDaySummary(data, "da")), ["Rulleplan mandag 23. november 2026", note]);
      assert.match(summaries.rotaDaySummary({ ...data, note: undefined }, "da"), /Der er ingen vagter i rulleplanen denne dag\.$/, "no note: no rota that day");
    });

    it("when the bot suggests questions that end in a question mark, then the summary asks once, not '??'", () => {
      const summary = summaries.unknownSummary({ understood: [], suggestions: ["Hvem er i Ydelseskontoret?", "Hvem er fyrtårn for Pas?"] }, "da");
      assert.equal(summary, "Jeg forstod ikke helt spørgsmålet. Mente du: Hvem er i Ydelseskontoret eller Hvem er fyrtårn for Pas?");
    });

    it("when the rota card is rendered, then it asks Teams for the full width", () => {
      assert.deepEqual(render.renderRotaDayCard(F.rotaMonday, "da").msteams, { width: "Full" });
    });
  });
});
