// References between the parts of the file: ids defined once, every person, unit, slot and duty referred to
// exists, weekday keys and slot days agree, no ring of parent units. Checked on the raw value, so they are reported
// even when other parts of the file have the wrong shape; whatever is not where the schema expects it is skipped
// here (the schema reports it).
import { redactCpr } from "../cpr";
import { weekdayName } from "../format";
import { weekdayOf } from "../isoDate";
import { WEEKDAYS } from "../organisation";
import { quote } from "./messages";
import { formatPath, type Segment } from "./problems";
import { dateProblem, TIME_PATTERN } from "./schema";

type Loose = Record<string, unknown>;
type Report = (path: Segment[], message: string) => void;

const asObject = (v: unknown): Loose | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Loose) : undefined);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const WEEKDAY_HINT = `brug ${WEEKDAYS.join(", ")}`;
/** The weekday keys as a Danish sentence says them ("om torsdagen"). */
const DAY_WORDS: Readonly<Record<string, string>> = { mon: "om mandagen", tue: "om tirsdagen", wed: "om onsdagen", thu: "om torsdagen", fri: "om fredagen" };

/** Reports every broken reference in the file (a raw, parsed but unchecked value). */
export function checkReferences(root: Record<string, unknown>, report: Report): void {
  const rota = asObject(root.rota) ?? {};
  const units = definedIds(root.units, ["units"], report);
  const people = definedIds(root.people, ["people"], report);
  definedIds(root.areas, ["areas"], report);
  const slots = definedIds(rota.slots, ["rota", "slots"], report);
  const duties = definedIds(rota.duties, ["rota", "duties"], report);
  definedIds(root.meetings, ["meetings"], report);
  definedIds(root.checks, ["checks"], report);

  const refer = (value: unknown, known: ReadonlyMap<string, number>, kind: string, path: Segment[]): void => {
    if (typeof value === "string" && value !== "" && !known.has(value)) report(path, `ukendt ${kind} ${quote(value)}`);
  };
  const referAll = (values: unknown, known: ReadonlyMap<string, number>, kind: string, path: Segment[]): void => {
    const seen = new Set<unknown>();
    asList(values).forEach((value, i) => {
      if (typeof value === "string" && seen.has(value) && known.has(value)) report([...path, i], `${quote(value)} står to gange`);
      seen.add(value);
      refer(value, known, kind, [...path, i]);
    });
  };

  asList(root.units).forEach((raw, i) => {
    refer(asObject(raw)?.parent, units, "enhed", ["units", i, "parent"]);
    refer(asObject(raw)?.leader, people, "person", ["units", i, "leader"]);
  });
  checkUnitCycles(root.units, report);

  const emails = new Map<string, number>();
  const aadIds = new Map<string, number>();
  asList(root.people).forEach((raw, i) => {
    const person = asObject(raw);
    refer(person?.unit, units, "enhed", ["people", i, "unit"]);
    unique(asString(person?.email)?.toLowerCase(), i, emails, ["people", i, "email"], "e-mailadressen", report);
    unique(asString(person?.aadObjectId)?.toLowerCase(), i, aadIds, ["people", i, "aadObjectId"], "aadObjectId", report);
  });

  asList(root.areas).forEach((raw, i) => {
    const area = asObject(raw);
    referAll(area?.fyrtaarne, people, "person", ["areas", i, "fyrtaarne"]);
    referAll(area?.backups, people, "person", ["areas", i, "backups"]);
  });

  asList(rota.slots).forEach((raw, i) => {
    const slot = asObject(raw);
    checkTimeOrder(slot, ["rota", "slots", i], report);
    const days = asList(slot?.days);
    const seenDays = new Set<unknown>();
    days.forEach((day, d) => {
      if (typeof day !== "string" || !WEEKDAY_SET.has(day)) return;
      if (seenDays.has(day)) report(["rota", "slots", i, "days", d], `${quote(day)} står to gange`);
      seenDays.add(day);
    });
    for (const [day, times] of Object.entries(asObject(slot?.byDay) ?? {})) {
      if (!WEEKDAY_SET.has(day)) report(["rota", "slots", i, "byDay", day], `ukendt ugedag ${quote(day)} (${WEEKDAY_HINT})`);
      else if (days.length > 0 && !days.includes(day)) report(["rota", "slots", i, "byDay", day], `tidsrummet findes ikke ${DAY_WORDS[day] ?? day} (se days)`);
      else checkTimeOrder(asObject(times), ["rota", "slots", i, "byDay", day], report);
    }
  });
  // A slot that runs only on some weekdays: who is planned in it on another weekday would silently never show.
  const slotDays = new Map<string, readonly string[]>();
  asList(rota.slots).forEach((raw) => {
    const slot = asObject(raw);
    const slotId = asString(slot?.id);
    const days = asList(slot?.days).filter((d): d is string => typeof d === "string");
    if (slotId !== undefined && days.length > 0 && !slotDays.has(slotId)) slotDays.set(slotId, days);
  });
  const notThatDay = (slot: string, day: string): string | undefined => {
    const days = slotDays.get(slot);
    return days && !days.includes(day) ? `tidsrummet ${quote(slot)} findes kun ${days.map((d) => DAY_WORDS[d] ?? d).join(", ")} (se rota.slots)` : undefined;
  };

  asList(rota.cycle).forEach((rawWeek, w) => {
    for (const [day, rawPlan] of Object.entries(asObject(rawWeek) ?? {})) {
      const dayPath: Segment[] = ["rota", "cycle", w, day];
      if (!WEEKDAY_SET.has(day)) {
        report(dayPath, `ukendt ugedag ${quote(day)} (${WEEKDAY_HINT}; der er ingen rulleplan i weekenden)`);
        continue;
      }
      for (const [duty, rawSlots] of Object.entries(asObject(rawPlan) ?? {})) {
        if (!duties.has(duty)) report([...dayPath, duty], `ukendt opgave ${quote(duty)} (se rota.duties)`);
        for (const [slot, who] of Object.entries(asObject(rawSlots) ?? {})) {
          if (!slots.has(slot)) report([...dayPath, duty, slot], `ukendt tidsrum ${quote(slot)} (se rota.slots)`);
          else {
            const wrongDay = notThatDay(slot, day);
            if (wrongDay) report([...dayPath, duty, slot], wrongDay);
          }
          referAll(who, people, "person", [...dayPath, duty, slot]);
        }
      }
    }
  });

  asList(rota.absences).forEach((raw, i) => {
    const absence = asObject(raw);
    const path: Segment[] = ["rota", "absences", i];
    refer(absence?.person, people, "person", [...path, "person"]);
    const from = asString(absence?.from);
    const to = asString(absence?.to);
    if (from && to && !dateProblem(from) && !dateProblem(to) && to < from) report([...path, "to"], `ligger før from (${from})`);
    referAll(absence?.slots, slots, "tidsrum", [...path, "slots"]);
  });

  asList(rota.changes).forEach((raw, i) => {
    const change = asObject(raw);
    const path: Segment[] = ["rota", "changes", i];
    refer(change?.duty, duties, "opgave", [...path, "duty"]);
    refer(change?.slot, slots, "tidsrum", [...path, "slot"]);
    const date = asString(change?.date);
    const slot = asString(change?.slot);
    if (date && slot && !dateProblem(date)) {
      const weekday = weekdayOf(date);
      const wrongDay = WEEKDAY_SET.has(weekday) ? notThatDay(slot, weekday) : undefined;
      if (wrongDay) report([...path, "slot"], `${wrongDay}; ${date} er en ${weekdayName(date)}`);
    }
    referAll(change?.people, people, "person", [...path, "people"]);
  });

  asList(root.meetings).forEach((raw, i) => {
    const meeting = asObject(raw);
    const audience = meeting?.audience;
    if (Array.isArray(audience)) referAll(audience, people, "person", ["meetings", i, "audience"]);
    refer(meeting?.owner, people, "person", ["meetings", i, "owner"]);
  });

  asList(root.checks).forEach((raw, i) => {
    const check = asObject(raw);
    refer(check?.owner, people, "person", ["checks", i, "owner"]);
    refer(check?.escalateTo, people, "person", ["checks", i, "escalateTo"]);
  });
}

/** The ids defined in a list (id -> index of first definition); a second definition is a problem. */
function definedIds(list: unknown, path: Segment[], report: Report): Map<string, number> {
  const ids = new Map<string, number>();
  asList(list).forEach((raw, i) => {
    const value = asString(asObject(raw)?.id);
    if (value === undefined) return;
    const first = ids.get(value);
    if (first === undefined) ids.set(value, i);
    else report([...path, i, "id"], `id ${quote(value)} er allerede brugt i ${formatPath([...path, first])}`);
  });
  return ids;
}

function unique(value: string | undefined, index: number, seen: Map<string, number>, path: Segment[], what: string, report: Report): void {
  if (!value) return;
  const first = seen.get(value);
  if (first === undefined) seen.set(value, index);
  else report(path, `${what} bruges allerede af people[${first}]`);
}

function checkTimeOrder(times: Loose | undefined, path: Segment[], report: Report): void {
  const start = asString(times?.start);
  const end = asString(times?.end);
  if (start && end && TIME_PATTERN.test(start) && TIME_PATTERN.test(end) && end <= start) report([...path, "end"], `skal ligge efter start (${start})`);
}

/** Each ring of parent references is reported once, at its first unit in the file. */
function checkUnitCycles(list: unknown, report: Report): void {
  const parentOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  asList(list).forEach((raw, i) => {
    const unit = asObject(raw);
    const unitId = asString(unit?.id);
    const parent = asString(unit?.parent);
    if (unitId === undefined || indexOf.has(unitId)) return;
    indexOf.set(unitId, i);
    if (parent !== undefined) parentOf.set(unitId, parent);
  });
  const reported = new Set<string>();
  for (const [start, i] of indexOf) {
    if (reported.has(start)) continue;
    const chain = [start];
    let current = parentOf.get(start);
    while (current !== undefined && current !== start && !chain.includes(current)) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== start) continue;
    chain.forEach((u) => reported.add(u));
    report(["units", i, "parent"], `enhederne danner en ring: ${[...chain, start].map(redactCpr).join(" → ")}`);
  }
}
