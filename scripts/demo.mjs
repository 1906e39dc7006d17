#!/usr/bin/env node
// The main job: lint the fixture apps with the real ESLint CLI and the plugin's recommended-type-checked config,
// type-check them with tsc, and print what the gate catches in the bad app and that the good app passes.
// Findings are the point of the demo, so they do not fail it; only a tool that cannot run does.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const apps = ["fixtures/bad-app", "fixtures/good-app"];
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const started = performance.now();

/** Runs a command to completion and returns its exit code and output; rejects only if it cannot start. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

class DemoError extends Error {}

async function lint() {
  const { code, stdout, stderr } = await run(bin("eslint"), ["--config", "fixtures/demo.eslint.config.js", "--format", "json", ...apps]);
  // ESLint exits 1 when it found problems (expected here) and 2 when it could not lint.
  if (code !== 0 && code !== 1) throw new DemoError(`eslint exited with ${code}: ${firstLine(stderr)}`);
  let results;
  try {
    results = JSON.parse(stdout);
  } catch {
    throw new DemoError(`eslint printed no JSON report: ${firstLine(stderr || stdout)}`);
  }
  return results.flatMap((result) =>
    result.messages.map((m) => ({
      file: path.relative(root, result.filePath),
      line: m.line,
      rule: m.ruleId ?? "(parse error)",
      message: m.message,
    })),
  );
}

async function typecheck(app) {
  const { code, stdout, stderr } = await run(bin("tsc"), ["-p", app, "--pretty", "false"]);
  const errors = [...stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(([, file, line, ts, message]) => ({
    file: path.relative(root, path.resolve(root, file)),
    line: Number(line),
    code: ts,
    message,
  }));
  if (code !== 0 && errors.length === 0) throw new DemoError(`tsc -p ${app} failed without diagnostics: ${firstLine(stderr || stdout)}`);
  return errors;
}

function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}

function count(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function printApp(app, findings, errors) {
  const mine = findings.filter((f) => f.file.startsWith(app + path.sep) || f.file.startsWith(app + "/"));
  const ok = mine.length === 0 && errors.length === 0;
  const byRule = new Map();
  for (const f of mine) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  console.log(`\n${ok ? "✔" : "✖"} ${app}: ${count(mine.length, "lint finding")} from ${count(byRule.size, "rule")}, ${count(errors.length, "compiler error")}`);
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`\n  ${rule} (${list.length})`);
    for (const f of list) console.log(`    ${path.relative(app, f.file)}:${f.line}  ${f.message}`);
  }
  if (errors.length > 0) {
    console.log(`\n  tsc (${errors.length})`);
    for (const e of errors) console.log(`    ${path.relative(app, e.file)}:${e.line}  ${e.code} ${firstLine(e.message)}`);
  }
  return ok;
}

try {
  console.log("credref demo: ESLint with @credref/recommended-type-checked and tsc on fixtures/bad-app and fixtures/good-app");
  const [findings, badErrors, goodErrors] = await Promise.all([lint(), typecheck(apps[0]), typecheck(apps[1])]);
  printApp(apps[0], findings, badErrors);
  const goodOk = printApp(apps[1], findings, goodErrors);
  if (goodOk) console.log("  the good app lints and compiles cleanly");
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
} catch (error) {
  console.error(`demo failed: ${error instanceof DemoError ? error.message : String(error)}`);
  process.exitCode = 1;
}
