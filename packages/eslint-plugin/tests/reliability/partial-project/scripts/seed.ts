// Outside every tsconfig: linted without type information, with the same syntactic findings.
import { App, Input, basicRef } from "@credref/types";

export class SeedInput extends Input {
  credential = basicRef("seed-db");
  password: string = "";
}

export class SeedApp extends App {
  async seed(input: SeedInput): Promise<void> {
    const cred = await this.context.resolveCredential(input.credential);
    console.log(cred.password);
  }
}
