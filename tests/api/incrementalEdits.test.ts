// Edits cost what they change, through the real paths: an edit in the tab (or on another instance) is visible to
// the next question through /api/messages, the search index finds a newly assigned fyrtårn, and the server
// catches up from the changed rows instead of reloading the whole organisation.
import assert from "node:assert/strict";
import sinon from "sinon";
import { startTestApp, ask, cardText } from "../helpers/app";
import { uniquePrefix } from "../helpers/storage";
import { demoOrganisation } from "../helpers/demo";
import { buildOrganisation, buildPerson } from "../helpers/orgBuilder";
import type { App } from "../../bot/src/server";
import type { Organisation } from "../../bot/src/domain/organisation";
import { versionOf } from "../../bot/src/api/etags";

const NOW = new Date("2026-11-24T09:00:00Z");
const TODAY = "2026-11-24";

/** Shaped unlike the demo: other ids and names, areas with their own words, a coordinator called something else. */
function otherOrganisation(): Organisation {
  return buildOrganisation({
    people: [
      buildPerson("ls", { name: "Lise Storm", role: "sektionsleder" }),
      buildPerson("kd", { name: "Kaj Dahl", role: "koordinator" }),
      buildPerson("ib", { name: "Ib Bruun" }),
      buildPerson("oz", { name: "Olga Zeuthen" }),
      buildPerson("vv", { name: "Vera Vinter" }),
    ],
    areas: [
      { id: "renovation", name: "Renovation", synonyms: ["skraldespand", "storskrald"], fyrtaarne: ["ib"], backups: [], guides: [] },
      { id: "hundeskat", name: "Hundeafgift", synonyms: ["hundetegn"], fyrtaarne: ["oz"], backups: ["ib"], guides: [] },
    ],
  });
}

async function send(app: App, method: string, path: string, person: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}${path}`, { method, headers: { "x-dev-person": person, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

for (const [name, organisation] of [["the demo", demoOrganisation], ["an organisation shaped differently", otherOrganisation]] as const) {
  describe(`Edits without reloads, through the tab and the bot (${name})`, () => {
    const org = organisation();
    const area = org.areas[org.areas.length - 1];
    const coordinator = org.people.find((p) => p.role === "koordinator")!;
    const newcomer = org.people.find((p) => p.role === "medarbejder" && !area.fyrtaarne.includes(p.id) && !area.backups.includes(p.id))!;
    let app: App;
    beforeEach(async () => {
      app = await startTestApp({ organisation: org, clock: () => NOW });
    });
    afterEach(async () => {
      sinon.restore();
      await app.close();
    });

    it("when a coordinator assigns a new fyrtårn in the tab, then the next question names them, the index finds their area, and nothing was reloaded whole", async () => {
      const loadRows = sinon.spy(app.store, "loadRows");
      const etag = versionOf(app.cache.current!, { kind: "area", id: area.id });
      const res = await send(app, "PUT", `/api/areas/${area.id}`, coordinator.id, { fyrtaarne: [newcomer.id], backups: [], etag });
      assert.equal(res.status, 200, JSON.stringify(res.body));

      const [reply] = await ask(app, `hvem er fyrtårn for ${area.name}`);
      assert.match(cardText(reply), new RegExp(newcomer.name));
      const [areas] = await ask(app, `hvilke områder er ${newcomer.name} fyrtårn for`);
      assert.match(cardText(areas), new RegExp(area.name));
      assert.equal(loadRows.callCount, 0, "an edit must be caught up row by row");
      assert.deepEqual(app.cache.current!.index.find(newcomer.name)[0]?.id, newcomer.id);
    });

    it("when a coordinator records today's absence of a fyrtårn in the tab, then the next question shows them away", async () => {
      const fyrtaarn = area.fyrtaarne[0];
      const reason = "kursus i forvaltningsret";
      const before = cardText((await ask(app, `hvem er fyrtårn for ${area.name}`))[0]);
      assert.doesNotMatch(before, new RegExp(reason));
      const res = await send(app, "POST", "/api/absences", coordinator.id, { person: fyrtaarn, from: TODAY, to: TODAY, reason });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const after = cardText((await ask(app, `hvem er fyrtårn for ${area.name}`))[0]);
      assert.match(after, new RegExp(reason));
    });
  });
}

describe("Edits from another instance, through the bot", () => {
  afterEach(() => sinon.restore());

  it("when another instance assigns a fyrtårn, then this one picks it up on its next check, from the changed rows only", async () => {
    const prefix = uniquePrefix();
    const org = otherOrganisation();
    const area = org.areas[0];
    const first = await startTestApp({ organisation: org, prefix, clock: () => NOW });
    const second = await startTestApp({ organisation: null, prefix, clock: () => NOW });
    try {
      const etag = versionOf(second.cache.current!, { kind: "area", id: area.id });
      const res = await send(second, "PUT", `/api/areas/${area.id}`, "kd", { fyrtaarne: ["vv"], backups: [], etag });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.doesNotMatch(cardText((await ask(first, `hvem er fyrtårn for ${area.name}`))[0]), /Vera Vinter/);

      const loadRows = sinon.spy(first.store, "loadRows");
      assert.equal(await first.cache.refresh(), true);
      assert.equal(loadRows.callCount, 0);
      assert.match(cardText((await ask(first, `hvem er fyrtårn for ${area.name}`))[0]), /Vera Vinter/);
      assert.match(cardText((await ask(first, "hvilke områder er Vera Vinter fyrtårn for"))[0]), new RegExp(area.name));
    } finally {
      await first.close();
      await second.close();
    }
  });
});
