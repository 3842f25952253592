// Test storage: each test file gets tables of its own (a unique prefix) in the run's Azurite.
import { randomBytes } from "node:crypto";
import { Tables } from "../../bot/src/storage/tables";

/** A unique table prefix, so tests never see each other's (or dev) data. */
export function uniquePrefix(): string {
  return `t${randomBytes(5).toString("hex")}`;
}

/**
 * The storage deadline in tests. The run shares one Azurite between all test files on a shared, often overloaded
 * machine, where an answer can take seconds; the production deadline (3 s) is tested with a frozen Azurite.
 */
export const TEST_STORAGE_DEADLINE_MS = 15_000;

/** Tables in the test run's Azurite under a fresh prefix. */
export function testTables(prefix = uniquePrefix()): Tables {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString) throw new Error("TEST_STORAGE_CONNECTION_STRING mangler: kør testene med mocha (globalFixtures starter Azurite)");
  return new Tables({ kind: "connectionString", connectionString }, prefix, { deadlineMs: TEST_STORAGE_DEADLINE_MS });
}
