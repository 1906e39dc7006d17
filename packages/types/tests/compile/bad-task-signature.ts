// A task takes exactly one Input and returns Promise<Output>, in a class extending App.
import { App, Input, Output, basicRef, task } from "@credref/types";

class In extends Input {
  db = basicRef("db");
}
class Out extends Output {
  ok = false;
}

export class SignatureApp extends App {
  @task // error TS1270 "takes exactly one parameter, its Input"
  async noInput(): Promise<Out> {
    return { ok: true };
  }

  @task({ name: "two" }) // error TS1270 "takes exactly one parameter, its Input"
  async twoInputs(a: In, b: In): Promise<Out> {
    return { ok: a === b };
  }

  @task // error TS1270 "parameter must be an Input"
  async stringInput(name: string): Promise<Out> {
    return { ok: name.length > 0 };
  }

  @task // error TS1270 "must return Promise<Output>"
  notAsync(input: In): Out {
    return { ok: input.db.name === "db" };
  }

  @task // error TS1270 "must return Promise<Output>"
  async returnsString(input: In): Promise<string> {
    return input.db.name;
  }

  @task({ timeoutSecond: 5 }) // error TS2561 "timeoutSeconds"
  async typo(input: In): Promise<Out> {
    return { ok: true };
  }
}

export class NotAnApp {
  @task // error TS1270 "decorate a method of a class extending App"
  async run(input: In): Promise<Out> {
    return { ok: input.db.name === "db" };
  }
}
