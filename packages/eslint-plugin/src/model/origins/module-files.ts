/**
 * Other files of the project, read as the origin tracker needs them: a relative import (`./logging`) is resolved to
 * a file, parsed without type information, and given scope analysis, so the tracker can see that `audit` exported
 * there is `winston.createLogger(...)`. Parsed files are cached per process (the 512 most recently used) and re-read
 * when they change on disk.
 */
import fs from "node:fs";
import path from "node:path";
import { parseForESLint } from "@typescript-eslint/parser";
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { LIBRARY_MODULE_NAMES } from "./roles.js";

type Variable = TSESLint.Scope.Variable;
type ScopeManager = NonNullable<ReturnType<typeof parseForESLint>["scopeManager"]>;

/** A parsed file: its syntax tree and a way to find the variable an identifier refers to. */
export interface FileView {
  /** Absolute path of the file (or what the linter calls it). */
  readonly filename: string;
  readonly program: TSESTree.Program;
  /** The variable `identifier` refers to, or `null` for a global or an unresolved name. */
  variableOf(identifier: TSESTree.Identifier): Variable | null;
}

/** Files larger than this are not read: a logging module is small, a generated bundle is not worth parsing. */
const MAX_FILE_BYTES = 256 * 1024;
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx"];

interface CacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly view: FileView | undefined;
}
const cache = new Map<string, CacheEntry>();
/**
 * Files remembered at most (the least recently used is dropped first): a process that lints a large repository
 * keeps a bounded number of other files' syntax trees, whatever the number of modules it follows.
 */
const MAX_CACHED_FILES = 512;

/** The file a relative specifier names from `fromFile` (`./logging`, `./logging.js` for `logging.ts`, `./log/index`). */
export function resolveRelative(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const stem = /\.[cm]?jsx?$/.test(base) ? base.replace(/\.([cm]?)js(x?)$/, ".$1ts$2") : undefined;
  const candidates = [
    ...(stem !== undefined ? [stem, base] : [base]),
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => {
    try {
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** The parsed view of the file a relative import names, or `undefined` when it cannot be found, read or parsed. */
export function moduleFileView(fromFile: string, specifier: string): FileView | undefined {
  const file = resolveRelative(fromFile, specifier);
  if (file === undefined) return undefined;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached) cache.delete(file); // re-inserted below: a Map iterates in insertion order, oldest first
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
    cache.set(file, cached);
    return cached.view;
  }
  const view = stat.size <= MAX_FILE_BYTES ? parseFile(file) : undefined;
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, view });
  if (cache.size > MAX_CACHED_FILES) cache.delete(cache.keys().next().value!);
  return view;
}

/**
 * Whether a file can be the origin of a logger, span or instrument, judged from its text before paying for a parse:
 * it names a logging or telemetry package, re-exports another module, or derives a logger or instrument from one it
 * imports (`base.child(...)`, `getMeter(...)`). Most files of a project do none of these and are never parsed.
 */
function mayHoldOrigins(text: string, libraries: RegExp): boolean {
  return libraries.test(text) || REEXPORT.test(text) || DERIVING_CALL.test(text);
}
const REEXPORT = /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']/;
const DERIVING_CALL = /\.(?:child|getSubLogger|createChild|withTag|getLogger|createLogger|getTracer|getMeter|createCounter|createHistogram|createUpDownCounter|createGauge|startSpan|getActiveSpan)\s*\(/;

/** `from "pino"`, `require('winston')`, `import("@sentry/node")`: an import of a package the origin tables know. */
const LIBRARIES = new RegExp(`(?:\\bfrom|\\brequire\\s*\\(|\\bimport\\s*\\(?)\\s*["'](?:${LIBRARY_MODULE_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})(?:["']|/)`);

function parseFile(file: string): FileView | undefined {
  try {
    const text = fs.readFileSync(file, "utf8");
    if (!mayHoldOrigins(text, LIBRARIES)) return undefined;
    const { ast, scopeManager, visitorKeys } = parseForESLint(text, {
      range: true,
      loc: true,
      sourceType: "module",
      jsx: file.endsWith("x"),
      filePath: file,
    });
    if (!scopeManager) return undefined;
    setParents(ast, visitorKeys);
    return viewOf(file, ast, scopeManager);
  } catch {
    // A file that does not parse is simply not followed; the linter reports it when it lints that file.
    return undefined;
  }
}

function setParents(program: TSESTree.Program, keys: Record<string, readonly string[] | undefined>): void {
  const stack: TSESTree.Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === "object" && "type" in item) {
          (item as { parent: TSESTree.Node }).parent = node;
          stack.push(item as TSESTree.Node);
        }
      }
    }
  }
}

function viewOf(filename: string, program: TSESTree.Program, scopeManager: ScopeManager): FileView {
  return {
    filename,
    program,
    variableOf(identifier) {
      for (let node: TSESTree.Node | undefined = identifier; node; node = node.parent) {
        const scope = scopeManager.acquire(node, true);
        if (scope) return ASTUtils.findVariable(scope, identifier);
      }
      return null;
    },
  };
}
