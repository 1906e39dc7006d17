/**
 * Compile TypeScript files the way a consumer of `@credref/types` does and compare the diagnostics with the
 * expectations written in the files themselves: a line ending in `// error TS2339` must produce exactly that code
 * on that line, and no other line may produce any. A marker may list several codes (`// error TS2345 TS2554`) and a
 * quoted fragment the message must contain (`// error TS1270 "exactly one parameter"`).
 *
 * Used by the types package's compile suite and by the end-to-end checks of the fixture apps.
 */
import path from "node:path";
import { Project, ts } from "ts-morph";

/** The options a consumer app uses: ESM on Node, strict, `@credref/types` resolved from its built package. */
export const consumerCompilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ["node"],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
};

/** One expectation read from a marker comment. */
export interface ExpectedDiagnostic {
  /** 1-based line. */
  readonly line: number;
  readonly codes: readonly number[];
  /** Text the diagnostic's message must contain, if the marker gave one. */
  readonly fragment?: string;
}

/** One diagnostic the compiler reported, flattened to what the comparison needs. */
export interface ActualDiagnostic {
  readonly file: string;
  /** 1-based line; 0 for diagnostics without a position. */
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

/** How one file's diagnostics differ from its markers; both lists empty means it compiled as marked. */
export interface ExpectationReport {
  readonly file: string;
  readonly expected: readonly ExpectedDiagnostic[];
  readonly actual: readonly ActualDiagnostic[];
  /** Marked lines whose codes (or message fragment) the compiler did not produce. */
  readonly missing: readonly string[];
  /** Diagnostics on unmarked lines, with a code the marker did not list, or in another file. */
  readonly unexpected: readonly string[];
}

const MARKER = /\/\/\s*error\s+((?:TS\d+[\s,]*)+)(?:"([^"]*)")?\s*$/;

/** The expectations marked in `text`. */
export function parseExpectations(text: string): ExpectedDiagnostic[] {
  const expectations: ExpectedDiagnostic[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = MARKER.exec(lineText);
    if (!match) return;
    const codes = [...match[1]!.matchAll(/TS(\d+)/g)].map((m) => Number(m[1]));
    expectations.push({ line: index + 1, codes, ...(match[2] !== undefined ? { fragment: match[2] } : {}) });
  });
  return expectations;
}

/** A project with the consumer options (plus `overrides`) and no files yet. */
export function createConsumerProject(overrides: ts.CompilerOptions = {}): Project {
  return new Project({
    compilerOptions: { ...consumerCompilerOptions, ...overrides },
    skipAddingFilesFromTsConfig: true,
  });
}

/** All pre-emit diagnostics of `project` (options, global, syntactic and semantic), flattened. */
export function collectDiagnostics(project: Project): ActualDiagnostic[] {
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const sourceFile = diagnostic.getSourceFile();
    const start = diagnostic.getStart();
    const line = sourceFile && start !== undefined ? sourceFile.getLineAndColumnAtPos(start).line : 0;
    return {
      file: sourceFile?.getFilePath() ?? "<global>",
      line,
      code: diagnostic.getCode(),
      message: ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, "\n"),
    };
  });
}

/** Compares the diagnostics of `file` (and anything outside the listed files) with its markers. */
export function compareExpectations(file: string, text: string, actual: readonly ActualDiagnostic[]): ExpectationReport {
  const expected = parseExpectations(text);
  const normalized = path.resolve(file);
  const mine = actual.filter((d) => path.resolve(d.file) === normalized);
  const missing: string[] = [];
  const unexpected: string[] = actual
    .filter((d) => path.resolve(d.file) !== normalized)
    .map((d) => `${d.file}:${d.line} TS${d.code} ${firstLine(d.message)}`);
  const byLine = new Map(expected.map((e) => [e.line, e]));
  for (const e of expected) {
    const onLine = mine.filter((d) => d.line === e.line);
    for (const code of e.codes) {
      const hits = onLine.filter((d) => d.code === code);
      if (hits.length === 0) missing.push(`line ${e.line}: expected TS${code}, got ${onLine.map((d) => `TS${d.code}`).join(", ") || "nothing"}`);
      else if (e.fragment !== undefined && !hits.some((d) => d.message.includes(e.fragment!))) {
        missing.push(`line ${e.line}: TS${code} without "${e.fragment}" in: ${firstLine(hits[0]!.message)}`);
      }
    }
  }
  for (const d of mine) {
    if (!byLine.get(d.line)?.codes.includes(d.code)) unexpected.push(`line ${d.line}: TS${d.code} ${firstLine(d.message)}`);
  }
  return { file, expected, actual: mine, missing, unexpected };
}

/**
 * Compiles each file in its own consumer project (module augmentations stay private to their file) and compares
 * its diagnostics with its markers.
 */
export function checkFiles(files: readonly string[], overrides: ts.CompilerOptions = {}): ExpectationReport[] {
  return files.map((file) => {
    const project = createConsumerProject(overrides);
    const sourceFile = project.addSourceFileAtPath(file);
    return compareExpectations(file, sourceFile.getFullText(), collectDiagnostics(project));
  });
}

/**
 * Compiles a set of files together as one program (an app spread over several files) and compares every
 * file's diagnostics with its own markers; diagnostics in files outside the set count as unexpected.
 */
export function checkProgram(files: readonly string[], overrides: ts.CompilerOptions = {}): ExpectationReport[] {
  const project = createConsumerProject(overrides);
  const sourceFiles = files.map((file) => project.addSourceFileAtPath(file));
  const actual = collectDiagnostics(project);
  const listed = new Set(files.map((f) => path.resolve(f)));
  const outside = actual.filter((d) => !listed.has(path.resolve(d.file)));
  return sourceFiles.map((sourceFile, i) => {
    const file = files[i]!;
    const report = compareExpectations(
      file,
      sourceFile.getFullText(),
      actual.filter((d) => path.resolve(d.file) === path.resolve(file)),
    );
    return i === 0 ? { ...report, unexpected: [...outside.map((d) => `${d.file}:${d.line} TS${d.code} ${firstLine(d.message)}`), ...report.unexpected] } : report;
  });
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? "";
}
