// Compiled with experimentalDecorators: true. @task is a TC39 standard decorator, so the error says legacy
// decorators are on rather than blaming the class or the method.
import { App, Input, Output, basicRef, task } from "@credref/types";

class In extends Input {
  db = basicRef("db");
}
class Out extends Output {
  ok = false;
}

export class LegacyApp extends App {
  @task // error TS1270 "your tsconfig has experimentalDecorators on"
  async bare(input: In): Promise<Out> {
    return { ok: input.db.name === "db" };
  }

  @task({ timeoutSeconds: 30 }) // error TS1270 "your tsconfig has experimentalDecorators on"
  async configured(input: In): Promise<Out> {
    return { ok: input.db.name === "db" };
  }
}
