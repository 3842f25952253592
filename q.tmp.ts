import { understand } from "./bot/src/domain/understand";
import { OrgIndex } from "./bot/src/domain/orgIndex";
import { demoOrganisation } from "./tests/helpers/demo";
import { otherOrganisation } from "./tests/helpers/other";
const idx = new OrgIndex(process.argv[2] === "other" ? otherOrganisation() : demoOrganisation());
for (const t of process.argv.slice(3)) console.log(t, "=>", JSON.stringify(understand(t, idx, "2026-11-23")));
