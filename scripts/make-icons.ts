// Writes appPackage/color.png (192×192) and appPackage/outline.png (32×32) from scripts/lib/icons.ts.
// Run: npx tsx scripts/make-icons.ts   (the PNGs are committed; rerun only when the drawing changes)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { renderColorIcon, renderOutlineIcon, type Raster } from "./lib/icons";

function writePng(path: string, raster: Raster, opaque: boolean): void {
  const png = new PNG({ width: raster.width, height: raster.height });
  raster.data.copy(png.data);
  // The colour icon is opaque, so it is stored as RGB; the outline icon needs its alpha channel.
  writeFileSync(path, PNG.sync.write(png, { colorType: opaque ? 2 : 6 }));
  console.log(`skrev ${path} (${raster.width}×${raster.height})`);
}

const dir = join(__dirname, "..", "appPackage");
writePng(join(dir, "color.png"), renderColorIcon(), true);
writePng(join(dir, "outline.png"), renderOutlineIcon(), false);
