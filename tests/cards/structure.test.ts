// What the bot wiring relies on beyond the words: links, Action.Execute verbs and data, input ids, refresh,
// the rota table's shape, and that the validator itself catches what it claims to.
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CardCache } from "../../bot/src/cards/cardCache";
import type { AdaptiveCard } from "../../bot/src/cards/cardData";
import { formatInstant, formatMeetingTime, teamsChatUrl, telUrl } from "../../bot/src/cards/format";
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { TEXTS } from "../../bot/src/cards/texts";
import { cardStrings, findAll, validateCard } from "../helpers/cardValidation";
import * as F from "./fixtures";

const CARDS_DIR = join(__dirname, "../../bot/src/cards");

function inputIds(card: AdaptiveCard): string[] {
  return findAll(card, "Input.Text")
    .concat(findAll(card, "Input.Number"), findAll(card, "Input.ChoiceSet"))
    .map((input) => String(input.id));
}

function tableOf(card: AdaptiveCard): { columns: unknown[]; rows: { cells: { items: { text: string }[]; style?: string }[] }[] } {
  const [table] = findAll(card, "Table");
  assert.ok(table, "the card has no Table");
  return table as unknown as ReturnType<typeof tableOf>;
}

function cellTexts(cell: { items: { text: string }[] }): string[] {
  return cell.items.map((item) => item.text);
}

describe("card structure", () => {
  describe("contact links", () => {
    it("when a person card is rendered, then it offers call, chat and mail as OpenUrl actions with clean links", () => {
      const card = render.renderPersonCard(F.personFull, "da");
      const urls = findAll(card, "Action.OpenUrl").map((action) => action.url);
      assert.deepEqual(urls, ["tel:+4563337001", "https://teams.microsoft.com/l/chat/0/0?users=mj@eksempel.dk", "mailto:mj@eksempel.dk"]);
    });

    const phones: readonly [string | undefined, string | undefined][] = [
      ["+45 63 33 70 01", "tel:+4563337001"],
      ["63 33 70 13", "tel:63337013"],
      ["+45 (63) 33-70-01", "tel:+4563337001"],
      ["  ", undefined],
      [undefined, undefined],
    ];
    for (const [phone, expected] of phones) {
      it(`when the phone is ${JSON.stringify(phone)}, then the tel link is ${String(expected)}`, () => {
        assert.equal(telUrl(phone), expected);
      });
    }

    it("when an e-mail has characters that need escaping, then the chat link escapes them but keeps the @", () => {
      assert.equal(teamsChatUrl("søren+bs@eksempel.dk"), "https://teams.microsoft.com/l/chat/0/0?users=s%C3%B8ren%2Bbs@eksempel.dk");
    });
  });

  describe("rota table", () => {
    it("when a day has 7 duties and 2 slots, then the table has a header row and one row per duty, each with a cell per column", () => {
      const table = tableOf(render.renderRotaDayCard(F.rotaMonday, "da"));
      assert.equal(table.columns.length, 3);
      assert.equal(table.rows.length, F.duties.length + 1);
      assert.deepEqual(cellTexts(table.rows[0].cells[1]), ["Formiddag 08.00-12.00"]);
      for (const row of table.rows) assert.equal(row.cells.length, 3);
    });

    it("when a cell is understaffed, then it says so in text and not only with the cell's colour", () => {
      const table = tableOf(render.renderRotaDayCard(F.rotaMonday, "da"));
      const skranke = table.rows[1];
      assert.deepEqual(cellTexts(skranke.cells[0]), ["Skranke"]);
      assert.deepEqual(cellTexts(skranke.cells[1]), ["Anne Kristensen", "Peter Hansen", "ændret"]);
      assert.deepEqual(cellTexts(skranke.cells[2]), ["Lars Møller (syg)", "under minimum (0 af 2)"]);
      assert.equal(skranke.cells[2].style, "attention");
      const selvbetjening = table.rows[4];
      assert.deepEqual(cellTexts(selvbetjening.cells[1]), ["Ingen"]);
      assert.deepEqual(cellTexts(selvbetjening.cells[2]), ["Ingen", "under minimum"]);
    });

    it("when the organisation has 8 slots and 12 duties, then the table follows the data", () => {
      const table = tableOf(render.renderRotaDayCard(F.rotaManySlots, "da"));
      assert.equal(table.columns.length, 9);
      assert.equal(table.rows.length, 13);
      for (const row of table.rows) assert.equal(row.cells.length, 9);
    });

    it("when filtered to one duty, then only that row is shown under the header", () => {
      const table = tableOf(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "telefon" } }, "da"));
      assert.equal(table.rows.length, 2);
      assert.deepEqual(cellTexts(table.rows[1].cells[0]), ["Telefon"]);
    });

    it("when filtered to one slot, then only that column is shown next to the duties", () => {
      const table = tableOf(render.renderRotaDayCard({ ...F.rotaMonday, only: { slot: "em" } }, "en"));
      assert.equal(table.columns.length, 2);
      assert.deepEqual(cellTexts(table.rows[0].cells[1]), ["Eftermiddag 12:00-15:30"]);
    });

    it("when a filter names a duty that is not on the plan, then the whole day is shown rather than an empty table", () => {
      const table = tableOf(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "findes-ikke" } }, "da"));
      assert.equal(table.rows.length, F.duties.length + 1);
    });

    it("when the rota card is rendered, then it asks Teams for the full width", () => {
      assert.deepEqual(render.renderRotaDayCard(F.rotaMonday, "da").msteams, { width: "Full" });
    });
  });

  describe("question buttons", () => {
    it("when help is rendered with names from the organisation, then it has 8-10 example buttons that send the question as a message", () => {
      const card = render.renderHelpCard({ examples: { area: "Valg", duty: "Skranke", person: "Mette", competence: "budget", meeting: "Lokal-MED" } }, "da");
      const buttons = findAll(card, "Action.Submit");
      assert.ok(buttons.length >= 8 && buttons.length <= 10, `${buttons.length} buttons`);
      for (const button of buttons) assert.deepEqual(button.data, { ask: button.title });
    });

    it("when help is rendered without names, then every example is generic and there are still several", () => {
      const buttons = findAll(render.renderHelpCard({}, "en"), "Action.Submit");
      assert.ok(buttons.length >= 5, `${buttons.length} buttons`);
    });

    it("when the question was not understood, then each suggestion and the help button send a message", () => {
      const card = render.renderUnknownCard({ understood: [], suggestions: ["Hvem er fyrtårn for Pas?", "Hvem er fyrtårn for Vielser?"] }, "da");
      const values = findAll(card, "Action.Submit").map((button) => (button.data as { ask: string }).ask);
      assert.deepEqual(values, ["Hvem er fyrtårn for Pas?", "Hvem er fyrtårn for Vielser?", "hjælp"]);
    });

    it("when there are more than 5 suggestions, then 5 are shown", () => {
      const suggestions = Array.from({ length: 8 }, (_, index) => `Forslag ${index + 1}`);
      const card = render.renderUnknownCard({ understood: [{ kind: "other", text: "xyz" }], suggestions }, "da");
      assert.equal(findAll(card, "Action.Submit").length, 5 + 1);
    });
  });

  describe("meeting reminder", () => {
    it("when the agenda is open, then the card has the agendaItem input, proposeAgendaItem with the meeting's ids and a refresh block", () => {
      const card = render.renderMeetingReminderCard(F.meetingReminder, "da");
      assert.deepEqual(inputIds(card), ["agendaItem"]);
      const [propose] = findAll(card, "Action.Execute").filter((action) => action.verb === "proposeAgendaItem");
      assert.deepEqual(propose.data, { meetingId: "lokal-med", occurrence: "2026-12-08", lang: "da" });
      assert.deepEqual(card.refresh, { action: { type: "Action.Execute", verb: "refreshMeeting", data: { meetingId: "lokal-med", occurrence: "2026-12-08", lang: "da" } } });
      const [input] = findAll(card, "Input.Text");
      assert.equal(input.isRequired, true);
      assert.equal(input.label, "Foreslå et punkt til dagsordenen");
    });

    it("when refresh user ids are given, then the refresh block names them; with none it leaves userIds out", () => {
      const withUsers = render.renderMeetingReminderCard({ ...F.meetingReminder, refreshUserIds: ["29:1abc", "29:2def"] }, "da");
      assert.deepEqual(withUsers.refresh?.userIds, ["29:1abc", "29:2def"]);
      assert.equal(validateCard(withUsers).length, 0);
      const withEmpty = render.renderMeetingReminderCard({ ...F.meetingReminder, refreshUserIds: [] }, "da");
      assert.equal(withEmpty.refresh !== undefined && "userIds" in withEmpty.refresh, false);
    });

    it("when the agenda deadline has passed, then there is no input and no propose action, but refresh stays", () => {
      const card = render.renderMeetingReminderCard({ ...F.meetingReminder, agendaClosed: true }, "da");
      assert.deepEqual(inputIds(card), []);
      assert.deepEqual(findAll(card, "Action.Execute").map((action) => action.verb), ["refreshMeeting"]);
    });

    it("when an item was proposed in summer, then its time is shown in Danish summer time", () => {
      const card = render.renderMeetingReminderCard(
        { ...F.meetingReminder, items: [{ text: "Sommerferie", by: "Åse Øberg", at: "2026-06-15T10:30:00Z" }] },
        "da",
      );
      assert.ok(cardStrings(card).includes("Foreslået af Åse Øberg 15.06.2026 kl. 12.30"));
    });
  });

  describe("check reminder", () => {
    it("when the check is open, then it has the four inputs, completeCheck with the check's ids and a refresh block", () => {
      const card = render.renderCheckReminderCard({ ...F.checkOpen, refreshUserIds: ["29:1abc"] }, "da");
      assert.deepEqual(new Set(inputIds(card)), new Set(["sampleChecked", "result", "findings", "followUp"]));
      const [complete] = findAll(card, "Action.Execute").filter((action) => action.verb === "completeCheck");
      assert.equal(complete.title, "Markér som udført");
      assert.deepEqual(complete.data, { checkId: "mitid", occurrence: "2026-11-23", lang: "da" });
      assert.deepEqual(card.refresh, {
        action: { type: "Action.Execute", verb: "refreshCheck", data: { checkId: "mitid", occurrence: "2026-11-23", lang: "da" } },
        userIds: ["29:1abc"],
      });
    });

    it("when the check is open, then the inputs come in reading order with labels, and the required ones say what is missing", () => {
      const card = render.renderCheckReminderCard(F.checkOpen, "da");
      const [sample] = findAll(card, "Input.Number");
      const [result] = findAll(card, "Input.ChoiceSet");
      const texts = findAll(card, "Input.Text");
      assert.deepEqual(
        [sample, result, ...texts].map((input) => input.id),
        ["sampleChecked", "result", "findings", "followUp"],
      );
      assert.equal(sample.isRequired, true);
      assert.equal(sample.min, 0);
      assert.equal(result.isRequired, true);
      assert.deepEqual(result.choices, [
        { title: "OK", value: "ok" },
        { title: "Afvigelse", value: "deviation" },
      ]);
      for (const input of texts) {
        assert.equal(input.isMultiline, true);
        assert.ok(String(input.label).length > 0);
      }
    });

    for (const [name, data] of [
      ["completed", F.checkCompleted],
      ["not allowed", F.checkNotAllowed],
    ] as const) {
      it(`when the check card is ${name}, then it has no inputs and no complete action but keeps its refresh`, () => {
        const card = render.renderCheckReminderCard(data, "da");
        assert.deepEqual(inputIds(card), []);
        assert.deepEqual(findAll(card, "Action.Execute").map((action) => action.verb), ["refreshCheck"]);
      });
    }

    it("when the owner is also a koordinator and the sektionsleder, then the not-allowed card names the owner once", () => {
      const card = render.renderCheckReminderCard(
        { ...F.checkOpen, state: { kind: "notAllowed", coordinators: ["Mette Jensen"], leaders: ["Helle Bach Larsen", "Helle Bach Larsen"] } },
        "da",
      );
      assert.ok(cardStrings(card).includes("Kun Mette Jensen (ansvarlig) eller sektionsleder Helle Bach Larsen kan markere kontrollen som udført. Skriv gerne til en af dem."));
    });

    it("when findings contain template syntax, then the card shows them as typed and does not evaluate them", () => {
      const findings = "Se ${t.call} og ${summary} — {{x}}";
      const card = render.renderCheckReminderCard(
        { ...F.checkCompleted, state: { kind: "completed", completion: { by: "Mette Jensen", at: "2026-11-24T09:12:00Z", result: "ok", sampleChecked: 5, findings } } },
        "da",
      );
      assert.ok(cardStrings(card).includes(findings));
    });
  });

  describe("CPR warning", () => {
    it("when the CPR warning is rendered, then the card holds no digits at all, so no number can be echoed", () => {
      for (const lang of ["da", "en"] as const) assert.doesNotMatch(JSON.stringify(render.renderCprWarningCard(lang).body), /\d/);
    });
  });

  describe("rendering", () => {
    it("when the same data is rendered twice, then the cards are equal and the data is not changed", () => {
      const data = structuredClone(F.rotaMonday);
      const first = render.renderRotaDayCard(data, "da");
      assert.deepEqual(render.renderRotaDayCard(data, "da"), first);
      assert.deepEqual(data, F.rotaMonday);
    });

    it("when the same answer is rendered again, then the cached card comes back frozen, and other data gets its own card", () => {
      const first = render.renderAreaCard(F.areaValg, "da");
      assert.equal(render.renderAreaCard(structuredClone(F.areaValg), "da"), first);
      assert.ok(Object.isFrozen(first) && Object.isFrozen(first.body));
      assert.notEqual(render.renderAreaCard(F.areaValg, "en"), first);
      const changed = render.renderAreaCard({ ...F.areaValg, backups: [{ ...F.peter, absentToday: "syg" }] }, "da");
      assert.ok(cardStrings(changed).includes("Fraværende i dag (syg)"));
      assert.ok(!cardStrings(first).includes("Fraværende i dag (syg)"));
    });

    it("when the cache is full, then the least recently used card is dropped", () => {
      const cache = new CardCache(2);
      const card = (text: string) => () => ({ ...render.renderCprWarningCard("da"), fallbackText: text });
      const a = cache.getOrRender("a", card("a"));
      cache.getOrRender("b", card("b"));
      assert.equal(cache.getOrRender("a", card("a again")), a);
      cache.getOrRender("c", card("c"));
      assert.equal(cache.size, 2);
      assert.equal(cache.getOrRender("b", card("b again")).fallbackText, "b again");
      assert.equal(cache.getOrRender("c", card("c again")).fallbackText, "c");
    });

    it("when a card has no actions, then it carries no empty actions list", () => {
      assert.equal("actions" in render.renderPersonCard({ ...F.personMinimal }, "da"), false);
    });
  });

  describe("templates and texts", () => {
    const templateFiles = readdirSync(join(CARDS_DIR, "templates")).filter((file) => file.endsWith(".json"));

    it("when the templates folder is listed, then every template is prepared by render.ts and none is left unused", () => {
      assert.deepEqual(templateFiles.map((file) => file.replace(/\.json$/, "")).sort(), Object.keys(render.TEMPLATES).sort());
    });

    for (const file of templateFiles) {
      it(`when ${file} is read, then it is an Adaptive Card 1.5 with the schema`, () => {
        const json = JSON.parse(readFileSync(join(CARDS_DIR, "templates", file), "utf8")) as Record<string, unknown>;
        assert.equal(json.type, "AdaptiveCard");
        assert.equal(json.version, "1.5");
        assert.equal(json.$schema, "http://adaptivecards.io/schemas/adaptive-card.json");
      });
    }

    it("when the cards module's sources are read, then none imports botbuilder", () => {
      const sources = readdirSync(CARDS_DIR).filter((file) => file.endsWith(".ts"));
      for (const file of sources) assert.doesNotMatch(readFileSync(join(CARDS_DIR, file), "utf8"), /from\s+["']botbuilder/, file);
    });

    it("when Danish and English labels are compared, then both have every label and none is empty", () => {
      assert.deepEqual(Object.keys(TEXTS.en.labels).sort(), Object.keys(TEXTS.da.labels).sort());
      for (const lang of ["da", "en"] as const) {
        for (const [key, value] of Object.entries(TEXTS[lang].labels)) {
          const values = Array.isArray(value) ? value : [value];
          for (const text of values) assert.ok(typeof text === "string" && text.trim().length > 0, `${lang}.${key}`);
        }
      }
    });
  });

  describe("dates", () => {
    const cases: readonly [string, string][] = [
      [formatMeetingTime("2026-12-08", "14:00", 90, "da"), "tirsdag 8. december kl. 14.00-15.30"],
      [formatMeetingTime("2026-12-08", "14:00", 90, "en"), "Tuesday 8 December, 14:00-15:30"],
      [formatInstant("2026-11-24T09:12:00Z", "Europe/Copenhagen", "da"), "24.11.2026 kl. 10.12"],
      [formatInstant("2026-03-29T01:30:00Z", "Europe/Copenhagen", "da"), "29.03.2026 kl. 03.30"],
      [formatInstant("2026-10-25T00:30:00Z", "Europe/Copenhagen", "da"), "25.10.2026 kl. 02.30"],
      [formatInstant("2026-10-25T01:30:00Z", "Europe/Copenhagen", "da"), "25.10.2026 kl. 02.30"],
    ];
    for (const [actual, expected] of cases) {
      it(`when formatted, then it reads "${expected}"`, () => assert.equal(actual, expected));
    }
  });

  describe("size", () => {
    // Teams refuses a bot message over about 28 KB; the card is most of it.
    const TEAMS_LIMIT = 28 * 1024;
    const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
    const person = (index: number) => ({ ...F.longName, name: `${F.longName.name} ${index}`, detail: "budget, økonomi, ledelse", absentToday: "ferie" });
    const check = (index: number) => ({
      title: `Ledelseskontrol af noget med et langt navn nr. ${index}`,
      period: { kind: "quarter" as const, year: 2026, quarter: 4 },
      due: "2026-11-27",
      status: "overdue" as const,
      owner: F.longName.name,
    });
    const meeting = (index: number) => ({ title: `Møde ${index}`, date: "2026-12-08", start: "14:00", minutes: 90, place: "Mødelokale 2, 3. sal, Rådhuset" });
    const bigSlots = many(10, (index) => ({ id: `s${index}`, name: `Tidsrum ${index + 1}`, start: "08:00", end: "09:00" }));
    const worst: readonly [string, () => AdaptiveCard, () => string, string][] = [
      [
        "a people list of 200",
        () => render.renderPeopleListCard({ topic: { kind: "role", role: "medarbejder" }, people: many(200, person) }, "da"),
        () => summaries.peopleListSummary({ topic: { kind: "role", role: "medarbejder" }, people: many(200, person) }, "da"),
        "Viser 15 af 200. Spørg mere præcist for at få færre.",
      ],
      [
        "a rota day of 20 duties, 10 slots, 4 people a cell and 500 absences",
        () => render.renderRotaDayCard(bigRota, "da"),
        () => summaries.rotaDaySummary(bigRota, "da"),
        "opgaver mere kan ikke vises på én gang. Spørg om én opgave ad gangen.",
      ],
      [
        "a meeting with 200 agenda items",
        () => render.renderMeetingReminderCard(bigMeeting, "da"),
        () => summaries.meetingReminderSummary(bigMeeting, "da"),
        "175 ældre punkter vises ikke her.",
      ],
      [
        "100 checks",
        () => render.renderChecksCard({ scope: "missing", checks: many(100, check) }, "da"),
        () => summaries.checksSummary({ scope: "missing", checks: many(100, check) }, "da"),
        "… og 80 flere",
      ],
      [
        "a digest of 100 of everything",
        () => render.renderDigestCard(bigDigest, "da"),
        () => summaries.digestSummary(bigDigest, "da"),
        "… og 80 flere",
      ],
      [
        "an area with 10 fyrtårne and 10 backups",
        () => render.renderAreaCard({ ...F.areaValg, fyrtaarne: many(10, person), backups: many(10, person) }, "da"),
        () => summaries.areaSummary({ ...F.areaValg, fyrtaarne: many(10, person), backups: many(10, person) }, "da"),
        F.longName.name,
      ],
    ];
    it("when a rota day is too big for one message, then the card keeps as many duty rows as fit", () => {
      const card = render.renderRotaDayCard(bigRota, "da");
      const rows = tableOf(card).rows.length - 1;
      assert.ok(rows >= 1 && rows < 20, `${rows} rows`);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) <= render.MAX_CARD_BYTES);
      const oneMore = render.renderRotaDayCard({ ...bigRota, duties: bigRota.duties.slice(0, rows + 1) }, "da");
      assert.equal(tableOf(oneMore).rows.length - 1, rows, "one more row would have fitted");
      assert.ok(cardStrings(card).includes(`${20 - rows} opgaver mere kan ikke vises på én gang. Spørg om én opgave ad gangen.`));
    });

    it("when a rota day with 500 absences is rendered, then 30 are listed and the rest counted", () => {
      const card = render.renderRotaDayCard({ ...bigRota, duties: bigRota.duties.slice(0, 1) }, "da");
      assert.ok(cardStrings(card).includes("… og 470 flere"));
    });

    const bigRota = {
      date: "2026-11-23",
      slots: bigSlots,
      duties: many(20, (duty) => ({
        id: `d${duty}`,
        name: `Opgave med et langt navn ${duty}`,
        cells: bigSlots.map((slot) => ({ slot: slot.id, people: many(4, (index) => ({ name: `${F.longName.name} ${index}` })), changed: true })),
      })),
      absences: many(500, (index) => ({ name: `${F.longName.name} ${index}`, reason: "afspadsering", slots: ["s1"] })),
    };
    const bigMeeting = {
      ...F.meetingReminder,
      items: many(200, (index) => ({ text: `Forslag nr. ${index} om arbejdsmiljø, trivsel og den nye ferieplan`, by: F.longName.name, at: "2026-11-20T08:14:00Z" })),
    };
    const bigDigest = { week: 48, dueThisWeek: many(100, check), overdue: many(100, check), meetings: many(100, meeting) };

    for (const [name, card, summary, cut] of worst) {
      it(`when a card shows ${name}, then it stays under Teams' message size, valid, and says what it left out`, () => {
        const rendered = card();
        const bytes = Buffer.byteLength(JSON.stringify(rendered));
        assert.ok(bytes < TEAMS_LIMIT, `${bytes} bytes`);
        assert.deepEqual(validateCard(rendered), []);
        assert.ok(cardStrings(rendered).some((text) => text.includes(cut)), `expected ${JSON.stringify(cut)}`);
        assert.ok(summary().length <= 700, `summary is ${summary().length} characters`);
      });
    }
  });

  describe("the validator", () => {
    const good = render.renderCprWarningCard("da");
    const broken: readonly [string, unknown, string][] = [
      ["an unexpanded binding", { ...good, body: [...good.body, { type: "TextBlock", text: "Hej ${name}", wrap: true }] }, "unexpanded binding"],
      ["an empty text", { ...good, body: [...good.body, { type: "TextBlock", text: "", wrap: true }] }, "text is empty"],
      ["a text that is a number", { ...good, body: [...good.body, { type: "TextBlock", text: 5, wrap: true }] }, "text is empty or not a string"],
      ["an unknown element", { ...good, body: [...good.body, { type: "Carousel2" }] }, "Unknown element type"],
      ["a bad property value", { ...good, body: [...good.body, { type: "TextBlock", text: "x", size: "huge", wrap: true }] }, 'Invalid value "huge"'],
      [
        "duplicate input ids",
        { ...good, body: [...good.body, { type: "Input.Text", id: "a", label: "A" }, { type: "Input.Text", id: "a", label: "B" }] },
        "Duplicate Id",
      ],
      ["an input without a label", { ...good, body: [...good.body, { type: "Input.Text", id: "a" }] }, "needs a label"],
      ["an OpenUrl without url", { ...good, actions: [{ type: "Action.OpenUrl", title: "Åbn" }] }, 'Property "url" must be set'],
      ["a card version Teams cannot show", { ...good, version: "1.6" }, 'version is 1.6, expected "1.5"'],
      ["an unsupported card version", { ...good, version: "1.9" }, "not supported"],
      ["a text that does not wrap", { ...good, body: [...good.body, { type: "TextBlock", text: "x" }] }, "wrap must be true"],
      ["a first element that is not a heading", { ...good, body: [{ type: "TextBlock", text: "x", wrap: true }] }, "body[0] must be a TextBlock"],
      ["an image without alt text", { ...good, body: [...good.body, { type: "Image", url: "https://x.dk/a.png" }] }, "needs altText"],
      ["a leftover $when", { ...good, body: [...good.body, { type: "TextBlock", text: "x", wrap: true, $when: "${a}" }] }, "templating key $when"],
      ["a null", { ...good, fallbackText: null }, "null"],
      ["an empty FactSet", { ...good, body: [...good.body, { type: "FactSet", facts: [] }] }, "FactSet without facts"],
      ["an empty ActionSet", { ...good, body: [...good.body, { type: "ActionSet", actions: [] }] }, "ActionSet without actions"],
      ["a required input without error message", { ...good, body: [...good.body, { type: "Input.Text", id: "a", label: "A", isRequired: true }] }, "errorMessage"],
      ["a javascript: link", { ...good, actions: [{ type: "Action.OpenUrl", title: "x", url: "javascript:alert(1)" }] }, "not an https/mailto/tel link"],
    ];
    for (const [name, card, expected] of broken) {
      it(`when a card has ${name}, then validateCard reports it`, () => {
        const problems = validateCard(card);
        assert.ok(
          problems.some((problem) => problem.includes(expected)),
          `expected a problem containing ${JSON.stringify(expected)}, got ${JSON.stringify(problems)}`,
        );
      });
    }

    it("when the same valid card is checked many times, then it stays valid (the library's lang check is reset)", () => {
      for (let i = 0; i < 5; i++) assert.deepEqual(validateCard(good), []);
    });
  });
});
