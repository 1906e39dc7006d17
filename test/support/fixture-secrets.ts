/**
 * The invented secrets of the bad fixture app, read from its source: string literals and block-comment words on
 * lines marked `no-hardcoded-secrets`, plus the password inside any URL among them. Tests grep tool output
 * (SARIF, the demo's report) for these to prove no secret is ever printed.
 */
import { parseLintExpectations } from "./lint-expectations.js";

const STRING_LITERAL = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`$]*)`/g;
const BLOCK_COMMENT = /\/\*([\s\S]*?)\*\//g;
const URL_PASSWORD = /:\/\/[^:/@\s]+:([^@\s]+)@/;

/**
 * Secrets marked in `text`. A candidate needs 8 characters, a letter and a digit, so the names and labels on the same
 * lines (`orders_svc`, `ADMIN_PASSWORD`, a date) are not taken for secrets.
 */
export function markedSecrets(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const secrets = new Set<string>();
  for (const { line, rule } of parseLintExpectations(text)) {
    if (rule !== "no-hardcoded-secrets") continue;
    const code = lines[line - 1]!.replace(/\/\/\s*expect:.*$/, "");
    const candidates = [...code.matchAll(STRING_LITERAL)].map((m) => JSON.parse(`"${(m[1] ?? m[2] ?? m[3] ?? "").replace(/"/g, '\\"')}"`) as string);
    for (const comment of code.matchAll(BLOCK_COMMENT)) candidates.push(...comment[1]!.split(/\s+/).filter((word) => /\d/.test(word)));
    for (const candidate of candidates) {
      if (!isSecretLike(candidate)) continue;
      secrets.add(candidate);
      const scheme = /^(?:Bearer|Basic|Token)\s+(\S+)$/.exec(candidate)?.[1];
      if (scheme !== undefined) secrets.add(scheme);
      const password = URL_PASSWORD.exec(candidate)?.[1];
      if (password !== undefined) secrets.add(password);
      // A PEM block's body is the secret; a report could show it without the armour lines.
      for (const part of candidate.split("\n")) if (part.length >= 16 && !part.startsWith("-----")) secrets.add(part);
    }
  }
  return [...secrets];
}

function isSecretLike(value: string): boolean {
  return value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value);
}

/** The secrets in `output`, for an assertion that expects none. */
export function leakedSecrets(output: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => output.includes(secret));
}
