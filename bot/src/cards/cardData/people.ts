// The data of the people and area cards: one person in full, a list of people, a subject area.
import type { IsoDate, Role, Tillidshverv } from "../../domain/organisation";
import type { ContactPerson, ContactWithAbsence } from "./card";

/** One person in full: "hvad er Mettes telefonnummer", "hvilke områder er Anne fyrtårn for". */
export interface PersonCardData {
  readonly person: ContactPerson;
  /** The unit's name (not its id). */
  readonly unit?: string;
  readonly role: Role;
  /** Names of the areas where the person is fyrtårn. */
  readonly fyrtaarnFor: readonly string[];
  /** Names of the areas where the person is backup. */
  readonly backupFor: readonly string[];
  readonly competences: readonly string[];
  readonly tillidshverv: readonly Tillidshverv[];
  /** Reason when the person is away today ("ferie"); absent when at work. */
  readonly absentToday?: string;
  /** Last day of that absence, when known. */
  readonly absentUntil?: IsoDate;
  /** What the question asked for, which the summary then gives: the e-mail, or the areas ("hvilke områder har Anne"). */
  readonly asked?: "email" | "areas";
}

/** What a list of people answers; the card words the heading from it. */
export type PeopleListTopic =
  /** `of`: a person's own ("Sofie Nielsens sektionsleder") or the asker's ("Din sektionsleder"). */
  | { readonly kind: "role"; readonly role: Role; readonly of?: { readonly name: string } | { readonly you: true } }
  | { readonly kind: "competence"; readonly competence: string }
  | { readonly kind: "tillidshverv"; readonly tillidshverv: Tillidshverv }
  /** The people of a unit ("hvem er i Ydelseskontoret"). */
  | { readonly kind: "unit"; readonly unit: string }
  /** The people with a title ("hvem er centerchef"), the title as the organisation writes it. */
  | { readonly kind: "title"; readonly title: string }
  /** Two or more people with the first name asked about. */
  | { readonly kind: "namesakes"; readonly name: string }
  /** Who is away over some days, optionally for one reason ("hvem er syg i dag"). */
  | { readonly kind: "absent"; readonly from?: IsoDate; readonly to?: IsoDate; readonly reason?: string }
  /** Any other list; the heading is used as given (already in the asker's language). */
  | { readonly kind: "custom"; readonly heading: string };

/** One compact row of a people list. */
export interface PeopleListPerson extends ContactWithAbsence {
  /** A short extra line, e.g. the competences that matched ("budget, økonomi"). */
  readonly detail?: string;
}

/** Several people: "hvem er faglig koordinator", "hvem kan noget om budget". */
export interface PeopleListCardData {
  readonly topic: PeopleListTopic;
  readonly people: readonly PeopleListPerson[];
  /** A line under the list, already in the asker's language. */
  readonly note?: string;
  /** The heading is a whole answer ("Nej, Nanna Egholm er væk …"): the summary is the heading alone. */
  readonly statement?: boolean;
}

/** A procedure link (arbejdsgangsbeskrivelse). */
export interface GuideLink {
  readonly title: string;
  readonly url: string;
}

/** A subject area: "hvem er fyrtårn for valg"; with `focus: "referral"`, "kan vi straks-afklare …". */
export interface AreaCardData {
  readonly area: string;
  readonly fyrtaarne: readonly ContactWithAbsence[];
  readonly backups: readonly ContactWithAbsence[];
  /** What the front settles at once (straks-afklaring). */
  readonly front?: string | null;
  /** Where to send what the front cannot settle. */
  readonly referTo?: string | null;
  readonly guides: readonly GuideLink[];
  /** "referral" leads with front/referTo, for "kan vi straks-afklare …" and "hvor henviser jeg …". Default "people". */
  /** "backup": "og backup?" — the backups come first. */
  readonly focus?: "people" | "referral" | "backup";
  /** Who to ask when the fyrtårne are away: the first person at work, and whether it is a backup or the koordinator. */
  readonly askInstead?: { readonly name: string; readonly as: "backup" | "fyrtaarn" | "koordinator" | "nobody" };
  /** The day the absences are about, when not today ("hvem tager pas i morgen"). */
  readonly date?: IsoDate;
}
