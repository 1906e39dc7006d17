import { describe, expect, it } from "vitest";
import { redactTestName } from "./setup.js";

describe("rule-tester case names", () => {
  it("elide every string's contents, whatever the quote", () => {
    expect(redactTestName(`const password = "hunter2"; const t = 'ab\\'c'; log(\`x \${y}\`)`)).toBe(
      `const password = "…"; const t = '…'; log(\`…\`)`,
    );
  });

  it("keep the code around the strings readable", () => {
    expect(redactTestName("this.context.resolveCredential(input.credential)")).toBe("this.context.resolveCredential(input.credential)");
  });
});
