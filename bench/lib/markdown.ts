/** A markdown table; numbers are right-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const align = head.map((_, i) => (rows.every((r) => typeof r[i] === "number") ? "---:" : "---"));
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(head), line(align), ...rows.map(line)].join("\n");
}

export const ms = (n: number): string => `${Math.round(n)} ms`;
export const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
export const ratio = (n: number): string => `${n.toFixed(2)}×`;

/** One section of the results: what the bench prints and what goes into RESULTS.md. */
export interface Section {
  title: string;
  markdown: string;
  /**
   * Headline figures for the README's benchmark block (bench/lib/readme-block.ts), by fact id, each formatted
   * exactly as the section's markdown prints it, so every number the README quotes is one RESULTS.md holds.
   */
  facts?: Record<string, string>;
}
