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
    // Errors through pino's serialiser (type, message, stack, code, cause), then the CPR guard over all of it.
    formatters: { log: (fields) => redactCprDeep(serializeErrors(fields)) },
    // Already serialised and guarded above; pino's default `err` serialiser would take the plain object for an Error again.
    serializers: { err: (value: unknown) => value },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((a) => (typeof a === "string" ? redactCpr(a) : a)) as Parameters<typeof method>;
        return method.apply(this, redacted);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Sends what libraries print with console.* (botbuilder prints authentication failures and stack traces with
 * console.error) through the structured logger instead of bare stdout/stderr: one line per call, CPR-guarded,
 * tagged `console`. Returns a function that puts the console back.
 */
export function routeConsoleToLogger(logger: Logger): () => void {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const log = logger.child({ source: "console" });
  const text = (args: unknown[]) =>
    args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === "string" ? a : safeJson(a))).join(" ").slice(0, 4000);
  console.log = (...args: unknown[]) => log.info(text(args));
  console.info = (...args: unknown[]) => log.info(text(args));
  console.debug = (...args: unknown[]) => log.debug(text(args));
  console.warn = (...args: unknown[]) => log.warn(text(args));
  console.error = (...args: unknown[]) => {
    const err = args.find((a): a is Error => a instanceof Error);
    log.error(err ? { err } : {}, text(args));
  };
  return () => Object.assign(console, original);
}

/** Every Error among the fields, serialised by pino's errWithCause: the stack and the cause are kept, not only the message. */
function serializeErrors(fields: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields)) {
    // As plain JSON: the serialiser's objects have their own prototype, which the CPR guard would pass by.
    if (value instanceof Error) (out ??= { ...fields })[key] = JSON.parse(JSON.stringify(pino.stdSerializers.errWithCause(value)));
  }
  return out ?? fields;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
