// What the bot wiring relies on beyond the words: links, Action.Execute verbs and data, input ids, refresh,
// the rota day's shape, and that the validator itself catches what it claims to.
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CardCache } from "../../bot/src/cards/cardCache";
import type { AdaptiveCard, CheckCardState, CheckCompletion } from "../../bot/src/cards/cardData";
import { formatInstant, formatMeetingTime, teamsChatUrl, telUrl } from "../../bot/src/cards/format";
import * as render from "../../bot/src/cards/render";
import * as summaries from "../../bot/src/cards/summaries";
import { TEXTS } from "../../bot/src/cards/texts";
import { cardStrings, findAll, validateCard } from "../helpers/cardValidation";
import * as F from "./fixtures";

const CARDS_DIR = join(__dirname, "../../bot/src/cards");

function inputIds(card: AdaptiveCard): string[] {
  return findAll(card, "Input.Text")
    .concat(findAll(card, "Input.Number"), findAll(card, "Input.ChoiceSet"), findAll(card, "Input.Date"))
    .map((input) => String(input.id));
}

interface DutyBlock { name: string; cells: { slot: string; people: string; notes: string[]; style?: string }[] }

/** The rota card's duties as blocks: a name, then a line per slot ("Formiddag 08.00-12.00: " + people). */
function dutyBlocks(card: AdaptiveCard): DutyBlock[] {
  const blocks = findAll(card, "Container").filter((container) => String(container.id ?? "").startsWith("duty-"));
  assert.ok(blocks.length > 0, "the card has no duty blocks");
  return blocks.map((block) => {
    const [name, ...cells] = block.items as { text?: string; style?: string; items?: { type: string; text?: string; inlines?: { text: string }[] }[] }[];
    return {
      name: String(name.text),
      cells: cells.map((cell) => {
        const [line, ...notes] = cell.items!;
        assert.equal(line.type, "RichTextBlock");
        return { slot: line.inlines![0].text, people: line.inlines![1].text, notes: notes.map((note) => String(note.text)), style: cell.style };
      }),
    };
  });
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

  describe("rota day", () => {
    it("when a day has 7 duties and 2 slots, then there is one block per duty, each with a line per slot", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard(F.rotaMonday, "da"));
      assert.equal(blocks.length, F.duties.length);
      assert.equal(blocks[0].cells[0].slot, "Formiddag 08.00-12.00: ");
      for (const block of blocks) assert.equal(block.cells.length, 2);
      assert.equal(findAll(render.renderRotaDayCard(F.rotaMonday, "da"), "Table").length, 0, "no table: its narrow columns break words on a phone");
    });

    it("when a cell is understaffed, then it says so in text and not only with the cell's colour", () => {
      const [skranke, , , selvbetjening] = dutyBlocks(render.renderRotaDayCard(F.rotaMonday, "da"));
      assert.equal(skranke.name, "Skranke");
      assert.deepEqual(skranke.cells[0], { slot: "Formiddag 08.00-12.00: ", people: "Anne Kristensen, Peter Hansen (ændret)", notes: [], style: "default" });
      assert.deepEqual(skranke.cells[1].people, "Lars Møller (syg)");
      assert.deepEqual(skranke.cells[1].notes, ["under minimum (0 af 2)"]);
      assert.equal(skranke.cells[1].style, "attention");
      assert.deepEqual(selvbetjening.cells.map((cell) => [cell.people, ...cell.notes]), [["Ingen"], ["Ingen", "under minimum"]]);
    });

    it("when the organisation has 8 slots and 12 duties, then the blocks follow the data", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard(F.rotaManySlots, "da"));
      assert.equal(blocks.length, 12);
      for (const block of blocks) assert.equal(block.cells.length, 8);
    });

    it("when filtered to one duty, then only that block is shown", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "telefon" } }, "da"));
      assert.deepEqual(blocks.map((block) => block.name), ["Telefon"]);
    });

    it("when filtered to one slot, then each duty shows only that slot", () => {
      const blocks = dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { slot: "em" } }, "en"));
      assert.deepEqual([...new Set(blocks.flatMap((block) => block.cells.map((cell) => cell.slot)))], ["Eftermiddag 12:00-15:30: "]);
    });

    it("when a filter names a duty that is not on the plan, then the whole day is shown rather than nothing", () => {
      assert.equal(dutyBlocks(render.renderRotaDayCard({ ...F.rotaMonday, only: { duty: "findes-ikke" } }, "da")).length, F.duties.length);
    });

    it("when the day has gaps, then the card lists them under a heading in words, and the summary names them first", () => {
      const gaps = [
        { kind: "absentPlanned", person: "Lars Møller", reason: "syg", duty: "Skranke", slot: "Eftermiddag" },
        { kind: "doubleBooked", person: "Anne Kristensen", slot: "Formiddag", duties: ["Skranke", "Telefon"] },
      ] as const;
      const card = render.renderRotaDayCard({ ...F.rotaMonday, gaps }, "da");
      const texts = cardStrings(card);
      assert.ok(texts.includes("Huller i rulleplanen"));
      assert.ok(texts.includes("Lars Møller (syg) står på Skranke, eftermiddag, og ingen er sat ind i stedet."));
      assert.ok(texts.includes("Anne Kristensen står på både Skranke og Telefon i formiddag."));
      assert.match(summaries.rotaDaySummary({ ...F.rotaMonday, gaps }, "da"), /\. Huller i rulleplanen: Lars Møller \(syg\) står på Skranke/);
      assert.ok(!cardStrings(render.renderRotaDayCard(F.rotaMonday, "da")).includes("Huller i rulleplanen"), "no heading without gaps");
    });

    it("when the bot suggests questions that end in a question mark, then the summary asks once, not '??'", () => {
      const summary = summaries.unknownSummary({ understood: [], suggestions: ["Hvem er i Ydelseskontoret?", "Hvem er fyrtårn for Pas?"] }, "da");
      assert.equal(summary, "Jeg forstod ikke helt spørgsmålet. Mente du: Hvem er i Ydelseskontoret eller Hvem er fyrtårn for Pas?");
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
    it("when the check is open, then it has the six inputs, completeCheck with the check's ids and a refresh block", () => {
      const card = render.renderCheckReminderCard({ ...F.checkOpen, refreshUserIds: ["29:1abc"] }, "da");
      assert.deepEqual(new Set(inputIds(card)), new Set(["sampleChecked", "result", "deviationKind", "findings", "followUp", "followUpDue"]));
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
      const [deadline] = findAll(card, "Input.Date");
      assert.deepEqual(
        [sample, result, ...texts, deadline].map((input) => input.id),
        ["sampleChecked", "result", "deviationKind", "findings", "followUp", "followUpDue"],
      );
      assert.ok(String(deadline.label).length > 0);
      assert.equal(sample.isRequired, true);
      assert.equal(sample.min, 0);
      assert.equal(result.isRequired, true);
      assert.deepEqual(result.choices, [
        { title: "OK", value: "ok" },
        { title: "Afvigelse", value: "deviation" },
      ]);
      for (const input of texts) {
        if (input.id !== "deviationKind") assert.equal(input.isMultiline, true);
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

    it("when a sektionsleder sees a completed round, then \"Godkend\" is there; when the owner sees an open deviation, then a note and \"Luk afvigelsen\"", () => {
      const approve = render.renderCheckReminderCard({ ...F.checkCompleted, state: { ...F.checkCompleted.state, canApprove: true } as CheckCardState }, "da");
      assert.deepEqual(findAll(approve, "Action.Execute").map((a) => [a.verb, a.title]), [["refreshCheck", undefined], ["approveCheck", "Godkend"]]);
      assert.deepEqual(inputIds(approve), []);
      const close = render.renderCheckReminderCard({ ...F.checkDeviation, state: { ...F.checkDeviation.state, canClose: true } as CheckCardState }, "da");
      assert.deepEqual(findAll(close, "Action.Execute").map((a) => a.verb), ["refreshCheck", "closeDeviation"]);
      assert.deepEqual(inputIds(close), ["closeNote"]);
    });

    it("when a round has a deviation, then it is never shown as a success: warning while open, with kind, follow-up, deadline and still open", () => {
      const card = render.renderCheckReminderCard(F.checkDeviation, "da");
      const styles = findAll(card, "Container").map((c) => c.style);
      assert.ok(!styles.includes("good"), JSON.stringify(styles));
      assert.ok(styles.includes("warning"));
      const strings = cardStrings(card);
      for (const expected of ["Afvigelse: Manglende ID-type", "Frist for opfølgning: fredag 4. december 2026", "Afvigelsen er åben, til opfølgningen er gjort.", "Afventer godkendelse af sektionslederen."]) {
        assert.ok(strings.includes(expected), `${expected} in ${JSON.stringify(strings)}`);
      }
      const closed = render.renderCheckReminderCard({
        ...F.checkDeviation,
        state: { kind: "completed", completion: { ...(F.checkDeviation.state as { completion: CheckCompletion }).completion, closed: { by: "Mette Jensen", date: "2026-12-01", note: "Rettet" }, approved: { by: "Helle Bach Larsen", at: "2026-12-02T08:00:00Z" } } },
      }, "da");
      const closedStrings = cardStrings(closed);
      assert.ok(closedStrings.includes("Afvigelsen er lukket tirsdag 1. december 2026 af Mette Jensen: Rettet"), JSON.stringify(closedStrings));
      assert.ok(closedStrings.includes("Godkendt af Helle Bach Larsen 02.12.2026 kl. 09.00"));
      assert.ok(!findAll(closed, "Container").some((c) => c.style === "good" || c.style === "warning"));
    });

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
    // 100 checks, each with 10 missed rounds and 10 open deviations whose follow-up is as long as the card allows.
    const deviation = { period: { kind: "quarter" as const, year: 2026, quarter: 3 }, kind: "x".repeat(200), followUp: "y".repeat(2000), due: "2026-12-01", overdue: true };
    const bigChecks = { scope: "missing" as const, groups: many(100, (i) => ({ title: check(i).title, owner: check(i).owner, rounds: many(10, () => check(i)), deviations: many(10, () => deviation) })) };
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
        () => render.renderChecksCard(bigChecks, "da"),
        () => summaries.checksSummary(bigChecks, "da"),
        "flere",
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
      const rows = dutyBlocks(card).length;
      assert.ok(rows >= 1 && rows < 20, `${rows} rows`);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) <= render.MAX_CARD_BYTES);
      const moreLine = findAll(card, "TextBlock").find((block) => block.text === `${20 - rows} opgaver mere kan ikke vises på én gang. Spørg om én opgave ad gangen.`);
      assert.ok(moreLine, "the card says how many duties are left out");
      // One more duty and the line saying how many are left out would not fit.
      const oneMore = render.renderRotaDayCard({ ...bigRota, duties: bigRota.duties.slice(0, rows + 1) }, "da");
      assert.equal(dutyBlocks(oneMore).length, rows + 1);
      assert.ok(Buffer.byteLength(JSON.stringify(oneMore)) + Buffer.byteLength(JSON.stringify(moreLine)) > render.MAX_CARD_BYTES, "one more row would have fitted");
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
