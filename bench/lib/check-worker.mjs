// Type-checks one project the way `tsc -p <dir> --noEmit` does, in this fresh process, and prints one JSON line:
// tsc's own counts and phase times (wall clock, as `--extendedDiagnostics` prints them) plus the CPU time this
// process spent in the check phase and in total. On a shared machine wall time includes waiting for a core; CPU
// time does not, so it is the steadier measure. Usage: node check-worker.mjs <project dir>
import { createRequire } from "node:module";
import path from "node:path";

const started = process.cpuUsage();
const dir = process.argv[2];
if (!dir) {
  console.error("check-worker: expected a project directory");
  process.exit(2);
}
const require = createRequire(import.meta.url);
/** @type {typeof import("typescript")} */
const ts = require("typescript");
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

ts.performance.enable();
const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
const config = ts.getParsedCommandLineOfConfigFile(path.join(dir, "tsconfig.json"), { noEmit: true }, host);
if (!config) {
  console.error(`check-worker: cannot read ${path.join(dir, "tsconfig.json")}`);
  process.exit(2);
}
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
// Binding and the global scope come with the checker; the check phase proper is the per-file diagnostics below.
const checker = program.getTypeChecker();
const diagnostics = [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.getGlobalDiagnostics()];
const beforeCheck = process.cpuUsage();
diagnostics.push(...program.getSemanticDiagnostics());
const checkCpuMs = cpuMs(beforeCheck);
const errors = diagnostics
  .filter((d) => d.category === ts.DiagnosticCategory.Error)
  .slice(0, 10)
  .map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" }).trim());
console.log(
  JSON.stringify({
    files: program.getSourceFiles().length,
    types: checker.getTypeCount(),
    instantiations: checker.getInstantiationCount(),
    checkMs: ts.performance.getDuration("Check"),
    checkCpuMs,
    totalCpuMs: cpuMs(started),
    totalMs: performance.now(),
    errors,
  }),
);
