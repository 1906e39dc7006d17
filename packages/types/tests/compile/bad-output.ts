// Secrets and resolved credentials may not be declared on an Output (or an Input): both are persisted.
import { App, Input, Output, basicRef, task, type BasicCredential, type Secret } from "@credref/types";

class In extends Input {
  db = basicRef("db");
}
class SecretOutput extends Output {
  password = "" as Secret<string>;
}
class CredentialOutput extends Output {
  credential?: BasicCredential;
}
class ListOutput extends Output {
  credentials: BasicCredential[] = [];
}
class ReadonlyListOutput extends Output {
  keys: readonly Secret<string>[] = [];
}
class PairOutput extends Output {
  pair?: [string, Secret<string>];
}
class MaybeSecretOutput extends Output {
  token: string | Secret<string> = "";
}
class SecretInput extends Input {
  password = "" as Secret<string>;
}
class Out extends Output {
  ok = false;
}

export class OutputApp extends App {
  @task // error TS1270 "Output field 'password' holds a Secret or resolved credential"
  async leakSecret(input: In): Promise<SecretOutput> {
    const db = await this.context.resolveCredential(input.db);
    return { password: db.password };
  }

  @task({ timeoutSeconds: 10 }) // error TS1270 "Output field 'credential' holds a Secret or resolved credential"
  async leakCredential(input: In): Promise<CredentialOutput> {
    return { credential: await this.context.resolveCredential(input.db) };
  }

  @task // error TS1270 "Output field 'credentials'"
  async leakList(input: In): Promise<ListOutput> {
    return { credentials: [await this.context.resolveCredential(input.db)] };
  }

  @task // error TS1270 "Output field 'keys'"
  async leakReadonlyList(input: In): Promise<ReadonlyListOutput> {
    return { keys: [(await this.context.resolveCredential(input.db)).password] };
  }

  @task // error TS1270 "Output field 'pair'"
  async leakTuple(input: In): Promise<PairOutput> {
    const db = await this.context.resolveCredential(input.db);
    return { pair: [db.username, db.password] };
  }

  @task // error TS1270 "Output field 'token'"
  async leakUnion(input: In): Promise<MaybeSecretOutput> {
    return { token: (await this.context.resolveCredential(input.db)).password };
  }

  @task // error TS1270 "Input field 'password' holds a Secret or resolved credential"
  async secretInput(input: SecretInput): Promise<Out> {
    return { ok: input.password.length > 0 };
  }

  @task
  async persist(input: In): Promise<Out> {
    const db = await this.context.resolveCredential(input.db);
    this.appState.set("db", db); // error TS2345 "NoSecretsInAppState"
    this.appState.set("password", db.password); // error TS2345
    this.appState.set("ref", input.db);
    return { ok: true };
  }
}
