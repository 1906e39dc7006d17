// With type information, a function of another file is read once to learn what its result carries: a secret
// returned through a string-building helper that takes and returns plain strings is still a secret.
import rule from "../../src/rules/no-credential-logging.js";
import outputRule from "../../src/rules/no-credential-in-output.js";
import { syntacticRuleTester, typedRuleTester } from "../rule-tester.js";
import { error, fromCred, inTask } from "../rules/flow-cases.js";

const helpers = `import { buildDsn, basicHeader, userOf, maskedDsn, passwordOf, loginName } from "./connection-helpers.js";`;

const dsn = inTask(`    const dsn = buildDsn(cred.username, cred.password);
    logger.info(\`connecting to \${dsn}\`);`, helpers);
const header = inTask(`    console.log(basicHeader(cred.username, cred.password));`, helpers);
const member = inTask(`    logger.warn(passwordOf(cred));`, helpers);
const returned = `${helpers}
import { App, Output, task, basicRef, Input } from "@credref/types";
class DbInput extends Input { credential = basicRef("warehouse-db"); }
export class DbApp extends App {
  @task
  async connect(input: DbInput): Promise<Output> {
    const cred = await this.context.resolveCredential(input.credential);
    this.sessionStore.set("dsn", buildDsn(cred.username, cred.password));
    return new Output();
  }
  sessionStore = new Map<string, string>();
}
`;

typedRuleTester().run("summaries of functions in other files (typed)", rule, {
  valid: [
    { name: "a helper that returns the username only", code: inTask(`    logger.info(userOf(cred.username, cred.password));`, helpers) },
    { name: "a helper that masks the password", code: inTask(`    logger.info(maskedDsn(cred.username, cred.password));`, helpers) },
    { name: "a helper that reads the safe field of its parameter", code: inTask(`    logger.info(loginName(cred));`, helpers) },
    { name: "a helper given no secret", code: inTask(`    logger.info(buildDsn(input.host, input.host));`, helpers) },
  ],
  invalid: [
    { name: "a DSN built in another file from the password", code: dsn, errors: [error("logged", dsn, "dsn}", { data: { what: "dsn", from: fromCred(dsn), sink: "logger.info" } })] },
    {
      name: "a header built by an arrow function of another file",
      code: header,
      errors: [error("logged", header, "cred.password));", { data: { what: "cred.password", from: fromCred(header), sink: "console.log" } })],
    },
    {
      name: "a field of a credential returned by a function of another file",
      code: member,
      // The message names the credential passed in, the secret the call's result carries.
      errors: [error("logged", member, "cred));", { data: { what: "cred", from: fromCred(member), sink: "logger.warn" } })],
    },
  ],
});

typedRuleTester().run("summaries of functions in other files, persisted (typed)", outputRule, {
  valid: [],
  invalid: [
    {
      name: "a DSN built in another file put into a store",
      code: returned,
      errors: [error("persisted", returned, "cred.password));", { data: { what: "cred.password", from: fromCred(returned), target: "this.sessionStore.set" } })],
    },
  ],
});

// Without type information the other file is not read: the syntactic config stays within the file.
syntacticRuleTester().run("summaries need type information", rule, {
  valid: [{ name: "a DSN built in another file, without types", code: dsn }],
  invalid: [],
});
