import fc from "fast-check";
import { isDummyValue } from "../../src/secrets/dummies.js";

/**
 * Generates small app programs around one `@task` method: a credential source, aliases, closures,
 * decorators, optional chaining and unusual syntax, with "sink" lines at known line numbers. Each
 * sink line records which rule must report it; every other line must stay clean.
 */

export type SinkRule = "no-credential-logging" | "no-credential-in-output" | "resolve-in-task" | "no-hardcoded-secrets";

export interface GeneratedProgram {
  code: string;
  /**
   * 1-based line -> the rule that reports there. `required` sinks are leaks the rule's contract names
   * outright (it must report them); the others may be reported but need not be.
   */
  sinks: Map<number, { rule: SinkRule; required: boolean }>;
  /** Literal secret values written into the program; no message may contain them. */
  secrets: string[];
}

type Source = "resolve" | "getSecret" | "atlan";

interface Shape {
  source: Source;
  taskName: string;
  viaLocalContext: boolean;
  extraDecorator: boolean;
  statements: Statement[];
  returnsLeak: boolean;
  outsideResolve: boolean;
}

type Statement =
  | { kind: "alias" }
  | { kind: "safeLog"; variant: number }
  | { kind: "leakLog"; variant: number; sink: number }
  | { kind: "closureLeak"; variant: number }
  | { kind: "helperLeak"; variant: number }
  | { kind: "errorLeak"; variant: number }
  | { kind: "masked"; variant: number }
  | { kind: "syntax"; variant: number }
  | { kind: "hardcoded"; name: string; value: string };

const SINKS = ["console.log", "console.error", "this.context.logger.info", "logger.debug", "console.warn"];

/** Ways to name a secret value, by source; `v` is the newest alias of the source variable. */
function secretExpr(source: Source, v: string, variant: number): string {
  const forms: Record<Source, string[]> = {
    resolve: [`${v}.password`, `\`pw=\${${v}.password}\``, `"pw " + ${v}.password`, `${v}`, `JSON.stringify(${v})`, `${v}?.password`, `${v}.password.slice(0, 4)`],
    getSecret: [`${v}`, `\`key=\${${v}}\``, `"key " + ${v}`, `${v}.slice(0, 6)`, `String(${v})`],
    atlan: [`${v}`, `{ client: ${v} }`],
  };
  const list = forms[source];
  return list[variant % list.length]!;
}

function safeExpr(source: Source, v: string, variant: number): string {
  const forms: Record<Source, string[]> = {
    resolve: [`${v}.username`, `\`user=\${${v}.username}\``, `${v}.password.length`, `input.credential.name`, `typeof ${v}.password`, `Boolean(${v}.password)`],
    getSecret: [`${v}.length`, `"loaded"`, `${v} === undefined`, `typeof ${v}`, `!!${v}`],
    atlan: [`${v}.baseUrl`, `input.atlan.name`, `"client ready"`],
  };
  const list = forms[source];
  return list[variant % list.length]!;
}

const SYNTAX = [
  (i: number) => `outer${i}: for (const x of [1, 2]) { if (x > 1) break outer${i}; }`,
  (i: number) => `const big${i} = 10n ** 3n;`,
  (i: number) => `const re${i} = /[a-z]+\\d{2,}/giu;`,
  (i: number) => `const raw${i} = String.raw\`a\\b\${${i}}\`;`,
  (i: number) => `const [first${i}, ...rest${i}] = [1, 2, 3];`,
  (i: number) => `const obj${i} = { ["k" + ${i}]: 1, get g() { return ${i}; } };`,
  (i: number) => `class Inner${i} { #p = ${i}; static { void 0; } get p() { return this.#p; } }`,
  (i: number) => `function* gen${i}() { yield* [${i}]; }`,
  (i: number) => `for await (const x${i} of [Promise.resolve(${i})]) void x${i};`,
  (i: number) => `try { JSON.parse("{}"); } catch { void ${i}; }`,
  (i: number) => `(() => ${i})?.();`,
  (i: number) => `let n${i}: number | undefined; n${i} ??= ${i};`,
  (i: number) => `const sum${i} = [1, 2].reduce((a, b) => a + b, 0) satisfies number;`,
  (i: number) => `const maybe${i} = (globalThis as { cfg?: { a?: { b?: () => number } } }).cfg?.a?.b?.() ?? ${i};`,
  (i: number) => `switch (${i} % 2) { case 0: break; default: void 0; }`,
];

const identifier = fc.constantFrom("task", "t", "runTask", "activity");
const secretValue = fc
  .tuple(fc.stringMatching(/^[A-Za-z]{8}$/), fc.stringMatching(/^[0-9]{4}$/), fc.stringMatching(/^[A-Za-z0-9]{8}$/))
  .map(([a, b, c]) => `${a}${b}${c}`);

const statement: fc.Arbitrary<Statement> = fc.oneof(
  fc.constant<Statement>({ kind: "alias" }),
  fc.nat(20).map<Statement>((variant) => ({ kind: "safeLog", variant })),
  fc.tuple(fc.nat(20), fc.nat(SINKS.length - 1)).map<Statement>(([variant, sink]) => ({ kind: "leakLog", variant, sink })),
  fc.nat(20).map<Statement>((variant) => ({ kind: "closureLeak", variant })),
  fc.nat(20).map<Statement>((variant) => ({ kind: "helperLeak", variant })),
  fc.nat(20).map<Statement>((variant) => ({ kind: "errorLeak", variant })),
  fc.nat(20).map<Statement>((variant) => ({ kind: "masked", variant })),
  fc.nat(SYNTAX.length - 1).map<Statement>((variant) => ({ kind: "syntax", variant })),
  fc
    .tuple(fc.constantFrom("dbPassword", "apiKey", "clientSecret", "authToken"), secretValue)
    .map<Statement>(([name, value]) => ({ kind: "hardcoded", name, value })),
);

export const programShape: fc.Arbitrary<Shape> = fc.record({
  source: fc.constantFrom<Source>("resolve", "getSecret", "atlan"),
  taskName: identifier,
  viaLocalContext: fc.boolean(),
  extraDecorator: fc.boolean(),
  statements: fc.array(statement, { minLength: 1, maxLength: 12 }),
  returnsLeak: fc.boolean(),
  outsideResolve: fc.boolean(),
});

export function render(shape: Shape): GeneratedProgram {
  const lines: string[] = [];
  const sinks: GeneratedProgram["sinks"] = new Map();
  const secrets: string[] = [];
  const push = (text: string, rule?: SinkRule, required = true) => {
    lines.push(text);
    if (rule) sinks.set(lines.length, { rule, required });
  };
  const { source } = shape;
  const base = source === "atlan" ? "AtlanClientMixin(App)" : "App";
  push(`import { App, AtlanClientMixin, Input, Output, task as ${shape.taskName}, basicRef, atlanApiTokenRef } from "@credref/types";`);
  push(`const logger = { debug: (...args: unknown[]) => void args };`);
  push(`function traced(name: string) { return <T>(m: T, _c: ClassMethodDecoratorContext) => { void name; return m; }; }`);
  push(`function sealed<T>(c: T, _c: ClassDecoratorContext) { return c; }`);
  push(`function mask(value: unknown): string { return typeof value === "string" ? "*".repeat(value.length) : "***"; }`);
  push(`class GenInput extends Input { credential = basicRef("gen-db"); atlan = atlanApiTokenRef("gen-atlan"); }`);
  push(`class GenOutput extends Output { ok = false; }`);
  push(`@sealed`);
  push(`export class GeneratedApp extends ${base} {`);
  if (shape.extraDecorator) push(`  @traced("run")`);
  push(`  @${shape.taskName}({ timeoutSeconds: 30 })`);
  push(`  async run(input: GenInput): Promise<GenOutput> {`);
  const receiver = shape.viaLocalContext ? "ctx" : "this.context";
  if (shape.viaLocalContext) push(`    const ctx = this.context;`);
  let v = "src0";
  if (source === "resolve") push(`    const ${v} = await ${receiver}.resolveCredential(input.credential);`);
  if (source === "getSecret") push(`    const ${v} = await ${receiver}.getSecret("gen-signing-key");`);
  if (source === "atlan") push(`    const ${v} = await this.getOrCreateAsyncAtlanClient(input.atlan);`);
  shape.statements.forEach((s, i) => {
    switch (s.kind) {
      case "alias": {
        const next = `alias${i}`;
        push(`    const ${next} = ${v};`);
        v = next;
        break;
      }
      case "safeLog":
        push(`    ${SINKS[s.variant % SINKS.length]}(${safeExpr(source, v, s.variant)});`);
        break;
      case "leakLog":
        push(`    ${SINKS[s.sink]}("value", ${secretExpr(source, v, s.variant)});`, "no-credential-logging");
        break;
      case "closureLeak":
        push(`    const report${i} = () => {`);
        push(`      console.log(${secretExpr(source, v, s.variant)});`, "no-credential-logging");
        push(`    };`);
        push(`    report${i}();`);
        break;
      case "helperLeak":
        push(`    const describe${i} = (value: unknown) => \`[\${String(value)}]\`;`);
        push(`    console.info(describe${i}(${secretExpr(source, v, s.variant)}));`, "no-credential-logging");
        break;
      case "errorLeak":
        push(`    if (input === undefined) throw new Error(\`failed with \${${secretExpr(source, v, s.variant)}}\`);`, "no-credential-logging");
        break;
      case "masked":
        push(`    console.log("masked", mask(${secretExpr(source, v, s.variant)}));`);
        break;
      case "syntax":
        push(`    ${SYNTAX[s.variant]!(i)}`);
        break;
      case "hardcoded":
        // Every generated value must be reported, credential words inside it included ("MyPwd2024!"); only a
        // value that is a dummy by shape (fast-check likes `AAAAAAAA0000AAAAAAAA`) is the rule's to excuse.
        push(`    const ${s.name}${i} = "${s.value}";`, "no-hardcoded-secrets", !isDummyValue(s.value));
        secrets.push(s.value);
        break;
    }
  });
  // An Atlan client holds its credential: returning it from a task is a leak like returning the credential.
  if (shape.returnsLeak) push(`    return { ok: true, leaked: ${secretExpr(source, v, 0)} } as GenOutput;`, "no-credential-in-output");
  else push(`    return { ok: true };`);
  push(`  }`);
  if (shape.outsideResolve) {
    push(`  async refresh(input: GenInput) {`);
    push(`    const again = await this.context.resolveCredential(input.credential);`, "resolve-in-task");
    push(`    return again.username;`);
    push(`  }`);
  }
  push(`}`);
  return { code: `${lines.join("\n")}\n`, sinks, secrets };
}
