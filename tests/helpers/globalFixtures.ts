// Mocha global fixtures: one real Azurite (table service, in memory) for the whole test run, on a free port.
// Tests read its connection string from process.env.TEST_STORAGE_CONNECTION_STRING.
import { startAzurite, type RunningAzurite } from "../../bot/src/cli/azurite";

let azurite: RunningAzurite | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  azurite = await startAzurite();
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await azurite?.stop();
}
