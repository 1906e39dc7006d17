// The publish dry run: what `npm pack` would put in each package's tarball, and the metadata the npm page shows.
// A package must ship what its entry points name, its LICENSE and README, source maps whose sources ship beside them,
// and nothing from the repository's tests or scratch files. The plugin's peer ranges must equal what the
// compatibility job (scripts/compat.mjs) installs and lints.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/fixtures.js";
// @ts-expect-error: a JavaScript script without declarations; only its exported matrix is read.
import { matrix } from "../../scripts/compat.mjs";

interface PackEntry {
  name: string;
  version: string;
  files: { path: string }[];
}
interface PackageJson {
  name: string;
  version: string;
  license?: string;
  main?: string;
  types?: string;
  exports?: unknown;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  publishConfig?: { access?: string };
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface MatrixRow {
  name: string;
  eslint: string;
  typescript: string;
}

const packages = ["types", "eslint-plugin", "testing"];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function packed(dir: string): Set<string> {
  const output = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [entry] = JSON.parse(output) as PackEntry[];
  return new Set(entry!.files.map((file) => file.path));
}

/** Every file path an `exports` map names (the targets of all conditions). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (exports === null || typeof exports !== "object") return [];
  return Object.values(exports).flatMap(exportTargets);
}

describe.each(packages)("packages/%s", (name) => {
  const dir = path.join(repoRoot, "packages", name);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
  const files = packed(dir);

  test("ships its entry points, README and LICENSE", () => {
    const needed = [pkg.main, pkg.types, ...exportTargets(pkg.exports), "package.json", "README.md", "LICENSE"]
      .filter((file): file is string => file !== undefined)
      .map((file) => path.posix.normalize(file));
    expect(needed.filter((file) => !files.has(file))).toEqual([]);
  });

  test("ships no tests, build info or scratch files", () => {
    expect([...files].filter((file) => /(^|\/)(tests?|fixtures?|node_modules)\/|\.tsbuildinfo$|\.tmp\.|\.test(-d)?\.[cm]?[jt]s$/.test(file))).toEqual([]);
  });

  test("every shipped source map points at sources that ship too", () => {
    const maps = [...files].filter((file) => file.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(path.join(dir, map), "utf8")) as { sources: string[] };
      return sources.map((source) => path.posix.join(path.posix.dirname(map), source)).filter((source) => !files.has(source));
    });
    expect(missing).toEqual([]);
  });

  test("has the metadata the npm page and a public scoped publish need", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(path.join(dir, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/credref/credref.git", directory: `packages/${name}` });
    expect(pkg.homepage).toBe(`https://github.com/credref/credref/tree/main/packages/${name}#readme`);
    expect(pkg.bugs?.url).toBe("https://github.com/credref/credref/issues");
    expect(pkg.publishConfig?.access).toBe("public");
    expect(pkg.engines?.node).toBe(JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).engines.node);
  });

  test("README links work on the npm page: absolute URLs or anchors", () => {
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((link) => !/^(https?:\/\/|#)/.test(link))).toEqual([]);
  });

  test("depends on the other credref packages at their current version", () => {
    for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
      if (!dep.startsWith("@credref/")) continue;
      const other = JSON.parse(readFileSync(path.join(repoRoot, "packages", dep.slice("@credref/".length), "package.json"), "utf8")) as PackageJson;
      expect(range, dep).toBe(other.version);
    }
    for (const [dep, range] of Object.entries(pkg.peerDependencies ?? {})) {
      if (!dep.startsWith("@credref/")) continue;
      const other = JSON.parse(readFileSync(path.join(repoRoot, "packages", dep.slice("@credref/".length), "package.json"), "utf8")) as PackageJson;
      expect(range, dep).toBe(`^${other.version}`);
    }
  });
});

test("@credref/testing shares the app's @credref/types (a peer) instead of bringing a second copy", () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "packages/testing/package.json"), "utf8")) as PackageJson;
  expect(pkg.dependencies?.["@credref/types"]).toBeUndefined();
  expect(pkg.peerDependencies?.["@credref/types"]).toBeDefined();
});

describe("the plugin's version ranges", () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "packages/eslint-plugin/package.json"), "utf8")) as PackageJson;
  const rows = matrix as MatrixRow[];
  const floor = rows[0]!;

  test("peer ranges start at the oldest versions the compatibility job installs", () => {
    expect(pkg.peerDependencies?.["eslint"]).toBe(`^${floor.eslint} || ^10.0.0`);
    expect(pkg.peerDependencies?.["typescript"]).toBe(`>=${floor.typescript} <6.1.0`);
    // typescript-eslint's parser loads TypeScript for every file, so it is required, not optional.
    expect(pkg.peerDependenciesMeta?.["typescript"]?.optional).not.toBe(true);
  });

  test("the compatibility job covers ESLint 9 and 10 and TypeScript 5.0, 5.9 and 6.0", () => {
    expect(rows.map((row) => row.eslint)).toEqual([floor.eslint, "^9", "^10"]);
    expect(rows.map((row) => row.typescript.replace(/^[~^]/, "").split(".").slice(0, 2).join("."))).toEqual(["5.0", "5.9", "6.0"]);
  });

  test("typescript-eslint is a caret range, so the user's copy is shared instead of duplicated", () => {
    for (const dep of ["@typescript-eslint/parser", "@typescript-eslint/utils"]) expect(pkg.dependencies?.[dep]).toMatch(/^\^8\.\d+\.\d+$/);
  });

  test("the CommonJS entry is there", () => {
    expect(existsSync(path.join(repoRoot, "packages/eslint-plugin/cjs/index.cjs"))).toBe(true);
  });
});
