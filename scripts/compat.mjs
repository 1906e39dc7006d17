#!/usr/bin/env node
// The compatibility job: what a user installs, on the versions users run. It packs the three packages (`npm pack`),
// installs the tarballs from the registry's point of view into scratch projects under one temp dir, and in each:
//   - lints fixtures/config-forms with every config form the READMEs show (array, defineConfig + extends, CommonJS,
//     // @ts-check, type-checked) through the real ESLint CLI; the findings must be the same in every project and form;
//   - compiles the typed config files (eslint.config.ts, // @ts-check) against that project's ESLint and TypeScript
//     types, and an app on @credref/types (fixtures/good-app), both with skipLibCheck off.
// Then the production install: the good app is built with the full install, then `npm ci --omit=dev` removes the
// compiler, ESLint, the plugin and @credref/testing, and the built app must still load and construct its apps.
// Last, the README's newcomer path from `npm init -y` to a build blocked on a finding, run as written.
//
// Usage: npm run compat [-- --keep] [-- --newcomer]   (--keep leaves the temp dir for inspection; it is printed;
// --newcomer runs only the newcomer path)
// Needs the packages built (`npm run build`) and the npm registry. Caches nothing outside the temp dir.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const keep = process.argv.includes("--keep");
// --newcomer: only the README's newcomer path (a quicker check while editing that section).
const newcomerOnly = process.argv.includes("--newcomer");
const workspaces = ["packages/types", "packages/eslint-plugin", "packages/testing"];

/**
 * The matrix. The plugin's peer ranges (packages/eslint-plugin/package.json) must equal what these prove: the oldest
 * ESLint 9 with `eslint/config` (defineConfig, extends), ESLint 9 latest, ESLint 10; TypeScript at the declared floor,
 * the last 5.x and 6.0. A test (test/e2e/publish.test.ts) holds the peer ranges to these rows.
 */
export const matrix = [
  { name: "eslint-9-floor", eslint: "9.22.0", typescript: "5.0.4", typesNode: "20" },
  { name: "eslint-9-latest", eslint: "^9", typescript: "~5.9.0", typesNode: "20" },
  { name: "eslint-10", eslint: "^10", typescript: "~6.0.0", typesNode: "20", production: true },
];

/** The config forms of fixtures/config-forms/configs that run on every ESLint in the matrix. */
const forms = ["array.mjs", "define-config.mjs", "commonjs.cjs", "typed.mjs", "type-checked.mjs"];
/** The forms with type information: they must find what the others find plus the fixture's `(typed)` marks. */
const typedForms = new Set(["type-checked.mjs"]);

/** The good app's own run-time libraries: regular dependencies of the app, beside @credref/types. */
const appRuntimeDeps = { pino: "^9", winston: "^3", debug: "^4", "@opentelemetry/api": "^1" };

class CompatError extends Error {}

/** Runs a command; resolves with its output, rejects with a one-line CompatError naming the command on failure. */
function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => reject(new CompatError(`${command} could not start: ${error.message}`)));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function ok(command, args, cwd, env) {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout).trim().split("\n").filter(Boolean).slice(-3).join(" | ");
    throw new CompatError(`\`${command} ${args.join(" ")}\` failed in ${path.basename(cwd)} (exit ${result.code}): ${detail}`);
  }
  return result;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Packs the three workspaces into `dir`; returns { name: absolute tarball path }. */
async function pack(dir) {
  for (const workspace of workspaces) {
    if (!existsSync(path.join(root, workspace, "dist/index.js"))) throw new CompatError(`${workspace} is not built: run \`npm run build\` first`);
  }
  const { stdout } = await ok(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", dir, ...workspaces.flatMap((w) => ["-w", w])], root);
  return Object.fromEntries(JSON.parse(stdout).map((entry) => [entry.name, path.join(dir, entry.filename)]));
}

/** Writes a scratch project: the app depends on @credref/types; everything that only checks or tests it is dev. */
function scaffold(dir, row, tarballs) {
  mkdirSync(dir, { recursive: true });
  const pkg = {
    name: `credref-compat-${row.name}`,
    private: true,
    type: "module",
    dependencies: { "@credref/types": `file:${tarballs["@credref/types"]}`, ...(row.production ? appRuntimeDeps : {}) },
    devDependencies: {
      "@credref/eslint-plugin": `file:${tarballs["@credref/eslint-plugin"]}`,
      "@credref/testing": `file:${tarballs["@credref/testing"]}`,
      eslint: row.eslint,
      typescript: row.typescript,
      "@types/node": row.typesNode,
    },
  };
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const forms = path.join(root, "fixtures/config-forms");
  for (const entry of ["src", "configs", "tsconfig.json"]) cpSync(path.join(forms, entry), path.join(dir, entry), { recursive: true });
  // An app on @credref/types, compiled with skipLibCheck off so the package's declaration files are checked too.
  cpSync(path.join(root, "fixtures/good-app/src"), path.join(dir, "app/src"), { recursive: true });
  const appTsconfig = JSON.parse(readFileSync(path.join(root, "fixtures/good-app/tsconfig.json"), "utf8"));
  appTsconfig.compilerOptions.skipLibCheck = false;
  writeFileSync(path.join(dir, "app/tsconfig.json"), `${JSON.stringify(appTsconfig, null, 2)}\n`);
}

/** The CLI's findings for one config form, reduced to what must not change between versions. */
async function lint(dir, form) {
  const eslint = path.join(dir, "node_modules/eslint/bin/eslint.js");
  const result = await run(process.execPath, [eslint, "--config", `configs/${form}`, "--format", "json", "src"], dir);
  // Exit 1 means findings (expected: the fixture has a mistake in every file); 2 means ESLint could not lint.
  if (result.code !== 1) {
    throw new CompatError(`eslint with ${form} exited ${result.code} in ${path.basename(dir)}: ${result.stderr.trim().split("\n")[0] ?? ""}`);
  }
  // The type-checked config falls back to syntactic linting (with this warning) when it gets no type information.
  if (result.stderr.includes("CREDREF_NO_TYPE_INFO")) {
    throw new CompatError(`eslint with ${form} in ${path.basename(dir)} got no type information: ${result.stderr.trim().split("\n")[0]}`);
  }
  const files = JSON.parse(result.stdout);
  return files
    .flatMap((file) =>
      file.messages.map((m) => `${path.relative(dir, file.filePath)}:${m.line}:${m.column} ${m.ruleId ?? "(fatal)"} ${m.messageId ?? m.message}`),
    )
    .sort();
}

/** `tsc -p <project>` with the project's own TypeScript. */
async function typecheck(dir, project) {
  const tsc = path.join(dir, "node_modules/typescript/bin/tsc");
  const result = await run(process.execPath, [tsc, "-p", project, "--pretty", "false"], dir);
  if (result.code !== 0) {
    const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
    throw new CompatError(`tsc -p ${project} failed in ${path.basename(dir)}: ${errors.length} error(s), first: ${errors[0] ?? result.stderr.trim()}`);
  }
}

function installedVersion(dir, name) {
  return JSON.parse(readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8")).version;
}

/** Builds the good app with the full install, then reinstalls without dev dependencies and starts it. */
async function productionStart(dir, env) {
  const tsc = path.join(dir, "node_modules/typescript/bin/tsc");
  // Type-checking the app is the job of the step before (and of the e2e tests); this is the build: emit only.
  await ok(process.execPath, [tsc, "-p", "app", "--noEmit", "false", "--noCheck", "--rootDir", "app/src", "--outDir", "app/dist"], dir);
  await ok(npm, ["ci", "--omit=dev", "--no-audit", "--no-fund"], dir, env);
  const gone = ["typescript", "eslint", "@credref/eslint-plugin", "@credref/testing"].filter((name) => existsSync(path.join(dir, "node_modules", name)));
  if (gone.length > 0) throw new CompatError(`npm ci --omit=dev left dev dependencies installed: ${gone.join(", ")}`);
  const start = `
    const app = await import("./app/dist/index.js");
    const started = [];
    for (const [name, value] of Object.entries(app)) {
      if (typeof value === "function" && /^class /.test(value.toString())) { new value(); started.push(name); }
    }
    console.log(JSON.stringify(started));`;
  const { stdout } = await ok(process.execPath, ["--input-type=module", "-e", start], dir);
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

/**
 * The README's newcomer path, as written: its shell lines from `npm init -y` on (with the packed tarballs for the
 * package names), its tsconfig.json, eslint.config.js and src/index.ts. `npm run build` must stop on the planted
 * finding the README shows, and build and start once that line is deleted.
 */
async function newcomerPath(tmp, tarballs, env) {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const start = readme.indexOf("### From `npm init -y`");
  const section = readme.slice(start, readme.indexOf("\n## ", start));
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
  const first = (lang) => {
    const block = blocks.find((b) => b.lang === lang);
    if (!block) throw new CompatError(`README newcomer path: no \`${lang}\` block`);
    return block.code;
  };
  const dir = path.join(tmp, "newcomer");
  mkdirSync(path.join(dir, "src"), { recursive: true });
  const commands = first("bash")
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !/^(mkdir|cd) /.test(line))
    .map((line) => line.replace(/@credref\/(types|eslint-plugin|testing)(?=\s|$)/g, (name) => tarballs[name] ?? name));
  for (const command of commands) await ok("bash", ["-c", command], dir, env);
  writeFileSync(path.join(dir, "tsconfig.json"), first("json"));
  writeFileSync(path.join(dir, "eslint.config.js"), first("js"));
  const app = first("ts");
  writeFileSync(path.join(dir, "src/index.ts"), app);

  const blocked = await run(npm, ["run", "build"], dir, env);
  const shown = /^\s*(\d+:\d+)\s+error\s.*\s(@credref\/[\w-]+)\s*$/m.exec(first("text"));
  if (!shown) throw new CompatError("README newcomer path: the `text` block shows no finding");
  const [, where, rule] = shown;
  if (blocked.code === 0 || !new RegExp(`^\\s*${where}\\s+error\\s.*${rule}\\s*$`, "m").test(blocked.stdout)) {
    throw new CompatError(`README newcomer path: npm run build did not stop on ${rule} at ${where} (exit ${blocked.code})`);
  }
  const fixed = app.split("\n").filter((line) => !line.includes("the mistake the gate is for")).join("\n");
  if (fixed === app) throw new CompatError("README newcomer path: no line marked as the mistake");
  writeFileSync(path.join(dir, "src/index.ts"), fixed);
  await ok(npm, ["run", "build"], dir, env);
  await ok(npm, ["start"], dir, env);
  return { where, rule, commands: commands.length };
}

async function main() {
  const started = performance.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "credref-compat-"));
  // npm's cache and logs stay in the temp dir, so the job leaves nothing behind.
  const env = { npm_config_cache: path.join(tmp, "npm-cache"), npm_config_update_notifier: "false", npm_config_fund: "false" };
  try {
    const tarballs = await pack(tmp);
    console.log(`packed: ${Object.values(tarballs).map((t) => path.basename(t)).join(", ")}`);
    const projects = newcomerOnly ? [] : matrix.map((row) => ({ row, dir: path.join(tmp, row.name) }));
    for (const { row, dir } of projects) scaffold(dir, row, tarballs);
    // Installs are network-bound: run them together.
    await Promise.all(projects.map(({ dir }) => ok(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error"], dir, env)));
    console.log(`installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    // Every syntactic form must find the same as the first one; every typed form the same as the first typed one, and
    // more than the syntactic forms (the fixture marks a finding only type information reveals).
    const reference = new Map();
    const failures = [];
    const compare = (kind, findings, where) => {
      const ref = reference.get(kind);
      if (ref === undefined) return void reference.set(kind, { findings, where });
      if (JSON.stringify(findings) === JSON.stringify(ref.findings)) return;
      const extra = findings.filter((f) => !ref.findings.includes(f));
      const missing = ref.findings.filter((f) => !findings.includes(f));
      failures.push(`${where}: differs from ${ref.where}; extra [${extra.join("; ")}] missing [${missing.join("; ")}]`);
    };
    for (const { row, dir } of projects) {
      const versions = `eslint ${installedVersion(dir, "eslint")}, typescript ${installedVersion(dir, "typescript")}, typescript-eslint ${installedVersion(dir, "@typescript-eslint/parser")}`;
      const counts = [];
      for (const form of forms) {
        const findings = await lint(dir, form);
        counts.push(findings.length);
        if (findings.length === 0) failures.push(`${row.name} ${form}: no findings`);
        compare(typedForms.has(form) ? "typed" : "syntactic", findings, `${row.name} ${form}`);
      }
      await typecheck(dir, "configs");
      await typecheck(dir, "app");
      console.log(`${row.name.padEnd(16)} ${versions}: findings per config form ${forms.map((f, i) => `${f} ${counts[i]}`).join(", ")}; typed configs and app compile (skipLibCheck off)`);
    }
    const [syntactic, typed] = [reference.get("syntactic"), reference.get("typed")];
    if (syntactic && typed && typed.findings.length <= syntactic.findings.length) {
      failures.push(`the typed form found ${typed.findings.length}, no more than the syntactic forms (${syntactic.findings.length}): no type information?`);
    }
    const production = projects.find(({ row }) => row.production);
    if (production) {
      const apps = await productionStart(production.dir, env);
      console.log(`production install (npm ci --omit=dev, only @credref/types and the app's own libraries): started ${apps.length} classes (${apps.join(", ")})`);
      if (apps.length === 0) failures.push("production install: the app exported no class to start");
    }
    const newcomer = await newcomerPath(tmp, tarballs, env);
    console.log(`README newcomer path (${newcomer.commands} shell lines from npm init -y): npm run build stopped on ${newcomer.rule} at ${newcomer.where}; without the mistake it built and started`);
    if (failures.length > 0) throw new CompatError(`findings differ:\n  ${failures.join("\n  ")}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(newcomerOnly ? `compat: newcomer path works (${seconds} s)` : `compat: all ${projects.length} projects agree, newcomer path works (${seconds} s)`);
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`compat: ${error instanceof CompatError ? error.message : error}`);
    process.exitCode = 1;
  });
}

