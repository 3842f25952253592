// Words of the organisation that OrgIndex does not search: titles ("centerchef", "teamleder") with who holds
// them. Built once per organisation object (a new version is a new object).
import type { Organisation } from "../organisation";
import { splitWords, stem } from "../text";

interface PhraseEntry {
  readonly stems: readonly string[];
}
interface OrganisationWords {
  /** Titles by their first stem, with who holds them. */
  readonly titles: ReadonlyMap<string, ReadonlyArray<PhraseEntry & { readonly label: string; readonly people: readonly string[] }>>;
}

const wordsByOrganisation = new WeakMap<Organisation, OrganisationWords>();

/** The organisation's words that OrgIndex does not hold, built once per organisation object. */
export function organisationWords(org: Organisation): OrganisationWords {
  let words = wordsByOrganisation.get(org);
  if (words) return words;
  const byTitle = new Map<string, { label: string; stems: string[]; people: string[] }>();
  for (const person of org.people) {
    const stems = splitWords(person.title).map(stem);
    if (stems.length === 0) continue;
    const key = stems.join(" ");
    const entry = byTitle.get(key);
    if (entry) entry.people.push(person.id);
    else byTitle.set(key, { label: person.title, stems, people: [person.id] });
  }
  const titles = new Map<string, Array<PhraseEntry & { label: string; people: string[] }>>();
  for (const entry of byTitle.values()) {
    const list = titles.get(entry.stems[0]) ?? [];
    list.push(entry);
    list.sort((a, b) => b.stems.length - a.stems.length);
    titles.set(entry.stems[0], list);
  }
  words = { titles };
  wordsByOrganisation.set(org, words);
  return words;
}
