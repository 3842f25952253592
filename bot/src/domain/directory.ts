// The organisation as the bot and the tab read it: built once per stored version (by the cache) and then
// only read, so answering a question costs no storage round trip. Holds the search index, the working
// calendar and the look-ups every answer needs. An edit gives a new Directory (`next`) that reuses what the
// edit did not touch, so it costs what it changes.
import type { Area, Organisation, Person, Unit } from "./organisation";
import { OrgIndex } from "./orgIndex";
import { WorkCalendar } from "./calendar";

/** How many computed values a Directory keeps (least recently used go first). */
const MEMO_ENTRIES = 2000;

/** A Teams user as the bot sees them, for linking to a person of the organisation. */
export interface TeamsIdentity {
  readonly aadObjectId?: string;
  /** E-mail or UPN. */
  readonly email?: string;
}

/** Read-only view of one version of the organisation. */
export class Directory {
  readonly index: OrgIndex;
  readonly calendar: WorkCalendar;
  private readonly units = new Map<string, Unit>();
  private readonly areas = new Map<string, Area>();
  private readonly areasOf = new Map<string, { fyrtaarn: Area[]; backup: Area[] }>();
  private readonly memos = new Map<string, unknown>();

  /** Builds the Directory at once; `reuse` hands over parts known to fit this organisation. */
  constructor(readonly organisation: Organisation, reuse: { readonly index?: OrgIndex; readonly calendar?: WorkCalendar } = {}) {
    this.index = reuse.index ?? new OrgIndex(organisation);
    this.calendar = reuse.calendar ?? WorkCalendar.forOrganisation(organisation);
    for (const u of organisation.units) this.units.set(u.id, u);
    for (const a of organisation.areas) {
      this.areas.set(a.id, a);
      for (const id of a.fyrtaarne) this.roleAreas(id).fyrtaarn.push(a);
      for (const id of a.backups) this.roleAreas(id).backup.push(a);
    }
  }

  /** Builds the Directory in slices (see OrgIndex.build), so questions to the current one go on meanwhile. */
  static async build(organisation: Organisation): Promise<Directory> {
    return new Directory(organisation, { index: await OrgIndex.build(organisation) });
  }

  /**
   * The Directory of a changed version of this organisation (an absence, a rota change, a fyrtårn assigned):
   * the search index and the calendar are reused when the change leaves what they read alone, so the cost is
   * the change's. Lists the change did not touch must be the same arrays (as OrganisationRows keeps them).
   */
  next(organisation: Organisation): Directory {
    const calendar = organisation.organisation === this.organisation.organisation && organisation.holidays === this.organisation.holidays ? this.calendar : undefined;
    return new Directory(organisation, { index: this.index.reuseFor(organisation), calendar });
  }

  person(id: string): Person | undefined {
    return this.index.person(id);
  }

  unit(id: string): Unit | undefined {
    return this.units.get(id);
  }

  area(id: string): Area | undefined {
    return this.areas.get(id);
  }

  /** The areas where a person is fyrtårn and backup. */
  areasOfPerson(id: string): { readonly fyrtaarn: readonly Area[]; readonly backup: readonly Area[] } {
    return this.areasOf.get(id) ?? { fyrtaarn: [], backup: [] };
  }

  /** The person a Teams user is: by Entra object id first, then by e-mail/UPN. */
  identify(user: TeamsIdentity): Person | undefined {
    const byId = user.aadObjectId ? this.index.personByAadObjectId(user.aadObjectId) : undefined;
    return byId ?? (user.email ? this.index.personByEmail(user.email) : undefined);
  }

  /**
   * Remembers a value computed from this version of the organisation alone (plus what the key says), e.g. the
   * reply to "hvad er dagens rulleplan" today. A new version is a new Directory, so nothing goes stale.
   */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) {
      const value = this.memos.get(key) as T;
      this.memos.delete(key);
      this.memos.set(key, value);
      return value;
    }
    const value = compute();
    this.memos.set(key, value);
    if (this.memos.size > MEMO_ENTRIES) this.memos.delete(this.memos.keys().next().value!);
    return value;
  }

  private roleAreas(personId: string): { fyrtaarn: Area[]; backup: Area[] } {
    let entry = this.areasOf.get(personId);
    if (!entry) this.areasOf.set(personId, (entry = { fyrtaarn: [], backup: [] }));
    return entry;
  }
}
