// The CPR guard: finds what looks like a Danish CPR number (a valid ddmmyy date and four digits) so it is never
// echoed, logged or stored. One guard for everything that enters: chat text, card inputs, tab API bodies, Teams
// metadata, the organisation file and log fields.
//
// Text is normalised first, because a number typed on a phone or pasted from a document rarely looks like
// "010190-1234": Unicode NFKC (full-width and other compatibility digits become 0-9), zero-width and other
// format characters removed, every dash (en dash from autocorrect, minus sign, non-breaking hyphen) read as "-",
// every space (non-breaking, thin, ideographic, tab) read as " ". Between any two digits one separator may
// stand: "-", "/", "." or spaces, alone or with spaces around it ("010190 - 1234", "01.01.90-1234",
// "010190/1234", "31129912 34"). The date part is checked, so ordinary numbers (phone numbers, case
// references) are not flagged. Ranges are reported in the original text, so callers can point at or cut out
// exactly what was typed.

/** Format characters (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi marks): removed. */
const INVISIBLE = /\p{Cf}/u;
/** Every kind of dash, the minus sign and the hyphen bullet: read as "-". */
const DASH = /[\p{Pd}\u2212\u2043\u02D7\u2796]/u;
/** Every kind of space and the tab: read as " ". */
const SPACE = /[\p{Zs}\t]/u;
/** Slashes and dots NFKC leaves alone: read as "/" and ".". */
const SLASH = /[\u2044\u2215\u29F8]/u;
const DOT = /[\u00B7\u2027\u30FB\u2219]/u;

/** Between two digits: nothing, or one separator (spaces around a -, / or . allowed). */
const SEP = "(?: {0,3}[-/.] {0,3}| {1,3})?";
/** Ten digits with optional separators, not glued to a digit before or after. */
const CANDIDATE = new RegExp(`(?<!\\d)(\\d)${SEP}(\\d)${SEP}(\\d)${SEP}(\\d)${SEP}(\\d)${SEP}(\\d)${SEP}\\d${SEP}\\d${SEP}\\d${SEP}\\d(?!\\d)`, "y");

/** Text as the guard reads it, and for each of its UTF-16 units the offset in the original text. */
interface Normalised {
  readonly text: string;
  readonly origin: readonly number[];
  /** Offset just past the original character each unit came from. */
  readonly originEnd: readonly number[];
}

/** The guard's reading of a text (exported for tests): NFKC, invisible characters removed, dashes and spaces unified. */
export function normaliseForCpr(text: string): string {
  return normalise(text).text;
}

function normalise(input: string): Normalised {
  let text = "";
  const origin: number[] = [];
  const originEnd: number[] = [];
  let offset = 0;
  for (const char of input) {
    const end = offset + char.length;
    let mapped: string;
    if (INVISIBLE.test(char)) mapped = "";
    else if (DASH.test(char)) mapped = "-";
    else if (SPACE.test(char)) mapped = " ";
    else if (SLASH.test(char)) mapped = "/";
    else if (DOT.test(char)) mapped = ".";
    else if (char.charCodeAt(0) < 0x80) mapped = char;
    else {
      mapped = char.normalize("NFKC");
      // A compatibility form may itself be a dash or space ("﹣" → "-" already; "　" → " ").
      if (mapped.length === 1 && DASH.test(mapped)) mapped = "-";
      else if (mapped.length === 1 && SPACE.test(mapped)) mapped = " ";
    }
    for (let i = 0; i < mapped.length; i++) {
      origin.push(offset);
      originEnd.push(end);
    }
    text += mapped;
    offset = end;
  }
  return { text, origin, originEnd };
}

/** True when the text contains something that looks like a CPR number. */
export function containsCpr(text: string): boolean {
  return findCpr(text).length > 0;
}

/** The [start, end) ranges of CPR-like numbers in the (original) text. */
export function findCpr(text: string): Array<[number, number]> {
  // Quick exit: fewer than ten digits of any kind cannot hold a CPR number.
  if (countDigits(text) < 10) return [];
  const n = normalise(text);
  const found: Array<[number, number]> = [];
  for (let i = 0; i < n.text.length; i++) {
    if (!isDigit(n.text, i) || isDigit(n.text, i - 1)) continue;
    CANDIDATE.lastIndex = i;
    const match = CANDIDATE.exec(n.text);
    if (!match) continue;
    const [, d1, d2, m1, m2, y1, y2] = match;
    if (!isValidDate(Number(d1 + d2), Number(m1 + m2), Number(y1 + y2))) continue;
    const last = i + match[0].length - 1;
    found.push([n.origin[i], n.originEnd[last]]);
    i = last;
  }
  return found;
}

/** The text with every CPR-like number replaced by "[CPR fjernet]". */
export function redactCpr(text: string): string {
  const ranges = findCpr(text);
  if (ranges.length === 0) return text;
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + "[CPR fjernet]";
    last = end;
  }
  return out + text.slice(last);
}

/**
 * Where in a JSON-like value (a request body, card data, a stored entity) a CPR-like number stands: paths such as
 * "reason", "people[2]" or "reference.user.name". Keys are checked too, and a number of 9-10 digits is read as
 * text (a leading zero is lost when a CPR number is sent as a number).
 */
export function cprPaths(value: unknown, maxDepth = 20): string[] {
  const paths: string[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (typeof v === "string") {
      if (containsCpr(v)) paths.push(path);
    } else if (typeof v === "number" || typeof v === "bigint") {
      const digits = String(v);
      if (containsCpr(digits) || containsCpr(digits.padStart(10, "0"))) paths.push(path);
    } else if (Array.isArray(v)) {
      if (depth < maxDepth) v.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1));
    } else if (v !== null && typeof v === "object") {
      if (depth >= maxDepth) return;
      for (const [key, item] of Object.entries(v)) {
        const child = path ? `${path}.${key}` : key;
        if (containsCpr(key)) paths.push(child);
        walk(item, child, depth + 1);
      }
    }
  };
  walk(value, "", 0);
  return paths;
}

/** True when any string, number or key in a JSON-like value looks like a CPR number. */
export function objectContainsCpr(value: unknown): boolean {
  return cprPaths(value).length > 0;
}

/**
 * A copy of a JSON-like value with every CPR-like number in its strings (and keys) replaced by "[CPR fjernet]";
 * Dates and other non-plain objects are kept as they are. Used on Teams metadata before it is stored and on log
 * fields before they are written.
 */
export function redactCprDeep<T>(value: T, maxDepth = 20): T {
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return redactCpr(v);
    if (typeof v === "number") return containsCpr(String(v)) || containsCpr(String(v).padStart(10, "0")) ? "[CPR fjernet]" : v;
    if (depth >= maxDepth || v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    if (v instanceof Error) return { type: v.name, message: redactCpr(v.message), ...(v.stack && { stack: redactCpr(v.stack) }) };
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[redactCpr(key)] = walk(item, depth + 1);
    return out;
  };
  return walk(value, 0) as T;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Digits of any script (ASCII, full-width, mathematical ...; NFKC makes them 0-9), counted up to ten: an upper bound
 * for the quick exit. ASCII is told without a regex, as most messages are ASCII.
 */
function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 48 && c <= 57 : OTHER_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!))) {
      if (++count >= 10) return count;
    }
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return count;
}
const OTHER_DIGIT = /^[\p{Nd}\p{No}]$/u;

function isValidDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown; 29 February is valid if it exists in either possible century.
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (month === 2 && day === 29) return yy % 4 === 0;
  return day <= daysInMonth;
}
