import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT, readText, repoPath } from "./helpers/repo";

/**
 * Production dependencies that bot/src does not import, each with the reason it must still be installed on App
 * Service (which installs `dependencies` only). Adding one here needs a reason.
 */
const RUNTIME_WITHOUT_IMPORT: Readonly<Record<string, string>> = {
  // The server runs from TypeScript: infra/azure.bicep's start command is `npm run serve` = `tsx bot/src/server.ts`.
  tsx: "runs the server",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The packages a file needs at run time: its value imports and requires; `import type` is erased. */
function packagesImportedBy(file: string): string[] {
  const text = readText(relative(ROOT, file));
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s*import\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\b(?:require|import)\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!),
  ];
  return specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:"))
    .map((s) => s.split("/").slice(0, s.startsWith("@") ? 2 : 1).join("/"));
}

describe("package.json: what production installs", () => {
  const pkg = JSON.parse(readText("package.json")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const imported = new Map<string, string>(); // package -> first file that imports it
  for (const file of sourceFiles(repoPath("bot", "src"))) {
    for (const name of packagesImportedBy(file)) if (!imported.has(name)) imported.set(name, relative(ROOT, file));
  }

  it("when the server's code imports a package at run time, then it is a production dependency (App Service installs no devDependencies)", () => {
    assert.ok(imported.size > 5, "found hardly any imports: the scan is broken");
    const missing = [...imported].filter(([name]) => !(name in pkg.dependencies)).map(([name, file]) => `${name} (${file})`);
    assert.deepEqual(missing, []);
  });

  it("when a package is a production dependency, then the server imports it or it is on the commented list (tests, builds and the tab's bundle use devDependencies)", () => {
    const unused = Object.keys(pkg.dependencies).filter((name) => !imported.has(name) && !(name in RUNTIME_WITHOUT_IMPORT));
    assert.deepEqual(unused, []);
  });

  it("when a package is on the commented list, then it is a production dependency the server does not import (the list stays honest)", () => {
    for (const name of Object.keys(RUNTIME_WITHOUT_IMPORT)) {
      assert.ok(name in pkg.dependencies, `${name} is listed but not a dependency`);
      assert.ok(!imported.has(name), `${name} is imported by ${imported.get(name)}: remove it from the list`);
    }
  });
});
