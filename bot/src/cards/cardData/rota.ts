// The data of the rota cards: a day's rulleplan (cells, absences, gaps), a person's duties over some days, and
// who covers for a person.
import type { IsoDate, LocalTime } from "../../domain/organisation";

/** Who covers for a person: their duties on a day and who does each instead ("hvem dækker for Kim i eftermiddag"). */
export interface CoverCardData {
  readonly person: string;
  readonly date: IsoDate;
  /** The person's absence that day, when any ("syg"). */
  readonly absent?: string;
  /** The one duty asked about ("hvem kan tage min skranke"), by name; `duties` are then only that duty's. */
  readonly duty?: string;
  readonly duties: ReadonlyArray<{
    readonly duty: string;
    readonly slot: string;
    readonly start: LocalTime;
    readonly end: LocalTime;
    /** Names of who covers instead; empty when nobody does (a gap). */
    readonly coveredBy: readonly string[];
  }>;
  /** No rota that day. */
  readonly dayOff?: DayOff;
}

/** A person in a rota cell; `absent` is the reason they are out ("syg"), shown next to the name. */
export interface RotaCellPerson {
  readonly name: string;
  readonly absent?: string;
}

/** Who covers one duty in one slot. */
export interface RotaCell {
  /** Slot id; matches RotaDayCardData.slots[].id. */
  readonly slot: string;
  readonly people: readonly RotaCellPerson[];
  /** A one-day change (RotaChange) applies to this cell. */
  readonly changed?: boolean;
  /** Fewer people present than the duty's minimum. */
  readonly understaffed?: boolean;
  /** The duty's minimum, shown with `understaffed` ("under minimum: 1 af 2"). */
  readonly minStaff?: number;
}

/** One duty row of the rota table. */
export interface RotaDutyRow {
  readonly id: string;
  readonly name: string;
  /** One cell per slot; a slot without a cell shows as empty. */
  readonly cells: readonly RotaCell[];
}

/** A slot column of the rota table, with the times that apply on that day (e.g. a longer Thursday). */
export interface RotaSlotColumn {
  readonly id: string;
  readonly name: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
}

/** An absence on the shown day. */
export interface RotaAbsence {
  readonly name: string;
  /** "ferie", "kursus", "syg", "afspadsering", … */
  readonly reason: string;
  /** Slot ids when only part of the day; absent means the whole day. */
  readonly slots?: readonly string[];
}

/** Why a day has no rota: a weekend, a public holiday or one of the organisation's days off. */
export interface DayOff {
  readonly reason: "weekend" | "holiday" | "dayOff";
  /** "Juledag", "1. maj", … when known. */
  readonly holidayName?: string;
}

/** Why the asked-for day has no rota, so another day is shown. */
export interface RotaRedirect extends DayOff {
  /** The day that was asked for. */
  readonly requested: IsoDate;
}

/** A gap in the rota as cards word it (names, not ids): the rota card and the morning card. */
export type RotaGap =
  | { readonly kind: "understaffed"; readonly duty: string; readonly slot: string; readonly present: number; readonly minStaff: number; readonly absent: readonly { readonly name: string; readonly reason: string }[] }
  | { readonly kind: "doubleBooked"; readonly person: string; readonly slot: string; readonly duties: readonly string[] }
  | { readonly kind: "absentPlanned"; readonly person: string; readonly reason: string; readonly duty: string; readonly slot: string }
  | { readonly kind: "areaUncovered"; readonly area: string; readonly away: readonly { readonly name: string; readonly reason: string }[] };

/** The rulleplan of one day: "hvad er dagens rulleplan", "hvem står i skranken i dag". */
export interface RotaDayCardData {
  readonly date: IsoDate;
  /** Set when the asked-for day had no rota and this is the next working day. */
  readonly redirect?: RotaRedirect;
  /** Any other note, already in the asker's language; with no duties it is the whole answer (the asked duty does not run that day). */
  readonly note?: string;
  readonly slots: readonly RotaSlotColumn[];
  readonly duties: readonly RotaDutyRow[];
  readonly absences: readonly RotaAbsence[];
  /** The day's gaps as the coverage module finds them (gapsOfDay), worded with names; the same the morning card lists. */
  readonly gaps?: readonly RotaGap[];
  /** Show only one duty and/or one slot (ids). */
  readonly only?: { readonly duty?: string; readonly slot?: string };
}

/** One of the asker's duties on a day. */
export interface MyDuty {
  /** Duty name ("Skranke"). */
  readonly duty: string;
  /** Slot name ("Formiddag"). */
  readonly slot: string;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly changed?: boolean;
}

/** One day of the asker's duties. */
export interface MyDutiesDay {
  readonly date: IsoDate;
  readonly duties: readonly MyDuty[];
  /** Set when there is no rota that day. */
  readonly dayOff?: DayOff;
  /** The asker's absence reason that day ("ferie"). */
  readonly absent?: string;
}

/** A person's duties over some days: "hvad skal jeg i dag", "min rulleplan denne uge", "hvad skal Peter i dag". */
export interface MyDutiesCardData {
  readonly person: string;
  /** The asker's own duties ("Dine vagter"); default true. False: "Vagter for Peter Brandt". */
  readonly own?: boolean;
  /** A heading that says more ("Næste gang Kim Vang har Informationen"), already in the asker's language. */
  readonly heading?: string;
  /** The slots the list is limited to ("hvornår har jeg eftermiddagsvagt"); the heading names them. */
  readonly slots?: readonly { readonly name: string; readonly start: string; readonly end: string }[];
  readonly days: readonly MyDutiesDay[];
}
