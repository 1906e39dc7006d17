// One crash-sweep worker: lints its share of files with every @credref rule, one file at a time,
// and reports each exception instead of stopping (see bench/crash-sweep.ts).
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import credref from "@credref/eslint-plugin";

const linter = new Linter({ cwd: "/sweep" });
const config = [
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    languageOptions: { parser },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
    plugins: { "@credref": credref },
    rules: Object.fromEntries(Object.keys(credref.rules).map((name) => [`@credref/${name}`, "error"])),
  },
];

const out = { files: 0, bytes: 0, parseErrors: 0, findings: 0, found: [], exceptions: [], slowest: [] };
for (const { file, name } of workerData.files) {
  const code = fs.readFileSync(file, "utf8");
  const started = performance.now();
  try {
    const messages = linter.verify(code, config, { filename: `/sweep/${name}` });
    for (const m of messages) {
      if (m.fatal) out.parseErrors++;
      else if (m.ruleId?.startsWith("@credref/")) {
        out.findings++;
        out.found.push(`${name}:${m.line} ${m.ruleId} (${m.messageId ?? "no message id"})`);
      }
    }
  } catch (error) {
    const message = String(error?.message ?? error);
    out.exceptions.push({
      file: name,
      rule: /Rule: "([^"]+)"/.exec(message)?.[1] ?? "unknown",
      message: message.split("\n")[0],
      at: String(error?.stack ?? "").split("\n").find((l) => l.includes("eslint-plugin/dist")) ?? "",
    });
  }
  const ms = performance.now() - started;
  out.files++;
  out.bytes += code.length;
  out.slowest.push({ file: name, ms, bytes: code.length });
  out.slowest.sort((a, b) => b.ms - a.ms);
  out.slowest.length = Math.min(out.slowest.length, 5);
}
parentPort.postMessage(out);
