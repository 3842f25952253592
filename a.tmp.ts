import { understand } from "./bot/src/domain/understand";
import { Directory } from "./bot/src/domain/directory";
import { answer } from "./bot/src/answers";
import { demoOrganisation } from "./tests/helpers/demo";
import { otherOrganisation } from "./tests/helpers/other";
import type { PreviousTurn } from "./bot/src/domain/frame";
const d = new Directory(process.argv[2] === "other" ? otherOrganisation() : demoOrganisation());
const now = new Date("2026-11-23T08:30:00Z");
let prev: PreviousTurn | undefined;
for (const t of process.argv.slice(3)) {
  const f = understand(t, d.index, "2026-11-23", prev);
  const r = answer(f, d, { now, asker: d.person(process.argv[2] === "other" ? "kv" : "mj") });
  console.log(`> ${t}\n  [${f.intent}${f.followUp ? " follow-up" : ""}] ${r.text}\n`);
  prev = { frame: f, people: r.people ?? [] };
}
