// The structured logger: errors keep their stack, code and cause (pino's serialiser), and the CPR guard covers
// all of it, the cause included.
import { strict as assert } from "node:assert";
import { Writable } from "node:stream";
import { createLogger } from "../bot/src/logger";

function capture() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { lines, logger: createLogger("info", stream) };
}

describe("logger", () => {
  it("when an error with a code and a cause is logged, then its type, message, stack, code and cause are all there", async () => {
    const { lines, logger } = capture();
    const cause = Object.assign(new Error("ECONNREFUSED 127.0.0.1:10002"), { code: "ECONNREFUSED" });
    const err = Object.assign(new Error("Table Storage kan ikke nås", { cause }), { code: "storage_unavailable", status: 503 });
    logger.warn({ err, verb: "fillGap" }, "card action failed");
    await new Promise((r) => setImmediate(r));
    const [line] = lines;
    assert.equal(line.err.type, "Error");
    assert.equal(line.err.message, "Table Storage kan ikke nås");
    assert.match(line.err.stack, /logger\.test\.ts/);
    assert.equal(line.err.code, "storage_unavailable");
    assert.equal(line.err.status, 503);
    assert.equal(line.err.cause.message, "ECONNREFUSED 127.0.0.1:10002");
    assert.equal(line.err.cause.code, "ECONNREFUSED");
    assert.equal(line.verb, "fillGap");
  });

  it("when an error or its cause carries a CPR-like number, then the log line has none", async () => {
    const { lines, logger } = capture();
    const err = new Error("opslag på 010190-1234 fejlede", { cause: new Error("række 0101901234 findes ikke") });
    logger.error({ err }, "request failed");
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines[0]);
    assert.doesNotMatch(text, /010190-?1234/);
    assert.match(lines[0].err.message, /\[CPR fjernet\]/);
    assert.match(lines[0].err.cause.message, /\[CPR fjernet\]/);
  });
});
