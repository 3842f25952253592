// The API client: adds the Teams token (in Teams) or the development sign-in header, and turns 4xx answers
// into ApiProblem with the server's Danish message and any fresh data.

export class ApiProblem extends Error {
  constructor(readonly status: number, message: string, readonly body: Record<string, unknown>) {
    super(message);
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  /** A text answer (the CSV export). */
  text(path: string): Promise<string>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export function createApi(auth: { getToken?: () => Promise<string>; devPerson?: string }): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = {};
    if (auth.getToken) headers.authorization = `Bearer ${await auth.getToken()}`;
    else if (auth.devPerson) headers["x-dev-person"] = auth.devPerson;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.ok && !(res.headers.get("content-type") ?? "").includes("json")) return (await res.text()) as T;
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new ApiProblem(res.status, typeof json.error === "string" ? json.error : `Fejl ${res.status}`, json);
    return json as T;
  };
  return { get: (path) => request("GET", path), text: (path) => request<string>("GET", path), put: (path, body) => request("PUT", path, body), post: (path, body) => request("POST", path, body) };
}

/** Shapes of the API's answers the views use. */
export interface Me {
  person: { id: string; name: string; title: string; role: string };
  canEdit: boolean;
  /** What the server lets this person do (the server checks again on every request). */
  may?: { edit: boolean; exportCheckLog: boolean; readFindings: boolean };
  development: boolean;
  organisation: string;
}
export interface OrgPerson {
  id: string;
  name: string;
  title: string;
  unit: string;
  role: string;
  email?: string;
  phone?: string;
  fyrtaarn: string[];
  backup: string[];
  competences: string[];
  tillidshverv: ("tr" | "amr")[];
}
export interface OrgData {
  organisation: { name: string; municipality: string };
  units: { id: string; name: string; parent?: string; leader?: string }[];
  areas: { id: string; name: string }[];
  people: OrgPerson[];
}
export interface AreaRow {
  id: string;
  name: string;
  fyrtaarne: string[];
  backups: string[];
  etag: string | null;
  missingFyrtaarn: boolean;
  missingBackup: boolean;
  absent: { person: string; reason: string; coveredBy: string | null }[];
  /** Every fyrtårn and backup is away today (the koordinator is then in coveredBy). */
  nobodyIn: boolean;
}
export interface FyrtaarnData {
  date: string;
  maxAreasPerPerson: number;
  areas: AreaRow[];
  overloaded: { person: string; count: number }[];
}
export interface RotaCell { slot: string; planned: boolean; people: string[]; absent: { person: string; reason: string }[]; changed: boolean; understaffed: boolean }
/** A gap of the day's rota (bot/src/domain/coverage.ts), for the koordinator to fill. */
export type RotaGap =
  | { kind: "understaffed"; duty: string; slot: string; minStaff: number; present: string[]; absent: { person: string; reason: string }[] }
  | { kind: "doubleBooked"; person: string; slot: string; duties: string[] }
  | { kind: "absentPlanned"; person: string; reason: string; duty: string; slot: string }
  | { kind: "areaUncovered"; area: string; away: { person: string; reason: string }[] };
export interface RotaDay { date: string; working: boolean; cycleWeek: number; day: { reason?: string; weekday: string }; duties: { duty: string; name: string; cells: RotaCell[] }[]; absent: { person: string; reason: string; slots?: string[] }[]; gaps: RotaGap[] }
export interface RotaData { date: string; slots: { id: string; name: string }[]; duties: { id: string; name: string }[]; days: RotaDay[]; changeEtags: Record<string, string | null>; cycleEtags: (string | null)[] }
export interface OrgToday { date: string; working: boolean; absent: Record<string, { reason: string; slots?: string[] }>; duties: Record<string, string[]> }
export interface ChartHit { kind: "person" | "unit" | "area" | "competence" | "duty" | "title"; id: string; label: string; people: string[]; unit?: string }
export interface ChartSearch { q: string; hits: ChartHit[]; suggestions: { kind: string; id: string; label: string }[] }
