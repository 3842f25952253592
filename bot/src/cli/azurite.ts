// Starts and stops a real Azurite table service: for npm start, tests and benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A running Azurite and how to reach it. */
export interface RunningAzurite {
  readonly port: number;
  /** Its process id (fault tests pause it with SIGSTOP/SIGCONT). */
  readonly pid: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** The connection string of a local Azurite listening on `port`. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts azurite-table in memory and resolves once it accepts connections. */
export async function startAzurite(options: { port?: number; location?: string } = {}): Promise<RunningAzurite> {
  const port = options.port ?? (await freePort());
  const bin = path.resolve(__dirname, "../../../node_modules/.bin/azurite-table");
  const args = ["--disableTelemetry", "--tableHost", "127.0.0.1", "--tablePort", String(port), "--silent"];
  args.push(...(options.location ? ["--location", options.location] : ["--inMemoryPersistence"]));
  const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await waitForPort(port, child, () => stderr);
  return { port, connectionString: azuriteConnectionString(port), pid: child.pid!, stop: () => stopChild(child) };
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Azurite stoppede (kode ${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/devstoreaccount1/Tables`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  child.kill("SIGINT");
  throw new Error(`Azurite svarede ikke på port ${port} inden for 20 s: ${stderr()}`);
}

/** SIGINT lets Azurite save and exit; SIGKILL after 5 s if it does not. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGINT");
  });
}
