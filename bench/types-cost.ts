/**
 * What `@credref/types` costs a consumer's compiler. Generates the same 1,000-task app twice — once with refs of
 * every credential type resolved through `@credref/types`, once with plain string credential names and a minimal
 * hand-written framework surface — and type-checks each as `tsc --noEmit` would, in a fresh process
 * (`lib/check-worker.mjs`), several times, interleaved, so both see the same machine load. Check time is judged
 * as CPU time, minimum and median: on a shared machine wall time mostly measures the wait for a core. Also
 * weighs type-fest's root index, which we do not depend on.
 *
 * Run alone with `npx tsx bench/types-cost.ts` (build first: `npm run build`), or through `npm run bench`.
 * Goals: check time within 1.1x of the baseline's, instantiations within 2x.
 *
 * To compare with an earlier version in the same run, build that version somewhere and point
 * `TYPES_COST_BEFORE` at its package directory (the one holding `package.json` and `dist/`): a third app, the
 * same as the `@credref/types` one but resolving the package from there, is measured alternately with the others.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { table, ratio, type Section } from "./lib/markdown.js";
import { outDir, repoRoot } from "./lib/paths.js";

const TASKS = 1_000;
const TASKS_PER_FILE = 20;
const RUNS = Number(process.env["TYPES_COST_RUNS"] ?? 5);
const tsc = path.join(repoRoot, "node_modules", "typescript", "lib", "tsc.js");
const typesPackage = path.join(repoRoot, "packages", "types");
const beforePackage = process.env["TYPES_COST_BEFORE"] ? path.resolve(process.env["TYPES_COST_BEFORE"]) : undefined;

/** Each credential kind: its factory, how its resolved value is used, and the plain-string equivalent. */
const KINDS = [
  { factory: 'basicRef("NAME")', use: "cred.username + cred.password", plain: 'cred["username"] + cred["password"]' },
  { factory: 'apiKeyRef("NAME", { storeName: "vault" })', use: "cred.toHeaders()", plain: '({ "X-API-Key": cred["apiKey"] })' },
  { factory: 'bearerTokenRef("NAME")', use: "cred.toAuthHeader()", plain: '`Bearer ${cred["token"]}`' },
  { factory: 'oauthClientRef("NAME")', use: "cred.needsRefresh() ? cred.tokenUrl : cred.toHeaders()", plain: 'cred["expiresAt"] === "" ? cred["tokenUrl"] : cred["accessToken"]' },
  { factory: 'certificateRef("NAME")', use: "cred.certData + cred.keyData", plain: 'cred["certData"] + cred["keyData"]' },
  { factory: 'gitSshRef("NAME")', use: "cred.keyData + cred.passphrase", plain: 'cred["keyData"] + cred["passphrase"]' },
  { factory: 'gitTokenRef("NAME")', use: "cred.isExpired() ? '' : cred.toAuthHeader()", plain: 'cred["expiresAt"] === "" ? "" : cred["token"]' },
  { factory: 'atlanApiTokenRef("NAME")', use: "cred.baseUrl + cred.toAuthHeader()", plain: 'cred["baseUrl"] + cred["token"]' },
  { factory: 'atlanOAuthClientRef("NAME")', use: "cred.baseUrl + cred.clientId", plain: 'cred["baseUrl"] + cred["clientId"]' },
  { factory: 'credentialRef("slack", "NAME")', use: "cred.botToken", plain: 'cred["botToken"]' },
] as const;

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2023"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    types: ["node"],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ["src"],
};

/** The plain app's own framework surface: what a project writes for itself without @credref/types. */
const PLAIN_FRAMEWORK = `export interface Logger { info(message: string, ...details: unknown[]): void }
export interface TaskContext {
  getCredential(name: string): Promise<Record<string, string>>;
  getSecret(name: string): Promise<string>;
  readonly logger: Logger;
}
export interface TaskOptions { name?: string; timeoutSeconds?: number; retryMaxAttempts?: number; heartbeatTimeoutSeconds?: number }
export class Input {}
export class Output {}
export class App { declare readonly context: TaskContext }
export function task<This, M extends (this: This, ...args: any) => any>(method: M, context: ClassMethodDecoratorContext<This, M>): void;
export function task(options: TaskOptions): <This, M extends (this: This, ...args: any) => any>(method: M, context: ClassMethodDecoratorContext<This, M>) => void;
export function task(..._args: unknown[]): any { return undefined; }
`;

const SLACK = `import type { ResolvedCredential, Secret } from "@credref/types";
export interface SlackCredential extends ResolvedCredential<"slack"> { readonly botToken: Secret<string> }
declare module "@credref/types" { interface CredentialTypes { slack: SlackCredential } }
`;

type Variant = "credref" | "plain" | "before";

function taskFile(variant: Variant, fileIndex: number): string {
  const lines: string[] = [];
  if (variant !== "plain") {
    lines.push(
      `import { App, Input, Output, task, basicRef, apiKeyRef, bearerTokenRef, oauthClientRef, certificateRef, gitSshRef, gitTokenRef, atlanApiTokenRef, atlanOAuthClientRef, credentialRef } from "@credref/types";`,
      `import "./slack.js";`,
    );
  } else {
    lines.push(`import { App, Input, Output, task } from "./framework.js";`);
  }
  lines.push("");
  const methods: string[] = [];
  for (let j = 0; j < TASKS_PER_FILE; j++) {
    const n = fileIndex * TASKS_PER_FILE + j;
    const id = String(n).padStart(4, "0");
    const kind = KINDS[n % KINDS.length]!;
    const credential = variant !== "plain" ? kind.factory.replace("NAME", `cred-${id}`) : `"cred-${id}"`;
    lines.push(`class Task${id}Input extends Input { credential = ${credential}; limit = ${n}; }`);
    lines.push(`class Task${id}Output extends Output { ok = false; detail = ""; }`);
    const resolve =
      variant !== "plain"
        ? `const cred = await this.context.resolveCredential(input.credential);\n    const used = ${kind.use};`
        : `const cred = await this.context.getCredential(input.credential);\n    const used = ${kind.plain};`;
    methods.push(`  @task({ timeoutSeconds: ${30 + (n % 5)} })
  async task${id}(input: Task${id}Input): Promise<Task${id}Output> {
    ${resolve}
    this.context.logger.info("done", { credential: input.credential, limit: input.limit });
    return { ok: used !== undefined, detail: String(input.limit) };
  }`);
  }
  lines.push("", `export class App${fileIndex} extends App {`, methods.join("\n\n"), "}", "");
  return lines.join("\n");
}

function generate(variant: Variant): string {
  const dir = path.join(outDir, "types-cost", variant);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "src"), { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `types-cost-${variant}`, private: true, type: "module" }));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
  if (variant !== "plain") fs.writeFileSync(path.join(dir, "src", "slack.ts"), SLACK);
  else fs.writeFileSync(path.join(dir, "src", "framework.ts"), PLAIN_FRAMEWORK);
  if (variant === "before") {
    // Resolved before the workspace's own copy: the nearest node_modules wins.
    fs.mkdirSync(path.join(dir, "node_modules", "@credref"), { recursive: true });
    fs.symlinkSync(beforePackage!, path.join(dir, "node_modules", "@credref", "types"), "dir");
  }
  for (let f = 0; f < TASKS / TASKS_PER_FILE; f++) fs.writeFileSync(path.join(dir, "src", `tasks-${f}.ts`), taskFile(variant, f));
  return dir;
}

interface Measurement {
  files: number;
  types: number;
  instantiations: number;
  /** tsc's "Check time": wall clock, so it includes waiting for a core on a loaded machine. */
  checkMs: number;
  /** CPU time the compiler's process spent in the check phase: what the types cost, whatever the load. */
  checkCpuMs: number;
  totalMs: number;
  totalCpuMs: number;
}

const checkWorker = path.join(repoRoot, "bench", "lib", "check-worker.mjs");

/**
 * Type-checks `dir` in a fresh process, as `tsc -p dir --noEmit --extendedDiagnostics` would (same counts, same
 * phase timer), adding the process's CPU time; throws with the compiler's own errors if the app does not compile.
 */
function measure(dir: string): Measurement {
  const output = execFileSync(process.execPath, [checkWorker, dir], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const result = JSON.parse(output) as Measurement & { errors: string[] };
  if (result.errors.length > 0) {
    throw new Error(`types-cost: the generated app in ${path.relative(repoRoot, dir)} does not compile:\n${result.errors.join("\n")}`);
  }
  return result;
}

/** The files of `dir`'s program, as tsc lists them (symlinks resolved). */
function listProgramFiles(dir: string): string[] {
  return execFileSync(process.execPath, [tsc, "-p", dir, "--listFilesOnly"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((file) => fs.realpathSync(file));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** type-fest's root index in an otherwise empty consumer program, measured the same way. */
function weighTypeFest(): { files: number; checkCpuMs: number; totalMs: number; baselineFiles: number } | undefined {
  if (!fs.existsSync(path.join(repoRoot, "node_modules", "type-fest", "package.json"))) return undefined;
  const make = (name: string, code: string): string => {
    const dir = path.join(outDir, "types-cost", name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, "src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(CONSUMER_TSCONFIG));
    fs.writeFileSync(path.join(dir, "src", "index.ts"), code);
    return dir;
  };
  const empty = make("empty", `export const x: number = 1;\n`);
  const withTypeFest = make("type-fest", `import type { Simplify } from "type-fest";\nexport const x: Simplify<{ a: number }> = { a: 1 };\n`);
  const base = measure(empty);
  const runs = Array.from({ length: RUNS }, () => measure(withTypeFest));
  return {
    files: runs[0]!.files,
    baselineFiles: base.files,
    checkCpuMs: median(runs.map((r) => r.checkCpuMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
  };
}

export async function run(): Promise<Section> {
  if (!fs.existsSync(path.join(typesPackage, "dist", "index.d.ts"))) {
    throw new Error("types-cost: packages/types is not built; run `npm run build` first");
  }
  if (beforePackage !== undefined && !fs.existsSync(path.join(beforePackage, "dist", "index.d.ts"))) {
    throw new Error(`types-cost: TYPES_COST_BEFORE has no built package (no dist/index.d.ts in ${beforePackage})`);
  }
  const dirs = { credref: generate("credref"), plain: generate("plain"), before: beforePackage ? generate("before") : "" };
  const runs: Record<Variant, Measurement[]> = { credref: [], plain: [], before: [] };
  const order: Variant[] = beforePackage ? ["plain", "before", "credref"] : ["plain", "credref"];
  const loads: number[] = [os.loadavg()[0]!];
  for (let i = 0; i < RUNS; i++) {
    // Interleave so every variant sees the same machine load, and reverse the order every other round so that
    // none always runs first (on a warmer or colder machine).
    for (const variant of i % 2 === 0 ? order : [...order].reverse()) runs[variant].push(measure(dirs[variant]));
    loads.push(os.loadavg()[0]!);
  }
  const summary = (variant: Variant) => {
    const of = (pick: (m: Measurement) => number) => runs[variant].map(pick);
    return {
      files: runs[variant][0]!.files,
      types: runs[variant][0]!.types,
      instantiations: runs[variant][0]!.instantiations,
      checkCpuMin: Math.min(...of((r) => r.checkCpuMs)),
      checkCpuMedian: median(of((r) => r.checkCpuMs)),
      checkMs: median(of((r) => r.checkMs)),
      totalCpuMs: median(of((r) => r.totalCpuMs)),
      totalMs: median(of((r) => r.totalMs)),
    };
  };
  const credref = summary("credref");
  const plain = summary("plain");
  const ourDts = listProgramFiles(dirs.credref).filter(
    (file) => file.startsWith(typesPackage + path.sep) && file.endsWith(".d.ts"),
  );
  const typeFest = weighTypeFest();

  const goal = (value: number, limit: number) => (value <= limit ? "met" : "**missed**");
  const instantiationRatio = credref.instantiations / plain.instantiations;
  const checkMinRatio = credref.checkCpuMin / plain.checkCpuMin;
  const checkMedianRatio = credref.checkCpuMedian / plain.checkCpuMedian;
  const before = beforePackage ? summary("before") : undefined;
  const row = (label: string, pick: (m: ReturnType<typeof summary>) => number, goalText = ""): (string | number)[] => {
    const cells: (string | number)[] = [label, Math.round(pick(plain))];
    if (before) cells.push(Math.round(pick(before)), ratio(pick(before) / pick(plain)));
    cells.push(Math.round(pick(credref)), ratio(pick(credref) / pick(plain)), goalText);
    return cells;
  };
  const rows: (string | number)[][] = [
    row("files loaded", (m) => m.files),
    row("types", (m) => m.types),
    row("instantiations", (m) => m.instantiations, `≤ 2.00× ${goal(instantiationRatio, 2)}`),
    row("check CPU time (min ms)", (m) => m.checkCpuMin, `≤ 1.10× ${goal(checkMinRatio, 1.1)}`),
    row("check CPU time (median ms)", (m) => m.checkCpuMedian, `≤ 1.10× ${goal(checkMedianRatio, 1.1)}`),
    row("check wall time (median ms)", (m) => m.checkMs),
    row("total CPU time (median ms)", (m) => m.totalCpuMs),
    row("total wall time (median ms)", (m) => m.totalMs),
  ];
  const headers = before
    ? ["", "plain strings", "before", "ratio", "@credref/types", "ratio", "goal"]
    : ["", "plain strings", "@credref/types", "ratio", "goal"];
  const markdown = [
    `A generated app of ${TASKS} \`@task\` methods in ${TASKS / TASKS_PER_FILE} files, each resolving a ref of one of the ` +
      `nine built-in types or a custom type, type-checked as \`tsc --noEmit\` would (NodeNext, strict, ` +
      `skipLibCheck), each time in a fresh process. The baseline is the same app with plain string credential names ` +
      `and a 15-line hand-written framework surface. ${RUNS} interleaved rounds (the order reversed every other ` +
      `round), 1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; counts are ` +
      `deterministic. The goal is judged on check CPU time (the CPU the compiler's process spent checking, which ` +
      `waiting for a core does not inflate): its minimum, the run least disturbed, and its median. Wall times are ` +
      `tsc's own \`--extendedDiagnostics\` timers.` +
      (before ? ` "before" is the same app against the package built from \`${path.relative(repoRoot, beforePackage!)}\`.` : ""),
    "",
    table(headers, rows),
    "",
    `- \`.d.ts\` files \`@credref/types\` adds to the consumer's program: **${ourDts.length}** (one per source file) — ` +
      ourDts.map((f) => `\`${path.relative(typesPackage, f)}\``).join(", "),
    typeFest
      ? `- type-fest ${readVersion("type-fest")} (not a dependency), root index imported into an empty program: ` +
        `${typeFest.files - typeFest.baselineFiles} more files (${typeFest.baselineFiles} → ${typeFest.files}), ` +
        `check ${Math.round(typeFest.checkCpuMs)} ms CPU, total ${Math.round(typeFest.totalMs)} ms — more files than this whole package, so the ` +
        `package's types use none of it.`
      : "- type-fest is not installed; its weight was not measured.",
  ].join("\n");
  return { title: "Type-level cost of @credref/types on a consumer's compiler", markdown };
}

function readVersion(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
