// The tab's REST API under /api. Each route is a row: method, path, whether it edits, and a handler that
// reads the request and calls a view or an edit. Auth, errors and JSON happen once, in mountApi.
import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { Directory } from "../domain/directory";
import type { Logger } from "../logger";
import { WEEKDAYS, type Absence, type Area, type CycleWeek, type Organisation, type Rota, type RotaChange } from "../domain/organisation";
import { addDays, validDate, weekdayOf, type DayName } from "../domain/isoDate";
import { WEEKDAY_NAMES_DA, slotWeekdays } from "../domain/slots";
import { cprPaths, redactCpr } from "../domain/cpr";
import { may, type Permission } from "../domain/permissions";
import type { OrganisationStore } from "../storage/organisationStore";
import type { OrganisationCache } from "../storage/organisationCache";
import { DEV_PERSON_HEADER, LANG_HEADER, type Authenticate, type Caller } from "./auth";
import { AppError, userMessageOf } from "../errors";
import { ApiError } from "./errors";
import { saveEdit, versionOf } from "./etags";
import type { AbsenceSaved, AreaRow, CycleWeekSaved, DevPerson, ErrorAnswer, Me, RotaChangeSaved, SearchAnswer } from "./types";
import { sameAbsence } from "../storage/editVersions";
import { areaView, fyrtaarnView, orgView, rotaView } from "./views";
import { resolveRota } from "../domain/rota";
import { serveTab } from "./tabFiles";
import { checkLogCsv, checksView } from "./checks";
import { chartSearch, orgToday } from "./orgChart";
import type { CheckLog } from "../storage/checkLog";
import type { AgendaStore } from "../storage/agendaStore";

/** What the API needs from the app. */
export interface ApiDeps {
  readonly cache: Pick<OrganisationCache<Directory>, "current" | "refresh">;
  readonly store: Pick<OrganisationStore, "updateRows">;
  readonly authenticate: Authenticate;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly development: boolean;
  /** Completed checks; without it the checks view shows rounds with no completions. */
  readonly checkLog?: Pick<CheckLog, "list">;
  /** Proposed agenda items; without it upcoming meetings show none. */
  readonly agenda?: Pick<AgendaStore, "list">;
}

/** A file answer instead of JSON (the CSV export). */
class FileAnswer {
  constructor(readonly type: string, readonly filename: string, readonly body: string) {}
}

/** JSON already written as text: a large answer that is the same for every caller is serialised once per version. */
class JsonText {
  constructor(readonly text: string) {}
}

/** Why a route is refused, per permission (403). */
const FORBIDDEN: Readonly<Record<Permission, string>> = {
  edit: "Kun sektionsleder og koordinatorer kan ændre dette. Du kan se det, men ikke rette det.",
  complete: "Kun kontrollens ansvarlige, koordinatorer og sektionslederen kan registrere en kontrol.",
  approve: "Kun sektionslederen kan godkende opfølgningen.",
  readFindings: "Fund og opfølgning kan kun ses af sektionsleder og koordinatorer.",
  exportCheckLog: "Kontrolloggen kan kun hentes af sektionsleder og koordinatorer. Du kan se, om kontrollerne er udført, under Møder og kontroller.",
  chooseChannel: "Kun sektionsleder og koordinatorer kan vælge kanalen til påmindelser.",
};

const noCompletions: Pick<CheckLog, "list"> = { list: async () => [] };

interface RouteContext {
  readonly req: Request;
  readonly directory: Directory;
  readonly caller: Caller;
  readonly deps: ApiDeps;
  readonly today: string;
}

/** One API route. */
interface ApiRoute {
  readonly method: "get" | "put" | "post";
  readonly path: string;
  /** Who may call it (domain/permissions decides); everyone signed in when absent. */
  readonly permission?: Permission;
  readonly handle: (ctx: RouteContext) => Promise<unknown> | unknown;
}

const IsoDateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Datoen skal skrives ÅÅÅÅ-MM-DD, fx 2026-11-23.")
  .refine((s) => validDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== undefined, "Datoen findes ikke i kalenderen.");
const Etag = z.string().min(1).max(200).nullable();
const PersonIds = z.array(z.string().min(1).max(100)).max(50, "Højst 50 personer.");

const RotaChangeBody = z.strictObject({ date: IsoDateText, duty: z.string().min(1).max(100), slot: z.string().min(1).max(100), people: PersonIds, etag: Etag.optional() });
const AbsenceBody = z.strictObject({
  person: z.string().min(1).max(100),
  from: IsoDateText,
  to: IsoDateText,
  reason: z.string().trim().min(1, "Skriv en årsag (fx ferie, kursus, syg, afspadsering).").max(100),
  slots: z.array(z.string().min(1).max(100)).min(1).max(10).optional(),
});
const CycleCellBody = z.strictObject({ week: z.number().int().min(1).max(52), day: z.enum(WEEKDAYS), duty: z.string().min(1).max(100), slot: z.string().min(1).max(100), people: PersonIds, etag: Etag.optional() });
const AreaBody = z.strictObject({ fyrtaarne: PersonIds, backups: PersonIds, etag: Etag.optional() });
const SearchQuery = z.object({ q: z.string().trim().min(1, "Skriv noget at søge efter.").max(200, "Søgningen er for lang (højst 200 tegn).") });
const DateQuery = z.object({ date: IsoDateText.optional() });

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  throw new ApiError(400, `Ugyldig anmodning: ${problems.join("; ")}`, { problems });
}

/** The version the client saw: If-Match header first, then the body's etag field; null means "there was none". */
function expectedVersion(req: Request, bodyEtag: string | null | undefined): string | null {
  const header = req.header("if-match");
  if (header) return header === "*" ? null : header;
  if (bodyEtag === undefined) throw new ApiError(428, "Ændringen mangler den ETag, du så (If-Match eller feltet etag), så vi kan se, om andre har ændret det samme imens.");
  return bodyEtag;
}

/** A slot that runs only on some weekdays takes nobody on the others (the file format refuses it too). */
function refuseSlotOnWrongDay(org: Organisation, slotId: string, day: DayName): void {
  const slot = org.rota.slots.find((s) => s.id === slotId);
  const days = slot ? slotWeekdays(slot) : WEEKDAYS;
  if (!(days as readonly string[]).includes(day)) {
    throw new ApiError(400, `Tidsrummet "${slot?.name ?? slotId}" findes kun ${days.map((d) => WEEKDAY_NAMES_DA[d]).join(", ")}.`);
  }
}

/** 400 naming the people who are not in the organisation, if any. */
function refuseUnknownPeople(directory: Directory, ids: readonly string[]): void {
  const missing = ids.filter((id) => !directory.person(id));
  if (missing.length) throw new ApiError(400, `Disse personer findes ikke i organisationen: ${missing.join(", ")}.`);
}

/** 400 when the rota has no such duty or slot (a one-day change and a cycle cell name both). */
function refuseUnknownDutyOrSlot(rota: Rota, duty: string, slot: string): void {
  if (!rota.duties.some((d) => d.id === duty)) throw new ApiError(400, `Opgaven "${duty}" findes ikke i rulleplanen.`);
  if (!rota.slots.some((s) => s.id === slot)) throw new ApiError(400, `Tidsrummet "${slot}" findes ikke i rulleplanen.`);
}

const routes: readonly ApiRoute[] = [
  {
    method: "get",
    path: "/api/me",
    handle: ({ caller, directory }): Me => ({
      person: { id: caller.person.id, name: caller.person.name, title: caller.person.title, role: caller.person.role },
      canEdit: caller.canEdit,
      /** What the tab may offer this person (domain/permissions). */
      may: { edit: may(caller.person, "edit"), exportCheckLog: may(caller.person, "exportCheckLog"), readFindings: may(caller.person, "readFindings") },
      development: caller.development,
      organisation: directory.organisation.organisation.name,
    }),
  },
  // 5.7 MB at 25,000 people: serialised once per organisation version, not per request.
  { method: "get", path: "/api/org", handle: ({ directory }) => directory.memo("api:org:json", () => new JsonText(JSON.stringify(orgView(directory)))) },
  {
    method: "get",
    path: "/api/search",
    handle: ({ req, directory }): SearchAnswer => {
      const { q } = parse(SearchQuery, req.query);
      const matches = directory.index.find(q).slice(0, 50).map((m) => ({ kind: m.kind, id: m.id, label: m.label, score: m.score }));
      return { q, matches, suggestions: matches.length ? [] : directory.index.suggest(q) };
    },
  },
  { method: "get", path: "/api/org/search", handle: ({ req, directory, today }) => chartSearch(directory, parse(SearchQuery, req.query).q, today) },
  { method: "get", path: "/api/org/today", handle: ({ req, directory, today }) => orgToday(directory, parse(DateQuery, req.query).date ?? today) },
  {
    method: "get",
    path: "/api/fyrtaarne",
    handle: ({ req, directory, today }) => fyrtaarnView(directory, parse(DateQuery, req.query).date ?? today),
  },
  {
    method: "get",
    path: "/api/rota",
    handle: ({ req, directory, today }) => rotaView(directory, parse(DateQuery, req.query).date ?? today),
  },
  {
    method: "get",
    path: "/api/checks",
    handle: ({ directory, deps, caller }) => checksView(directory, deps.checkLog ?? noCompletions, deps.clock(), deps.agenda, caller.person),
  },
  {
    method: "get",
    path: "/api/checks.csv",
    permission: "exportCheckLog",
    handle: async ({ req, deps, today, directory }) => {
      const { from, to } = parse(z.object({ from: IsoDateText.optional(), to: IsoDateText.optional() }), req.query);
      const cal = directory.calendar;
      const entries = await (deps.checkLog ?? noCompletions).list({ from: from ? cal.toInstant(from, "00:00") : undefined, to: to ? cal.toInstant(addDays(to, 1), "00:00") : undefined });
      const titles = new Map(directory.organisation.checks.map((c) => [c.id, c.title]));
      return new FileAnswer("text/csv; charset=utf-8", `kontrollog-${today}.csv`, checkLogCsv(entries, { titles, zone: cal.zone }));
    },
  },
  {
    method: "put",
    path: "/api/rota/changes",
    permission: "edit",
    handle: async ({ req, directory, deps }) => {
      const body = parse(RotaChangeBody, req.body);
      const org = directory.organisation;
      refuseUnknownDutyOrSlot(org.rota, body.duty, body.slot);
      refuseUnknownPeople(directory, body.people);
      if (!directory.calendar.isWorkingDay(body.date)) throw new ApiError(400, `${body.date} er ikke en arbejdsdag, så der er ingen rulleplan at ændre.`);
      refuseSlotOnWrongDay(org, body.slot, weekdayOf(body.date));
      const change: RotaChange = { date: body.date, duty: body.duty, slot: body.slot, people: body.people };
      const thing = { kind: "change", cell: change } as const;
      const fresh = (d: Directory): RotaChangeSaved => ({ day: resolveRota(d.organisation, body.date, d.calendar), etag: versionOf(d, thing) });
      return saveEdit(deps, directory, thing, expectedVersion(req, body.etag), { data: change, order: org.rota.changes.length }, fresh);
    },
  },
  {
    method: "post",
    path: "/api/absences",
    permission: "edit",
    handle: async ({ req, directory, deps }) => {
      const body = parse(AbsenceBody, req.body);
      if (!directory.person(body.person)) throw new ApiError(400, `Personen "${body.person}" findes ikke i organisationen.`);
      if (body.to < body.from) throw new ApiError(400, "Fraværet slutter, før det begynder: 'to' skal være samme dag som 'from' eller senere.");
      const unknownSlot = body.slots?.find((s) => !directory.organisation.rota.slots.some((x) => x.id === s));
      if (unknownSlot) throw new ApiError(400, `Tidsrummet "${unknownSlot}" findes ikke i rulleplanen.`);
      const absence: Absence = { person: body.person, from: body.from, to: body.to, reason: body.reason, ...(body.slots ? { slots: body.slots } : {}) };
      const thing = { kind: "absence", absence } as const;
      const fresh = (d: Directory): AbsenceSaved => ({ absence: d.organisation.rota.absences.find((a) => sameAbsence(a, absence)) ?? null, etag: versionOf(d, thing) });
      // A new absence: there must be none for the same person, first day and slots (else 409 with the stored one).
      return saveEdit(deps, directory, thing, null, { data: absence, order: directory.organisation.rota.absences.length }, fresh);
    },
  },
  {
    method: "put",
    path: "/api/rota/cycle",
    permission: "edit",
    handle: async ({ req, directory, deps }) => {
      const body = parse(CycleCellBody, req.body);
      const rota = directory.organisation.rota;
      const week = rota.cycle[body.week - 1];
      if (!week) throw new ApiError(400, `Rulleplanen har ${rota.cycle.length} uger; uge ${body.week} findes ikke.`);
      refuseUnknownDutyOrSlot(rota, body.duty, body.slot);
      refuseUnknownPeople(directory, body.people);
      refuseSlotOnWrongDay(directory.organisation, body.slot, body.day);
      const day = week[body.day] ?? {};
      const next: CycleWeek = { ...week, [body.day]: { ...day, [body.duty]: { ...(day[body.duty] ?? {}), [body.slot]: body.people } } };
      const thing = { kind: "cycle", week: body.week } as const;
      const fresh = (d: Directory): CycleWeekSaved => ({ week: body.week, plan: d.organisation.rota.cycle[body.week - 1] ?? null, etag: versionOf(d, thing) });
      return saveEdit(deps, directory, thing, expectedVersion(req, body.etag), { data: next, order: body.week - 1 }, fresh);
    },
  },
  {
    method: "put",
    path: "/api/areas/:id",
    permission: "edit",
    handle: async ({ req, directory, deps, today }) => {
      const id = String(req.params.id ?? "");
      const index = directory.organisation.areas.findIndex((a) => a.id === id);
      if (index < 0) throw new ApiError(404, `Fagområdet "${id.slice(0, 100)}" findes ikke.`);
      const body = parse(AreaBody, req.body);
      refuseUnknownPeople(directory, [...body.fyrtaarne, ...body.backups]);
      const both = body.fyrtaarne.filter((p) => body.backups.includes(p));
      if (both.length) throw new ApiError(400, `En person kan ikke være både fyrtårn og backup for samme område: ${both.join(", ")}.`);
      const area: Area = { ...directory.organisation.areas[index], fyrtaarne: body.fyrtaarne, backups: body.backups };
      const fresh = (d: Directory): AreaRow | null => {
        const a = d.area(id);
        return a ? areaView(d, a, resolveRota(d.organisation, today, d.calendar)) : null;
      };
      return saveEdit(deps, directory, { kind: "area", id }, expectedVersion(req, body.etag), { data: area, order: index }, fresh);
    },
  },
];

/**
 * The CPR guard for the tab: a CPR-like number anywhere in the body, the query or the path is refused before
 * anything reads it (so it is neither stored nor echoed in an error). The answer names the fields, never the value.
 */
function refuseCpr(req: Request): void {
  // A key may itself be the number: paths are redacted too.
  const fields = [...cprPaths(req.body).map((p) => p || "body"), ...cprPaths(req.query).map((p) => `?${p}`), ...cprPaths(req.params).map((p) => `:${p}`)].map(redactCpr);
  if (fields.length === 0) return;
  throw new ApiError(
    400,
    `Noget i ${fields.length === 1 ? "feltet" : "felterne"} ${fields.map((f) => `"${f}"`).join(", ")} ligner et CPR-nummer. CPR-numre må ikke gemmes i appen; skriv fx et sagsnummer i stedet. Intet er gemt.`,
    { problems: fields.map((f) => `${f}: ligner et CPR-nummer`), cprFields: fields },
  );
}

/** Mounts every API route, and the built tab under /tab, on the server. */
export function mountApi(server: Server, deps: ApiDeps): void {
  serveTab(server);
  for (const route of routes) {
    server[route.method](route.path, async (req: Request, res: Response) => {
      try {
        refuseCpr(req);
        const directory = deps.cache.current;
        if (!directory) throw new ApiError(503, "Organisationen er ikke indlæst endnu. Prøv igen om lidt.");
        const devPerson = req.header(DEV_PERSON_HEADER) || undefined;
        const caller = await deps.authenticate({ authorization: req.header("authorization") || undefined, devPerson }, directory);
        if (route.permission && !may(caller.person, route.permission)) throw new ApiError(403, FORBIDDEN[route.permission]);
        const today = directory.calendar.today(deps.clock());
        const body = await route.handle({ req, directory, caller, deps, today });
        if (body instanceof FileAnswer) {
          res.writeHead(200, { "content-type": body.type, "content-disposition": `attachment; filename="${body.filename}"` });
          res.end(body.body);
          return;
        }
        if (body instanceof JsonText) {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(body.text);
          return;
        }
        res.status(200);
        res.json(body);
      } catch (err) {
        // The user gets the AppError's calm message in the tab's language; the log gets the error, stack and cause.
        const lang = req.header(LANG_HEADER) === "en" ? "en" : "da";
        const status = err instanceof AppError ? err.status : 500;
        if (status < 500) {
          // A refusal the user can act on; one with a cause (a token that did not verify) says why in the log.
          if (err instanceof Error && err.cause !== undefined) deps.logger.info({ path: req.path(), status, err }, "api request refused");
        } else if (status === 503) deps.logger.warn({ path: req.path(), err }, "api request: storage unavailable");
        else deps.logger.error({ path: req.path(), err }, "api request failed");
        res.status(status);
        res.json({ error: userMessageOf(err, lang), ...(err instanceof ApiError && err.extra) } satisfies ErrorAnswer);
      }
    });
  }
  // The development sign-in's person picker: only in development mode.
  if (deps.development) {
    server.get("/api/dev/people", async (_req: Request, res: Response) => {
      const directory = deps.cache.current;
      res.status(directory ? 200 : 503);
      res.json(directory ? directory.organisation.people.slice(0, 200).map((p): DevPerson => ({ id: p.id, name: p.name, role: p.role })) : ({ error: "Organisationen er ikke indlæst endnu." } satisfies ErrorAnswer));
    });
  }
}
