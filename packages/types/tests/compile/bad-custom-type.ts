// A custom credential type works end to end once registered; an unregistered name does not compile.
import { App, Input, Output, credentialRef, task, type ResolvedCredential, type Secret } from "@credref/types";

interface SlackCredential extends ResolvedCredential<"slack"> {
  readonly botToken: Secret<string>;
  readonly workspace: string;
}
declare module "@credref/types" {
  interface CredentialTypes {
    slack: SlackCredential;
  }
}

class In extends Input {
  slack = credentialRef("slack", "slack-bot");
  typo = credentialRef("slak", "slack-bot"); // error TS2345 "slak"
}
class Out extends Output {
  workspace = "";
}
class LeakyOut extends Output {
  slack?: SlackCredential;
}

export class SlackApp extends App {
  @task
  async run(input: In): Promise<Out> {
    const slack = await this.context.resolveCredential(input.slack);
    void slack.botToken;
    void slack.username; // error TS2339 "does not exist on type 'SlackCredential'"
    return { workspace: slack.workspace };
  }

  @task // error TS1270 "Output field 'slack'"
  async leak(input: In): Promise<LeakyOut> {
    return { slack: await this.context.resolveCredential(input.slack) };
  }
}
