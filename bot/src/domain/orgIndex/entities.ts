// What an index holds and what a search gives back: the kinds of thing a question can name, each entity with its
// ways of being named (aliases, weighed per term), the postings of a term, and the matches and suggestions.
import type SearchableMap from "minisearch/SearchableMap";
import type { Person } from "../organisation";

export const ENTITY_KINDS = ["area", "duty", "person", "unit", "competence", "meeting", "check"] as const;
/** The kinds of thing in an organisation a question can name. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Something in the organisation that the words of a question name. */
export interface EntityMatch {
  readonly kind: EntityKind;
  /** The thing's id; for a competence, its folded words ("it support"). */
  readonly id: string;
  /** Its name as the organisation writes it. */
  readonly label: string;
  /** Higher is better: how completely and how exactly the words name it, times the weight of the name used. */
  readonly score: number;
  /** 0..1: the share of the best-matching name (weighted by how distinctive each word is) that the words cover. */
  readonly coverage: number;
  /** 0..1: how exactly the words that matched are spelt (1 exact; less for typos, prefixes and compound parts). */
  readonly exactness: number;
  /** Indices of the searched words that this match used. */
  readonly words: readonly number[];
}

/** A suggestion for "Mente du …?". */
export interface EntitySuggestion {
  readonly kind: EntityKind;
  readonly id: string;
  readonly label: string;
}

/** One way an entity is named (its name, a synonym, a first name, its id), as stemmed, folded terms. */
export interface Alias {
  readonly terms: readonly string[];
  /** How distinctive each term is within its kind (0 for function words). */
  readonly weights: readonly number[];
  /** How much this way of naming counts: a name more than a surname alone. */
  readonly boost: number;
}

/** One thing an index can find, with every way it is named. */
export interface Entity {
  readonly kind: EntityKind;
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly Alias[];
  /** The names (primary) and the other aliases, as indexed text. */
  readonly primary: readonly string[];
  readonly secondary: readonly string[];
}

/** Everything an index is made of; shared by the indexes of versions that name the same things. */
export interface IndexParts {
  readonly entities: readonly Entity[];
  /** Every indexed term with the entities that have it, in a radix tree for prefix and typo look-ups. */
  readonly search: SearchableMap<Postings>;
  /** Every indexed term, for splitting compounds. */
  readonly termSet: ReadonlySet<string>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly peopleByFirstName: ReadonlyMap<string, Person[]>;
  readonly peopleByEmail: ReadonlyMap<string, Person>;
  readonly peopleByAadObjectId: ReadonlyMap<string, Person>;
  readonly competencePeople: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The entities (by key) that have a term, and how much the term counts for each (BM25, names twice aliases). */
export interface Postings {
  readonly keys: Int32Array;
  readonly scores: Float64Array;
}

/** Words beyond this are ignored: a question is short, and junk must stay cheap. */
export const MAX_QUERY_WORDS = 40;
/** Words longer than this are junk, not names. */
export const MAX_WORD_LENGTH = 40;
