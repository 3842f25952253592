// Draws the app's two Teams icons: a lighthouse (fyrtårn). Shapes are described in a 0..1 unit square and
// rasterised with supersampling, so edges are anti-aliased and the output is the same on every machine.

/** An RGBA image, 8 bits per channel, rows top to bottom (the layout pngjs reads and writes). */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

/** A colour with straight (not premultiplied) alpha; alpha 0..1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** A region of the unit square: true where the point (x right, y down) is inside. */
type Shape = (x: number, y: number) => boolean;

type Point = readonly [number, number];

/** The manifest's accentColor; the colour icon's background. */
export const ACCENT_COLOR = "#1B4F72";

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const RED: Rgba = { r: 200, g: 16, b: 46, a: 1 };
const LIGHT: Rgba = { r: 255, g: 210, b: 63, a: 1 };
const BEAM: Rgba = { r: 255, g: 236, b: 160, a: 0.7 };

const SAMPLES = 4; // per axis, so 16 samples per pixel

function hex(color: string): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
}

function polygon(points: readonly Point[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Shape {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function both(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && b(x, y);
}

/** A canvas in unit coordinates that paints shapes with "over" compositing and can erase them. */
class Canvas {
  private readonly pixels: Float64Array; // straight RGBA, alpha 0..1

  constructor(private readonly size: number) {
    this.pixels = new Float64Array(size * size * 4);
  }

  private coverage(shape: Shape, px: number, py: number): number {
    let hits = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = (px + (sx + 0.5) / SAMPLES) / this.size;
        const y = (py + (sy + 0.5) / SAMPLES) / this.size;
        if (shape(x, y)) hits++;
      }
    }
    return hits / (SAMPLES * SAMPLES);
  }

  fill(shape: Shape, color: Rgba): void {
    this.each(shape, (i, cover) => {
      const a = color.a * cover;
      const under = this.pixels[i + 3]!;
      const out = a + under * (1 - a);
      if (out === 0) return;
      for (const [c, value] of [[0, color.r], [1, color.g], [2, color.b]] as const) {
        this.pixels[i + c] = (value * a + this.pixels[i + c]! * under * (1 - a)) / out;
      }
      this.pixels[i + 3] = out;
    });
  }

  /** Makes the shape transparent again (destination-out). */
  erase(shape: Shape): void {
    this.each(shape, (i, cover) => {
      this.pixels[i + 3] = this.pixels[i + 3]! * (1 - cover);
    });
  }

  private each(shape: Shape, paint: (index: number, cover: number) => void): void {
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        const cover = this.coverage(shape, px, py);
        if (cover > 0) paint((py * this.size + px) * 4, cover);
      }
    }
  }

  /** The 8-bit image; fully transparent pixels keep the colour given (white for the outline icon). */
  toRaster(transparentAs: Rgba): Raster {
    const data = Buffer.alloc(this.size * this.size * 4);
    for (let i = 0; i < data.length; i += 4) {
      const alpha = Math.round(this.pixels[i + 3]! * 255);
      const source = alpha === 0 ? [transparentAs.r, transparentAs.g, transparentAs.b] : [this.pixels[i]!, this.pixels[i + 1]!, this.pixels[i + 2]!];
      data[i] = Math.round(source[0]!);
      data[i + 1] = Math.round(source[1]!);
      data[i + 2] = Math.round(source[2]!);
      data[i + 3] = alpha;
    }
    return { width: this.size, height: this.size, data };
  }
}

/** The tower between two heights: the trapezoid's left and right edge at y. */
function towerSlice(bottom: readonly [Point, Point], top: readonly [Point, Point], y0: number, y1: number): Shape {
  const edge = (y: number, side: 0 | 1): number => {
    const t = (bottom[side][1] - y) / (bottom[side][1] - top[side][1]);
    return bottom[side][0] + (top[side][0] - bottom[side][0]) * t;
  };
  return polygon([[edge(y1, 0), y1], [edge(y1, 1), y1], [edge(y0, 1), y0], [edge(y0, 0), y0]]);
}

/** The colour icon, 192×192: a white lighthouse with red bands and a lit lantern on the accent colour. */
export function renderColorIcon(size = 192): Raster {
  const canvas = new Canvas(size);
  canvas.fill(rect(0, 0, 1, 1), hex(ACCENT_COLOR));

  // Light beams, behind the lantern, kept inside Teams' safe area (the central ~2/3).
  canvas.fill(polygon([[0.5, 0.325], [0.19, 0.23], [0.19, 0.42]]), BEAM);
  canvas.fill(polygon([[0.5, 0.325], [0.81, 0.23], [0.81, 0.42]]), BEAM);

  const bottom = [[0.385, 0.77], [0.615, 0.77]] as const;
  const top = [[0.44, 0.4], [0.56, 0.4]] as const;
  const tower = polygon([bottom[0], bottom[1], top[1], top[0]]);
  canvas.fill(tower, WHITE);
  canvas.fill(both(tower, towerSlice(bottom, top, 0.47, 0.535)), RED);
  canvas.fill(both(tower, towerSlice(bottom, top, 0.605, 0.67)), RED);
  canvas.fill(rect(0.475, 0.705, 0.525, 0.77), hex(ACCENT_COLOR)); // door

  canvas.fill(rect(0.33, 0.77, 0.67, 0.81), WHITE); // base
  canvas.fill(rect(0.41, 0.37, 0.59, 0.4), WHITE); // gallery
  canvas.fill(rect(0.45, 0.28, 0.55, 0.37), LIGHT); // lantern room
  canvas.fill(rect(0.445, 0.28, 0.455, 0.37), WHITE); // lantern frame
  canvas.fill(rect(0.545, 0.28, 0.555, 0.37), WHITE);
  canvas.fill(polygon([[0.425, 0.285], [0.575, 0.285], [0.5, 0.2]]), RED); // roof
  return canvas.toRaster(WHITE);
}

/** The outline icon, 32×32: the same lighthouse as a white silhouette on transparent, bands cut out. */
export function renderOutlineIcon(size = 32): Raster {
  const u = (v: number): number => v / 32; // designed on the 32-pixel grid
  const canvas = new Canvas(size);

  canvas.fill(polygon([[u(13), u(8.5)], [u(2), u(5)], [u(2), u(7)]]), WHITE); // beams
  canvas.fill(polygon([[u(13), u(8.5)], [u(2), u(10)], [u(2), u(12)]]), WHITE);
  canvas.fill(polygon([[u(19), u(8.5)], [u(30), u(5)], [u(30), u(7)]]), WHITE);
  canvas.fill(polygon([[u(19), u(8.5)], [u(30), u(10)], [u(30), u(12)]]), WHITE);

  canvas.fill(polygon([[u(11.5), u(6)], [u(20.5), u(6)], [u(16), u(1.5)]]), WHITE); // roof
  canvas.fill(rect(u(13), u(6), u(19), u(11.5)), WHITE); // lantern
  canvas.erase(rect(u(14.5), u(7.5), u(17.5), u(10)));
  canvas.fill(rect(u(11), u(11.5), u(21), u(13)), WHITE); // gallery

  const bottom = [[u(10.5), u(28)], [u(21.5), u(28)]] as const;
  const top = [[u(12.5), u(13)], [u(19.5), u(13)]] as const;
  canvas.fill(polygon([bottom[0], bottom[1], top[1], top[0]]), WHITE); // tower
  canvas.erase(towerSlice(bottom, top, u(16.5), u(18)));
  canvas.erase(towerSlice(bottom, top, u(21), u(22.5)));
  canvas.fill(rect(u(7), u(28), u(25), u(30.5)), WHITE); // base
  return canvas.toRaster(WHITE);
}
