import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.js";

/** Installed version of a package, read from its own package.json. */
export function versionOf(pkg: string): string {
  try {
    const manifest = path.join(repoRoot, "node_modules", pkg, "package.json");
    return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

/** The 1, 5 and 15 minute load averages, e.g. `0.52 / 0.61 / 0.70`. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");
}

/** The machine and tool versions a result was measured with, as markdown lines. */
export function describeEnvironment(): string {
  const cpus = os.cpus();
  const tools = [
    "eslint",
    "typescript",
    "typescript-eslint",
    "@typescript-eslint/parser",
    "eslint-plugin-no-secrets",
    "secretlint",
    "@secretlint/core",
    "@secretlint/secretlint-rule-preset-recommend",
    "@credref/eslint-plugin",
  ];
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model.trim() ?? "unknown cpu"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; load average at start ${loadAverage()} (other processes share the 2 cores; see bench/README.md)`,
    `- ${tools.map((t) => `${t} ${versionOf(t)}`).join(" · ")}`,
  ].join("\n");
}
