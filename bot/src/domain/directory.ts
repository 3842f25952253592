// The organisation as the bot and the tab read it: built once per stored version (by the cache) and then
// only read, so answering a question costs no storage round trip. Holds the search index, the working
// calendar and the look-ups every answer needs.
import type { Area, Organisation, Person, Unit } from "./organisation";
import { OrgIndex } from "./orgIndex";
import { WorkCalendar } from "./calendar";

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

  constructor(readonly organisation: Organisation) {
    this.index = new OrgIndex(organisation);
    this.calendar = WorkCalendar.forOrganisation(organisation);
    for (const u of organisation.units) this.units.set(u.id, u);
    for (const a of organisation.areas) {
      this.areas.set(a.id, a);
      for (const id of a.fyrtaarne) this.roleAreas(id).fyrtaarn.push(a);
      for (const id of a.backups) this.roleAreas(id).backup.push(a);
    }
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

  private roleAreas(personId: string): { fyrtaarn: Area[]; backup: Area[] } {
    let entry = this.areasOf.get(personId);
    if (!entry) this.areasOf.set(personId, (entry = { fyrtaarn: [], backup: [] }));
    return entry;
  }
}
