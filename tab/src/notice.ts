// What a view says above its content: saved, a conflict, or a failed request in calm words.
import { ApiProblem } from "./api";
import type { Texts } from "./texts";

/** What a view shows above its content. */
export interface Notice {
  readonly intent: "error" | "success" | "warning";
  readonly text: string;
}

/**
 * The calm message for a failed request, in the tab's language. A refusal (4xx) keeps the server's own Danish
 * message, which says what to do (a conflict is a warning: the fresh data is shown); the rest say that it is not
 * the user's doing and to try again. `saving`: the words add that nothing was saved and the form is kept.
 */
export function noticeOf(err: unknown, t: Texts, saving = false): Notice {
  if (!(err instanceof ApiProblem)) {
    console.error("the tab failed outside a request", err);
    return { intent: "error", text: t.failedUnexpected };
  }
  console.warn(`request failed (${err.kind}, ${err.status})`, err.cause ?? err.message);
  if (err.kind === "refused") return { intent: err.status === 409 ? "warning" : "error", text: err.message };
  const text = { server: t.failedServer, network: t.failedNetwork, timeout: t.failedTimeout, signIn: t.failedSignIn }[err.kind];
  return { intent: "error", text: saving ? `${text} ${t.notSavedKept}` : text };
}
