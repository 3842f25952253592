// Filling a rota gap from the morning card, end to end through /api/messages with the organisation in Azurite
// and a fixed clock: the change is written with the tab's ETag rules, the card comes back without the gap, a
// second click on the same gap is told who filled it, a medarbejder cannot, and the refresh shows everyone the
// card as it stands.
import assert from "node:assert/strict";
import type { App } from "../../bot/src/server";
import { startTestApp, post, cardActionInvoke } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import { cardStrings, findAll } from "../helpers/cardValidation";
import { gapKey, gapsOfDay, replacementCandidates } from "../../bot/src/domain/coverage";
import { Directory } from "../../bot/src/domain/directory";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import type { AdaptiveCard } from "../../bot/src/cards";

/** Wednesday 25 November 2026, 07:30 in Copenhagen. */
const NOW = new Date("2026-11-25T06:30:00Z");
const DAY = "2026-11-25";
const PEOPLE = { mj: "Mette Jensen", kp: "Kirsten Poulsen", ak: "Anne Kristensen" } as const;
type Who = keyof typeof PEOPLE;
const oid = (who: Who) => `cccccccc-0000-0000-0000-${String(Object.keys(PEOPLE).indexOf(who) + 1).padStart(12, "0")}`;

const invoke = (who: Who, verb: string, data: Record<string, unknown>) => cardActionInvoke({ id: who, name: PEOPLE[who], aadObjectId: oid(who) }, verb, data);

async function card(app: App, activity: Record<string, unknown>): Promise<AdaptiveCard> {
  const { status, body } = await post(app, activity);
  assert.equal(status, 200, JSON.stringify(body));
  return body.value as AdaptiveCard;
}

describe("morning card: filling a gap", () => {
  let app: App;
  const org = { ...demoOrganisation(), people: demoOrganisation().people.map((p) => (p.id in PEOPLE ? { ...p, aadObjectId: oid(p.id as Who) } : p)) };
  const directory = new Directory(org);
  const [gap] = gapsOfDay(org, DAY, directory.calendar);
  const key = gapKey(DAY, gap);
  const [first, second] = gap.kind === "absentPlanned" ? replacementCandidates(org, DAY, gap.duty, gap.slot, directory.calendar) : [];
  const fill = (who: Who, person: string | undefined) => invoke(who, "fillGap", { date: DAY, key, input: "replacement0", ...(person && { replacement0: person }), lang: "da" });

  before(async () => {
    app = await startTestApp({ clock: () => NOW, organisation: org });
  });
  after(() => app.close());

  it("when the day has one gap, then it is someone away on a duty with nobody instead, and there are free people to pick", () => {
    assert.equal(gapsOfDay(org, DAY, directory.calendar).length, 1);
    assert.equal(gap.kind, "absentPlanned");
    assert.ok(first && second, "two free people");
  });

  it("when a medarbejder clicks \"Sæt ind\", then nothing is written and the card says who can", async () => {
    const c = await card(app, fill("ak", first.person));
    assert.ok(cardStrings(c).includes("Kun koordinatorer og sektionslederen kan ændre rulleplanen."));
    assert.deepEqual((await new OrganisationStore(app.tables).load())!.organisation.rota.changes.filter((x) => x.date === DAY), []);
  });

  it("when nobody is picked, then the card asks for someone and nothing is written", async () => {
    const c = await card(app, fill("mj", undefined));
    assert.ok(cardStrings(c).includes("Vælg hvem der skal sættes ind."));
  });

  it("when a koordinator fills the gap, then the one-day change is written, the card has no gap left, and says who was put on", async () => {
    assert.equal(gap.kind, "absentPlanned");
    const c = await card(app, fill("mj", first.person));
    const strings = cardStrings(c);
    const name = directory.person(first.person)!.name;
    assert.ok(strings.some((s) => s.startsWith(`${name} er sat ind på`)), strings.join("|"));
    assert.ok(strings.includes("Der er ingen huller i rulleplanen i dag."), strings.join("|"));
    assert.deepEqual(findAll(c, "Action.Execute").filter((a) => a.verb === "fillGap"), []);
    const changes = (await new OrganisationStore(app.tables).load())!.organisation.rota.changes.filter((x) => x.date === DAY);
    assert.equal(changes.length, 1);
    assert.equal(changes[0].duty, gap.duty);
    assert.ok(changes[0].people.includes(first.person) && !changes[0].people.includes(gap.person));
  });

  it("when the same gap is clicked again (the other koordinator's card), then it says it is already filled by whom, and nothing more is written", async () => {
    const c = await card(app, fill("kp", second.person));
    const name = directory.person(first.person)!.name;
    assert.ok(cardStrings(c).includes(`Hullet er allerede udfyldt af ${name}.`), cardStrings(c).join("|"));
    const changes = (await new OrganisationStore(app.tables).load())!.organisation.rota.changes.filter((x) => x.date === DAY);
    assert.equal(changes.length, 1);
    assert.ok(!changes[0].people.includes(second.person));
  });

  it("when any viewer's card refreshes, then it shows the rota as it stands: no gap", async () => {
    const c = await card(app, invoke("kp", "refreshMorning", { date: DAY, lang: "da" }));
    assert.ok(cardStrings(c).includes("Der er ingen huller i rulleplanen i dag."));
    assert.equal((c.refresh as { action: { verb: string } }).action.verb, "refreshMorning");
  });

  it("when two koordinatorer fill the same gap at once, then one change is written and the other is told it is already filled", async () => {
    const day = "2026-11-26";
    const [other] = gapsOfDay(org, day, directory.calendar);
    assert.equal(other.kind, "absentPlanned");
    const [a, b] = other.kind === "absentPlanned" ? replacementCandidates(org, day, other.duty, other.slot, directory.calendar) : [];
    const click = (who: Who, person: string) => invoke(who, "fillGap", { date: day, key: gapKey(day, other), input: "replacement0", replacement0: person, lang: "da" });
    const cards = await Promise.all([card(app, click("mj", a.person)), card(app, click("kp", b.person))]);
    const notices = cards.map((c) => cardStrings(c).find((t) => /er sat ind på|allerede udfyldt/.test(t)) ?? "");
    assert.equal(notices.filter((n) => n.includes("er sat ind på")).length, 1, notices.join("|"));
    assert.equal(notices.filter((n) => n.includes("allerede udfyldt af")).length, 1, notices.join("|"));
    const changes = (await new OrganisationStore(app.tables).load())!.organisation.rota.changes.filter((x) => x.date === day);
    assert.equal(changes.length, 1);
  });
});
