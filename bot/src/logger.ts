// Structured logs (pino). Log intents, ids and timings — never message text or anything CPR-like. As a last
// line of defence every log line goes through the CPR guard: fields (errors included) and the message are
// written with any CPR-like number replaced by "[CPR fjernet]".
import pino, { type DestinationStream, type Logger } from "pino";
import { redactCpr, redactCprDeep } from "./domain/cpr";

export type { Logger };

/** The process logger; level from LOG_LEVEL. Tests pass level "silent", or a stream to read what was logged. */
export function createLogger(level = process.env.LOG_LEVEL || "info", destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: "fyrtaarn" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { log: (fields) => redactCprDeep(fields) },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((a) => (typeof a === "string" ? redactCpr(a) : a)) as Parameters<typeof method>;
        return method.apply(this, redacted);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
