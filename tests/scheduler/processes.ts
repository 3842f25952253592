// Child processes for fault tests and benchmarks: a reminder instance (reminderInstance.ts) started with async
// spawn (the mock connector lives in the parent's event loop, so the parent must never block), and polling.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** A running reminder instance. */
export interface Instance {
  readonly child: ChildProcess;
  readonly name: string;
  /** Output so far (logs at LOG_LEVEL). */
  output(): string;
  /** kill -9: no chance to finish anything. */
  kill(): Promise<void>;
  /** SIGINT and wait. */
  stop(): Promise<void>;
}

const ENTRY = path.resolve(__dirname, "reminderInstance.ts");

/** Starts an instance and resolves when it listens. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", "--no-deprecation", ENTRY], {
    env: { ...process.env, INSTANCE: name, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited (${child.exitCode}): ${out}`);
    return out.includes("ready ");
  }, 60_000, `instance ${name} did not start`);
  return {
    child,
    name,
    output: () => out,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
}

/** Polls `check` every `everyMs` until it returns true; throws `message` after `ms`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, ms: number, message: string, everyMs = 100): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
