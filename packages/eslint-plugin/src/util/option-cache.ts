/**
 * Rule options compiled once per distinct value. ESLint hands a rule a new options object for every file (the
 * merged config is rebuilt per file), so a cache keyed by the object alone compiles them again and again: 20,000
 * `ignoredNames` made 200 tiny files take over a minute. The value key is the options' JSON text.
 */

/** How many distinct option values each cache keeps (a run rarely has more than a few configs per rule). */
export const OPTION_CACHE_SIZE = 16;

/**
 * Wraps `compile` so it runs once per distinct options value: the same object is found by identity, an equal one
 * by its JSON text.
 *
 * @example
 * const compiled = createOptionCache((options: { names: string[] }) => new Set(options.names));
 * compiled({ names: ["a"] }) === compiled({ names: ["a"] }); // true
 */
export function createOptionCache<O extends object, C>(compile: (options: O) => C): (options: O) => C {
  const byIdentity = new WeakMap<O, C>();
  const byValue = new Map<string, C>();
  return (options) => {
    const known = byIdentity.get(options);
    if (known !== undefined) return known;
    const key = JSON.stringify(options);
    let compiled = byValue.get(key);
    if (compiled === undefined) {
      compiled = compile(options);
      if (byValue.size >= OPTION_CACHE_SIZE) byValue.delete(byValue.keys().next().value!);
      byValue.set(key, compiled);
    }
    byIdentity.set(options, compiled);
    return compiled;
  };
}
