// The searchable index of one organisation version: what the words of a question name (find, suggest), and
// people by id, first name, e-mail and Entra id. Built once per version (build.ts) and then only read, so one
// index serves every turn; a version that names the same things reuses the parts.
import type SearchableMap from "minisearch/SearchableMap";
import type { Organisation, Person } from "../organisation";
import { fold, isStopword, maxEdits, stem, tokens } from "../text";
import { buildParts, runToEnd } from "./build";
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, type Entity, type EntityKind, type EntityMatch, type EntitySuggestion, type IndexParts, type Postings } from "./entities";
import { MIN_PREFIX_LENGTH, weighAlias, type Candidate, type QueryTerm } from "./scoring";

/** How many candidates from the search are weighed name by name. */
const CANDIDATES = 80;
/** A compound is split at a known term of at least this length ("kørekortfornyelse" -> "kørekort"). */
const MIN_COMPOUND_HEAD = 4;
/** How much a prefix and a typo of a term count against the term itself (as MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** An indexed term a query term meets (itself, a prefix's completion, a typo), its postings and its weight. */
interface TermSource {
  readonly derived: string;
  readonly postings: Postings;
  readonly weight: number;
}

/** The searchable index of one organisation version. Immutable after construction. */
export class OrgIndex {
  /** The organisation this index was built from. */
  readonly organisation: Organisation;
  private readonly entities: readonly Entity[];
  private readonly search: SearchableMap<Postings>;
  private readonly termSet: ReadonlySet<string>;
  private readonly peopleById: ReadonlyMap<string, Person>;
  private readonly peopleByFirstName: ReadonlyMap<string, Person[]>;
  private readonly peopleByEmail: ReadonlyMap<string, Person>;
  private readonly peopleByAadObjectId: ReadonlyMap<string, Person>;
  private readonly competencePeople: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly parts: IndexParts;

  /** Builds the index at once (see `build` for one that lets other work run meanwhile). */
  constructor(organisation: Organisation, parts?: IndexParts) {
    this.organisation = organisation;
    this.parts = parts ?? runToEnd(buildParts(organisation));
    ({
      entities: this.entities,
      search: this.search,
      termSet: this.termSet,
      peopleById: this.peopleById,
      peopleByFirstName: this.peopleByFirstName,
      peopleByEmail: this.peopleByEmail,
      peopleByAadObjectId: this.peopleByAadObjectId,
      competencePeople: this.competencePeople,
    } = this.parts);
  }

  /** Builds the index in slices, letting the event loop run between them: questions go on meanwhile. */
  static async build(organisation: Organisation): Promise<OrgIndex> {
    const steps = buildParts(organisation);
    for (;;) {
      const step = steps.next();
      if (step.done) return new OrgIndex(organisation, step.value);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /**
   * This index for another version of the organisation that names the same things (the same people, units,
   * duties, meetings and checks, and areas with the same ids, names and synonyms: e.g. after a fyrtårn was
   * assigned or an absence recorded); undefined when the index must be built anew.
   */
  reuseFor(organisation: Organisation): OrgIndex | undefined {
    const before = this.organisation;
    if (organisation === before) return this;
    const same = before.people === organisation.people
      && before.units === organisation.units
      && before.meetings === organisation.meetings
      && before.checks === organisation.checks
      && before.rota.duties === organisation.rota.duties
      && sameNames(before.areas, organisation.areas);
    return same ? new OrgIndex(organisation, this.parts) : undefined;
  }

  /** Whether a word (as typed) is, stemmed and folded, a term of some name in the organisation. */
  hasTerm(word: string): boolean {
    return this.termSet.has(stem(word));
  }

  /** The things `text` names, best first; optionally only of some kinds. */
  find(text: string, kinds?: readonly EntityKind[]): EntityMatch[] {
    return this.findWords(tokens(text, MAX_QUERY_WORDS), kinds);
  }

  /**
   * The things these words (lowercased tokens, as from `tokens`) name, best first. Empty strings are skipped, so a
   * caller can blank out words it has already read and keep the indices of the rest.
   */
  findWords(words: readonly string[], kinds?: readonly EntityKind[]): EntityMatch[] {
    const query = this.queryTerms(words.slice(0, MAX_QUERY_WORDS));
    if (query.length === 0) return [];
    const wanted = kinds ? new Set<EntityKind>(kinds) : undefined;
    const results = this.candidates([...new Set(query.map((q) => q.term))], wanted);
    const matches: Array<EntityMatch & { readonly rank: number }> = [];
    for (let rank = 0; rank < results.length && rank < CANDIDATES; rank++) {
      const result = results[rank];
      const entity = this.entities[result.key];
      const matched = new Set(result.terms);
      let best: { score: number; coverage: number; exactness: number; words: number[] } | undefined;
      for (const alias of entity.aliases) {
        const weighed = weighAlias(alias, matched, query);
        if (weighed && (!best || weighed.score > best.score)) best = weighed;
      }
      if (best) matches.push({ kind: entity.kind, id: entity.id, label: entity.label, ...best, rank });
    }
    matches.sort((a, b) => b.score - a.score || a.rank - b.rank);
    return matches.map(({ rank: _rank, ...match }) => match);
  }

  /** Close matches for "Mente du …?": at most `limit`, one per thing. */
  suggest(text: string, limit = 5): EntitySuggestion[] {
    return this.suggestWords(tokens(text, MAX_QUERY_WORDS), limit);
  }

  /** As `suggest`, for words already split (empty strings skipped). */
  suggestWords(words: readonly string[], limit = 5): EntitySuggestion[] {
    return this.findWords(words)
      .filter((m) => m.score >= 0.25)
      .slice(0, limit)
      .map(({ kind, id, label }) => ({ kind, id, label }));
  }

  /** The person with this id. */
  person(id: string): Person | undefined {
    return this.peopleById.get(id);
  }

  /** The people whose first name is this (folded comparison: "Soren" finds "Søren"). */
  personsByFirstName(firstName: string): readonly Person[] {
    return this.peopleByFirstName.get(fold(firstName.trim())) ?? [];
  }

  /** The person with this e-mail (or UPN), case-insensitive. */
  personByEmail(email: string): Person | undefined {
    return this.peopleByEmail.get(email.trim().toLowerCase());
  }

  /** The person with this Entra object id. */
  personByAadObjectId(aadObjectId: string): Person | undefined {
    return this.peopleByAadObjectId.get(aadObjectId.trim().toLowerCase());
  }

  /** Ids of the people with this competence (its id from a match), in the organisation file's order. */
  peopleWithCompetence(competenceId: string): readonly string[] {
    const people = this.competencePeople.get(competenceId);
    return people ? [...people] : [];
  }

  /**
   * The entities that have any of the terms (or, for a term the organisation does not have as it is, a prefix or
   * typo of one), ranked by BM25 times the number of terms met, as MiniSearch ranks an OR query; ties keep the
   * order found. Only the scores are summed here: no result objects for the hundreds of people a first name meets.
   *
   * A term more names share than are weighed one by one (the "2" of half the areas of a large municipality, a
   * common surname) cannot pick a name by itself: when the question has a rarer term, the common one only counts
   * for the names the rarer ones met, instead of making every name it is in a candidate.
   */
  private candidates(terms: readonly string[], wanted: ReadonlySet<EntityKind> | undefined): Candidate[] {
    const found = new Map<number, Candidate>();
    const sources = terms.map((term) => this.termSources(term));
    const sizes = sources.map((list) => list.reduce((n, s) => n + s.postings.keys.length, 0));
    const rarest = Math.min(...sizes);
    const common = terms.map((_, t) => sizes[t] > CANDIDATES && sizes[t] > rarest);
    // The rarer terms first, in the question's order (ties keep the order found); then the common ones.
    for (const t of terms.keys()) if (!common[t]) this.meet(found, terms[t], sources[t], wanted);
    for (const t of terms.keys()) if (common[t]) this.meet(found, terms[t], sources[t], undefined, true);
    const ranked = [...found.values()];
    for (const candidate of ranked) candidate.score *= candidate.sources.length;
    // A stable sort: equal scores stay in the order found.
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** Adds a query term's postings to the candidates; `onlyFound`: to those already found, making none. */
  private meet(found: Map<number, Candidate>, term: string, sources: readonly TermSource[], wanted: ReadonlySet<EntityKind> | undefined, onlyFound = false): void {
    for (const { derived, postings, weight } of sources) {
      const { keys, scores } = postings;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        let candidate = found.get(key);
        if (!candidate) {
          if (onlyFound || (wanted && !wanted.has(this.entities[key].kind))) continue;
          found.set(key, (candidate = { key, score: 0, sources: [], terms: [] }));
        }
        candidate.score += weight * scores[i];
        if (!candidate.sources.includes(term)) candidate.sources.push(term);
        if (!candidate.terms.includes(derived)) candidate.terms.push(derived);
      }
    }
  }

  /** The indexed terms a query term meets, each with its postings and how much it counts: itself, its prefixes' completions and its typos. */
  private termSources(term: string): TermSource[] {
    const out: TermSource[] = [];
    const exact = this.search.get(term);
    if (exact) out.push({ derived: term, postings: exact, weight: 1 });
    if (this.termSet.has(term)) return out;
    // Typos and prefixes only for a word the organisation does not have as it is: a correctly spelt "Anne"
    // should not drag in every "Annette", and it keeps a query fast at 25,000 people.
    const edits = maxEdits(term.length);
    // One more edit than we accept, so that swapped letters ("kørekrot": two edits here, one for us) are found;
    // termQuality() then applies the real limit.
    const typos = edits > 0 ? this.search.fuzzyGet(term, Math.min(2, edits + 1)) : undefined;
    if (term.length >= MIN_PREFIX_LENGTH) {
      for (const [derived, postings] of this.search.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (distance === 0) continue;
        typos?.delete(derived);
        out.push({ derived, postings, weight: (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance) });
      }
    }
    for (const [derived, [postings, distance]] of typos ?? []) {
      if (distance > 0) out.push({ derived, postings, weight: (FUZZY_WEIGHT * derived.length) / (derived.length + distance) });
    }
    return out;
  }

  /** The search terms of the words, each with the index of its word; compounds add their known head. */
  private queryTerms(words: readonly string[]): QueryTerm[] {
    const out: QueryTerm[] = [];
    words.forEach((word, index) => {
      if (word.length === 0 || word.length > MAX_WORD_LENGTH || isStopword(word)) return;
      const term = stem(word);
      out.push({ term, index, exactness: 1 });
      if (term.length >= MIN_COMPOUND_HEAD + 3 && !this.termSet.has(term)) {
        for (let k = term.length - 3; k >= MIN_COMPOUND_HEAD; k--) {
          const head = term.slice(0, k);
          if (this.termSet.has(head)) {
            out.push({ term: head, index, exactness: 0.8 });
            break;
          }
        }
      }
    });
    return out;
  }
}

/** Whether two lists of areas have the same ids, names and synonyms in the same order (what the index reads). */
function sameNames(a: Organisation["areas"], b: Organisation["areas"]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.name !== y.name || x.synonyms.length !== y.synonyms.length || x.synonyms.some((s, k) => s !== y.synonyms[k])) return false;
  }
  return true;
}
