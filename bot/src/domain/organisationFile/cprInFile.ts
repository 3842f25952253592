// CPR-like numbers anywhere in the file: in the values, in the keys and in comments. They are pointed out by
// place, never echoed.
import { visit } from "yaml";
import type { Node as YamlNode } from "yaml";
import { containsCpr, findCpr } from "../cpr";
import { MAX_TEXT_CHARS } from "./limits";
import { CPR_MESSAGE } from "./messages";
import type { Problem, Segment } from "./problems";

/** CPR-like numbers in the values and keys, by place. */
export function findCprValues(value: unknown, path: Segment[], problems: Problem[]): void {
  if (typeof value === "string") {
    // A text over the limit is an error already and is never stored; reading it for CPR numbers costs memory.
    if (value.length <= MAX_TEXT_CHARS && containsCpr(value)) problems.push({ path, message: CPR_MESSAGE });
  } else if (typeof value === "number") {
    // An unquoted 10-digit number is read as a number; a leading zero is lost on the way.
    const digits = String(value);
    if (containsCpr(digits) || containsCpr(digits.padStart(10, "0"))) problems.push({ path, message: CPR_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findCprValues(item, [...path, i], problems));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (containsCpr(key)) problems.push({ path: [...path, key], message: `feltnavnet ${CPR_MESSAGE}` });
      findCprValues(item, [...path, key], problems);
    }
  }
}

/** Offsets of CPR-like numbers in the text that lie outside every value and key, i.e. in comments. */
export function cprOutsideValues(text: string, contents: YamlNode): number[] {
  const ranges: Array<[number, number]> = [];
  visit(contents, {
    Scalar(_key, node) {
      if (node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return findCpr(text)
    .map(([start]) => start)
    .filter((start) => !ranges.some(([from, to]) => start >= from && start < to));
}
