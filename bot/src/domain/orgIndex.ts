// The organisation's names, made searchable: areas, duties, people, units, competences, meetings and checks,
// with every synonym, Danish stemming, æ/ø/å folding and typo tolerance. Built once per organisation version and
// then only read, so one index serves every turn. The bot's own words (fyrtårn, rulleplan, hvem, …) are not
// here: they belong to understand/ (vocabulary.ts).
import SearchableMap from "minisearch/SearchableMap";
import type { Organisation, Person } from "./organisation";
import { editDistance, fold, isStopword, maxEdits, splitWords, stem, tokens } from "./text";

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
interface Alias {
  readonly terms: readonly string[];
  /** How distinctive each term is within its kind (0 for function words). */
  readonly weights: readonly number[];
  /** How much this way of naming counts: a name more than a surname alone. */
  readonly boost: number;
}

interface Entity {
  readonly kind: EntityKind;
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly Alias[];
  /** The names (primary) and the other aliases, as indexed text. */
  readonly primary: readonly string[];
  readonly secondary: readonly string[];
}

interface RawAlias {
  readonly text: string;
  readonly boost: number;
  readonly primary: boolean;
  /** Also index the hyphenated words written together. */
  readonly joinable: boolean;
}

/** Words beyond this are ignored: a question is short, and junk must stay cheap. */
export const MAX_QUERY_WORDS = 40;
/** Words longer than this are junk, not names. */
const MAX_WORD_LENGTH = 40;
/** How many candidates from the search are weighed name by name. */
const CANDIDATES = 80;
/** Prefix search only for terms at least this long, so that "pas" does not match every "pas…". */
const MIN_PREFIX_LENGTH = 4;
/** A compound is split at a known term of at least this length ("kørekortfornyelse" -> "kørekort"). */
const MIN_COMPOUND_HEAD = 4;

/** A phrase as index terms, with which of them are function words. */
interface PhraseTerms {
  readonly terms: readonly string[];
  readonly stops: readonly boolean[];
  /** The terms joined: two aliases with the same key name the same way. */
  readonly key: string;
  /** The weighed aliases made of this phrase, by kind and boost (see buildParts). */
  readonly weighed: Array<{ readonly kind: EntityKind; readonly alias: Alias }>;
}

/** Splits and stems phrases, remembering each: 25,000 people share a few hundred first and last names. */
class PhraseCache {
  private readonly cache = new Map<string, PhraseTerms>();

  get(text: string): PhraseTerms {
    let entry = this.cache.get(text);
    if (!entry) {
      const words = splitWords(text, MAX_QUERY_WORDS).filter((w) => w.length <= MAX_WORD_LENGTH);
      const terms = words.map(stem);
      entry = { terms, stops: words.map(isStopword), key: terms.join(" "), weighed: [] };
      this.cache.set(text, entry);
    }
    return entry;
  }
}

/** The aliases as terms, without repeats; a hyphenated alias also written together ("e-Boks", "eboks"). */
function aliasTerms(list: readonly RawAlias[], phrases: PhraseCache): Array<RawAlias & { readonly phrase: PhraseTerms }> {
  const out: Array<RawAlias & { readonly phrase: PhraseTerms }> = [];
  const seen = new Set<string>();
  for (const alias of list) {
    const variants = [alias.text];
    // "e-Boks" is also written "eboks", "MitID-app" "mitidapp". Not ids: "digital-post" is just the name.
    if (alias.joinable && alias.text.includes("-") && /\p{L}-\p{L}/u.test(alias.text)) variants.push(alias.text.replace(/(?<=\p{L})-(?=\p{L})/gu, ""));
    for (const text of variants) {
      const phrase = phrases.get(text);
      if (phrase.key.length === 0 || seen.has(phrase.key)) continue;
      seen.add(phrase.key);
      out.push({ text, boost: alias.boost, primary: alias.primary, joinable: alias.joinable, phrase });
    }
  }
  return out;
}

/** Everything an index is made of; shared by the indexes of versions that name the same things. */
interface IndexParts {
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
interface Postings {
  readonly keys: Int32Array;
  readonly scores: Float64Array;
}

/** BM25 as MiniSearch has it (k, b, d), over the names ("name", boosted) and the other aliases ("alias"). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FIELD_BOOSTS = [2, 1] as const;
/** How much a prefix and a typo of a term count against the term itself (as MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** A build yields this often (entities) so that an asynchronous build never holds the event loop for long. */
const YIELD_EVERY = 500;

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
   */
  private candidates(terms: readonly string[], wanted: ReadonlySet<EntityKind> | undefined): Candidate[] {
    const found = new Map<number, Candidate>();
    for (const term of terms) {
      const add = (derived: string, postings: Postings, weight: number) => {
        const { keys, scores } = postings;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          let candidate = found.get(key);
          if (!candidate) {
            if (wanted && !wanted.has(this.entities[key].kind)) continue;
            found.set(key, (candidate = { key, score: 0, sources: [], terms: [] }));
          }
          candidate.score += weight * scores[i];
          if (!candidate.sources.includes(term)) candidate.sources.push(term);
          if (!candidate.terms.includes(derived)) candidate.terms.push(derived);
        }
      };
      const exact = this.search.get(term);
      if (exact) add(term, exact, 1);
      if (this.termSet.has(term)) continue;
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
          add(derived, postings, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      for (const [derived, [postings, distance]] of typos ?? []) {
        if (distance > 0) add(derived, postings, (FUZZY_WEIGHT * derived.length) / (derived.length + distance));
      }
    }
    const ranked = [...found.values()];
    for (const candidate of ranked) candidate.score *= candidate.sources.length;
    // A stable sort: equal scores stay in the order found.
    return ranked.sort((a, b) => b.score - a.score);
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

/** An entity a search met: its score, the search terms that met it and the indexed terms they met. */
interface Candidate {
  readonly key: number;
  score: number;
  readonly sources: string[];
  readonly terms: string[];
}

interface QueryTerm {
  readonly term: string;
  /** Index of the word it came from. */
  readonly index: number;
  /** 1 for the word itself, less for a part of it. */
  readonly exactness: number;
}

/** How well a query term matches an indexed term: 1 exact, less for a prefix or a typo, 0 not at all. */
function termQuality(query: string, term: string): number {
  if (query === term) return 1;
  if (query.length >= MIN_PREFIX_LENGTH && term.startsWith(query)) return 0.7 + (0.3 * query.length) / term.length;
  // A long typed word may carry two typos even when the stem it meets is shorter ("brevstemmr" -> "brevstem").
  const limit = Math.min(maxEdits(query.length), maxEdits(term.length) + 1);
  if (limit === 0) return 0;
  const distance = editDistance(query, term, limit);
  return distance <= limit ? 1 - 0.15 * distance : 0;
}

/** How well the query names an entity by one alias: each alias term takes the best unused query word. */
function weighAlias(
  alias: Alias,
  matched: ReadonlySet<string>,
  query: readonly QueryTerm[],
): { score: number; coverage: number; exactness: number; words: number[] } | undefined {
  let total = 0;
  let covered = 0;
  let matchedWeight = 0;
  let weighted = 0;
  const used: number[] = [];
  for (let t = 0; t < alias.terms.length; t++) {
    const term = alias.terms[t];
    const weight = alias.weights[t];
    total += weight;
    if (!matched.has(term)) continue;
    let bestQuality = 0;
    let bestShare = 0;
    let bestWord = -1;
    for (const q of query) {
      if (used.includes(q.index)) continue;
      const quality = termQuality(q.term, term) * q.exactness;
      if (quality > bestQuality) {
        bestQuality = quality;
        bestWord = q.index;
        // A prefix ("korek") covers only its part of the term: it is a hint, not the name.
        bestShare = q.term !== term && term.startsWith(q.term) ? q.term.length / term.length : 1;
      }
    }
    if (bestWord < 0) continue;
    used.push(bestWord);
    covered += weight * bestShare;
    matchedWeight += weight;
    weighted += weight * bestQuality;
  }
  if (used.length === 0 || total === 0) return undefined;
  const coverage = covered / total;
  // A little for every word used, so "Anne Kristensen" beats the first name "Anne" shared by others.
  const score = (weighted / total) * alias.boost + 0.02 * (used.length - 1);
  const exactness = matchedWeight > 0 ? weighted / matchedWeight : 0;
  return { score, coverage, exactness, words: used.sort((a, b) => a - b) };
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

/** The number of distinct terms, at least 1. */
function distinctCount(terms: readonly string[]): number {
  if (terms.length <= 1) return 1;
  let count = 0;
  for (let i = 0; i < terms.length; i++) if (terms.indexOf(terms[i]) === i) count++;
  return count;
}

/** Runs a build to its end at once. */
function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the parts of an index, pausing (yielding) every YIELD_EVERY entities. */
function* buildParts(organisation: Organisation): Generator<void, IndexParts> {
  const entities: Entity[] = [];
  const termSet = new Set<string>();
  const peopleById = new Map<string, Person>();
  const peopleByFirstName = new Map<string, Person[]>();
  const peopleByEmail = new Map<string, Person>();
  const peopleByAadObjectId = new Map<string, Person>();
  const competencePeople = new Map<string, Set<string>>();
  const raw: Array<{ kind: EntityKind; id: string; label: string; aliases: RawAlias[] }> = [];
  const named = (text: string): RawAlias => ({ text, boost: 1, primary: true, joinable: true });
  const other = (text: string, boost: number): RawAlias => ({ text, boost, primary: false, joinable: true });
  const code = (id: string): RawAlias => ({ text: id, boost: 0.9, primary: false, joinable: false });

  for (const area of organisation.areas) {
    raw.push({
      kind: "area", id: area.id, label: area.name,
      aliases: [named(area.name), ...area.synonyms.map((s) => other(s, 0.95)), code(area.id)],
    });
  }
  for (const duty of organisation.rota.duties) {
    raw.push({
      kind: "duty", id: duty.id, label: duty.name,
      aliases: [named(duty.name), ...duty.synonyms.map((s) => other(s, 0.95)), code(duty.id)],
    });
  }
  let done = 0;
  for (const person of organisation.people) {
    if (++done % YIELD_EVERY === 0) yield;
    peopleById.set(person.id, person);
    const parts = person.name.trim().split(/\s+/);
    const first = fold(parts[0] ?? "");
    if (first) {
      const namesakes = peopleByFirstName.get(first);
      if (namesakes) namesakes.push(person);
      else peopleByFirstName.set(first, [person]);
    }
    if (person.email) peopleByEmail.set(person.email.trim().toLowerCase(), person);
    if (person.aadObjectId) peopleByAadObjectId.set(person.aadObjectId.trim().toLowerCase(), person);
    const aliases = [named(person.name)];
    if (parts.length > 1) {
      // First name, surname(s), last name: "Helle", "Bach Larsen", "Larsen".
      aliases.push(other(parts[0], 0.95), other(parts.slice(1).join(" "), 0.85), other(parts[parts.length - 1], 0.85));
    }
    // Initials ("mj") name a person only when they are not also an ordinary word ("so", "ca").
    if (!isStopword(person.id)) aliases.push(code(person.id));
    raw.push({ kind: "person", id: person.id, label: person.name, aliases });
    for (const competence of person.competences) {
      const key = splitWords(competence).map(fold).join(" ");
      if (!key) continue;
      const people = competencePeople.get(key);
      if (people) {
        people.add(person.id);
      } else {
        competencePeople.set(key, new Set([person.id]));
        raw.push({ kind: "competence", id: key, label: competence.trim(), aliases: [named(competence)] });
      }
    }
  }
  for (const unit of organisation.units) {
    raw.push({ kind: "unit", id: unit.id, label: unit.name, aliases: [named(unit.name), code(unit.id)] });
  }
  for (const meeting of organisation.meetings) {
    raw.push({ kind: "meeting", id: meeting.id, label: meeting.title, aliases: [named(meeting.title), code(meeting.id)] });
  }
  for (const check of organisation.checks) {
    raw.push({ kind: "check", id: check.id, label: check.title, aliases: [named(check.title), code(check.id)] });
  }

  // How distinctive a term is within its kind: "kontrol" is in every check's title, "uafhentede" in one.
  const kindCounts = new Map<EntityKind, { n: number; df: Map<string, number> }>();
  const phrases = new PhraseCache();
  const prepared: Array<{ entity: (typeof raw)[number]; aliases: Array<RawAlias & { readonly phrase: PhraseTerms }> }> = [];
  for (const entity of raw) {
    if (prepared.length % YIELD_EVERY === YIELD_EVERY - 1) yield;
    const aliases = aliasTerms(entity.aliases, phrases);
    let counts = kindCounts.get(entity.kind);
    if (!counts) kindCounts.set(entity.kind, (counts = { n: 0, df: new Map<string, number>() }));
    counts.n++;
    const seen = new Set<string>();
    for (const alias of aliases) {
      for (const term of alias.phrase.terms) {
        if (seen.has(term)) continue;
        seen.add(term);
        counts.df.set(term, (counts.df.get(term) ?? 0) + 1);
      }
    }
    prepared.push({ entity, aliases });
  }
  // The same name in the same kind weighs the same: 25,000 people share a few hundred first names.
  for (const { entity, aliases: terms } of prepared) {
    if (entities.length % YIELD_EVERY === YIELD_EVERY - 1) yield;
    const { n, df } = kindCounts.get(entity.kind)!;
    const primary: string[] = [];
    const secondary: string[] = [];
    const aliases = terms.map(({ phrase, primary: isPrimary, boost }) => {
      for (const term of phrase.terms) (isPrimary ? primary : secondary).push(term);
      let known = phrase.weighed.find((w) => w.kind === entity.kind && w.alias.boost === boost)?.alias;
      if (!known) {
        const weights = phrase.terms.map((t, i) => (phrase.stops[i] ? 0 : Math.log(1 + n / (df.get(t) ?? 1))));
        // A name made only of function words still names something.
        known = { terms: phrase.terms, weights: weights.some((w) => w > 0) ? weights : weights.map(() => 1), boost };
        phrase.weighed.push({ kind: entity.kind, alias: known });
        for (const term of phrase.terms) termSet.add(term);
      }
      return known;
    });
    entities.push({ kind: entity.kind, id: entity.id, label: entity.label, aliases, primary, secondary });
  }

  // Per term, the entities that have it and its BM25 weight for each, summed over the two fields.
  // A field's length is its number of distinct terms (an empty field counts one, as in MiniSearch).
  const lengths: Array<[number, number]> = [];
  const sums = [0, 0];
  const byTerm = new Map<string, { keys: number[]; tf: [number[], number[]] }>();
  for (let key = 0; key < entities.length; key++) {
    if (key % YIELD_EVERY === YIELD_EVERY - 1) yield;
    const fields = [entities[key].primary, entities[key].secondary] as const;
    const length: [number, number] = [distinctCount(fields[0]), distinctCount(fields[1])];
    lengths.push(length);
    sums[0] += length[0];
    sums[1] += length[1];
    for (let f = 0; f < 2; f++) {
      for (const term of fields[f]) {
        let entry = byTerm.get(term);
        if (!entry) byTerm.set(term, (entry = { keys: [], tf: [[], []] }));
        if (entry.keys[entry.keys.length - 1] !== key) {
          entry.keys.push(key);
          entry.tf[0].push(0);
          entry.tf[1].push(0);
        }
        entry.tf[f][entry.keys.length - 1]++;
      }
    }
  }
  const average = sums.map((sum) => sum / Math.max(1, entities.length));
  const search = new SearchableMap<Postings>();
  const total = entities.length;
  let counted = 0;
  for (const [term, { keys, tf }] of byTerm) {
    if (++counted % YIELD_EVERY === 0) yield;
    const matching = [0, 1].map((f) => tf[f].reduce((n, x) => n + (x > 0 ? 1 : 0), 0));
    const scores = keys.map((key, i) => {
      let score = 0;
      for (let f = 0; f < 2; f++) {
        const frequency = tf[f][i];
        if (frequency === 0) continue;
        const idf = Math.log(1 + (total - matching[f] + 0.5) / (matching[f] + 0.5));
        score += FIELD_BOOSTS[f] * idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * lengths[key][f]) / average[f])));
      }
      return score;
    });
    // Names first, then the entities that have the term only as another alias: the order MiniSearch finds them in.
    const order = keys.map((_, i) => i).sort((a, b) => (tf[0][a] > 0 ? 0 : 1) - (tf[0][b] > 0 ? 0 : 1) || a - b);
    search.set(term, { keys: Int32Array.from(order, (i) => keys[i]), scores: Float64Array.from(order, (i) => scores[i]) });
  }
  return { entities, search, termSet, peopleById, peopleByFirstName, peopleByEmail, peopleByAadObjectId, competencePeople };
}
