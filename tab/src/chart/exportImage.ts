// The chart as a picture for a MED meeting or the intranet: the laid-out boxes drawn again as plain SVG (black on
// white, whatever the theme), then as PNG through a canvas, or placed in the page for the print stylesheet.
import type { OrgToday } from "../api";
import type { Texts } from "../texts";
import { initials, type Layout } from "./model";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const FONT = "Segoe UI, Helvetica, Arial, sans-serif";
const MARGIN = 16;

/** The chart as an SVG document, with a title line. */
export function chartSvg(layout: Layout, title: string, t: Texts, areaName: ReadonlyMap<string, string>, today?: OrgToday): { svg: string; width: number; height: number } {
  const width = Math.ceil(layout.width + 2 * MARGIN);
  const height = Math.ceil(layout.height + 2 * MARGIN + 32);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN}" y="${MARGIN + 14}" font-size="18" font-weight="600" fill="#111">${esc(title)}</text>`);
  out.push(`<g transform="translate(${MARGIN},${MARGIN + 32})">`);
  for (const l of layout.links) {
    const mid = l.from.y + (l.to.y - l.from.y) / 2;
    out.push(`<path d="M${l.from.x},${l.from.y}V${mid}H${l.to.x}V${l.to.y}" fill="none" stroke="#888" stroke-width="1.5"/>`);
  }
  for (const b of layout.boxes) {
    if (b.kind === "unit") {
      out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="4" fill="#464775"/>`);
      out.push(`<text x="${b.x + 10}" y="${b.y + 27}" font-size="14" font-weight="600" fill="#fff">${esc(clip(b.unit.name, 24))}</text>`);
      out.push(`<text x="${b.x + b.w - 10}" y="${b.y + 27}" font-size="11" fill="#fff" text-anchor="end">${esc(t.peopleCount(b.unit.total))}</text>`);
    } else {
      const p = b.person;
      const notes = [
        ...(today?.absent[p.id] ? [t.absentToday] : []),
        ...p.fyrtaarn.map((a) => `${t.fyrtaarn}: ${areaName.get(a) ?? a}`),
        ...p.tillidshverv.map((x) => (x === "tr" ? t.tr : t.amr)),
        ...p.backup.map((a) => `${t.backup}: ${areaName.get(a) ?? a}`),
      ];
      out.push(`<rect x="${b.x + 0.5}" y="${b.y + 0.5}" width="${b.w - 1}" height="${b.h - 1}" rx="4" fill="#fff" stroke="#999"/>`);
      out.push(`<circle cx="${b.x + 28}" cy="${b.y + 28}" r="18" fill="#e8ebfa" stroke="#464775"/>`);
      out.push(`<text x="${b.x + 28}" y="${b.y + 33}" font-size="13" font-weight="600" fill="#242424" text-anchor="middle">${esc(initials(p.name))}</text>`);
      out.push(`<text x="${b.x + 56}" y="${b.y + 24}" font-size="14" font-weight="600" fill="#111">${esc(clip(p.name, 22))}</text>`);
      out.push(`<text x="${b.x + 56}" y="${b.y + 42}" font-size="11" fill="#444">${esc(clip(p.title, 30))}</text>`);
      if (notes.length > 0) out.push(`<text x="${b.x + 56}" y="${b.y + 60}" font-size="11" fill="#242424">${esc(clip(notes.slice(0, 2).join(" · "), 34))}${notes.length > 2 ? ` +${notes.length - 2}` : ""}</text>`);
    }
  }
  out.push(`</g></svg>`);
  return { svg: out.join(""), width, height };
}

/** Browsers refuse canvases much larger than this (area and side). */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/** Renders the SVG to a PNG blob (scaled down when the chart is larger than a canvas may be). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the chart's SVG could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2d canvas in this browser");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas gave no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
