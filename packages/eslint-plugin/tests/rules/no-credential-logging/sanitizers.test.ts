// Sanitizers: what makes a secret safe to show. The `sanitizers`, `safeFields` and `sourceCalls` options are
// tested on names the built-in model does not know in tests/flow/options.test.ts.
import rule from "../../../src/rules/no-credential-logging.js";
import { error, fromCred, inTask, runInBothConfigs } from "../flow-cases.js";

const withMaskHelper = inTask(`    logger.warn(\`auth failed using key \${cred.password}\`);`, `import { mask } from "./redact.js";`);
const configuredMask = inTask(`    logger.warn(cred.password);`);

runInBothConfigs("no-credential-logging: sanitizers", rule, {
  valid: [
    {
      name: "masking, redacting, hashing and fingerprint helpers",
      code: inTask(
        `    logger.info(\`key \${mask(cred.password)}\`);
    logger.info({ hint: redactSecret(cred.password), digest: sha256(cred.password), fp: fingerprint(cred) });
    logger.info(createHash("sha256").update(cred.password).digest("hex"));
    logger.info(crypto.hash("sha1", cred.password));`,
        `import { createHash } from "node:crypto";
import * as crypto from "node:crypto";
import { mask, redactSecret, sha256, fingerprint } from "./redact.js";`,
      ),
    },
    {
      name: "a replace that masks every character",
      code: inTask(`    logger.debug(\`password \${cred.password.replace(/./g, "*")}\`);
    logger.debug(cred.password.replaceAll(/[\\s\\S]/g, "•"));`),
    },
    {
      name: "an extra safe field from the options",
      code: inTask(`    const slack = await this.context.resolveCredential(input.credential);
    logger.debug((slack as unknown as { workspaceToken: string }).workspaceToken);`),
      options: [{ safeFields: ["workspaceToken"] }],
    },
  ],
  invalid: [
    {
      name: "suggests the masking helper the file imports",
      code: withMaskHelper,
      errors: [
        error("logged", withMaskHelper, "cred.password}", {
          data: { what: "cred.password", from: fromCred(withMaskHelper), sink: "logger.warn" },
          suggestions: [{ messageId: "wrapInMask", data: { helper: "mask" }, output: withMaskHelper.replace("${cred.password}", "${mask(cred.password)}") }],
        }),
      ],
    },
    {
      name: "suggests the configured masking helper",
      code: configuredMask,
      options: [{ maskWith: "redact" }],
      errors: [
        error("logged", configuredMask, "cred.password);", {
          data: { what: "cred.password", from: fromCred(configuredMask), sink: "logger.warn" },
          suggestions: [{ messageId: "wrapInMask", data: { helper: "redact" }, output: configuredMask.replace("warn(cred.password)", "warn(redact(cred.password))") }],
        }),
      ],
    },
  ],
});
