// Who may do what: the one place that decides it. The tab's API, the card actions and the chat commands ask here,
// so a rule is changed once. Roles come from the organisation file (sektionsleder, koordinator, medarbejder).
//
// The rules follow how a department works (docs/domain): the sektionsleder and the faglige koordinatorer plan and
// change the rota and the fyrtårne, choose where reminders go, and read check findings (which may concern
// colleagues' mistakes); a check is recorded by its owner or by a koordinator or the sektionsleder; a deviation's
// follow-up is approved by the sektionsleder. Everyone else sees whether a check was done, not what was found.
import type { Check, Person } from "./organisation";

/** Something a person may or may not do. */
export type Permission =
  /** Change the organisation from the tab: rota changes, the repeating plan, absences, fyrtårne. */
  | "edit"
  /** Record a check as done (needs the check: its owner may). */
  | "complete"
  /** Approve the follow-up of a deviation. */
  | "approve"
  /** Read a completed check's findings and follow-up (needs the check: its owner may). */
  | "readFindings"
  /** Download the whole check log (CSV) for audit. */
  | "exportCheckLog"
  /** Choose the channel that gets the department's reminders. */
  | "chooseChannel";

/** Roles that may always, whatever the check. */
const BY_ROLE: Readonly<Record<Permission, ReadonlyArray<Person["role"]>>> = {
  edit: ["sektionsleder", "koordinator"],
  complete: ["sektionsleder", "koordinator"],
  approve: ["sektionsleder"],
  readFindings: ["sektionsleder", "koordinator"],
  exportCheckLog: ["sektionsleder", "koordinator"],
  chooseChannel: ["sektionsleder", "koordinator"],
};

/** Permissions a check's owner has for that check, whatever their role. */
const OWNER_MAY: ReadonlySet<Permission> = new Set(["complete", "readFindings"]);

/** True when the person may do it; `check` is the check it concerns, if any. An unknown person may nothing. */
export function may(person: Pick<Person, "id" | "role"> | undefined, permission: Permission, check?: Pick<Check, "owner">): boolean {
  if (!person) return false;
  if (BY_ROLE[permission].includes(person.role)) return true;
  return check !== undefined && check.owner === person.id && OWNER_MAY.has(permission);
}

/** Everyone who may by role (for "ask one of …" replies), in the organisation's order. */
export function whoMay<P extends Pick<Person, "role">>(people: readonly P[], permission: Permission): P[] {
  return people.filter((p) => BY_ROLE[permission].includes(p.role));
}

/** The roles that may by role (for messages that name the roles, and the tab's /api/me). */
export function rolesThatMay(permission: Permission): ReadonlyArray<Person["role"]> {
  return BY_ROLE[permission];
}
