// What the bot wiring relies on in the cards: links, question buttons, Action.Execute verbs and data, input ids, refresh.
import { strict as assert } from "node:assert";
import type { AdaptiveCard, CheckCardState, CheckCompletion } from "../../bot/src/cards/cardData";
import { teamsChatUrl, telUrl } from "../../bot/src/cards/format";
import * as render from "../../bot/src/cards/render";
import { cardStrings, findAll, validateCard } from "../helpers/cardValidation";
import * as F from "./fixtures";

function inputIds(card: AdaptiveCard): string[] {
  return findAll(card, "Input.Text")
    .concat(findAll(card, "Input.Number"), findAll(card, "Input.ChoiceSet"), findAll(card, "Input.Date"))
    .map((input) => String(input.id));
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
});
