import assert from "node:assert/strict";
import { readDateExpressions, type DateExpressions } from "../../bot/src/domain/dateExpressions";
import { mondayOfIsoWeek } from "../../bot/src/domain/isoDate";
import type { Organisation } from "../../bot/src/domain/organisation";
import { OrgIndex } from "../../bot/src/domain/orgIndex";
import { tokens } from "../../bot/src/domain/text";
import type { Frame } from "../../bot/src/domain/frame";
import { MAX_QUESTION_CHARS, understand } from "../../bot/src/domain/understand";
import { demoOrganisation } from "../helpers/demo";
import { PHRASINGS, TODAY, type Expected, type ExpectedUnknown } from "./phrasings";
import { OTHER_PHRASINGS, OTHER_TODAY } from "./phrasingsOther";
import { otherOrganisation } from "../helpers/other";

function isExpectedUnknown(expect: Expected | ExpectedUnknown): expect is ExpectedUnknown {
  return expect.intent === "unknown";
}

/** The actual frame has every field the row expects, with the same value. */
export function assertFrame(actual: Frame, expected: Expected): void {
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, (actual as unknown as Record<string, unknown>)[k]]));
  assert.deepEqual(picked, expected, `got ${JSON.stringify(actual)}`);
}

describe("understand", () => {
  const index = new OrgIndex(demoOrganisation());

  describe(`the phrasing table (${PHRASINGS.length} rows, demo organisation, today ${TODAY})`, () => {
    it("has at least 150 rows, Danish and English, and no row twice", () => {
      assert.ok(PHRASINGS.length >= 150, `only ${PHRASINGS.length} rows`);
      assert.ok(PHRASINGS.filter((p) => p.expect.lang === "en").length >= 30);
      const texts = PHRASINGS.map((p) => p.text);
      assert.deepEqual(texts.filter((t, i) => texts.indexOf(t) !== i), []);
    });

    for (const { text, expect } of PHRASINGS) {
      it(`when asked ${JSON.stringify(text)}, then it is ${expect.intent}`, () => {
        const actual = understand(text, index, TODAY);
        if (isExpectedUnknown(expect)) {
          assert.equal(actual.intent, "unknown", `got ${JSON.stringify(actual)}`);
          assert.equal(actual.lang, expect.lang);
          if (actual.intent !== "unknown") return;
          const ids = (actual.suggestions ?? []).map((s) => s.id);
          for (const id of expect.suggests ?? []) assert.ok(ids.includes(id), `suggestions ${JSON.stringify(ids)} lack ${id}`);
        } else {
          assertFrame(actual, expect);
        }
      });
    }
  });

  describe(`the second organisation's phrasing table (${OTHER_PHRASINGS.length} rows, today ${OTHER_TODAY})`, () => {
    const otherIndex = new OrgIndex(otherOrganisation());
    it("has, with the demo's table, at least 400 rows and no row twice", () => {
      assert.ok(PHRASINGS.length + OTHER_PHRASINGS.length >= 400, `only ${PHRASINGS.length + OTHER_PHRASINGS.length} rows`);
      const texts = OTHER_PHRASINGS.map((p) => p.text);
      assert.deepEqual(texts.filter((t, i) => texts.indexOf(t) !== i), []);
    });
    for (const { text, expect } of OTHER_PHRASINGS) {
      it(`when asked ${JSON.stringify(text)} in the second organisation, then it is ${expect.intent}`, () => {
        const actual = understand(text, otherIndex, OTHER_TODAY);
        if (isExpectedUnknown(expect)) assert.equal(actual.intent, "unknown", `got ${JSON.stringify(actual)}`);
        else assertFrame(actual, expect);
      });
    }
  });

  describe("what it recognised when it does not understand", () => {
    it("when a name is shared, then it names both and suggests both", () => {
      const q = understand("hvem er Larsen", index, TODAY);
      assert.equal(q.intent, "unknown");
      if (q.intent !== "unknown") return;
      assert.deepEqual(new Set((q.suggestions ?? []).slice(0, 2).map((s) => s.id)), new Set(["ml", "hbl"]));
      assert.deepEqual(q.suggestions?.[0].kind, "person");
    });

    it("when only the bot's word is there, then it says it understood that word", () => {
      const q = understand("fyrtårn", index, TODAY);
      assert.equal(q.intent, "unknown");
      assert.ok(q.understood?.includes("fyrtårn"), JSON.stringify(q.understood));
    });

    it("when asked in English, then what it understood is named in English, with the date", () => {
      const q = understand("who is the lighthouse tomorrow", index, TODAY);
      assert.deepEqual(q, { lang: "en", intent: "unknown", understood: ["lighthouse", "2026-11-24"], suggestions: [] });
    });

    it("when a word is half typed, then the suggestions carry the labels to show", () => {
      const q = understand("korek", index, TODAY);
      assert.equal(q.intent, "unknown");
      assert.deepEqual(q.suggestions?.[0], { kind: "area", id: "koerekort", label: "Kørekort" });
    });
  });

  describe("bad input", () => {
    const junk: Array<[string, string]> = [
      ["10 kB of letters", "x".repeat(10_000)],
      ["10 kB of words", "hvem er fyrtårn for valg ".repeat(400)],
      ["10 kB of emoji", "🙂👍🏽🇩🇰".repeat(1_500)],
      ["HTML tags", "<div><p><b>".repeat(800)],
      ["an unclosed tag", "<" + "a".repeat(10_000)],
      ["HTML entities", "&amp;&#128512;&#x1F600;&bogus;&#99999999;".repeat(200)],
      ["control characters", "\u0000\u0001\u200b\ufeff\u202e hvem er fyrtårn for valg"],
      ["lone surrogates", "\ud800\udc00\ud800 valg \udfff"],
      ["numbers", "1234567890 ".repeat(900)],
      ["dates and separators", "7/12/7/12/7.12.7 uge uge uge 99 99/99 0/0 31/2".repeat(100)],
      ["a CPR-like number", "010203-1234"],
    ];
    for (const [name, text] of junk) {
      it(`when the message is ${name}, then it answers quickly without throwing`, () => {
        const started = performance.now();
        const q = understand(text, index, TODAY);
        const elapsed = performance.now() - started;
        assert.ok(["da", "en"].includes(q.lang));
        // A guard against runaway work (seconds), not a speed target: those are in npm run bench.
      assert.ok(elapsed < 1000, `took ${elapsed.toFixed(1)} ms`);
      });
    }

    it("when a message is long, then only its beginning is read", () => {
      const q = understand(`hvem er fyrtårn for valg ${" ".repeat(MAX_QUESTION_CHARS)} og hvad er rulleplanen i morgen`, index, TODAY);
      assertFrame(q, { lang: "da", intent: "fyrtaarn", areas: ["valg"], want: "fyrtaarn" });
    });

    it("when given thousands of random strings, then it never throws", () => {
      let seed = 42;
      const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      const alphabet = "abcdefghijklmnopqrstuvwxyzæøåÆØÅ0123456789 -/.:?!<>&;#'\"🙂\u0301";
      for (let n = 0; n < 2_000; n++) {
        let text = "";
        const length = Math.floor(random() * 60);
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
        assert.doesNotThrow(() => understand(text, index, TODAY), `threw on ${JSON.stringify(text)}`);
      }
    });

    it("when the text is not a string at all, then it still answers", () => {
      assert.equal(understand(undefined as unknown as string, index, TODAY).intent, "help");
    });
  });

  describe("another municipality's organisation", () => {
    // Nothing of the demo is hard-coded: a different file with different words works the same way.
    const other: Organisation = {
      organisation: { name: "Borgerservice", municipality: "Andeby Kommune", timezone: "Europe/Copenhagen" },
      units: [{ id: "bs", name: "Borgerservice" }],
      people: [
        { id: "p1", name: "Grethe Ravn", title: "Leder", unit: "bs", role: "sektionsleder", competences: ["økonomi"], tillidshverv: [] },
        { id: "p2", name: "Bjarne Fisker", title: "Medarbejder", unit: "bs", role: "medarbejder", phone: "+45 11 22 33 44", competences: ["fransk"], tillidshverv: ["tr"] },
      ],
      areas: [{ id: "affald", name: "Affald", synonyms: ["storskrald", "genbrug", "waste"], fyrtaarne: ["p2"], backups: ["p1"], guides: [] }],
      rota: {
        slots: [{ id: "a", name: "Hele dagen", start: "09:00", end: "15:00" }],
        duties: [{ id: "info", name: "Informationen", synonyms: ["infoskranke"] }],
        cycleStart: "2026-01-05", cycle: [{}], absences: [], changes: [],
      },
      meetings: [{ id: "mus", title: "MUS-samtaler", rrule: "FREQ=YEARLY", start: "10:00", minutes: 60, remind: [], audience: "channel" }],
      checks: [],
      holidays: { extra: [], halfDays: [], dates: [] },
    };
    const otherIndex = new OrgIndex(other);
    const rows: Array<[string, Expected]> = [
      ["hvem er fyrtårn for storskrald", { lang: "da", intent: "fyrtaarn", areas: ["affald"], want: "fyrtaarn" }],
      ["who is the lighthouse for waste", { lang: "en", intent: "fyrtaarn", areas: ["affald"], want: "fyrtaarn" }],
      ["hvem står i informationen i morgen", { lang: "da", intent: "rota", from: "2026-11-24", to: "2026-11-24", duty: "info" }],
      ["hvad er Bjarnes telefonnummer", { lang: "da", intent: "contact", people: ["p2"], want: "phone" }],
      ["hvem kan fransk", { lang: "da", intent: "competence", competence: { term: "fransk", people: ["p2"] } }],
      ["hvem kan noget om okonomi", { lang: "da", intent: "competence", competence: { term: "økonomi", people: ["p1"] } }],
      ["hvornår er næste MUS-samtale", { lang: "da", intent: "nextMeeting", meeting: "mus" }],
      ["hvem er fyrtårn for valg", { lang: "da", intent: "unknown", understood: ["fyrtårn"], suggestions: [] }],
    ];
    for (const [text, expected] of rows) {
      it(`when asked ${JSON.stringify(text)}, then it reads the other file's words`, () => {
        assertFrame(understand(text, otherIndex, TODAY), expected);
      });
    }
  });

  describe("date expressions (today Monday 2026-11-23)", () => {
    const read = (text: string, today = TODAY): Omit<DateExpressions, "consumed"> => {
      const { consumed: _consumed, ...rest } = readDateExpressions(tokens(text), today);
      return rest;
    };
    const week = (from: string, to: string) => ({ week: { from, to } });
    const cases: Array<[string, Omit<DateExpressions, "consumed">]> = [
      ["i dag", { date: "2026-11-23" }],
      ["idag", { date: "2026-11-23" }],
      ["today", { date: "2026-11-23" }],
      ["i morgen", { date: "2026-11-24" }],
      ["imorgen", { date: "2026-11-24" }],
      ["tomorow", { date: "2026-11-24" }],
      ["i overmorgen", { date: "2026-11-25" }],
      ["i går", { date: "2026-11-22" }],
      ["i gaar", { date: "2026-11-22" }],
      ["yesterday", { date: "2026-11-22" }],
      ["mandag", { date: "2026-11-23" }],
      ["næste mandag", { date: "2026-11-30" }],
      ["fredag", { date: "2026-11-27" }],
      ["fredga", { date: "2026-11-27" }],
      ["næste fredag", { date: "2026-12-04" }],
      ["next friday", { date: "2026-12-04" }],
      ["i fredags", { date: "2026-11-20" }],
      ["sidste fredag", { date: "2026-11-20" }],
      ["lordag", { date: "2026-11-28" }],
      ["tors", { date: "2026-11-26" }],
      ["man 7/12", { date: "2026-12-07" }],
      ["hvad gør man", {}],
      ["who is the manager", {}],
      ["7/12", { date: "2026-12-07" }],
      ["7.12", { date: "2026-12-07" }],
      ["7/12-2026", { date: "2026-12-07" }],
      ["7/12/27", { date: "2027-12-07" }],
      ["7. december", { date: "2026-12-07" }],
      ["7 dec 2027", { date: "2027-12-07" }],
      ["7th of december", { date: "2026-12-07" }],
      ["december 7", { date: "2026-12-07" }],
      ["2026-12-07", { date: "2026-12-07" }],
      ["1/11", { date: "2026-11-01" }],
      ["7/1", { date: "2027-01-07" }],
      ["31/11", {}],
      ["denne uge", week("2026-11-23", "2026-11-29")],
      ["this week", week("2026-11-23", "2026-11-29")],
      ["næste uge", week("2026-11-30", "2026-12-06")],
      ["next week", week("2026-11-30", "2026-12-06")],
      ["sidste uge", week("2026-11-16", "2026-11-22")],
      ["uge 48", week("2026-11-23", "2026-11-29")],
      ["uge48", week("2026-11-23", "2026-11-29")],
      ["week 2", week("2027-01-11", "2027-01-17")],
      ["uge 60", {}],
      ["fredag i næste uge", { date: "2026-12-04" }],
      ["i formiddag", { date: "2026-11-23", part: "morning" }],
      ["i eftermiddag", { date: "2026-11-23", part: "afternoon" }],
      ["fredag eftermiddag", { date: "2026-11-27", part: "afternoon" }],
      ["i morgen formiddag", { date: "2026-11-24", part: "morning" }],
      ["tomorrow afternoon", { date: "2026-11-24", part: "afternoon" }],
      ["i morges", { date: "2026-11-23", part: "morning" }],
      ["kl 10", { time: "10:00" }],
      ["kl. 13:30", { time: "13:30" }],
      ["kl. 14", { time: "14:00" }],
      // The slot reader's rules (slots.ts): a low hour without am/pm is office time, and "at 2pm" is a time too.
      ["kl. 2", { time: "14:00" }],
      ["at 2pm", { time: "14:00" }],
      ["i aften", { date: "2026-11-23", part: "evening" }],
      ["torsdag aften", { date: "2026-11-26", part: "evening" }],
      ["i weekenden", { range: { from: "2026-11-28", to: "2026-11-29" } }],
      ["næste weekend", { range: { from: "2026-12-05", to: "2026-12-06" } }],
      ["fra mandag til onsdag", { date: "2026-11-23", range: { from: "2026-11-23", to: "2026-11-25" } }],
      ["fra 1/12 til 3/12", { date: "2026-12-01", range: { from: "2026-12-01", to: "2026-12-03" } }],
      // Holidays and the periods around them (asked on Monday 23 November 2026; Easter 2027 is 28 March).
      ["i julen", { range: { from: "2026-12-24", to: "2026-12-26" } }],
      ["til jul", { range: { from: "2026-12-24", to: "2026-12-26" } }],
      ["mellem jul og nytår", { range: { from: "2026-12-27", to: "2026-12-30" } }],
      ["jul og nytår", { range: { from: "2026-12-24", to: "2027-01-01" } }],
      ["juleaftensdag", { date: "2026-12-24" }],
      ["2. juledag", { date: "2026-12-26" }],
      ["nytårsaften", { date: "2026-12-31" }],
      ["nytårsdag", { date: "2027-01-01" }],
      ["i påsken", { range: { from: "2027-03-25", to: "2027-03-29" } }],
      ["påskeferien", { range: { from: "2027-03-22", to: "2027-03-29" } }],
      ["2. påskedag", { date: "2027-03-29" }],
      ["langfredag", { date: "2027-03-26" }],
      ["kr. himmelfartsdag", { date: "2027-05-06" }],
      ["pinsen", { range: { from: "2027-05-16", to: "2027-05-17" } }],
      ["grundlovsdag", { date: "2027-06-05" }],
      ["påsken 2028", { range: { from: "2028-04-13", to: "2028-04-17" } }],
      ["over christmas", { range: { from: "2026-12-24", to: "2026-12-26" } }],
      ["between christmas and new year", { range: { from: "2026-12-27", to: "2026-12-30" } }],
      ["on new year's eve", { date: "2026-12-31" }],
      ["easter monday", { date: "2027-03-29" }],
      ["juleaftn", { date: "2026-12-24" }],
      // A month alone after "i"/"in", or with a year; a month's short form is not one, nor a month without "i".
      ["i juli", { range: { from: "2027-07-01", to: "2027-07-31" } }],
      ["in december", { range: { from: "2026-12-01", to: "2026-12-31" } }],
      ["i oktober", { range: { from: "2026-10-01", to: "2026-10-31" } }],
      ["februar 2027", { range: { from: "2027-02-01", to: "2027-02-28" } }],
      ["i jul", { range: { from: "2026-12-24", to: "2026-12-26" } }],
      ["who may i ask", {}],
      ["hvem er julie", {}],
      ["7 jul", { date: "2027-07-07" }],
      ["god morgen", {}],
      ["good morning", {}],
      ["7020 0000", {}],
    ];
    for (const [text, expected] of cases) {
      it(`when the words are ${JSON.stringify(text)}, then they read ${JSON.stringify(expected)}`, () => {
        assert.deepEqual(read(text), expected);
      });
    }

    it("when a date is read, then its words are consumed and no others", () => {
      assert.deepEqual(readDateExpressions(tokens("hvem har hotline i eftermiddag"), TODAY).consumed, [3, 4]);
    });

    it("when today is a Sunday, then a weekday is the coming one and this week is the one ending today", () => {
      assert.deepEqual(read("mandag", "2026-11-29"), { date: "2026-11-30" });
      assert.deepEqual(read("denne uge", "2026-11-29"), week("2026-11-23", "2026-11-29"));
    });

    it("when the year turns, then week numbers and dates without a year land in the coming year", () => {
      assert.deepEqual(read("uge 1", "2026-12-28"), week("2027-01-04", "2027-01-10"));
      assert.deepEqual(read("2/1", "2026-12-28"), { date: "2027-01-02" });
      assert.deepEqual(read("uge 53", "2026-12-28"), week("2026-12-28", "2027-01-03"));
      assert.equal(mondayOfIsoWeek(2027, 53), undefined);
    });

    it("when a holiday is asked in January, then it is the one just past; in summer, the coming one", () => {
      assert.deepEqual(read("i julen", "2027-01-10"), { range: { from: "2026-12-24", to: "2026-12-26" } });
      assert.deepEqual(read("i december", "2027-01-10"), { range: { from: "2026-12-01", to: "2026-12-31" } });
      assert.deepEqual(read("i julen", "2027-07-01"), { range: { from: "2027-12-24", to: "2027-12-26" } });
      assert.deepEqual(read("nytårsdag", "2027-01-10"), { date: "2027-01-01" });
    });

    it("when a holiday period is read, then its words are consumed and the question's others are not", () => {
      assert.deepEqual(readDateExpressions(tokens("hvem har ferie mellem jul og nytår"), TODAY).consumed, [3, 4, 5, 6]);
    });

    it("when 29 February is asked in a year without one, then it is not a date", () => {
      assert.deepEqual(read("29/2-2027"), {});
      assert.deepEqual(read("29/2-2028"), { date: "2028-02-29" });
    });
  });
});
