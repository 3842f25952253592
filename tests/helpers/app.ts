// Starts the real app (restify + CloudAdapter + storage) against the test run's Azurite, and talks to
// /api/messages the way the Bot Framework does, with deliveryMode "expectReplies".
import { loadConfig } from "../../bot/src/config";
import { createLogger, type Logger } from "../../bot/src/logger";
import { startApp, type App, type AppOptions } from "../../bot/src/server";
import type { Organisation } from "../../bot/src/domain/organisation";
import { OrganisationStore } from "../../bot/src/storage/organisationStore";
import { TEST_STORAGE_DEADLINE_MS, uniquePrefix, testTables } from "./storage";
import { demoOrganisation } from "./demo";

/** Starts the app on a free port with its own tables, the given organisation imported. */
export async function startTestApp(options: AppOptions & { organisation?: Organisation | null; env?: NodeJS.ProcessEnv; logger?: Logger; prefix?: string } = {}): Promise<App> {
  const prefix = options.prefix ?? uniquePrefix();
  // Imported "now" on the app's clock, so a check without `since` starts on the test's day.
  if (options.organisation !== null) await new OrganisationStore(testTables(prefix)).replace(options.organisation ?? demoOrganisation(), { now: options.clock?.() });
  const config = loadConfig({
    NODE_ENV: "development",
    PORT: "0",
    STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
    TABLE_PREFIX: prefix,
    SCHEDULER_ENABLED: "false",
    ...options.env,
  });
  return startApp(config, options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), { storageDeadlineMs: TEST_STORAGE_DEADLINE_MS, ...options });
}

/** A message activity as Teams would send it; override any field. */
/** An adaptiveCard/action invoke as Teams sends it for Action.Execute, from `who` in their personal chat with the bot. */
export function cardActionInvoke(who: { readonly id: string; readonly name: string; readonly aadObjectId: string }, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `i${Math.random().toString(36).slice(2)}`,
    locale: "da-DK",
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/_connector",
    from: { id: `29:${who.id}`, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: "bot-1", name: "Fyrtårn" },
    conversation: { id: `a:${who.id}`, conversationType: "personal" },
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: `m${Math.random().toString(36).slice(2)}`,
    text,
    locale: "da-DK",
    channelId: "msteams",
    serviceUrl: process.env.TEST_CONNECTOR_URL ?? "http://127.0.0.1:9/_connector",
    from: { id: "user-1", name: "Mette Jensen", aadObjectId: "00000000-0000-0000-0000-000000000001" },
    recipient: { id: "bot-1", name: "Fyrtårn" },
    conversation: { id: "conv-1", conversationType: "personal" },
    deliveryMode: "expectReplies",
    ...overrides,
  };
}

/** Posts an activity to /api/messages and returns status and parsed body. */
export async function post(app: App, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed };
}

/** Asks the bot a question and returns its replies (expectReplies). */
export async function ask(app: App, text: string, overrides: Record<string, unknown> = {}): Promise<any[]> {
  const { status, body } = await post(app, messageActivity(text, overrides));
  if (status !== 200) throw new Error(`/api/messages svarede ${status}: ${JSON.stringify(body)}`);
  return body.activities;
}

/** All text of a reply's cards, flattened, for content assertions. */
export function cardText(activity: any): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(activity.attachments?.map((a: any) => a.content));
  return out.join(" ");
}
