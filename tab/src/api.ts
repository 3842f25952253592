// The API client: adds the Teams token (in Teams) or the development sign-in header, and turns every failure
// (no answer, a timeout, a 4xx or 5xx) into an ApiProblem, so a view can always show it. The answers' shapes are
// the server's own (bot/src/api/types.ts), imported as types only.
import type { ErrorAnswer } from "../../bot/src/api/types";

export type * from "../../bot/src/api/types";

/** How long a request may take; an edit waits up to about 8 s for the server's view to catch up. */
const TIMEOUT_MS = 30_000;

/** Why a request failed: the server refused it (4xx, its message says why), it failed (5xx), or no answer came. */
export type ProblemKind = "refused" | "server" | "network" | "timeout" | "signIn";

/** A failed request. `status` is 0 when no answer came. */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly status: number,
    message: string,
    readonly body: Partial<ErrorAnswer> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ApiProblem";
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  /** A text answer (the CSV export). */
  text(path: string): Promise<string>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** The header that asks the API for its messages in the tab's language (the browser's Accept-Language is not the tab's). */
export const LANG_HEADER = "x-lang";

export function createApi(auth: { getToken?: () => Promise<string>; devPerson?: string; lang?: "da" | "en" }): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { [LANG_HEADER]: auth.lang ?? "da" };
    if (auth.getToken) {
      try {
        headers.authorization = `Bearer ${await auth.getToken()}`;
      } catch (err) {
        throw new ApiProblem("signIn", 0, "no Teams token", {}, { cause: err });
      }
    } else if (auth.devPerson) headers["x-dev-person"] = auth.devPerson;
    if (body !== undefined) headers["content-type"] = "application/json";
    let res: Response;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === "TimeoutError";
      throw new ApiProblem(timedOut ? "timeout" : "network", 0, `${method} ${path}: ${timedOut ? "no answer in time" : "no answer"}`, {}, { cause: err });
    }
    const json = res.headers.get("content-type")?.includes("json");
    if (res.ok && !json) return (await res.text()) as T;
    const answer: unknown = await res.json().catch(() => undefined);
    if (res.ok && answer !== undefined) return answer as T;
    const error = (answer ?? {}) as Partial<ErrorAnswer>;
    const kind = res.ok || res.status >= 500 ? "server" : "refused";
    throw new ApiProblem(kind, res.status, typeof error.error === "string" ? error.error : `${method} ${path}: ${res.status}`, error);
  };
  return { get: (path) => request("GET", path), text: (path) => request<string>("GET", path), put: (path, body) => request("PUT", path, body), post: (path, body) => request("POST", path, body) };
}
