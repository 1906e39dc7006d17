// Known misses and known false alarms, pinned so a change in behaviour is seen. Each is listed under
// "Known limitations" in docs/rules/no-credential-logging.md.
import rule from "../../../src/rules/no-credential-logging.js";
import path from "node:path";
import { syntacticRuleTester, typedFixtureDir, typedRuleTester } from "../../rule-tester.js";
import { error, fromCred, inTask, runInBothConfigs } from "../flow-cases.js";

const reassignedSafe = inTask(`    let shown = cred.password;
    shown = "hidden";
    logger.info(shown);`);
const lastFour = inTask(`    logger.info(\`password ends with \${cred.password.slice(-4)}\`);`);

runInBothConfigs("no-credential-logging: known limitations", rule, {
  valid: [
    {
      name: "miss: a sink inside a helper, reached through an unannotated parameter",
      code: inTask(`    logIt(cred.password);`, `function logIt(value: string) { logger.info(value); }`),
    },
    {
      name: "miss: a secret stored on an object after it was built",
      code: inTask(`    const box: { value?: string } = {};
    box.value = cred.password;
    logger.info(box.value);`),
    },
    {
      name: "miss: a secret kept in a collection and read back",
      code: inTask(`    const seen = new Map<string, string>();
    seen.set("db", cred.password);
    logger.info(seen.get("db"));`),
    },
    {
      name: "miss: a project's logging class that forwards to the console, under a name unlike a logger's",
      code: inTask(
        `    recorder.note(cred.password);`,
        `class Recorder { note(message: string) { console.log(message); } }
const recorder = new Recorder();`,
      ),
    },
    {
      name: "miss: a custom log level of a pino logger",
      code: inTask(`    const levelled = pino({ customLevels: { audit: 35 } });
    levelled.audit(cred.password);`),
    },
    {
      name: "miss: a library call that returns its argument unchanged",
      code: inTask(`    logger.info(_.trim(cred.password));`, `import _ from "lodash";`),
    },
  ],
  invalid: [
    {
      name: "false alarm: the analysis ignores order, so a variable overwritten with a safe value still counts",
      code: reassignedSafe,
      errors: [error("logged", reassignedSafe, "shown);", { data: { what: "shown", from: fromCred(reassignedSafe), sink: "logger.info" } })],
    },
    {
      name: "false alarm (by policy): the last four characters of a password are reported",
      code: lastFour,
      errors: [error("logged", lastFour, "cred.password.slice(-4)", { data: { what: "cred.password", from: fromCred(lastFour), sink: "logger.info" } })],
    },
  ],
});

syntacticRuleTester().run("no-credential-logging: known limitations without type information", rule, {
  valid: [
    {
      name: "miss without types: a credential returned by a function imported from another file",
      code: `import { loadDatabaseCredential } from "./flow-credentials.js";
import type { TaskContext, CredentialRef } from "@credref/types";
export async function check(ctx: TaskContext, ref: CredentialRef<"basic">): Promise<void> {
  const cred = await loadDatabaseCredential(ctx, ref);
  console.log(cred.password);
}`,
    },
    {
      name: "miss without types: a logger reached through a computed key of an imported record",
      code: inTask(`    byTeam[input.host].warn(cred.password);`, `import { byTeam } from "./app-logging.js";`),
      filename: path.join(typedFixtureDir, "file.ts"),
    },
  ],
  invalid: [],
});

typedRuleTester().run("no-credential-logging: known limitations with type information", rule, {
  valid: [
    {
      name: "miss: a sink inside a function of another file",
      code: inTask(`    logLogin(cred.username, cred.password);`, `import { logLogin } from "./connection-helpers.js";`),
    },
    {
      name: "miss: a secret a function of another file returns through a call it makes",
      code: inTask(`    logger.info(wrappedDsn(cred.username, cred.password));`, `import { wrappedDsn } from "./connection-helpers.js";`),
    },
  ],
  invalid: [],
});
