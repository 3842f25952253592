// How staff ask, against the second test organisation (tests/fixtures/organisation/other-municipality.yaml):
// three slots a day and a Thursday evening, a three-week cycle, areas with two fyrtårne or no backup, two
// people called Sara, and the new kinds of question (who covers, any slot, a duty over a week, absences,
// units, titles, English competences). Asked on Monday 23 November 2026 (cycle week 2).
import type { Frame, Language, SlotAsked } from "../../bot/src/domain/frame";
import type { Expected, Phrasing } from "./phrasings";

export const OTHER_TODAY = "2026-11-23";
const TUE = "2026-11-24";
const WED = "2026-11-25";
const THU = "2026-11-26";
const FRI = "2026-11-27";
const NEXT_MON = "2026-11-30";
const NEXT_SUN = "2026-12-06";
const SAT = "2026-11-28";
const SUN = "2026-11-29";
const T = OTHER_TODAY;

const e = (intent: Frame["intent"], rest: Partial<Frame> = {}, lang: Language = "da"): Expected => ({ lang, intent, ...rest });
const day = (d: string) => ({ from: d, to: d });
const slot = (...slots: string[]): SlotAsked => ({ kind: "slot", slots });
const part = (p: "early" | "morning" | "midday" | "afternoon" | "evening"): SlotAsked => ({ kind: "part", part: p });
const time = (t: string): SlotAsked => ({ kind: "time", time: t });
const fyr = (area: string, want: Frame["want"] = "both", lang: Language = "da") => e("fyrtaarn", { areas: [area], want }, lang);

export const OTHER_PHRASINGS: readonly Phrasing[] = [
  // --- fyrtårne, with the file's own words ------------------------------------------------------------------------
  { text: "hvem er fyrtårn for pas", expect: fyr("pas", "fyrtaarn") },
  { text: "hvem er fyrtårn for kørekort", expect: fyr("pas", "fyrtaarn") },
  { text: "fyrtårn nødpas?", expect: fyr("pas") },
  { text: "backup for sundhedskort", expect: fyr("sundhedskort", "backup") },
  { text: "hvem ved noget om det gule kort", expect: fyr("sundhedskort") },
  { text: "hvem er fyrtårn for mitid", expect: fyr("mitid", "fyrtaarn") },
  { text: "hvem kan hjælpe med kodeviser", expect: fyr("mitid") },
  { text: "adresseændring", expect: fyr("flytning") },
  { text: "hvem er fyrtårn for flytning", expect: fyr("flytning", "fyrtaarn") },
  { text: "hvem er fyrtårn for kulturkontrol", expect: fyr("kulturkontrol", "fyrtaarn") },
  { text: "kulturkontrol", expect: fyr("kulturkontrol") },
  { text: "hvem ved noget om foreningstilskud", expect: fyr("kulturkontrol") },
  { text: "tilmelding som ledig", expect: fyr("tilmelding-ledig") },
  { text: "hvem hjælper med tilmelding som ledig", expect: fyr("tilmelding-ledig") },
  { text: "dagpenge", expect: fyr("tilmelding-ledig") },
  { text: "hvem er fyrtårn for boligstøtte", expect: fyr("boligstoette", "fyrtaarn") },
  { text: "folkepension", expect: fyr("boligstoette") },
  { text: "hvem er backup for enkeltydelser", expect: fyr("enkeltydelser", "backup") },
  { text: "tandpleje", expect: fyr("enkeltydelser") },
  { text: "who is the lighthouse for housing benefit", expect: fyr("boligstoette", "fyrtaarn", "en") },
  { text: "who is the backup for change of address", expect: fyr("flytning", "backup", "en") },
  { text: "hvor henviser jeg nødpas", expect: e("referral", { areas: ["pas"] }) },
  { text: "kan vi straks afklare kulturpas", expect: e("referral", { areas: ["kulturkontrol"] }) },
  { text: "hvor sender jeg dagpenge videre", expect: e("referral", { areas: ["tilmelding-ledig"] }) },

  // --- who covers ------------------------------------------------------------------------------------------------
  { text: "Sara er på ferie, hvem tager pas?", expect: e("cover", { areas: ["pas"], away: ["sho", "sno"] }) },
  { text: "Sara Holm er på ferie, hvem tager pas?", expect: e("cover", { areas: ["pas"], away: ["sho"] }) },
  { text: "hvem er fyrtårn for sundhedskort når Nanna er syg", expect: e("cover", { areas: ["sundhedskort"], away: ["neg"] }) },
  { text: "Nanna er syg, hvem ved noget om sundhedskort", expect: e("cover", { areas: ["sundhedskort"], away: ["neg"] }) },
  { text: "Yasmin er på kursus, hvem kan mitid", expect: e("cover", { areas: ["mitid"], away: ["yom"] }) },
  { text: "Gurli er syg - hvem tager boligstøtte?", expect: e("cover", { areas: ["boligstoette"], away: ["ghe"] }) },
  { text: "hvem dækker for Kim i eftermiddag", expect: e("cover", { people: ["kv"], ...day(T), slot: part("afternoon") }) },
  { text: "hvem kan tage min skranke i morgen", expect: e("cover", { self: true, duty: "skranke", ...day(TUE) }) },
  { text: "kan nogen tage min udlevering onsdag?", expect: e("cover", { self: true, duty: "udlevering", ...day(WED) }) },
  { text: "hvem dækker for Kim", expect: e("cover", { people: ["kv"], ...day(T) }) },
  { text: "hvem dækker for Peter torsdag", expect: e("cover", { people: ["pbr"], ...day(THU) }) },
  { text: "hvem afløser Dorte på torsdag", expect: e("cover", { people: ["dla"], ...day(THU) }) },
  { text: "hvem tager over for Ib onsdag", expect: e("cover", { people: ["ibj"], ...day(WED) }) },
  { text: "hvem dækker for Emma torsdag aften", expect: e("cover", { people: ["emi"], ...day(THU), slot: slot("aften") }) },
  { text: "hvem dækker for Kim onsdag kl. 13", expect: e("cover", { people: ["kv"], ...day(WED), slot: time("13:00") }) },
  { text: "who covers for Peter on Thursday", expect: e("cover", { people: ["pbr"], ...day(THU) }, "en") },
  { text: "who is covering for Nanna today", expect: e("cover", { people: ["neg"], ...day(T) }, "en") },
  { text: "Frida er syg, hvem tager udlevering", expect: e("cover", { duty: "udlevering", away: ["fra"] }) },

  // --- slots by name, synonym, clock time and part of the day ------------------------------------------------------
  { text: "hvem har morgenvagten i morgen", expect: e("rota", { ...day(TUE), slot: slot("tidlig") }) },
  { text: "i morgen tidlig", expect: e("rota", { ...day(TUE), slot: slot("tidlig") }) },
  { text: "hvem står i skranken i morgen tidlig", expect: e("rota", { duty: "skranke", ...day(TUE), slot: slot("tidlig") }) },
  { text: "hvem har skranken torsdag aften", expect: e("rota", { duty: "skranke", ...day(THU), slot: slot("aften") }) },
  { text: "hvem har aftenvagten torsdag", expect: e("rota", { ...day(THU), slot: slot("aften") }) },
  { text: "hvem har info kl. 14", expect: e("rota", { duty: "info", ...day(T), slot: time("14:00") }) },
  { text: "hvem har telefonen kl 10:30", expect: e("rota", { duty: "telefon", ...day(T), slot: time("10:30") }) },
  { text: "hvem sidder i informationen klokken 8", expect: e("rota", { duty: "info", ...day(T), slot: time("08:00") }) },
  { text: "hvem står i skranken i formiddag", expect: e("rota", { duty: "skranke", ...day(T), slot: part("morning") }) },
  { text: "hvem har telefonen i eftermiddag", expect: e("rota", { duty: "telefon", ...day(T), slot: part("afternoon") }) },
  { text: "hvem har senvagten i dag", expect: e("rota", { ...day(T), slot: slot("sen") }) },
  { text: "hvem har midtvagten på fredag", expect: e("rota", { ...day(FRI), slot: slot("midt") }) },
  { text: "hvem har tidligvagten i morgen", expect: e("rota", { ...day(TUE), slot: slot("tidlig") }) },
  { text: "hvem har midtvagt i dag", expect: e("rota", { ...day(T), slot: slot("midt") }) },
  { text: "hvem har lukkevagten i skranken onsdag", expect: e("rota", { duty: "skranke", ...day(WED), slot: slot("sen") }) },
  { text: "rulleplan for midt i morgen", expect: e("rota", { ...day(TUE), slot: slot("midt") }) },
  { text: "hvem har tidlig i informationen", expect: e("rota", { duty: "info", ...day(T), slot: slot("tidlig") }) },
  { text: "who is on the counter thursday evening", expect: e("rota", { duty: "skranke", ...day(THU), slot: part("evening") }, "en") },
  { text: "who has reception at 9 tomorrow", expect: e("rota", { duty: "info", ...day(TUE) }, "en") },
  { text: "hvem er på jobskranken i dag", expect: e("rota", { duty: "tilmelding", ...day(T) }) },

  // --- the rota over a day, a week or a range ---------------------------------------------------------------------
  { text: "hvad er dagens rulleplan", expect: e("rota", day(T)) },
  { text: "rulleplan i morgen", expect: e("rota", day(TUE)) },
  { text: "rulleplan næste uge", expect: e("rota", { from: NEXT_MON, to: NEXT_SUN }) },
  { text: "rulleplan i weekenden", expect: e("rota", { from: SAT, to: SUN }) },
  { text: "rulleplan fra mandag til onsdag", expect: e("rota", { from: T, to: WED }) },
  { text: "hvem har udlevering næste uge", expect: e("rota", { duty: "udlevering", from: NEXT_MON, to: NEXT_SUN }) },
  { text: "hvem har udleveringen denne uge", expect: e("rota", { duty: "udlevering", from: T, to: SUN }) },
  { text: "hvem har telefonen fra tirsdag til torsdag", expect: e("rota", { duty: "telefon", from: TUE, to: THU }) },
  { text: "hvem står i informationen i uge 49", expect: e("rota", { duty: "info", from: NEXT_MON, to: NEXT_SUN }) },
  { text: "hvem har pickup next week", expect: e("rota", { duty: "udlevering", from: NEXT_MON, to: NEXT_SUN }) },
  { text: "hvem har jobskranken torsdag", expect: e("rota", { duty: "tilmelding", ...day(THU) }) },
  { text: "rota for thursday", expect: e("rota", day(THU), "en") },

  // --- my duties and other people's days --------------------------------------------------------------------------
  { text: "hvad skal jeg i dag", expect: e("duties", { self: true, ...day(T) }) },
  { text: "hvad skal jeg i morgen", expect: e("duties", { self: true, ...day(TUE) }) },
  { text: "min rulleplan næste uge", expect: e("duties", { self: true, from: NEXT_MON, to: NEXT_SUN }) },
  { text: "hvad skal jeg fra onsdag til fredag", expect: e("duties", { self: true, from: WED, to: FRI }) },
  { text: "hvad skal Peter lave i dag", expect: e("duties", { people: ["pbr"], ...day(T) }) },
  { text: "hvad laver Yasmin i morgen", expect: e("duties", { people: ["yom"], ...day(TUE) }) },
  { text: "hvad skal Ahmed torsdag", expect: e("duties", { people: ["aha"], ...day(THU) }) },
  { text: "Monas rulleplan denne uge", expect: e("duties", { people: ["mkr"], from: T, to: SUN }) },
  { text: "what is Oliver doing tomorrow", expect: e("duties", { people: ["olu"], ...day(TUE) }, "en") },
  { text: "hvornår har jeg informationen næste gang", expect: e("nextDuty", { self: true, duty: "info" }) },
  { text: "hvornår har jeg udlevering næste gang", expect: e("nextDuty", { self: true, duty: "udlevering" }) },
  { text: "hvornår har Kim skranken næste gang", expect: e("nextDuty", { people: ["kv"], duty: "skranke" }) },
  { text: "hvornår har Emma telefonen næste gang", expect: e("nextDuty", { people: ["emi"], duty: "telefon" }) },
  { text: "when do I have the counter next time", expect: e("nextDuty", { self: true, duty: "skranke" }, "en") },

  // --- absences ---------------------------------------------------------------------------------------------------
  { text: "hvem er syg i dag", expect: e("absences", { reason: "syg", ...day(T) }) },
  { text: "hvem er syge i morgen", expect: e("absences", { reason: "syg", ...day(TUE) }) },
  { text: "hvem har ferie denne uge", expect: e("absences", { reason: "ferie", from: T, to: SUN }) },
  { text: "hvem er på kursus onsdag", expect: e("absences", { reason: "kursus", ...day(WED) }) },
  { text: "hvem er væk i dag", expect: e("absences", day(T)) },
  { text: "hvem er fraværende torsdag", expect: e("absences", day(THU)) },
  { text: "hvem er væk fra mandag til onsdag", expect: e("absences", { from: T, to: WED }) },
  { text: "hvornår har jeg ferie", expect: e("absences", { self: true, reason: "ferie", from: undefined, to: undefined }) },
  { text: "hvornår har Martin ferie", expect: e("absences", { people: ["mba"], reason: "ferie", from: undefined, to: undefined }) },
  { text: "who is off sick today", expect: e("absences", { reason: "syg", ...day(T) }, "en") },
  { text: "who is on holiday next week", expect: e("absences", { reason: "ferie", from: NEXT_MON, to: NEXT_SUN }, "en") },
  // Holidays, the periods around them and whole months, as staff plan leave by them.
  { text: "hvem har ferie i julen", expect: e("absences", { reason: "ferie", from: "2026-12-24", to: "2026-12-26" }) },
  { text: "hvem er væk mellem jul og nytår", expect: e("absences", { from: "2026-12-27", to: "2026-12-30" }) },
  { text: "hvem har fri juleaftensdag", expect: e("absences", day("2026-12-24")) },
  { text: "hvem har ferie i påsken", expect: e("absences", { reason: "ferie", from: "2027-03-25", to: "2027-03-29" }) },
  { text: "hvem har ferie i juli", expect: e("absences", { reason: "ferie", from: "2027-07-01", to: "2027-07-31" }) },
  { text: "who is on holiday over christmas", expect: e("absences", { reason: "ferie", from: "2026-12-24", to: "2026-12-26" }, "en") },
  // "er der nogen …", "is anyone …" ask who without the word; Danish "fri" is a day off, not Friday.
  { text: "er der nogen syge i dag", expect: e("absences", { reason: "syg", ...day(T) }) },
  { text: "is anyone on holiday next week", expect: e("absences", { reason: "ferie", from: NEXT_MON, to: NEXT_SUN }, "en") },
  { text: "hvornår har jeg fri", expect: e("absences", { self: true, from: undefined, to: undefined }) },
  { text: "hvem har fri i dag", expect: e("absences", day(T)) },
  { text: "har Martin fri fredag", expect: e("atWork", { people: ["mba"], ...day(FRI) }) },
  { text: "who is on duty on fri", expect: e("rota", day(FRI), "en") },
  { text: "er Nanna på arbejde i morgen", expect: e("atWork", { people: ["neg"], ...day(TUE) }) },
  { text: "er Kim på arbejde onsdag", expect: e("atWork", { people: ["kv"], ...day(WED) }) },
  { text: "er Peter syg", expect: e("atWork", { people: ["pbr"], ...day(T) }) },
  { text: "er Ahmed på job i dag", expect: e("atWork", { people: ["aha"], ...day(T) }) },
  { text: "is Nanna at work tomorrow", expect: e("atWork", { people: ["neg"], ...day(TUE) }, "en") },

  // --- people, units, titles, roles, competences ------------------------------------------------------------------
  { text: "hvem er i ydelsesteamet", expect: e("members", { unit: "yt" }) },
  { text: "hvem er i Kundecenter", expect: e("members", { unit: "kc" }) },
  { text: "hvem er i kundecentret?", expect: e("members", { unit: "kc" }) },
  { text: "hvem arbejder i jobservice", expect: e("members", { unit: "js" }) },
  { text: "medlemmer af Ydelsesteamet", expect: e("members", { unit: "yt" }) },
  { text: "who is in Jobservice", expect: e("members", { unit: "js" }, "en") },
  { text: "hvem er centerchef", expect: e("title", { title: { label: "Centerchef", people: ["bia"] } }) },
  { text: "hvem er teamleder", expect: e("title", { title: { label: "Teamleder", people: ["rso"] } }) },
  { text: "hvem er kontorelev", expect: e("title", { title: { label: "Kontorelev", people: ["olu"] } }) },
  { text: "hvem er seniorkonsulent", expect: e("title", { title: { label: "Seniorkonsulent", people: ["dla"] } }) },
  { text: "hvem er faglig koordinator", expect: e("role", { role: "koordinator" }) },
  { text: "hvem er koordinator i ydelsesteamet", expect: e("role", { role: "koordinator", unit: "yt" }) },
  { text: "hvem er TR", expect: e("role", { role: "tr" }) },
  { text: "hvem er arbejdsmiljørepræsentant", expect: e("role", { role: "amr" }) },
  { text: "who is the union rep", expect: e("role", { role: "tr" }, "en") },
  { text: "hvem er sektionsleder", expect: e("role", { role: "sektionsleder" }) },
  { text: "hvem er Rikkes leder", expect: e("role", { role: "sektionsleder", people: ["rso"] }) },
  { text: "hvem er Lone Dahls chef", expect: e("role", { role: "sektionsleder", people: ["lda"] }) },
  { text: "hvem er Martins koordinator", expect: e("role", { role: "koordinator", people: ["mba"] }) },
  { text: "who speaks Arabic", expect: e("competence", { competence: { term: "arabisk", people: ["aha", "yom"] } }, "en") },
  { text: "who speaks Turkish", expect: e("competence", { competence: { term: "tyrkisk", people: ["hka", "aer"] } }, "en") },
  { text: "who speaks French", expect: e("competence", { competence: { term: "fransk", people: ["sno", "aso"] } }, "en") },
  { text: "hvem taler arabisk", expect: e("competence", { competence: { term: "arabisk", people: ["aha", "yom"] } }) },
  { text: "hvem kan tegnsprog", expect: e("competence", { competence: { term: "tegnsprog", people: ["neg"] } }) },
  { text: "hvem kan ukrainsk", expect: e("competence", { competence: { term: "ukrainsk", people: ["tbe"] } }) },
  { text: "hvem kan noget om statistik", expect: e("competence", { competence: { term: "statistik", people: ["lsa"] } }) },
  { text: "hvem kan tyrkisk", expect: e("competence", { competence: { term: "tyrkisk", people: ["hka", "aer"] } }) },
  { text: "hvem kan tysk", expect: e("competence", { competence: { term: "tysk", people: [] } }) },
  { text: "who speaks German", expect: e("competence", { competence: { term: "german", people: [] } }, "en") },
  { text: "hvem taler swahili", expect: e("competence", { competence: { term: "swahili", people: [] } }) },
  { text: "hvem kan tage telefonen", expect: { lang: "da", intent: "unknown" } },
  { text: "hvad er Saras nummer", expect: e("contact", { people: ["sho", "sno"], want: "phone" }) },
  { text: "hvem er Sara", expect: e("contact", { people: ["sho", "sno"] }) },
  { text: "Sara Nørgaards mail", expect: e("contact", { people: ["sno"], want: "email" }) },
  { text: "hvad er Kims telefonnummer", expect: e("contact", { people: ["kv"], want: "phone" }) },
  { text: "hvem er Ahmed Hassan", expect: e("contact", { people: ["aha"], want: "all" }) },
  { text: "hvilke områder er Nanna fyrtårn for", expect: e("personAreas", { people: ["neg"] }) },
  { text: "hvad er Carsten fyrtårn for", expect: e("personAreas", { people: ["cvi"] }) },

  // --- meetings and checks ---------------------------------------------------------------------------------------
  { text: "hvornår er næste personalemøde", expect: e("nextMeeting", { meeting: "personalemoede" }) },
  { text: "hvornår er næste teammøde", expect: e("nextMeeting", { meeting: "teammoede-kc" }) },
  { text: "hvilke kontroller mangler", expect: e("checks", { scope: "missing" }) },
  { text: "vis kontrol mitid", expect: e("check", { check: "mitid" }) },

  // --- duties in one slot ------------------------------------------------------------------------------------------
  { text: "hvornår har jeg aftenvagt", expect: e("duties", { self: true, from: T, to: SUN, slot: slot("aften") }) },
  { text: "hvad skal Kim lave torsdag aften", expect: e("duties", { people: ["kv"], ...day(THU), slot: slot("aften") }) },
  { text: "hvad skal jeg i morgen tidlig", expect: e("duties", { self: true, ...day(TUE), slot: slot("tidlig") }) },

  // --- thanks and "ok" ----------------------------------------------------------------------------------------------
  { text: "tak skal du have", expect: e("thanks") },
  { text: "tak for hjælpen, Kim", expect: e("contact", { people: ["kv"], want: "all" }) },
  { text: "okay", expect: e("acknowledged") },
  { text: "many thanks", expect: e("thanks", {}, "en") },
  { text: "tak, hvem har skranke i dag", expect: e("rota", { duty: "skranke", ...day(T) }) },
];
