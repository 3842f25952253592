// Writes appPackage/color.png (192×192) and appPackage/outline.png (32×32) from appPackage/color.svg and
// outline.svg. Run: npx tsx scripts/make-icons.ts   (the PNGs are committed; rerun when an SVG changes)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ICONS, renderIcon } from "./lib/icons";

const dir = join(__dirname, "..", "appPackage");
for (const icon of ICONS) {
  writeFileSync(join(dir, icon), renderIcon(dir, icon));
  console.log(`skrev appPackage/${icon}`);
}
