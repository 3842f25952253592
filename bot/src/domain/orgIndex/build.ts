// Building an index from an organisation: every entity with its aliases (names, synonyms, first and last names,
// ids), each term weighed by how distinctive it is within its kind, and BM25 postings per term in a radix tree.
// A build yields every YIELD_EVERY entities, so an asynchronous build never holds the event loop for long.
import SearchableMap from "minisearch/SearchableMap";
import type { Organisation, Person } from "../organisation";
import { fold, isStopword, splitWords, stem } from "../text";
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, type Alias, type Entity, type EntityKind, type IndexParts, type Postings } from "./entities";

/** An alias as the organisation writes it, before it is split into terms. */
interface RawAlias {
  readonly text: string;
  readonly boost: number;
  readonly primary: boolean;
  /** Also index the hyphenated words written together. */
  readonly joinable: boolean;
}

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

/** BM25 as MiniSearch has it (k, b, d), over the names ("name", boosted) and the other aliases ("alias"). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FIELD_BOOSTS = [2, 1] as const;

/** A build yields this often (entities) so that an asynchronous build never holds the event loop for long. */
const YIELD_EVERY = 500;

/** The number of distinct terms, at least 1. */
function distinctCount(terms: readonly string[]): number {
  if (terms.length <= 1) return 1;
  let count = 0;
  for (let i = 0; i < terms.length; i++) if (terms.indexOf(terms[i]) === i) count++;
  return count;
}

/** Runs a build to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the parts of an index, pausing (yielding) every YIELD_EVERY entities. */
export function* buildParts(organisation: Organisation): Generator<void, IndexParts> {
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
