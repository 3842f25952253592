// One error type for the API: a status and a calm Danish message for the user, optionally with fresh data.

/** A 4xx answer the tab shows as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra fields of the JSON answer, e.g. the fresh data after a conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
