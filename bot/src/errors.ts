// One error type for the whole app (practica's AppError): a code for logs and tests, the HTTP status an API answer
// carries, a calm message for the user in Danish and English, and the cause, which pino's serialiser keeps in the
// log. Specific errors (storage down, a concurrent change, a lost claim, …) are AppErrors with their own code.

/** A message for the user, in both of the app's languages. */
export interface UserMessage {
  readonly da: string;
  readonly en: string;
}

/** What the user reads when the fault is the server's own: never the error's own text. */
export const SERVER_FAULT: UserMessage = {
  da: "Der skete en fejl på serveren. Prøv igen om lidt.",
  en: "Something went wrong on the server. Please try again in a moment.",
};

/** Options of an AppError; all but the code are optional. */
export interface AppErrorOptions {
  /** The detail for the log (English or Danish); defaults to the user's Danish message. */
  readonly message?: string;
  /** The HTTP status an API answer carries; 500 unless said. */
  readonly status?: number;
  /** What the user is told; the server fault message unless said. */
  readonly user?: UserMessage;
  readonly cause?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly user: UserMessage;

  constructor(code: string, options: AppErrorOptions = {}) {
    super(options.message ?? options.user?.da ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status ?? 500;
    this.user = options.user ?? SERVER_FAULT;
  }
}

/** The message for the user in `lang`: an AppError's own, the server fault message for anything else. */
export function userMessageOf(err: unknown, lang: "da" | "en"): string {
  return (err instanceof AppError ? err.user : SERVER_FAULT)[lang];
}
