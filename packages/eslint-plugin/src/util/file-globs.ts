/**
 * Minimal glob matching for rule options that select files: `**` (any directories), `*` (any
 * characters but `/`), `?` and `{a,b}` alternatives. Globs compile to anchored, linear regexes.
 */

/**
 * Compiles a glob to a regular expression matched against `/`-separated relative paths.
 *
 * @example
 * globToRegExp("**\/*.{test,spec}.ts").test("src/a/b.test.ts"); // true
 */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === "*") {
      if (glob[i + 1] === "*") {
        // `**/` matches zero or more whole directories; a trailing `**` matches the rest.
        const slash = glob[i + 2] === "/";
        source += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else {
        source += "[^/]*";
      }
    } else if (char === "?") source += "[^/]";
    else if (char === "{") {
      inGroup = true;
      source += "(?:";
    } else if (char === "}" && inGroup) {
      inGroup = false;
      source += ")";
    } else if (char === "," && inGroup) source += "|";
    else source += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Whether a path (relative, any separators) matches one of the globs. */
export function matchesAnyGlob(path: string, globs: readonly RegExp[]): boolean {
  const normalized = path.replace(/\\/g, "/");
  return globs.some((glob) => glob.test(normalized));
}
