// The API's refusals: an AppError whose status is a 4xx and whose message the tab shows as it is, optionally with
// fresh data (the current row after a conflict).
import { AppError } from "../errors";

/** English for a refusal whose Danish text is specific: the status says enough for an English tab. */
const ENGLISH: Readonly<Record<number, string>> = {
  400: "The request is not valid. Check what you filled in and try again.",
  401: "You are not signed in to Teams, or your sign-in has expired. Reload the tab.",
  403: "You do not have access to this.",
  404: "It was not found.",
  409: "Someone else changed this meanwhile. Nothing was overwritten; the current version is shown.",
  412: "Someone else changed this meanwhile. Nothing was overwritten; the current version is shown.",
  413: "The request is too large.",
  428: "The change carries no version. Reload the tab and try again.",
};

/** A 4xx answer the tab shows as it is. */
export class ApiError extends AppError {
  constructor(
    status: number,
    message: string,
    /** Extra fields of the JSON answer, e.g. the fresh data after a conflict. */
    readonly extra?: Record<string, unknown>,
    options: { readonly en?: string; readonly cause?: unknown } = {},
  ) {
    super(`api_${status}`, { status, message, user: { da: message, en: options.en ?? ENGLISH[status] ?? message }, cause: options.cause });
  }
}
