import fs from "node:fs";
import path from "node:path";

export const SOURCE_EXT = /\.(?:[cm]?js|[cm]?ts)$/;

/** Every file under `dir` whose name matches `pattern`, sorted for a stable order. */
export function listFiles(dir: string, pattern: RegExp = SOURCE_EXT): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

export function countLines(files: readonly string[]): { lines: number; bytes: number } {
  let lines = 0;
  let bytes = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    bytes += Buffer.byteLength(text);
    lines += text.length === 0 ? 0 : text.split("\n").length;
  }
  return { lines, bytes };
}
