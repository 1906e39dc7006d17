// Outputs and Inputs of every ordinary field type are valid tasks: the fast check must not reject them.
import { App, Input, Output, apiKeyRef, basicRef, task, type BasicRef } from "@credref/types";

enum Mode {
  Full,
  Delta,
}

class RichInput extends Input {
  db = basicRef("db");
  refs: BasicRef[] = [basicRef("a"), basicRef("b")];
  api? = apiKeyRef("api");
  mode = Mode.Full;
  since: Date | null = null;
  extra: unknown = undefined;
  tags: readonly string[] = [];
}

class RichOutput extends Output {
  ok = false;
  count = 0n;
  rows: [string, number][] = [];
  nested: { readonly depth: number; readonly names: string[] } = { depth: 0, names: [] };
  byName = new Map<string, number>();
  payload: unknown = null;
  raw: object = {};
  note?: string;
  id = Symbol("run");
  format = (value: number): string => value.toFixed(2);
}

class EmptyInput extends Input {}
class EmptyOutput extends Output {}

export class FieldTypesApp extends App {
  @task
  async rich(input: RichInput): Promise<RichOutput> {
    const out = new RichOutput();
    out.ok = input.refs.length > 0 && input.mode === Mode.Full;
    return out;
  }

  @task({ name: "empty" })
  async empty(_input: EmptyInput): Promise<EmptyOutput> {
    return {};
  }
}
