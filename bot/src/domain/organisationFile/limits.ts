// Limits: what Table Storage and memory can take. A file over MAX_FILE_BYTES is not read at all; a text over
// MAX_TEXT_CHARS or an item (a person, an area, a week of the cycle …) whose stored JSON would exceed Table
// Storage's 64 KiB per property is an error naming its place, found before anything is written.
import type { Organisation } from "../organisation";
import type { Problem, Segment } from "./problems";

/** Largest organisation file read, in bytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Longest text value, in characters. */
export const MAX_TEXT_CHARS = 4000;
/** Table Storage keeps at most 64 KiB per property, as UTF-16: one item of the file is stored as one property. */
export const MAX_ITEM_CHARS = 32_000;

/** Texts longer than MAX_TEXT_CHARS, anywhere in the values. */
export function findOversizeValues(value: unknown, path: Segment[], problems: Problem[]): void {
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_CHARS) problems.push({ path, message: `teksten er for lang: ${value.length.toLocaleString("da-DK")} tegn (højst ${MAX_TEXT_CHARS.toLocaleString("da-DK")})` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findOversizeValues(item, [...path, i], problems));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) findOversizeValues(item, [...path, key], problems);
  }
}

/** Items whose stored JSON would not fit in one Table Storage property (what storage/organisationEntities stores). */
export function findOversizeItems(org: Organisation, problems: Problem[]): void {
  const check = (path: Segment[], item: unknown) => {
    const chars = JSON.stringify(item).length;
    if (chars > MAX_ITEM_CHARS) {
      problems.push({ path, message: `for stort til lageret: ${Math.ceil((chars * 2) / 1024)} KB gemt (Table Storage tager højst 64 KB pr. element); del det op eller gør teksterne kortere` });
    }
  };
  check(["organisation"], { organisation: org.organisation, holidays: org.holidays });
  const lists: Array<[Segment[], readonly unknown[]]> = [
    [["units"], org.units], [["people"], org.people], [["areas"], org.areas], [["rota", "slots"], org.rota.slots],
    [["rota", "duties"], org.rota.duties], [["rota", "cycle"], org.rota.cycle], [["rota", "absences"], org.rota.absences],
    [["rota", "changes"], org.rota.changes], [["meetings"], org.meetings], [["checks"], org.checks],
  ];
  for (const [path, items] of lists) items.forEach((item, i) => check([...path, i], item));
}
