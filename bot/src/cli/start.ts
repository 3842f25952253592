// npm start: the whole app locally on embedded defaults. Starts Azurite (table service, data in .data/ so
// it survives restarts), imports the demo organisation when storage is empty, starts the server in
// development mode and the Agents Playground pointed at it, and prints the URLs. Ctrl-C stops all of them.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadConfig, AZURITE_CONNECTION_STRING } from "../config";
import { createLogger } from "../logger";
import { parseOrganisationBytes, formatProblems } from "../domain/organisationFile";
import { startApp, type App } from "../server";
import { startAzurite, stopChild, type RunningAzurite } from "./azurite";
import { demoHistory, seedDemoHistory } from "./demoHistory";

const root = path.resolve(__dirname, "../../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const AZURITE_PORT = 10002;
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT || 56150);
const DEMO_FILE = process.env.DEMO_ORGANISATION || path.join(root, "data", "demo-organisation.yaml");

async function main(): Promise<void> {
  const children: ChildProcess[] = [];
  let azurite: RunningAzurite | undefined;
  let app: App | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopper …");
    await app?.close().catch(() => undefined);
    await Promise.all([...children.map((c) => stopChild(c)), azurite?.stop()]);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV || "development" };
  env.STORAGE_CONNECTION_STRING ||= AZURITE_CONNECTION_STRING;
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);

  if (config.storage.kind === "connectionString" && config.storage.connectionString === AZURITE_CONNECTION_STRING) {
    if (await listening(AZURITE_PORT)) {
      console.log(`Azurite kører allerede på port ${AZURITE_PORT}; bruger den.`);
    } else {
      const location = path.join(root, ".data", "azurite");
      await mkdir(location, { recursive: true });
      azurite = await startAzurite({ port: AZURITE_PORT, location });
    }
  }

  app = await startApp(config, logger);
  if (!(await app.store.pointer())) {
    const parsed = parseOrganisationBytes(await readFile(DEMO_FILE));
    if (!parsed.ok) throw new Error(`${DEMO_FILE} er ikke gyldig:\n${formatProblems(parsed.problems)}`);
    // The demo comes with twelve weeks of check history, so the checks look as in a department that uses them.
    const now = new Date();
    const history = demoHistory(parsed.organisation, now);
    await app.store.replace(history.organisation, { source: path.relative(root, DEMO_FILE), now });
    await seedDemoHistory(app.checkLog, history);
    await app.cache.refresh();
    console.log(`Tom database: demo-organisationen er importeret fra ${path.relative(root, DEMO_FILE)} med ${history.completions.length} udførte kontrolrunder.`);
  }

  const playground = spawn(bin("agentsplayground"), ["-e", `http://127.0.0.1:${config.port}/api/messages`, "-c", "msteams", "--disable-telemetry", "-p", String(PLAYGROUND_PORT)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none", M365_AGENTS_PLAYGROUND_LOGFILE: path.join(root, ".data", "playground.log") },
  });
  children.push(playground);
  // The Playground reports its errors on stdout; pass those on, keep the rest quiet.
  playground.stdout?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (/^error /.test(line)) console.error(`Agents Playground: ${line.slice(6)}`);
  });
  playground.once("exit", (code) => !stopping && console.error(`Agents Playground stoppede (kode ${code}); serveren kører videre.`));
  await waitFor(() => listening(PLAYGROUND_PORT), 30_000, "Agents Playground startede ikke").catch((err: Error) => console.error(err.message));

  console.log(`
Fyrtårn kører lokalt (udviklingstilstand, Azurite, demo-organisation):
  Chat med botten (Agents Playground):  http://localhost:${PLAYGROUND_PORT}
  Botten (Bot Framework):               http://localhost:${config.port}/api/messages
  Fanen i en almindelig browser:        http://localhost:${config.port}/tab/
  Sundhed:                              http://localhost:${config.port}/healthz
Stop med Ctrl-C.
`);
}

/** True when something accepts TCP connections on the port. */
async function listening(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number, message: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(message);
}

main().catch((err) => {
  console.error("npm start fejlede:", err instanceof Error ? err.message : err);
  process.exit(1);
});
