import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";

/** JSON schema of an option that lists names (callees, decorators, fields): non-empty, unique strings. */
export function nameListOption(description: string): JSONSchema4 {
  return {
    type: "array",
    items: { type: "string", minLength: 1 },
    uniqueItems: true,
    description,
  };
}
