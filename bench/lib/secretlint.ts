import fs from "node:fs";
import path from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as recommended } from "@secretlint/secretlint-rule-preset-recommend";

export interface SecretlintRun {
  findings: { file: string; line: number; ruleId: string }[];
  wallMs: number;
}

/** secretlint's core with `preset-recommend`, the setup its README recommends, over each file's text. */
export async function secretlint(files: readonly string[]): Promise<SecretlintRun> {
  const config = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommended }] };
  const findings: SecretlintRun["findings"] = [];
  const started = performance.now();
  for (const filePath of files) {
    const content = fs.readFileSync(filePath, "utf8");
    const result = await lintSource({
      source: { content, filePath, ext: path.extname(filePath), contentType: "text" },
      options: { config, maskSecrets: true },
    });
    for (const m of result.messages) findings.push({ file: filePath, line: m.loc.start.line, ruleId: m.ruleId });
  }
  return { findings, wallMs: performance.now() - started };
}
