// npm's `prepare` step: builds the tab after `npm install` / `npm ci`. A production install (App Service runs
// `npm install` with NODE_ENV=production) has no devDependencies and so no Vite; the tab was built before the
// deploy (tab/dist is in the zip), so there is nothing to do then but say so.
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");

let vite;
try {
  vite = require.resolve("vite/package.json");
} catch {
  const built = existsSync(path.join(__dirname, "..", "tab", "dist", "index.html"));
  console.log(built ? "prepare: Vite er ikke installeret (produktion); bruger den færdigbyggede fane i tab/dist." : "prepare: Vite er ikke installeret, og tab/dist mangler: byg fanen med `npm run build:tab` før udrulning.");
  process.exit(0);
}
const result = spawnSync("npm", ["run", "build:tab"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
