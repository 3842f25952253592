import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { ICONS, renderIcon } from "../../scripts/lib/icons";
import { repoPath } from "./helpers/repo";

function readPng(file: string): PNG {
  return PNG.sync.read(readFileSync(repoPath("appPackage", file)));
}

/** RGBA of every pixel, whatever colour type the PNG was stored with (pngjs expands to RGBA). */
function pixels(png: PNG): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!]);
  return out;
}

describe("appPackage icons", () => {
  const color = readPng("color.png");
  const outline = readPng("outline.png");

  it("when color.png is read, then it is 192×192", () => {
    assert.deepEqual([color.width, color.height], [192, 192]);
  });

  it("when outline.png is read, then it is 32×32", () => {
    assert.deepEqual([outline.width, outline.height], [32, 32]);
  });

  it("when outline.png is read, then every visible pixel is white and the background is transparent", () => {
    const all = pixels(outline);
    const notWhite = all.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255));
    assert.equal(notWhite.length, 0, `${notWhite.length} visible pixels are not white`);
    const transparent = all.filter(([, , , a]) => a === 0).length;
    const opaque = all.filter(([, , , a]) => a === 255).length;
    assert.ok(transparent > all.length / 3, `only ${transparent} of ${all.length} pixels are transparent`);
    assert.ok(opaque > 50, `only ${opaque} pixels are opaque: there is hardly a symbol`);
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) assert.equal(all[corner]![3], 0, `corner pixel ${corner} is not transparent`);
  });

  it("when color.png is read, then it is opaque and not a single flat colour", () => {
    const all = pixels(color);
    assert.ok(all.every(([, , , a]) => a === 255));
    assert.ok(new Set(all.map(([r, g, b]) => `${r},${g},${b}`)).size > 4);
  });

  it("when the icons are drawn again from their SVGs by scripts/make-icons.ts, then they match the committed PNGs", () => {
    for (const icon of ICONS) {
      const committed = readPng(icon);
      const drawn = PNG.sync.read(renderIcon(repoPath("appPackage"), icon));
      const same = committed.width === drawn.width && committed.height === drawn.height && committed.data.equals(drawn.data);
      assert.ok(same, `${icon} is out of date: run npx tsx scripts/make-icons.ts`);
    }
  });
});
