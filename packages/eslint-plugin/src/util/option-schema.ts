import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";

/**
 * JSON schema of an option that lists names (callees, decorators, fields): unique, non-empty strings; with
 * `minItems`, a list that must name at least that many (an empty list would switch a check off by accident).
 */
export function nameListOption(description: string, { minItems }: { minItems?: number } = {}): JSONSchema4 {
  return {
    type: "array",
    items: { type: "string", minLength: 1 },
    uniqueItems: true,
    ...(minItems !== undefined && { minItems }),
    description,
  };
}
