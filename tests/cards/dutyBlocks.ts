// The rota day card's shape as blocks of duties, for the card tests: what a phone shows line by line.
import { strict as assert } from "node:assert";
import type { AdaptiveCard } from "../../bot/src/cards/cardData";
import { findAll } from "../helpers/cardValidation";

export interface DutyBlock { name: string; cells: { slot: string; people: string; notes: string[]; style?: string }[] }

/** The rota card's duties as blocks: a name, then a line per slot ("Formiddag 08.00-12.00: " + people). */
export function dutyBlocks(card: AdaptiveCard): DutyBlock[] {
  const blocks = findAll(card, "Container").filter((container) => String(container.id ?? "").startsWith("duty-"));
  assert.ok(blocks.length > 0, "the card has no duty blocks");
  return blocks.map((block) => {
    const [name, ...cells] = block.items as { text?: string; style?: string; items?: { type: string; text?: string; inlines?: { text: string }[] }[] }[];
    return {
      name: String(name.text),
      cells: cells.map((cell) => {
        const [line, ...notes] = cell.items!;
        assert.equal(line.type, "RichTextBlock");
        return { slot: line.inlines![0].text, people: line.inlines![1].text, notes: notes.map((note) => String(note.text)), style: cell.style };
      }),
    };
  });
}
