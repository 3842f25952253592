// ESLint with typescript-eslint, run by `npm test` (npm run lint). Type-aware rules need TypeScript's JavaScript
// API, which TypeScript 7 (the native compiler the project builds with) does not ship: this workspace has its own
// TypeScript 5.9 for the linter alone (tools/lint/package.json).
import Module, { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// npm hoists typescript-eslint's helpers (ts-api-utils, …) to the root, where `typescript` is 7: every
// require("typescript") of the lint process is pointed at this workspace's 5.9 before they load.
const lintTypescript = createRequire(import.meta.url).resolve("typescript");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === "typescript" ? lintTypescript : request, ...rest);
};
const { default: tseslint } = await import("typescript-eslint");

const root = fileURLToPath(new URL("../..", import.meta.url));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "tab/dist/**", "appPackage/build/**", "test-output/**", "**/*.tmp.ts", "tools/**", "**/*.cjs", "**/*.mjs"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.base],
    // Scripts and the Vite config are in no tsconfig: linted with the default project.
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["scripts/*.ts", "tab/vite.config.ts"] }, tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  // Tests read JSON answers whose shape is what they assert: `any` there is the point, not a gap.
  { files: ["tests/**", "bench/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
