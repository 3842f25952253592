// The morning card's actions: "Sæt ind" fills a gap with the picked person by writing a one-day change with the
// tab's ETag rules (If-Match on the change row, or create when there is none: a concurrent writer gets a conflict,
// never an overwrite), and the refresh verb gives each viewer the card as the rota stands now. A click on a gap
// that is no longer open says who filled it.
import type { TurnContext } from "botbuilder";
import type { Directory } from "../domain/directory";
import { changeToFill, findGap, replacementCandidates } from "../domain/coverage";
import { cyclePlanOn, resolveRota } from "../domain/rota";
import type { Lang } from "../domain/format";
import type { IsoDate, Person } from "../domain/organisation";
import { validDate } from "../domain/isoDate";
import { VERBS, type AdaptiveCard } from "../cards";
import { renderMorningCard, type MorningNotice } from "../cards/morningCard";
import { morningCardData, dutyToFill } from "../answers/morningCardData";
import { storedRowsOf, viewWithRowChanged } from "../api/etags";
import { ConcurrentChangeError, type OrganisationStore } from "../storage/organisationStore";
import { changeId, rowKeyOf } from "../storage/organisationEntities";
import type { Logger } from "../logger";
import { identifyAsker } from "./identify";

/** How long a click that lost a race waits for this instance's view to hold the winner's row. */
const RACE_CATCH_UP_MS = 3000;

/** Writing one-day changes of the rota, as the tab does: the store and a cache refresh after. */
export interface RotaWriter {
  readonly store: Pick<OrganisationStore, "updateRows">;
  /** Reloads the organisation so the next card shows the change. */
  readonly refresh: () => Promise<void>;
}

/** What the morning actions need. */
export interface MorningActionDeps {
  readonly directory: () => Directory | undefined;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly rota?: RotaWriter;
}

/** Who may change the rota from the card: koordinatorer and the sektionsleder (as in the tab). */
export function mayEditRota(person: Person | undefined): boolean {
  return person?.role === "koordinator" || person?.role === "sektionsleder";
}

/** Handles fillGap and refreshMorning; answers with the card as it now stands. */
export async function morningAction(
  context: TurnContext, deps: MorningActionDeps, directory: Directory, verb: string, data: Record<string, unknown>, lang: Lang,
): Promise<{ card: AdaptiveCard; intent: string }> {
  const now = deps.clock();
  const date = typeof data.date === "string" && isIsoDate(data.date) ? data.date : directory.calendar.today(now);
  const card = (d: Directory, notice?: MorningNotice) => renderMorningCard(morningCardData(d, date, now, notice), lang);
  if (verb === VERBS.refreshMorning) return { card: card(directory), intent: "refreshMorning" };

  const asker = await identifyAsker(context, directory, deps.logger);
  if (!mayEditRota(asker.person)) return { card: card(directory, { kind: "notAllowed" }), intent: "fillGapRefused" };
  if (!deps.rota) throw new Error("Writing the rota is not configured: pass rota in BotDeps.");
  const key = typeof data.key === "string" ? data.key : "";
  const org = directory.organisation;
  const gap = findGap(org, date, key, directory.calendar);
  if (!gap) return { card: card(directory, alreadyFilled(directory, date, key)), intent: "gapAlreadyFilled" };
  const input = typeof data.input === "string" ? data[data.input] : undefined;
  const replacement = typeof input === "string" ? input.trim() : "";
  if (!replacement) return { card: card(directory, { kind: "pickSomeone" }), intent: "fillGapInvalid" };
  const duty = dutyToFill(directory, date, gap);
  const free = duty && gap.kind !== "areaUncovered" ? replacementCandidates(org, date, duty, gap.slot, directory.calendar) : [];
  if (!free.some((c) => c.person === replacement)) {
    return { card: card(directory, { kind: "notFree", name: directory.person(replacement)?.name ?? replacement }), intent: "fillGapNotFree" };
  }
  const change = changeToFill(org, date, gap, replacement, directory.calendar);
  const stored = storedRowsOf(directory);
  if (!change || !stored) throw new Error(`gap ${key} cannot be filled by a change (or the Directory carries no row ETags)`);

  const rowKey = rowKeyOf("change", changeId(change));
  try {
    await deps.rota.store.updateRows(stored.version, [{ kind: "change", rowKey, data: change, order: org.rota.changes.length, etag: stored.etags.get(rowKey) }]);
  } catch (err) {
    if (!(err instanceof ConcurrentChangeError)) throw err;
    // Someone else was first: once this instance's view holds their row, say who filled the gap, or show the card
    // as it is now.
    await viewWithRowChanged(deps.rota.refresh, deps.directory, rowKey, stored.etags.get(rowKey) ?? null, RACE_CATCH_UP_MS);
    const fresh = deps.directory() ?? directory;
    const filled = !findGap(fresh.organisation, date, key, fresh.calendar);
    deps.logger.info({ key, filled }, "gap fill lost a race");
    return { card: card(fresh, filled ? alreadyFilled(fresh, date, key) : { kind: "conflict" }), intent: filled ? "gapAlreadyFilled" : "fillGapConflict" };
  }
  await deps.rota.refresh();
  deps.logger.info({ key, duty: change.duty, slot: change.slot }, "gap filled from the morning card");
  const fresh = deps.directory() ?? directory;
  const slotName = org.rota.slots.find((s) => s.id === change.slot)?.name ?? change.slot;
  const dutyName = org.rota.duties.find((d) => d.id === change.duty)?.name ?? change.duty;
  return { card: card(fresh, { kind: "filled", replacement: directory.person(replacement)?.name ?? replacement, duty: dutyName, slot: slotName }), intent: "fillGap" };
}

/** "Already filled by …": the people in the gap's cell now who are not there by the repeating plan. */
function alreadyFilled(directory: Directory, date: IsoDate, key: string): MorningNotice {
  const [, kind, ...rest] = key.split("|");
  const cell = kind === "understaffed" ? { duty: rest[0], slot: rest[1] } : kind === "absentPlanned" ? { duty: rest[1], slot: rest[2] } : undefined;
  if (!cell) return { kind: "alreadyFilled", by: [] };
  const org = directory.organisation;
  const now = resolveRota(org, date, directory.calendar).duties.find((d) => d.duty === cell.duty)?.cells.find((c) => c.slot === cell.slot)?.people ?? [];
  const planned = new Set(cyclePlanOn(org.rota, date)[cell.duty]?.[cell.slot] ?? []);
  const standIns = now.filter((p) => !planned.has(p));
  return {
    kind: "alreadyFilled",
    by: (standIns.length > 0 ? standIns : now).map((p) => directory.person(p)?.name ?? p),
    duty: org.rota.duties.find((d) => d.id === cell.duty)?.name ?? cell.duty,
    slot: org.rota.slots.find((s) => s.id === cell.slot)?.name ?? cell.slot,
  };
}

function isIsoDate(text: string): text is IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}
