// How staff ask, and what the bot must understand: Danish and English phrasings with their expected intent and
// entities, against the demo organisation (data/demo-organisation.yaml) on a fixed Monday. Includes every example
// of issue 2 verbatim, then variants: typos, missing æøå, word orders, "?" endings, HTML, emoji, English.
// A row that fails means the understanding is wrong, not the row.
import type { IsoDate } from "../../bot/src/domain/organisation";
import type { Frame, Language, SlotAsked } from "../../bot/src/domain/frame";
import { addDays } from "../../bot/src/domain/isoDate";

/** The fields of the frame a row expects; the actual frame must have these values (it may fill more). */
export type Expected = Partial<Frame> & Pick<Frame, "lang" | "intent">;

/** The day every row is asked on: Monday 23 November 2026 (week 48). */
export const TODAY: IsoDate = "2026-11-23";

/** For "not understood", the ids the suggestions must include (in any order), rather than the whole answer. */
export interface ExpectedUnknown {
  readonly lang: Language;
  readonly intent: "unknown";
  readonly suggests?: readonly string[];
}

export interface Phrasing {
  readonly text: string;
  readonly expect: Expected | ExpectedUnknown;
}

const TOMORROW = "2026-11-24";
const FRIDAY = "2026-11-27";
const NEXT_MONDAY = "2026-11-30";

// Builders keep each row to its point: each gives the frame fields the row is about (others may be filled too).
// `lang` defaults to Danish. A Danish half day names the demo's own slot ("formiddag" is the slot fm).
type Part = "morning" | "afternoon";
const slotOf = (part: Part, lang: Language): SlotAsked => (lang === "da" ? { kind: "slot", slots: [part === "morning" ? "fm" : "em"] } : { kind: "part", part });
const fyrtaarn = (area: string, want: "fyrtaarn" | "backup" | "both", lang: Language = "da"): Expected => ({ lang, intent: "fyrtaarn", areas: [area], want });
const rota = (date: IsoDate, extra: { duty?: string; part?: Part } = {}, lang: Language = "da"): Expected =>
  ({ lang, intent: "rota", from: date, to: date, ...(extra.duty && { duty: extra.duty }), ...(extra.part && { slot: slotOf(extra.part, lang) }) });
const rotaWeek = (from: IsoDate, lang: Language = "da"): Expected => ({ lang, intent: "rota", from, to: addDays(from, 6) });
const myDuties = (from: IsoDate, to: IsoDate = from, lang: Language = "da"): Expected => ({ lang, intent: "duties", self: true, from, to });
const nextDuty = (duty: string, lang: Language = "da"): Expected => ({ lang, intent: "nextDuty", self: true, duty });
const role = (r: "sektionsleder" | "koordinator" | "tr" | "amr", lang: Language = "da", unit?: string): Expected =>
  unit ? { lang, intent: "role", role: r, unit } : { lang, intent: "role", role: r };
const contact = (person: string, field: "phone" | "email" | "all", lang: Language = "da"): Expected => ({ lang, intent: "contact", people: [person], want: field });
const personAreas = (person: string, lang: Language = "da"): Expected => ({ lang, intent: "personAreas", people: [person] });
const competence = (term: string, people: string[], lang: Language = "da"): Expected => ({ lang, intent: "competence", competence: { term, people } });
const referral = (area: string, lang: Language = "da"): Expected => ({ lang, intent: "referral", areas: [area] });
const nextMeeting = (meeting?: string, lang: Language = "da"): Expected =>
  meeting ? { lang, intent: "nextMeeting", meeting } : { lang, intent: "nextMeeting" };
const checks = (scope: "week" | "missing", lang: Language = "da"): Expected => ({ lang, intent: "checks", scope });
const check = (id: string, lang: Language = "da"): Expected => ({ lang, intent: "check", check: id });
const help = (lang: Language = "da"): Expected => ({ lang, intent: "help" });
const greeting = (lang: Language = "da"): Expected => ({ lang, intent: "greeting" });
const thanks = (lang: Language = "da"): Expected => ({ lang, intent: "thanks" });
const acknowledged = (lang: Language = "da"): Expected => ({ lang, intent: "acknowledged" });
const unknown = (suggests?: string[], lang: Language = "da"): ExpectedUnknown => (suggests ? { lang, intent: "unknown", suggests } : { lang, intent: "unknown" });

const THIS_WEEK_END = "2026-11-29";
const NEXT_WEEK_END = "2026-12-06";

export const PHRASINGS: readonly Phrasing[] = [
  // --- Issue 2, item 7, verbatim ---------------------------------------------------------------------------------
  { text: "hvem er fyrtårn for valg", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem ved noget om brevstemmer", expect: fyrtaarn("valg", "both") },
  { text: "fyrtårn kørekort?", expect: fyrtaarn("koerekort", "both") },
  { text: "who is the lighthouse for passports", expect: fyrtaarn("pas", "fyrtaarn", "en") },
  { text: "backup for MitID", expect: fyrtaarn("mitid", "backup") },
  { text: "hvad er dagens rulleplan", expect: rota(TODAY) },
  { text: "rulleplan i morgen", expect: rota(TOMORROW) },
  { text: "rulleplan fredag", expect: rota(FRIDAY) },
  { text: "rulleplan 7/12", expect: rota("2026-12-07") },
  { text: "hvem står i skranken i dag", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "hvem har hotline i eftermiddag", expect: rota(TODAY, { duty: "hotline", part: "afternoon" }) },
  { text: "what's today's rota", expect: rota(TODAY, {}, "en") },
  { text: "hvad skal jeg i dag", expect: myDuties(TODAY) },
  { text: "min rulleplan denne uge", expect: myDuties(TODAY, THIS_WEEK_END) },
  { text: "hvem er faglig koordinator", expect: role("koordinator") },
  { text: "hvem er sektionsleder", expect: role("sektionsleder") },
  { text: "hvad er Mettes telefonnummer", expect: contact("mj", "phone") },
  { text: "hvilke områder er Anne fyrtårn for", expect: personAreas("ak") },
  { text: "hvem kan noget om budget", expect: competence("budget", ["hbl", "kp"]) },
  { text: "kan vi straks-afklare boligstøtte?", expect: referral("udbetaling-danmark") },
  { text: "hvor henviser jeg skat?", expect: referral("skat") },
  { text: "hvornår er næste MED-møde", expect: nextMeeting("lokal-med") },
  { text: "hvilke kontroller skal laves denne uge", expect: checks("week") },
  { text: "hjælp", expect: help() },
  { text: "help", expect: help("en") },
  { text: "?", expect: help() },

  // --- The brief's other examples ----------------------------------------------------------------------------------
  { text: "what am I doing tomorrow", expect: myDuties(TOMORROW, TOMORROW, "en") },
  { text: "mail til Anne", expect: contact("ak", "email") },
  { text: "hvem er Peter Holm", expect: contact("ph", "all") },
  { text: "hvem taler arabisk", expect: competence("arabisk", ["ca", "tw"]) },
  { text: "where do I refer tax questions", expect: referral("skat", "en") },
  { text: "next meeting", expect: nextMeeting(undefined, "en") },
  { text: "hvilke kontroller mangler?", expect: checks("missing") },
  { text: "vis kontrol mitid", expect: check("mitid") },
  { text: "hvad kan du", expect: help() },
  { text: "hej", expect: greeting() },
  { text: "hello", expect: greeting("en") },
  { text: "godmorgen", expect: greeting() },
  { text: "brevstemme", expect: fyrtaarn("valg", "both") },
  { text: "rulleplam i morgen", expect: rota(TOMORROW) },

  // --- Fyrtårn and backup --------------------------------------------------------------------------------------------
  { text: "Hvem er fyrtårn for valg?", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem er fyrtaarn for valg", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem er fyrtarn for valg", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem er fyrtrån for valg", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "HVEM ER FYRTÅRN FOR VALG", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem er fyrtårnet for kørekort", expect: fyrtaarn("koerekort", "fyrtaarn") },
  { text: "fyrtaarn korekort", expect: fyrtaarn("koerekort", "both") },
  { text: "korekort", expect: fyrtaarn("koerekort", "both") },
  { text: "fyrtårn koerekort", expect: fyrtaarn("koerekort", "both") },
  { text: "hvem er fyrtårn for lægeattest", expect: fyrtaarn("koerekort", "fyrtaarn") },
  { text: "hvem er fyrtaarn for laegeattest", expect: fyrtaarn("koerekort", "fyrtaarn") },
  { text: "hvem er fyrtårn for lageattest", expect: fyrtaarn("koerekort", "fyrtaarn") },
  { text: "hvem er fyrtårn for kørekortfornyelse", expect: fyrtaarn("koerekort", "fyrtaarn") },
  { text: "brevstemmer?", expect: fyrtaarn("valg", "both") },
  { text: "hvem er fyrtårn for brevstemmr", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "pasfornyelse", expect: fyrtaarn("pas", "both") },
  { text: "hvem ved noget om pasfornyelser", expect: fyrtaarn("pas", "both") },
  { text: "fyrtårn for pas", expect: fyrtaarn("pas", "both") },
  { text: "hvem er backup for pas", expect: fyrtaarn("pas", "backup") },
  { text: "hvem er stedfortræder for vielser", expect: fyrtaarn("vielser", "backup") },
  { text: "fyrtårn og backup for sygesikring", expect: fyrtaarn("sygesikring", "both") },
  { text: "fyrtårn for det gule kort", expect: fyrtaarn("sygesikring", "both") },
  { text: "hvem er ekspert i opkrævning", expect: fyrtaarn("opkraevning", "fyrtaarn") },
  { text: "hvem ved mest om betalingsaftaler", expect: fyrtaarn("opkraevning", "both") },
  { text: "hvem er specialist i digital post", expect: fyrtaarn("digital-post", "fyrtaarn") },
  { text: "hvem er fyrtårn for e-boks", expect: fyrtaarn("digital-post", "fyrtaarn") },
  { text: "fyrtårn for eboks", expect: fyrtaarn("digital-post", "both") },
  { text: "fyrtårn for mit id", expect: fyrtaarn("mitid", "both") },
  { text: "hvem kan hjælpe med nemid", expect: fyrtaarn("mitid", "both") },
  { text: "hvem er fyrtårn for Den Digitale Hotline", expect: fyrtaarn("ddh", "fyrtaarn") },
  { text: "fyrtårn hotline", expect: fyrtaarn("ddh", "both") },
  { text: "hvem er fyrtårn for helbredstillæg", expect: fyrtaarn("helbredstillaeg", "fyrtaarn") },
  { text: "hvem er fyrtårn for boligstotte", expect: fyrtaarn("udbetaling-danmark", "fyrtaarn") },
  { text: "fyrtårn flytning", expect: fyrtaarn("folkeregister", "both") },
  { text: "hvem er fyrtårn for skat", expect: fyrtaarn("skat", "fyrtaarn") },
  { text: "<p>hvem er fyrtårn for <b>valg</b></p>", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem er fyrtårn for valg 🙂", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hvem&nbsp;er fyrt&aring;rn for valg", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "hej, hvem er fyrtårn for vielser?", expect: fyrtaarn("vielser", "fyrtaarn") },
  { text: "udbetaling", expect: fyrtaarn("udbetaling-danmark", "both") },
  { text: "lighthouse for MitID", expect: fyrtaarn("mitid", "both", "en") },
  { text: "who is the backup for elections", expect: fyrtaarn("valg", "backup", "en") },
  { text: "who knows about driving licences", expect: fyrtaarn("koerekort", "both", "en") },
  { text: "who is the lighthouse for tax returns", expect: fyrtaarn("skat", "fyrtaarn", "en") },
  { text: "who is backup for weddings", expect: fyrtaarn("vielser", "backup", "en") },
  { text: "Hvem er fyrtårn på pas?", expect: fyrtaarn("pas", "fyrtaarn") },
  { text: "hvem kan jeg spørge om vielser", expect: fyrtaarn("vielser", "both") },
  // "giftes" is one of Vielser's synonyms in the demo file; "gift" is its stem.
  { text: "hvem ved noget om at blive gift", expect: fyrtaarn("vielser", "both") },
  { text: "hvem ved noget om at blive giftes?", expect: fyrtaarn("vielser", "both") },
  { text: "en borger skal giftes, hvem kan hjælpe", expect: fyrtaarn("vielser", "both") },
  { text: "hvem skal jeg spørge om boligstøtte", expect: fyrtaarn("udbetaling-danmark", "both") },
  { text: "hvem er fyrtårn for DDH", expect: fyrtaarn("ddh", "fyrtaarn") },
  { text: "hvem er fyrtårn for valg og pas", expect: fyrtaarn("valg", "fyrtaarn") },
  { text: "Kan du fortælle mig hvem der er fyrtårn for pas?", expect: fyrtaarn("pas", "fyrtaarn") },
  { text: "who's the lighthouse for mitid", expect: fyrtaarn("mitid", "fyrtaarn", "en") },
  { text: "who handles MitID", expect: fyrtaarn("mitid", "both", "en") },

  // --- The rota of a day ---------------------------------------------------------------------------------------------
  { text: "rulleplanen i dag", expect: rota(TODAY) },
  { text: "rulleplan", expect: rota(TODAY) },
  { text: "rullplan fredag", expect: rota(FRIDAY) },
  { text: "rulleplan idag", expect: rota(TODAY) },
  { text: "rulleplan imorgen", expect: rota(TOMORROW) },
  { text: "rulleplan i overmorgen", expect: rota("2026-11-25") },
  { text: "rulleplan næste fredag", expect: rota("2026-12-04") },
  { text: "rulleplan naeste fredag", expect: rota("2026-12-04") },
  { text: "rulleplan tirsdag", expect: rota(TOMORROW) },
  { text: "rulleplan på onsdag", expect: rota("2026-11-25") },
  { text: "rulleplan 7.12", expect: rota("2026-12-07") },
  { text: "rulleplan 7/12-2026", expect: rota("2026-12-07") },
  { text: "rulleplan 7. december", expect: rota("2026-12-07") },
  { text: "rulleplan 2026-12-07", expect: rota("2026-12-07") },
  { text: "rulleplan 7/1", expect: rota("2027-01-07") },
  { text: "rulleplan fredag eftermiddag", expect: rota(FRIDAY, { part: "afternoon" }) },
  { text: "vagtplan i morgen", expect: rota(TOMORROW) },
  { text: "i morgen?", expect: rota(TOMORROW) },
  { text: "hvem står i skranken i morgen formiddag", expect: rota(TOMORROW, { duty: "skranke", part: "morning" }) },
  { text: "hvem staar i skranken i dag", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "hvem står i skranken mandag", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "hvem står i skranken fredag i næste uge", expect: rota("2026-12-04", { duty: "skranke" }) },
  { text: "hvem er i skranken", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "skranken i morgen", expect: rota(TOMORROW, { duty: "skranke" }) },
  { text: "hvem har ekspeditionen i dag", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "hvem sidder i telefonen i eftermiddag", expect: rota(TODAY, { duty: "telefon", part: "afternoon" }) },
  { text: "hvem har telefonvagt i morgen", expect: rota(TOMORROW, { duty: "telefon" }) },
  { text: "hvem har telefonen i morgen formiddag", expect: rota(TOMORROW, { duty: "telefon", part: "morning" }) },
  { text: "hvem er på hotline fredag", expect: rota(FRIDAY, { duty: "hotline" }) },
  { text: "hvem har hotline i formiddag", expect: rota(TODAY, { duty: "hotline", part: "morning" }) },
  { text: "hvem har hotline 7/12", expect: rota("2026-12-07", { duty: "hotline" }) },
  // The longer name wins: "digital post" is the area Digital Post, "post" alone the duty Post og bagkontor.
  { text: "hvem har digital post", expect: fyrtaarn("digital-post", "both") },
  { text: "hvem har bagkontor i dag", expect: rota(TODAY, { duty: "post" }) },
  { text: "hvem står i post og bagkontor i morgen", expect: rota(TOMORROW, { duty: "post" }) },
  { text: "hvem har medbetjening i eftermiddag", expect: rota(TODAY, { duty: "selvbetjening", part: "afternoon" }) },
  { text: "selvbetjening i dag", expect: rota(TODAY, { duty: "selvbetjening" }) },
  { text: "hvem har post i dag", expect: rota(TODAY, { duty: "post" }) },
  { text: "hvem har bagkontor fredag", expect: rota(FRIDAY, { duty: "post" }) },
  { text: "hvem har udlevering i morgen", expect: rota(TOMORROW, { duty: "udlevering" }) },
  { text: "hvem er på arbejde i dag", expect: rota(TODAY) },
  { text: "hvem er på telefonen nu", expect: rota(TODAY, { duty: "telefon" }) },
  { text: "hvem har DDH i dag", expect: rota(TODAY, { duty: "hotline" }) },
  { text: "hvem har skranke i dag og i morgen", expect: rota(TODAY, { duty: "skranke" }) },
  { text: "Hvem står i skranken på fredag?", expect: rota(FRIDAY, { duty: "skranke" }) },
  { text: "vis rulleplan", expect: rota(TODAY) },
  { text: "Kan du fortælle mig hvem der har hotline i dag?", expect: rota(TODAY, { duty: "hotline" }) },
  { text: "who is on the counter", expect: rota(TODAY, { duty: "skranke" }, "en") },
  { text: "show me the rota for tomorrow", expect: rota(TOMORROW, {}, "en") },
  { text: "who is on the counter today", expect: rota(TODAY, { duty: "skranke" }, "en") },
  { text: "who is on the phone today", expect: rota(TODAY, { duty: "telefon" }, "en") },
  { text: "who has the hotline this afternoon", expect: rota(TODAY, { duty: "hotline", part: "afternoon" }, "en") },
  { text: "who has self-service today", expect: rota(TODAY, { duty: "selvbetjening" }, "en") },
  { text: "rota tomorrow", expect: rota(TOMORROW, {}, "en") },
  { text: "rota friday", expect: rota(FRIDAY, {}, "en") },
  { text: "rota december 7", expect: rota("2026-12-07", {}, "en") },
  { text: "what's the rota for next friday", expect: rota("2026-12-04", {}, "en") },
  { text: "today's rota", expect: rota(TODAY, {}, "en") },

  // A holiday by name: the rota of that day (the answer says it is a holiday and shows the next working day).
  { text: "hvem har skranke 2. påskedag", expect: rota("2027-03-29", { duty: "skranke" }) },
  { text: "rulleplan juleaftensdag", expect: rota("2026-12-24") },
  // A slot's shift written as one word, without the organisation listing it as a synonym.
  { text: "hvem har formiddagsvagt i morgen", expect: rota(TOMORROW, { part: "morning" }) },
  { text: "hvem har eftermiddagsvagten fredag", expect: rota(FRIDAY, { part: "afternoon" }) },
  { text: "hvem har telefonvagt i dag", expect: rota(TODAY, { duty: "telefon" }) },
  // --- The rota of a week --------------------------------------------------------------------------------------------
  { text: "rulleplan denne uge", expect: rotaWeek(TODAY) },
  { text: "rulleplan næste uge", expect: rotaWeek(NEXT_MONDAY) },
  { text: "rulleplan uge 48", expect: rotaWeek(TODAY) },
  { text: "rulleplan uge 49", expect: rotaWeek(NEXT_MONDAY) },
  { text: "rulleplan for ugen", expect: rotaWeek(TODAY) },
  { text: "hvem arbejder i skranken næste uge", expect: rotaWeek(NEXT_MONDAY) },
  { text: "rota next week", expect: rotaWeek(NEXT_MONDAY, "en") },
  { text: "rota this week", expect: rotaWeek(TODAY, "en") },

  // --- Who takes the asker's duty ("min skranke": the demo's duty Skranke), or all of the asker's duties -------------
  { text: "hvem kan tage min skranke i morgen", expect: { lang: "da", intent: "cover", self: true, duty: "skranke", from: TOMORROW, to: TOMORROW } },
  { text: "hvem dækker min skranke i morgen", expect: { lang: "da", intent: "cover", self: true, duty: "skranke", from: TOMORROW, to: TOMORROW } },
  { text: "hvem tager min telefon fredag eftermiddag", expect: { lang: "da", intent: "cover", self: true, duty: "telefon", from: FRIDAY, to: FRIDAY, slot: slotOf("afternoon", "da") } },
  { text: "hvem kan overtage mine vagter i morgen", expect: { lang: "da", intent: "cover", self: true, from: TOMORROW, to: TOMORROW } },
  { text: "er der nogen der kan tage min skranke i morgen?", expect: { lang: "da", intent: "cover", self: true, duty: "skranke", from: TOMORROW, to: TOMORROW } },
  { text: "who can take my counter shift tomorrow", expect: { lang: "en", intent: "cover", self: true, duty: "skranke", from: TOMORROW, to: TOMORROW } },
  { text: "hvem kan jeg spørge om skranken", expect: unknown(["skranke"]) },

  // --- The asker's own duties ----------------------------------------------------------------------------------------
  { text: "hvad skal jeg i morgen", expect: myDuties(TOMORROW) },
  { text: "hvad skal jeg idag", expect: myDuties(TODAY) },
  { text: "hvad skal jeg lave i morgen", expect: myDuties(TOMORROW) },
  { text: "hvad laver jeg fredag", expect: myDuties(FRIDAY) },
  { text: "min rulleplan", expect: myDuties(TODAY, THIS_WEEK_END) },
  { text: "min plan i dag", expect: myDuties(TODAY) },
  { text: "mine vagter næste uge", expect: myDuties(NEXT_MONDAY, NEXT_WEEK_END) },
  { text: "skal jeg sidde i skranken i dag", expect: myDuties(TODAY) },
  { text: "hvornår har jeg hotline", expect: nextDuty("hotline") },
  { text: "my rota this week", expect: myDuties(TODAY, THIS_WEEK_END, "en") },
  { text: "my shifts next week", expect: myDuties(NEXT_MONDAY, NEXT_WEEK_END, "en") },
  { text: "what do I have today", expect: myDuties(TODAY, TODAY, "en") },
  { text: "hvornår har jeg skranke næste gang", expect: nextDuty("skranke") },
  { text: "hvornår er jeg på hotline", expect: myDuties(TODAY, THIS_WEEK_END) },
  { text: "what's my schedule tomorrow", expect: myDuties(TOMORROW, TOMORROW, "en") },
  { text: "am I on the counter today", expect: myDuties(TODAY, TODAY, "en") },

  // --- Roles ---------------------------------------------------------------------------------------------------------
  { text: "hvem er sektionslederen", expect: role("sektionsleder") },
  { text: "hvem er chef", expect: role("sektionsleder") },
  { text: "hvem er vores leder", expect: role("sektionsleder") },
  { text: "koordinator?", expect: role("koordinator") },
  { text: "hvem er koordinator for ydelseskontoret", expect: role("koordinator", "da", "yk") },
  { text: "hvem er koordinator i Borgerservice", expect: role("koordinator", "da", "bs") },
  { text: "hvem er TR", expect: role("tr") },
  { text: "hvem er tillidsrepræsentant", expect: role("tr") },
  { text: "hvem er tillidsrepraesentant", expect: role("tr") },
  { text: "hvem er AMR", expect: role("amr") },
  { text: "hvem er arbejdsmiljørepræsentant", expect: role("amr") },
  { text: "who is the coordinator", expect: role("koordinator", "en") },
  { text: "who is the manager", expect: role("sektionsleder", "en") },
  { text: "who is our union rep", expect: role("tr", "en") },
  { text: "who is the safety representative", expect: role("amr", "en") },
  { text: "hvad hedder vores sektionsleder", expect: role("sektionsleder") },
  { text: "hvem er leder af ydelseskontoret", expect: role("sektionsleder", "da", "yk") },
  // A person's own leader or koordinator: "min", a name with -s, "'s".
  { text: "hvem er min leder", expect: { ...role("sektionsleder"), self: true } },
  { text: "hvem er min nærmeste leder", expect: { ...role("sektionsleder"), self: true } },
  { text: "hvem er min koordinator", expect: { ...role("koordinator"), self: true } },
  { text: "hvem er Sofies leder", expect: { ...role("sektionsleder"), people: ["sn"] } },
  { text: "hvem er Annes koordinator", expect: { ...role("koordinator"), people: ["ak"] } },
  { text: "who is my manager", expect: { ...role("sektionsleder", "en"), self: true } },
  { text: "who is Julie Dam's coordinator", expect: { ...role("koordinator", "en"), people: ["jd"] } },
  { text: "hvem er TR og AMR", expect: role("tr") },

  // --- People --------------------------------------------------------------------------------------------------------
  { text: "hvad er Kirstens nummer", expect: contact("kp", "phone") },
  { text: "hvad er mettes tlf", expect: contact("mj", "phone") },
  { text: "Lars Møller tlf", expect: contact("lm", "phone") },
  { text: "Lars Moller telefon", expect: contact("lm", "phone") },
  { text: "Lars Moeller", expect: contact("lm", "all") },
  { text: "ring til Peter", expect: contact("ph", "phone") },
  { text: "telefonnummer til Jonas Eriksen", expect: contact("je", "phone") },
  { text: "Annes mail", expect: contact("ak", "email") },
  { text: "e-mail til Kirsten Poulsen", expect: contact("kp", "email") },
  { text: "kontakt Sofie Nielsen", expect: contact("sn", "all") },
  { text: "hvem er Camilla", expect: contact("ca", "all") },
  { text: "hvem er hbl", expect: contact("hbl", "all") },
  { text: "Mette", expect: contact("mj", "all") },
  { text: "Michael Sorensen", expect: contact("ms", "all") },
  { text: "Mikael Sørensen", expect: contact("ms", "all") },
  { text: "what is Mette's phone number", expect: contact("mj", "phone", "en") },
  { text: "what is Helle's email", expect: contact("hbl", "email", "en") },
  { text: "who is Peter Holm", expect: contact("ph", "all", "en") },
  { text: "Hvad er Lars' mail?", expect: contact("lm", "email") },
  { text: "hvem er Larsen", expect: unknown(["ml", "hbl"]) },

  // --- A person's areas ----------------------------------------------------------------------------------------------
  { text: "hvad er Anne fyrtårn for", expect: personAreas("ak") },
  { text: "hvilke områder har Sofie", expect: personAreas("sn") },
  { text: "Sofies områder", expect: personAreas("sn") },
  { text: "er Peter backup for noget", expect: personAreas("ph") },
  { text: "hvilke fagområder dækker Camilla", expect: personAreas("ca") },
  { text: "which areas is Anne lighthouse for", expect: personAreas("ak", "en") },

  // --- Competences ---------------------------------------------------------------------------------------------------
  { text: "hvem kan tysk", expect: competence("tysk", ["ak", "nv"]) },
  { text: "hvem taler engelsk", expect: competence("engelsk", ["ak", "sn", "cm", "jd"]) },
  { text: "hvem kan noget om excel", expect: competence("excel", ["lm", "bo", "ob", "mh"]) },
  { text: "hvem er god til excel", expect: competence("excel", ["lm", "bo", "ob", "mh"]) },
  { text: "hvem ved noget om dødsboer", expect: competence("dødsboer", ["hm"]) },
  { text: "hvem kan noget om dodsboer", expect: competence("dødsboer", ["hm"]) },
  { text: "hvem kan noget om inkasso", expect: competence("inkasso", ["bo", "hf", "mi"]) },
  { text: "hvem kan polsk", expect: competence("polsk", ["lh"]) },
  { text: "hvem kan noget om rulleplan", expect: competence("rulleplan", ["mj"]) },
  { text: "hvem kan noget om ledelseskontrol", expect: competence("ledelseskontrol", ["mj", "kp"]) },
  { text: "tolkning", expect: competence("tolkning", ["ca", "jd"]) },
  { text: "budget?", expect: competence("budget", ["hbl", "kp"]) },
  { text: "who knows excel", expect: competence("excel", ["lm", "bo", "ob", "mh"], "en") },
  // Nobody has it: still a competence question, named as asked. A language after "taler"/"speaks" whatever it is;
  // after "hvem kan" only a competence word the bot knows ("tage", "lave" are not competences).
  { text: "hvem kan tyrkisk", expect: competence("tyrkisk", []) },
  { text: "hvem kan noget om tyrkisk?", expect: competence("tyrkisk", []) },
  { text: "hvem er der der taler tyrkisk", expect: competence("tyrkisk", []) },
  { text: "hvem taler swahili", expect: competence("swahili", []) },
  { text: "who speaks Turkish", expect: competence("turkish", [], "en") },
  { text: "hvem kan tage telefonen", expect: unknown(["telefon"]) },
  { text: "hvem kan lave kaffe", expect: unknown() },
  { text: "hvem kan swahili", expect: unknown() },
  { text: "hvem taler hun med", expect: unknown() },

  // --- Referral (straks-afklaring) -----------------------------------------------------------------------------------
  { text: "kan vi straksafklare nødpas", expect: referral("pas") },
  { text: "kan vi straks afklare helbredstillæg", expect: referral("helbredstillaeg") },
  { text: "straks-afklaring af flytning", expect: referral("folkeregister") },
  { text: "hvor henviser jeg vielser hen", expect: referral("vielser") },
  { text: "hvor henviser jeg udbetaling", expect: referral("udbetaling-danmark") },
  { text: "henvisning pension", expect: referral("udbetaling-danmark") },
  { text: "kan skranken klare kørekort", expect: referral("koerekort") },
  { text: "where should I refer housing benefit", expect: referral("udbetaling-danmark", "en") },
  { text: "who do I refer passport questions to", expect: referral("pas", "en") },

  // --- Absences in a month or a holiday period ("juli" is not Julie Dam) ---------------------------------------------
  { text: "hvem har ferie i juli", expect: { lang: "da", intent: "absences", reason: "ferie", from: "2027-07-01", to: "2027-07-31" } },
  { text: "hvem har ferie mellem jul og nytår", expect: { lang: "da", intent: "absences", reason: "ferie", from: "2026-12-27", to: "2026-12-30" } },
  // --- Meetings ------------------------------------------------------------------------------------------------------
  { text: "hvornår er næste møde", expect: nextMeeting() },
  { text: "MED-møde?", expect: nextMeeting("lokal-med") },
  { text: "hvornår er der Lokal-MED", expect: nextMeeting("lokal-med") },
  { text: "hvornår er næste personalemøde", expect: nextMeeting("personalemoede") },
  { text: "næste fyrtårnsmøde", expect: nextMeeting("fyrtaarnsmoede") },
  { text: "hvornår er næste koordinatormøde", expect: nextMeeting("koordinatormoede") },
  { text: "hvornår holder vi faggruppemøde", expect: nextMeeting("faggruppemoede-bs") },
  { text: "næste ledelsesgruppemøde", expect: nextMeeting("ledelsesgruppe") },
  { text: "hvornår er arbejdsmiljødrøftelsen", expect: nextMeeting("arbejdsmiljoedroeftelse") },
  { text: "when is the next TRIO meeting", expect: nextMeeting("trio", "en") },

  // --- Management checks ---------------------------------------------------------------------------------------------
  { text: "kontroller denne uge", expect: checks("week") },
  { text: "ledelseskontrol denne uge", expect: checks("week") },
  { text: "hvilke ledelseskontroller mangler", expect: checks("missing") },
  { text: "mangler der kontroller", expect: checks("missing") },
  { text: "checks this week", expect: checks("week", "en") },
  { text: "which checks are overdue", expect: checks("missing", "en") },
  { text: "show check mitid", expect: check("mitid", "en") },
  { text: "kontrol af uafhentede pas", expect: check("pas-uafhentede") },
  { text: "vis kontrol af pasansøgninger", expect: check("pas") },
  { text: "vis kontrollen af kørekortsager", expect: check("koerekort") },
  { text: "vis kontrol ra-brugere", expect: check("ra-brugere") },
  { text: "kontrol af opslag i CPR", expect: check("opslag-cpr") },

  // --- Help and greetings --------------------------------------------------------------------------------------------
  { text: "hvad kan du?", expect: help() },
  { text: "Hjælp!", expect: help() },
  { text: "what can you do", expect: help("en") },
  { text: "", expect: help() },
  { text: "   ", expect: help() },
  { text: "god morgen", expect: greeting() },
  { text: "hej bot", expect: greeting() },
  { text: "good morning", expect: greeting("en") },
  { text: "hi there", expect: greeting("en") },
  // A slot or part of the day with "my duties": only those duties ("hvornår" asks about the week).
  { text: "hvornår har jeg eftermiddagsvagt", expect: { lang: "da", intent: "duties", self: true, from: "2026-11-23", to: THIS_WEEK_END, slot: { kind: "slot", slots: ["em"] } } },
  { text: "hvad skal jeg i morgen formiddag", expect: { lang: "da", intent: "duties", self: true, from: "2026-11-24", to: "2026-11-24", slot: { kind: "slot", slots: ["fm"] } } },
  { text: "when do I work afternoons next week", expect: { lang: "en", intent: "duties", self: true, from: "2026-11-30", to: NEXT_WEEK_END, slot: { kind: "part", part: "afternoon" } } },
  // Thanks and "ok" answer the bot; thanks with a day in it is still thanks, a question after it is the question.
  { text: "tak", expect: thanks() },
  { text: "tusind tak", expect: thanks() },
  { text: "mange tak for hjælpen", expect: thanks() },
  { text: "tak for i dag", expect: thanks() },
  { text: "super, tak", expect: thanks() },
  { text: "ok tak", expect: thanks() },
  { text: "hej og tak", expect: thanks() },
  { text: "thanks!", expect: thanks("en") },
  { text: "thank you for today", expect: thanks("en") },
  { text: "ok", expect: acknowledged() },
  { text: "perfekt", expect: acknowledged() },
  { text: "forstået", expect: acknowledged() },
  { text: "got it", expect: acknowledged("en") },
  { text: "tak, hvad er dagens rulleplan", expect: { lang: "da", intent: "rota", from: "2026-11-23", to: "2026-11-23" } },
  { text: "ok tak, hvem er fyrtårn for valg", expect: fyrtaarn("valg", "fyrtaarn") },

  // --- Not understood: what it recognised and the closest matches ----------------------------------------------------
  { text: "hvad er meningen med livet", expect: unknown() },
  { text: "asdfghjkl", expect: unknown() },
  { text: "fyrtårn", expect: unknown() },
  { text: "fyrtaarn", expect: unknown() },
  { text: "digitale", expect: unknown(["ddh", "digital-post"]) },
  { text: "korek", expect: unknown(["koerekort"]) },
  { text: "hvem er vidne", expect: unknown(["mitid", "vielser"]) },
  { text: "hvem er fyrtårn", expect: unknown() },
];
