// A bound may stop a walk, but never turn into a cached "clean": the shapes that used to poison the cache, long
// chains that used to meet a small depth bound, and the same leak asked about in different orders.
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/no-credential-logging.js";
import { at, error, fromCred, inTask, runInBothConfigs } from "../rules/flow-cases.js";

const parts = Array.from({ length: 19 }, (_, i) => `p${i}`);
const dsn = inTask(`    ${parts.map((p) => `const ${p} = input.host;`).join(" ")}
    const dsn = cred.password + ";" + ${parts.join(" + ")};
    console.log(dsn);
    console.log(cred.password);`);

const copies = (n: number) => inTask(`    const pw = cred.password;
    console.log(${Array.from({ length: n }, () => "pw").join(" + ")});`);
const copies38 = copies(38);

const chainSteps = Array.from({ length: 40 }, (_, i) => `const x${i + 1} = x${i};`).join("\n    ");
const chain = inTask(`    const x0 = cred.password;
    ${chainSteps}
    console.log(x40);
    console.log(x0);`);

const longChain = inTask(`    const x0 = cred.password;
    ${Array.from({ length: 600 }, (_, i) => `const x${i + 1} = x${i};`).join("\n    ")}
    console.log(x600);`);

/** Ten levels of `${sJ}|${sJ}|...` (six references each) inside a local helper: 6^10 paths, ten names. */
function nestedHelper(levels: number, refs: number): string {
  const lines = Array.from({ length: levels }, (_, i) => `  const s${i + 1} = \`${Array.from({ length: refs }, () => `\${s${i}}`).join("|")}\`;`);
  return `function build(s0: string): string {
${lines.join("\n")}
  return s${levels};
}`;
}
const exponential = inTask(`    console.log(build(input.host));
    console.log(build(cred.password));`, nestedHelper(10, 6));

runInBothConfigs("flow engine: bounds never cache a clean answer", rule, {
  valid: [
    { name: "a helper with ten levels of six references, given no secret", code: inTask(`    console.log(build(input.host));`, nestedHelper(10, 6)) },
  ],
  invalid: [
    {
      name: "a 19-part connection string, and the password logged after it",
      code: dsn,
      errors: [error("logged", dsn, "dsn);", { data: { what: "dsn", from: fromCred(dsn), sink: "console.log" } }), error("logged", dsn, "cred.password);", { data: { what: "cred.password", from: fromCred(dsn), sink: "console.log" } })],
    },
    {
      name: "38 copies of a password joined with +",
      code: copies38,
      // Reported at the first copy, inside the argument.
      errors: [
        {
          messageId: "logged",
          line: at(copies38, "console.log(pw").line,
          column: at(copies38, "console.log(pw").column + "console.log(".length,
          data: { what: "pw", from: fromCred(copies38), sink: "console.log" },
        },
      ],
    },
    {
      name: "a 40-step chain of copies logged at its end, then its start logged",
      code: chain,
      errors: [error("logged", chain, "x40);", { data: { what: "x40", from: fromCred(chain), sink: "console.log" } }), error("logged", chain, "x0);", { data: { what: "x0", from: fromCred(chain), sink: "console.log" } })],
    },
    { name: "a 600-step chain of copies", code: longChain, errors: [error("logged", longChain, "x600);", { data: { what: "x600", from: fromCred(longChain), sink: "console.log" } })] },
    {
      name: "a helper with ten levels of six references, given a secret after a clean call",
      code: exponential,
      errors: [error("logged", exponential, "cred.password));", { data: { what: "cred.password", from: fromCred(exponential), sink: "console.log" } })],
    },
  ],
});

const linter = new Linter({ cwd: "/flow" });
const config: Linter.Config[] = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: parser as Linter.Parser },
    plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
    rules: { "@credref/no-credential-logging": "error" },
  },
];

/** The statements of `body` reported by the rule, each named by its text. */
function reportedStatements(statements: readonly string[]): string[] {
  const code = inTask(statements.map((s) => `    ${s}`).join("\n"));
  const lines = code.split("\n");
  const messages = linter.verify(code, config, { filename: "/flow/file.ts" });
  return messages.map((m) => lines[m.line - 1]!.trim()).sort();
}

describe("flow engine: the same leak is reported whatever is asked first", () => {
  // Each statement asks about names the others also reach, through a chain longer than one walk's depth bound,
  // a cycle and a long concatenation.
  const declarations = [
    "let acc = input.host;",
    "const x0 = cred.password;",
    ...Array.from({ length: 300 }, (_, i) => `const x${i + 1} = x${i};`),
    "const joined = x0 + \";\" + " + Array.from({ length: 20 }, () => "acc").join(" + ") + ";",
    "for (const part of [cred.username, x300]) acc = acc + part;",
  ];
  const sinks = ["console.log(x300);", "console.log(x0);", "console.log(joined);", "console.log(acc);", "console.log(x20);", "console.log(input.host);"];

  it("reports the same statements in every order of the sinks", () => {
    const expected = reportedStatements([...declarations, ...sinks]);
    expect(expected).toEqual(["console.log(acc);", "console.log(joined);", "console.log(x0);", "console.log(x20);", "console.log(x300);"]);
    // Every rotation and the reverse: a different sink is asked about first each time.
    for (let shift = 1; shift < sinks.length; shift++) {
      const rotated = [...sinks.slice(shift), ...sinks.slice(0, shift)];
      expect(reportedStatements([...declarations, ...rotated])).toEqual(expected);
    }
    expect(reportedStatements([...declarations, ...[...sinks].reverse()])).toEqual(expected);
  });
});
