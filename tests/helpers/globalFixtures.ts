// Mocha global fixtures: one real Azurite (table service, in memory) for the whole test run, on a free port.
// Tests read its connection string from process.env.TEST_STORAGE_CONNECTION_STRING. Also a mock Bot Connector
// (TEST_CONNECTOR_URL) that test activities name as their serviceUrl.
import { startAzurite, type RunningAzurite } from "../../bot/src/cli/azurite";
import { MockConnector } from "./mockConnector";

let azurite: RunningAzurite | undefined;
/** Stands in for Teams' Bot Connector (which the process can't run): answers member look-ups with 404. */
const connector = new MockConnector();

export async function mochaGlobalSetup(): Promise<void> {
  azurite = await startAzurite();
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.TEST_CONNECTOR_URL = await connector.start();
}

export async function mochaGlobalTeardown(): Promise<void> {
  await azurite?.stop();
  await connector.stop();
}
