// npm run package [-- --env <name>] [--env-file <file>]: fills appPackage/ from env/.env.<name> (default
// local), validates it against the Teams manifest schema and writes appPackage/build/appPackage.<name>.zip.
import { join, relative, resolve } from "node:path";
import { PackageError, packageApp, parsePackageArgs } from "./lib/app-package";

const root = join(__dirname, "..");
try {
  const { envName, envFile } = parsePackageArgs(process.argv.slice(2));
  const result = packageApp({ root, envName, envFile: envFile && resolve(envFile), environment: process.env });
  console.log(`Skrev ${relative(root, result.zipFile)} (${result.entries.join(", ")}) og ${relative(root, result.manifestFile)}.`);
} catch (err) {
  if (!(err instanceof PackageError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
