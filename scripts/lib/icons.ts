// Renders the app's two Teams icons from their SVG sources in appPackage/ (the drawing lives there, where a
// designer can open it). resvg draws the same pixels on every machine: no system fonts, no GPU.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** The icons the manifest names, by PNG file; each is drawn from the SVG of the same name. */
export const ICONS = ["color.png", "outline.png"] as const;

/** One of the manifest's icons. */
export type IconFile = (typeof ICONS)[number];

/** The PNG for an icon, at the size its SVG declares (color 192×192, outline 32×32). */
export function renderIcon(appPackageDir: string, icon: IconFile): Buffer {
  const svg = readFileSync(join(appPackageDir, icon.replace(/\.png$/, ".svg")), "utf8");
  const resvg = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}
