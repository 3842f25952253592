// One instance of the app with its scheduler, as a child process, for the fault tests and benchmarks (they kill it
// with SIGKILL). Settings from the environment: STORAGE_CONNECTION_STRING, TABLE_PREFIX, INSTANCE, CLOCK_OFFSET_MS
// (the app's clock is real time plus this), LEASE_MS, TICK_MS, TAKEOVER_QUIET_MS, APP_RATE (this instance's share of
// the app's 50 requests/s), LOG_LEVEL. Prints "ready" when listening.
import { loadConfig } from "../../bot/src/config";
import { createLogger } from "../../bot/src/logger";
import { startApp } from "../../bot/src/server";
import { CONVERSATION_LIMITS, PoliteSender, RateLimiter } from "../../bot/src/scheduler/sender";

const number = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "development", PORT: "0", SCHEDULER_ENABLED: "true" });
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const offset = number("CLOCK_OFFSET_MS", 0);
  const app = await startApp(config, logger, {
    clock: () => new Date(Date.now() + offset),
    scheduler: {
      instance: process.env.INSTANCE,
      leaseMs: number("LEASE_MS", 120_000),
      tickMs: number("TICK_MS", 60_000),
      takeoverQuietMs: number("TAKEOVER_QUIET_MS", 15_000),
      sender: new PoliteSender(new RateLimiter(CONVERSATION_LIMITS, [{ limit: number("APP_RATE", 50), ms: 1000 }])),
    },
  });
  process.stdout.write(`ready ${app.url}\n`);
  const stop = () => void app.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err) => {
  console.error("reminder instance failed:", err);
  process.exit(1);
});
