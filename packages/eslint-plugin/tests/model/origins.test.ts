// The origin tracker's pieces that rule tests reach only indirectly: which package declares a type, which file a
// relative import names, and what happens with a file that cannot be read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it, vi } from "vitest";
import { declaringPackage } from "../../src/model/sinks.js";
import { moduleFileView, resolveRelative } from "../../src/model/origins/module-files.js";
import { createOriginTracker } from "../../src/model/origins/tracker.js";
import { importedRole, memberRole, TYPED_MEMBER_NAMES, typeRole } from "../../src/model/origins/roles.js";
import { typedFixtureDir } from "../rule-tester.js";

describe("declaringPackage", () => {
  it("reads the package of an ambient module, a package's own types and a DefinitelyTyped package", () => {
    expect(declaringPackage('"pino".Logger')).toEqual({ packageName: "pino", typeName: "Logger" });
    expect(declaringPackage('"/app/node_modules/winston/index".winston.Logger')).toEqual({ packageName: "winston", typeName: "Logger" });
    expect(declaringPackage('"/app/node_modules/@types/debug/index".debug.Debugger')).toEqual({ packageName: "debug", typeName: "Debugger" });
    expect(declaringPackage('"/app/node_modules/@types/babel__core/index".File')).toEqual({ packageName: "@babel/core", typeName: "File" });
    expect(declaringPackage('"/app/node_modules/.pnpm/@sentry+node@8.0.0/node_modules/@sentry/node/build/index".Scope')).toEqual({
      packageName: "@sentry/node",
      typeName: "Scope",
    });
  });

  it("gives nothing for the project's own files and global types", () => {
    expect(declaringPackage('"/app/src/logging".AppLogger')).toBeUndefined();
    expect(declaringPackage("Logger")).toBeUndefined();
    expect(declaringPackage('"C:/app/src/logging".AppLogger')).toBeUndefined();
  });
});

describe("the role tables", () => {
  it("give a logger from each way of importing a library", () => {
    expect(importedRole("winston", { kind: "named", name: "createLogger" })).toBe("configuredLoggerFactory");
    expect(importedRole("pino", { kind: "default" })).toBe("pinoModule");
    expect(importedRole("consola", { kind: "require" })).toBe("consolaModule");
    expect(importedRole("@sentry/browser", { kind: "namespace" })).toBe("errorTracker");
    expect(importedRole("lodash", { kind: "default" })).toBeUndefined();
    expect(memberRole("winstonModule", "info")).toBe("logMethod");
    expect(typeRole("@sentry/node", "Scope")).toBe("trackerScope");
    expect(typeRole("winston", "Container")).toBeUndefined();
  });

  it("ask the checker only about methods whose call leaks", () => {
    expect(TYPED_MEMBER_NAMES.has("info")).toBe(true);
    expect(TYPED_MEMBER_NAMES.has("setAttribute")).toBe(true);
    expect(TYPED_MEMBER_NAMES.has("get")).toBe(false);
    expect(TYPED_MEMBER_NAMES.has("getTracer")).toBe(false);
  });
});

describe("resolveRelative and moduleFileView", () => {
  const from = path.join(typedFixtureDir, "file.ts");

  it("finds a TypeScript file named with its .js extension or none, and nothing for a package", () => {
    expect(resolveRelative(from, "./app-logging.js")).toBe(path.join(typedFixtureDir, "app-logging.ts"));
    expect(resolveRelative(from, "./app-logging")).toBe(path.join(typedFixtureDir, "app-logging.ts"));
    expect(resolveRelative(from, "pino")).toBeUndefined();
    expect(resolveRelative(from, "./no-such-module.js")).toBeUndefined();
  });

  it("gives no view of a file that does not parse, and re-reads a file that changed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credref-origins-"));
    try {
      const target = path.join(dir, "logging.ts");
      fs.writeFileSync(target, "export const = ;");
      expect(moduleFileView(path.join(dir, "app.ts"), "./logging.js")).toBeUndefined();
      fs.writeFileSync(target, 'import pino from "pino";\nexport const audit = pino();\n');
      fs.utimesSync(target, new Date(), new Date(Date.now() + 5_000));
      const view = moduleFileView(path.join(dir, "app.ts"), "./logging.js");
      expect(view?.program.body).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a bounded number of parsed files, dropping the least recently used", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credref-origins-"));
    const viewOf = (i: number) => {
      const file = path.join(dir, `log${i}.ts`);
      if (!fs.existsSync(file)) fs.writeFileSync(file, `import pino from "pino";\nexport const log${i} = pino();\n`);
      return moduleFileView(path.join(dir, "app.ts"), `./log${i}.js`);
    };
    try {
      const first = viewOf(0);
      const kept = viewOf(1);
      for (let i = 2; i <= 300; i++) viewOf(i);
      expect(viewOf(1)).toBe(kept); // used again: now the most recent
      for (let i = 301; i <= 600; i++) viewOf(i);
      // 601 files seen: the oldest ones were dropped, not the one used since.
      expect(viewOf(1)).toBe(kept);
      const again = viewOf(0);
      expect(again).not.toBe(first);
      expect(again?.program.body).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("parses only files that import a known package, re-export, or derive a logger or instrument", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credref-origins-"));
    const viewOf = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, `${name}.ts`), text);
      return moduleFileView(path.join(dir, "app.ts"), `./${name}.js`);
    };
    try {
      expect(viewOf("levels", 'export const level = "debug";\nexport function format(x: string) { return x; }\n')).toBeUndefined();
      expect(viewOf("required", 'const Sentry = require("@sentry/node");\nexport { Sentry };\n')).toBeDefined();
      expect(viewOf("index", 'export { audit } from "./logging.js";\n')).toBeDefined();
      expect(viewOf("derived", 'import { base } from "./base.js";\nexport const log = base.child({ area: "x" });\n')).toBeDefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the origin tracker's questions to the checker", () => {
  it("asks about a receiver only when the caller allows it, and once per receiver", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credref-origins-"));
    try {
      // The text names a known package only so the file is parsed; `audit` comes from a file the tracker does not read.
      fs.writeFileSync(path.join(dir, "job.ts"), 'import pino from "pino";\nimport { audit } from "./audit.js";\naudit.info("a");\naudit.info("b");\naudit.info("c");\n');
      const view = moduleFileView(path.join(dir, "app.ts"), "./job.js");
      const callees = view!.program.body.flatMap((statement) =>
        statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression ? [statement.expression.callee] : [],
      ) as TSESTree.Node[];
      const typeRoleOf = vi.fn(() => "logger" as const);
      const tracker = createOriginTracker(view!, { typeRoleOf });
      const [first, second, third] = callees;
      // Not allowed: no question, no role (and nothing remembered).
      expect(tracker.calleeRole(first!, () => false)).toBeUndefined();
      expect(typeRoleOf).not.toHaveBeenCalled();
      // Allowed: asked once, and the answer serves every later call on the same receiver without asking again.
      expect(tracker.calleeRole(second!, () => true)).toBe("logMethod");
      const never = vi.fn(() => false);
      expect(tracker.calleeRole(third!, never)).toBe("logMethod");
      expect(typeRoleOf).toHaveBeenCalledTimes(1);
      expect(never).not.toHaveBeenCalled();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
