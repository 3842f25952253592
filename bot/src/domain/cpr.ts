// The CPR guard: finds what looks like a Danish CPR number (a valid ddmmyy date and four digits, with or
// without a dash) so it is never echoed, logged or stored. Dates are checked so that ordinary numbers
// (phone numbers, case references) are not flagged.

const CANDIDATE = /(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])/g;

/** True when the text contains something that looks like a CPR number. */
export function containsCpr(text: string): boolean {
  return findCpr(text).length > 0;
}

/** The [start, end) ranges of CPR-like numbers in the text. */
export function findCpr(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, dd, mm, yy] = match;
    if (isValidDate(Number(dd), Number(mm), Number(yy))) found.push([match.index, match.index + whole.length]);
  }
  return found;
}

/** The text with every CPR-like number replaced by "[CPR fjernet]". */
export function redactCpr(text: string): string {
  let out = "";
  let last = 0;
  for (const [start, end] of findCpr(text)) {
    out += text.slice(last, start) + "[CPR fjernet]";
    last = end;
  }
  return out + text.slice(last);
}

function isValidDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown; 29 February is valid if it exists in either possible century.
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (month === 2 && day === 29) return yy % 4 === 0;
  return day <= daysInMonth;
}
