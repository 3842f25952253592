// Structured logs (pino). Log intents, ids and timings — never message text or anything CPR-like.
import pino, { type Logger } from "pino";

export type { Logger };

/** The process logger; level from LOG_LEVEL. Tests pass level "silent". */
export function createLogger(level = process.env.LOG_LEVEL || "info"): Logger {
  return pino({ level, base: { app: "fyrtaarn" }, timestamp: pino.stdTimeFunctions.isoTime });
}
