// With type information, which names the flow answers from the syntax and which it asks the checker about: a name
// the checker could only call a primitive, or a safe field destructured from a credential, is answered without it;
// anything a type guard could narrow to a branded type is still asked.
import rule from "../../src/rules/no-credential-logging.js";
import { typedRuleTester } from "../rule-tester.js";
import { error } from "../rules/flow-cases.js";

const guarded = `import type { Secret } from "@credref/types";
declare function isSecret(value: string): value is Secret<string>;
export function show(value: string, log: { info(message: string): void }): void {
  if (isSecret(value)) log.info(value);
}
`;
const asserted = `import type { Secret } from "@credref/types";
declare function assertSecret(value: string): asserts value is Secret<string>;
export function show(value: string, log: { info(message: string): void }): void {
  assertSecret(value);
  log.info(value);
}
`;
const secretField = `import type { Secret } from "@credref/types";
interface Login { readonly user: string; readonly pass: Secret<string> }
export function show(login: Login, log: { info(message: string): void }): void {
  const { user, pass } = login;
  log.info(\`\${user} \${pass}\`);
}
`;
const generic = `import type { Secret } from "@credref/types";
declare function first<T>(values: readonly T[]): T;
declare function count(values: readonly unknown[]): number;
export function show(values: Secret<string>[], log: { info(message: string): void }): void {
  log.info(\`\${count(values)} values, first \${first(values)}\`);
}
`;

typedRuleTester().run("no-credential-logging: names answered without the checker (typed)", rule, {
  valid: [
    {
      name: "parameters declared with primitive types",
      code: "export function show(host: string, port: number, ids: (string | number)[], log: { info(...parts: unknown[]): void }): void {\n  log.info(host, port, ids);\n}\n",
    },
    {
      name: "a safe field destructured from a credential",
      code: 'import type { BasicCredential } from "@credref/types";\nexport function show(cred: BasicCredential, log: { info(message: string): void }): void {\n  const { username } = cred;\n  log.info(username);\n}\n',
    },
  ],
  invalid: [
    {
      name: "a generic call's result is typed once the call is resolved; a call whose signature returns a number is not",
      code: generic,
      errors: [error("logged", generic, "first(values)", { data: { what: "first(…)", from: "typed `Secret<string>`", sink: "log.info" } })],
    },
    {
      name: "a string parameter narrowed to a secret by a type guard",
      code: guarded,
      errors: [error("logged", guarded, "value);", { data: { what: "value", from: "typed `Secret<string>`", sink: "log.info" } })],
    },
    {
      name: "a string parameter narrowed to a secret by an assertion function",
      code: asserted,
      errors: [error("logged", asserted, "value);\n}", { data: { what: "value", from: "typed `Secret<string>`", sink: "log.info" } })],
    },
    {
      name: "a field destructured under a key the model does not call safe",
      code: secretField,
      errors: [error("logged", secretField, "pass}", { data: { what: "pass", from: "typed `Secret<string>`", sink: "log.info" } })],
    },
  ],
});

// A type first met below the depth bound (a field of a field of a field) is not cached as "no brand": asked again at
// the top, it is opened in full, whatever was linted before it. The value holding it that deep is not reported
// (objects are opened two fields deep), in either order.
const deepFirst = `import type { Secret } from "@credref/types";
interface Login { readonly user: string; readonly pass: Secret<string> }
interface Nested { readonly outer: { readonly inner: Login } }
export function show(nested: Nested, login: Login, log: { info(message: unknown): void }): void {
  log.info(nested);
  log.info(login);
}
`;
const loginFirst = deepFirst.replace("log.info(nested);\n  log.info(login);", "log.info(login);\n  log.info(nested);");

typedRuleTester().run("no-credential-logging: typed answers do not depend on what was asked first", rule, {
  valid: [],
  invalid: [
    {
      name: "a credential-shaped object logged after a value that holds it below the depth bound",
      code: deepFirst,
      errors: [error("logged", deepFirst, "login);", { data: { what: "login", from: "typed `Login`", sink: "log.info" } })],
    },
    {
      name: "the same object logged first",
      code: loginFirst,
      errors: [error("logged", loginFirst, "login);", { data: { what: "login", from: "typed `Login`", sink: "log.info" } })],
    },
  ],
});
