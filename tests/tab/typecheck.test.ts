// The tab has its own tsconfig (DOM, JSX); the root `tsc -p .` does not see it, so it is checked here.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";

describe("tab: type check", () => {
  it("when tab/ is type-checked with its own tsconfig, then there are no errors", function () {
    this.timeout(120_000);
    const root = path.resolve(__dirname, "../..");
    const res = spawnSync(path.join(root, "node_modules/.bin/tsc"), ["--noEmit", "-p", "tab"], { cwd: root, encoding: "utf8" });
    assert.equal(res.status, 0, `${res.stdout}${res.stderr}`);
  });
});
