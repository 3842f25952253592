// What the tab edits, named as the model names it, and the opaque version the API hands out for it. Only here is
// it known that such a thing is one stored row and that its version is that row's ETag: the API passes versions
// through, and the tab sends back what it was given.
import type { Absence, RotaChange } from "../domain/organisation";
import { absenceId, changeId, cycleId, rowKeyOf, type EntityKind } from "./organisationEntities";

/** Something the tab can edit: an area's people, a one-day change of a cell, a cycle week, an absence. */
export type Editable =
  | { readonly kind: "area"; readonly id: string }
  | { readonly kind: "change"; readonly cell: Pick<RotaChange, "date" | "duty" | "slot"> }
  | { readonly kind: "cycle"; readonly week: number }
  | { readonly kind: "absence"; readonly absence: Absence };

/** The stored row an editable thing is. */
export function rowOfEditable(thing: Editable): { readonly kind: EntityKind; readonly rowKey: string } {
  switch (thing.kind) {
    case "area":
      return { kind: "area", rowKey: rowKeyOf("area", thing.id) };
    case "change":
      return { kind: "change", rowKey: rowKeyOf("change", changeId(thing.cell)) };
    case "cycle":
      return { kind: "cycle", rowKey: rowKeyOf("cycle", cycleId(thing.week)) };
    case "absence":
      return { kind: "absence", rowKey: rowKeyOf("absence", absenceId(thing.absence)) };
  }
}

/** The version the API hands out for a row's ETag; null when there is no such row yet. */
export function versionOfEtag(etag: string | null | undefined): string | null {
  return etag ? Buffer.from(etag, "utf8").toString("base64url") : null;
}

/**
 * The ETag a version stands for; null for null ("there was none"). A version this module did not make stands for
 * no ETag any row has, so the edit is refused as a conflict, as a stale version is.
 */
export function etagOfVersion(version: string | null): string | null {
  if (version === null) return null;
  const etag = Buffer.from(version, "base64url").toString("utf8");
  return versionOfEtag(etag) === version ? etag : `unknown version ${version}`;
}

/** Two absences are the same stored one when they have the same person, first day and slots. */
export function sameAbsence(a: Absence, b: Absence): boolean {
  return absenceId(a) === absenceId(b);
}
