// npm run bench:coverage: how long the coverage questions take in the domain (no storage, no Teams), with the demo,
// the other test organisation and a generated one of 25,000 people and 1,000 areas. The morning card asks for a
// day's gaps once per koordinator; the bot asks the others per question.
import { WorkCalendar } from "../bot/src/domain/calendar";
import { areaCoverage, coverForPerson, gapsOfDay } from "../bot/src/domain/coverage";
import type { Organisation } from "../bot/src/domain/organisation";
import { nextDutyOf } from "../bot/src/domain/rota";
import { demoOrganisation } from "../tests/helpers/demo";
import { otherOrganisation } from "../tests/helpers/other";
import { generateOrganisation } from "./generateOrganisation";

const ROUNDS = 30;
const DATE = "2026-11-24";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label: string, run: () => unknown): void {
  const first = performance.now();
  run();
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(44)} p50 ${median(times).toFixed(2).padStart(7)} ms   max ${Math.max(...times).toFixed(2).padStart(7)} ms   first ${firstMs.toFixed(1).padStart(7)} ms`);
}

function benchOrganisation(name: string, org: Organisation): void {
  const calendar = WorkCalendar.forOrganisation(org);
  const rotaPerson = Object.values(org.rota.cycle[0].mon ?? {}).flatMap((slots) => Object.values(slots)).flat()[0] ?? org.people[0].id;
  const area = org.areas[Math.floor(org.areas.length / 2)]?.id ?? "";
  const duty = org.rota.duties[0]?.id;
  console.log(`${name}: ${org.people.length} personer, ${org.areas.length} områder`);
  measure("gapsOfDay (morgenkortet)", () => gapsOfDay(org, DATE, calendar));
  measure("areaCoverage (hvem er fyrtårn for …)", () => areaCoverage(org, area, DATE, calendar));
  measure("coverForPerson (hvem dækker for …)", () => coverForPerson(org, rotaPerson, DATE, calendar));
  measure("nextDutyOf (hvornår har jeg … næste gang)", () => nextDutyOf(org, rotaPerson, DATE, calendar, { ...(duty && { duty }) }));
}

benchOrganisation("Demo", demoOrganisation());
benchOrganisation("Anden kommune (testfixture)", otherOrganisation());
benchOrganisation("Genereret", generateOrganisation(25_000, 1_000));
