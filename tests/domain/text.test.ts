import assert from "node:assert/strict";
import { closeEnough, editDistance, fold, isStopword, maxEdits, stem, stripHtml, tokens } from "../../bot/src/domain/text";

describe("text", () => {
  describe("fold", () => {
    // Every spelling staff use for the same word meets in one form.
    const families: string[][] = [
      ["fyrtårn", "fyrtaarn", "fyrtarn", "FYRTÅRN", "Fyrtaarn"],
      ["kørekort", "koerekort", "korekort", "körekort", "KØREKORT"],
      ["lægeattest", "laegeattest", "lageattest", "lägeattest"],
      ["boligstøtte", "boligstoette", "boligstotte"],
      ["ægteskabserklæring", "aegteskabserklaering", "agteskabserklaring"],
      ["café", "cafe", "cafe\u0301"],
    ];
    for (const family of families) {
      it(`when spelt ${family.join(" / ")}, then all fold to one form`, () => {
        assert.deepEqual(new Set(family.map(fold)).size, 1, JSON.stringify(family.map(fold)));
      });
    }

    it("when the text is plain ASCII, then it is only lowercased", () => {
      assert.equal(fold("Hotline DDH 7020"), "hotline ddh 7020");
    });

    it("when lowercase ASCII holds aa, ae or oe, then only those pairs become one letter (not oa, ea, eo)", () => {
      assert.equal(fold("koerekort"), "korekort");
      assert.equal(fold("laegeattest"), "lageattest");
      assert.equal(fold("fyrtaarn"), "fyrtarn");
      assert.equal(fold("boa theo area 2"), "boa theo area 2");
      // The same word folds alike whether it came lowercased or not (the two ways through fold).
      for (const word of ["koerekort", "boa", "maaned 12"]) assert.equal(fold(word.toUpperCase()), fold(word));
    });

    it("when the text has full-width or ligature forms, then NFKC makes them plain", () => {
      assert.equal(fold("ＭｉｔＩＤ"), "mitid");
      assert.equal(fold("ﬁnans"), "finans");
    });
  });

  describe("tokens", () => {
    const cases: Array<[string, string[]]> = [
      ["Hvem er fyrtårn for valg?", ["hvem", "er", "fyrtårn", "for", "valg"]],
      ["<at>Fyrtårn</at> hvem har <b>hotline</b>&nbsp;i dag", ["fyrtårn", "hvem", "har", "hotline", "i", "dag"]],
      ["hvem er fyrt&aring;rn", ["hvem", "er", "fyrtårn"]],
      ["rulleplan 7/12, 7.12 og 7/12-2026", ["rulleplan", "7/12", "7.12", "og", "7/12-2026"]],
      ["2026-12-07 kl. 10:30", ["2026-12-07", "kl", "10:30"]],
      ["7. december", ["7", "december"]],
      ["MED-møde og straks-afklare", ["med", "møde", "og", "straks", "afklare"]],
      ["Mette's phone", ["mette", "s", "phone"]],
      ["e-Boks eller mit.dk?", ["e", "boks", "eller", "mit.dk"]],
      ["hej 🙂👍🏽 valg!!!", ["hej", "valg"]],
      ["", []],
    ];
    for (const [text, expected] of cases) {
      it(`when the text is ${JSON.stringify(text)}, then the words are ${expected.join(" ")}`, () => {
        assert.deepEqual(tokens(text), expected);
      });
    }

    it("when a limit is given, then no more words than that are returned", () => {
      assert.equal(tokens("a b c d e f".repeat(100), 40).length, 40);
      assert.deepEqual(tokens("a b", 0), []);
    });
  });

  describe("stripHtml", () => {
    it("when given tags and entities, then it keeps the text and decodes the entities", () => {
      assert.equal(stripHtml("<p>Hej&amp;farvel &#248; &#xE5;</p>").trim(), "Hej&farvel ø å");
    });

    it("when an entity is unknown or out of range, then it is left or blanked, never thrown on", () => {
      assert.equal(stripHtml("&bogus; &#9999999;"), "&bogus;  ");
    });
  });

  describe("stem", () => {
    const families: string[][] = [
      ["fyrtårn", "fyrtårne", "fyrtårnet", "fyrtaarnene", "fyrtarn"],
      ["kørekort", "kørekortet", "koerekortet", "korekort"],
      ["brevstemme", "brevstemmer", "brevstemmerne"],
      ["rulleplan", "rulleplanen", "rulleplanerne"],
      ["kontrol", "kontroller", "kontrollerne"],
      ["skranke", "skranken"],
      ["Mette", "Mettes"],
      ["kundecenter", "kundecentret", "kundecenteret", "kundecentre"],
      ["teater", "teatret", "teatre"],
    ];
    for (const family of families) {
      it(`when the word is ${family.join(" / ")}, then all have one stem`, () => {
        assert.equal(new Set(family.map(stem)).size, 1, JSON.stringify(family.map(stem)));
      });
    }

    it("when the word has digits or dots, then it is folded, not cut", () => {
      assert.equal(stem("7020"), "7020");
      assert.equal(stem("mit.dk"), "mit.dk");
    });
  });

  describe("stopwords", () => {
    it("when a word is a function word in either language, then it is a stopword, folded or not", () => {
      for (const word of ["hvem", "er", "for", "på", "pa", "the", "is", "hvornår", "hvornar"]) assert.equal(isStopword(word), true, word);
    });

    it("when a word may be a name or the bot's topic, then it is not a stopword", () => {
      for (const word of ["med", "per", "bo", "hans", "valg", "pas", "fyrtårn", "rulleplan"]) assert.equal(isStopword(word), false, word);
    });
  });

  describe("typos", () => {
    it("when words are short, then no typo is allowed; longer words allow one, then two", () => {
      assert.deepEqual([3, 4, 5, 9, 10, 20].map(maxEdits), [0, 0, 1, 1, 2, 2]);
    });

    it("when letters are swapped, inserted, dropped or changed, then each counts as one edit", () => {
      assert.equal(editDistance("fyrtarn", "fyrtran", 2), 1);
      assert.equal(editDistance("rulleplan", "rulleplam", 2), 1);
      assert.equal(editDistance("rulleplan", "rullplan", 2), 1);
      assert.equal(editDistance("korekort", "korekorts", 2), 1);
      assert.equal(editDistance("abc", "abc", 0), 0);
    });

    it("when the distance exceeds the limit, then it stops early with limit + 1", () => {
      assert.equal(editDistance("skranke", "telefon", 2), 3);
      assert.equal(editDistance("a".repeat(1000), "b".repeat(1000), 2), 3);
    });

    it("when deciding closeness, then length sets the allowance", () => {
      assert.equal(closeEnough("rulleplam", "rulleplan"), true);
      assert.equal(closeEnough("pas", "pis"), false);
      assert.equal(closeEnough("kontrol", "kontor"), false);
    });
  });
});
