// Builds the Teams app package the way Teams Toolkit's teamsApp/zipAppPackage does: fills the ${{VAR}}
// placeholders in appPackage/manifest.json and its localization files from env/.env.<name>, validates the
// result against the official JSON schema shipped in @microsoft/app-manifest, and zips it with the icons.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ErrorObject } from "ajv";
import { zipSync, type Zippable } from "fflate";

/** Something the operator must fix; the message says what and where, one problem per line. */
export class PackageError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
    hint?: string,
  ) {
    super([message, ...problems.map((p) => `  - ${p}`), ...(hint ? [hint] : [])].join("\n"));
    this.name = "PackageError";
  }
}

/** A JSON document: the parsed manifest or a localization file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What `npm run package` was asked for. */
export interface PackageArgs {
  readonly envName: string;
  /** Read this file instead of env/.env.<envName> (e.g. one a pipeline wrote elsewhere). */
  readonly envFile?: string;
}

/** Where to read from and write to; tests point these at temporary files. */
export interface PackageOptions {
  /** The repository root (holds appPackage/ and env/). */
  readonly root: string;
  readonly envName: string;
  /** Defaults to <root>/env/.env.<envName>; <file>.user (git-ignored) is read after it when present. */
  readonly envFile?: string;
  /** Defaults to <root>/appPackage/build/appPackage.<envName>.zip. */
  readonly outFile?: string;
  /** Values for variables the env files leave out or empty (a CI pipeline's environment). */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

/** The written package. */
export interface PackageResult {
  readonly zipFile: string;
  /** The filled manifest, also written next to the zip as manifest.<envName>.json. */
  readonly manifestFile: string;
  readonly entries: readonly string[];
  readonly manifest: Json;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MANIFEST = "manifest.json";
// A fixed timestamp (local midnight, which fflate writes as DOS date and time) keeps the archive byte-for-byte
// reproducible.
const ZIP_MTIME = new Date(2024, 0, 1);

const USAGE = "Brug: npm run package [-- --env <navn>] [--env-file <fil>] (standard: --env local, som læser env/.env.local)";

/** Reads `--env <name>` (default "local") and `--env-file <path>`; both also as `--flag=value`. */
export function parsePackageArgs(argv: readonly string[]): PackageArgs {
  const options: { env?: string; "env-file"?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(env|env-file)(?:=(.*))?$/.exec(arg);
    if (!match) throw new PackageError(`Ukendt argument "${arg}". ${USAGE}`);
    const flag = match[1] as "env" | "env-file";
    const value = match[2] ?? argv[++i];
    if (!value || value.startsWith("--")) throw new PackageError(`--${flag} skal efterfølges af en værdi. ${USAGE}`);
    options[flag] = value;
  }
  const envName = options.env ?? "local";
  if (!ENV_NAME.test(envName)) throw new PackageError(`Miljønavnet "${envName}" må kun have bogstaver, cifre, - og _`);
  return { envName, envFile: options["env-file"] };
}

/** Parses a dotenv file (the subset Teams Toolkit writes): KEY=value, # comments, optional quotes. */
export function parseEnvFile(text: string, fileName: string): Map<string, string> {
  const values = new Map<string, string>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      problems.push(`linje ${index + 1}: "${line}" er ikke NAVN=værdi`);
      return;
    }
    let value = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[1] === '"' ? quoted[2]!.replace(/\\n/g, "\n") : quoted[2]!;
    else value = value.replace(/\s+#.*$/, "").trim();
    values.set(match[1]!, value);
  });
  if (problems.length > 0) throw new PackageError(`${fileName} kan ikke læses:`, problems);
  return values;
}

/** The distinct ${{VAR}} names in a text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces ${{VAR}} in a JSON text. Placeholders sit inside JSON strings, so values are escaped for
 * a JSON string; a variable without a non-empty value is reported, not replaced.
 */
export function fillPlaceholders(text: string, lookup: (name: string) => string | undefined): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = lookup(name);
    if (value === undefined || value === "") {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: filled, missing: [...missing] };
}

/** The files the manifest names (icons and localization files), relative to appPackage/. */
export function referencedFiles(manifest: Json): { icons: string[]; localizations: string[] } {
  const m = asObject(manifest);
  const icons = asObject(m?.icons);
  const localization = asObject(m?.localizationInfo);
  const languages = Array.isArray(localization?.additionalLanguages) ? localization.additionalLanguages : [];
  const text = (v: Json | undefined): v is string => typeof v === "string" && v !== "";
  return {
    icons: [icons?.color, icons?.outline, icons?.color32x32].filter(text),
    localizations: [localization?.defaultLanguageFile, ...languages.map((l) => asObject(l)?.file)].filter(text),
  };
}

function asObject(value: Json | undefined): { [key: string]: Json } | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/** The folder of the official schemas for one manifest version, or undefined if the package lacks it. */
export function schemaFolder(manifestVersion: string): string | undefined {
  const root = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const folder = join(root, "build", "json-schemas", "teams", `v${manifestVersion}`);
  return existsSync(join(folder, "MicrosoftTeams.schema.json")) ? folder : undefined;
}

/** The manifest versions whose schemas @microsoft/app-manifest ships (e.g. "1.30"), newest first. */
export function shippedManifestVersions(): string[] {
  const root = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
  return readdirSync(root)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => compareVersions(b, a));
}

/** Compares "1.9" and "1.30" as versions, not strings. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1! - b1! || a2! - b2!;
}

function createAjv(): Ajv {
  // The official schemas are draft-04 and use patterns that are not valid with the `u` flag, and keywords
  // without a type next to them; strict mode would reject the schemas themselves, not our manifest.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
}

/** Validates the filled manifest and its localization files; returns one readable line per problem. */
export function validateAppPackage(manifest: Json, localizations: ReadonlyMap<string, Json>): string[] {
  const version = asObject(manifest)?.manifestVersion;
  if (typeof version !== "string") return [`${MANIFEST}: manifestVersion mangler`];
  const folder = schemaFolder(version);
  if (!folder) {
    return [`${MANIFEST}: manifestVersion ${version} findes ikke i @microsoft/app-manifest (den har ${shippedManifestVersions().slice(0, 5).join(", ")} …)`];
  }
  const ajv = createAjv();
  const problems: string[] = [];
  const check = (file: string, schemaFile: string, document: Json): void => {
    const validate = ajv.compile(JSON.parse(readFileSync(join(folder, schemaFile), "utf8")) as object);
    if (!validate(document)) problems.push(...(validate.errors ?? []).map((e) => `${file}: ${describeError(e)}`));
  };
  check(MANIFEST, "MicrosoftTeams.schema.json", manifest);
  for (const [file, document] of localizations) check(file, "MicrosoftTeams.Localization.schema.json", document);
  return problems;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || "(roden)";
  const params = error.params as Record<string, unknown>;
  const detail =
    typeof params.additionalProperty === "string" ? ` ("${params.additionalProperty}")`
    : Array.isArray(params.allowedValues) ? ` (${params.allowedValues.join(", ")})`
    : params.allowedValue !== undefined ? ` (${String(params.allowedValue)})`
    : "";
  return `${where} ${error.message ?? error.keyword}${detail}`;
}

/** A path as the operator should see it: relative inside the repository, absolute outside. */
function shown(root: string, file: string): string {
  return file.startsWith(root + sep) ? relative(root, file) : file;
}

/** Reads the env file(s) into one lookup: the .user file overrides, the environment fills gaps. */
function loadVariables(options: PackageOptions, envFile: string): (name: string) => string | undefined {
  const display = shown(options.root, envFile);
  if (!existsSync(envFile)) {
    const envDir = dirname(envFile);
    const known = existsSync(envDir)
      ? readdirSync(envDir).filter((f) => /^\.env\.[^.]+$/.test(f)).map((f) => f.slice(".env.".length))
      : [];
    throw new PackageError(
      `Miljøfilen ${display} findes ikke. Kendte miljøer: ${known.join(", ") || "ingen"}. ` +
        `Kopiér env/.env.dev til ${display} og udfyld den, eller vælg et andet miljø med --env.`,
    );
  }
  const values = parseEnvFile(readFileSync(envFile, "utf8"), display);
  const userFile = `${envFile}.user`;
  if (existsSync(userFile)) {
    for (const [k, v] of parseEnvFile(readFileSync(userFile, "utf8"), `${display}.user`)) values.set(k, v);
  }
  return (name) => values.get(name) || options.environment?.[name] || undefined;
}

function readJson(file: string, text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (err) {
    throw new PackageError(`${file} er ikke gyldig JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Fills, validates and zips the app package; throws PackageError listing everything that is wrong. */
export function packageApp(options: PackageOptions): PackageResult {
  const appDir = join(options.root, "appPackage");
  const envFile = options.envFile ?? join(options.root, "env", `.env.${options.envName}`);
  const envDisplay = shown(options.root, envFile);
  const lookup = loadVariables(options, envFile);

  const templateText = readFileSync(join(appDir, MANIFEST), "utf8");
  const { icons, localizations } = referencedFiles(readJson(`appPackage/${MANIFEST}`, templateText));

  // A name that leaves appPackage/ would be read from outside it and written into the zip as a path that
  // escapes the folder it is unpacked into.
  const outside = [...icons, ...localizations].filter((f) => f.startsWith("/") || f.includes("\\") || f.split("/").includes(".."));
  if (outside.length > 0) {
    throw new PackageError(`${MANIFEST} nævner filer uden for appPackage/ (brug stier inde i mappen, med /):`, outside);
  }
  const missingFiles = [...icons, ...localizations].filter((f) => !existsSync(join(appDir, f)));
  if (missingFiles.length > 0) {
    throw new PackageError(`${MANIFEST} nævner filer, der ikke findes i appPackage/:`, missingFiles);
  }

  // Fill every JSON file; collect all missing variables before failing, with the files that use them.
  const usedBy = new Map<string, string[]>();
  const filled = new Map<string, string>();
  for (const file of [MANIFEST, ...localizations]) {
    const result = fillPlaceholders(readFileSync(join(appDir, file), "utf8"), lookup);
    filled.set(file, result.text);
    for (const name of result.missing) usedBy.set(name, [...(usedBy.get(name) ?? []), `appPackage/${file}`]);
  }
  if (usedBy.size > 0) {
    throw new PackageError(
      `Kan ikke bygge app-pakken for miljøet "${options.envName}": ${usedBy.size} ${usedBy.size === 1 ? "variabel mangler" : "variabler mangler"} eller er tomme i ${envDisplay}:`,
      [...usedBy].map(([name, files]) => `${name} (bruges i ${files.join(", ")})`),
      `Udfyld dem i ${envDisplay} (eller sæt dem i miljøet), eller kør "teamsapp provision --env ${options.envName}", som skriver de genererede værdier.`,
    );
  }

  const documents = new Map<string, Json>([...filled].map(([file, text]) => [file, readJson(`appPackage/${file} (udfyldt)`, text)]));
  const manifest = documents.get(MANIFEST)!;
  documents.delete(MANIFEST);
  const problems = validateAppPackage(manifest, documents);
  if (problems.length > 0) {
    throw new PackageError(`Den udfyldte app-pakke for miljøet "${options.envName}" overholder ikke Teams' skema:`, problems);
  }

  // PNGs are already compressed (deflating them again only costs), so they are stored; the JSON is deflated.
  // A file the manifest names twice (color and color32x32 may be one file) goes in once.
  const files: Zippable = {
    [MANIFEST]: Buffer.from(filled.get(MANIFEST)!, "utf8"),
    ...Object.fromEntries(icons.map((f) => [f, [readFileSync(join(appDir, f)), { level: 0 }]])),
    ...Object.fromEntries(localizations.map((f) => [f, Buffer.from(filled.get(f)!, "utf8")])),
  };
  const entries = Object.keys(files);
  const zipFile = options.outFile ?? join(appDir, "build", `appPackage.${options.envName}.zip`);
  const manifestFile = join(dirname(zipFile), `manifest.${options.envName}.json`);
  mkdirSync(dirname(zipFile), { recursive: true });
  writeFileSync(zipFile, zipSync(files, { level: 9, mtime: ZIP_MTIME }));
  writeFileSync(manifestFile, filled.get(MANIFEST)!);
  return { zipFile, manifestFile, entries, manifest };
}
