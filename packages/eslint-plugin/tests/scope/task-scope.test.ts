import * as parser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { getExecutionScope, type TaskScopeOptions } from "../../src/scope/task-scope.js";

/** Lints `code` and returns `kind | description` for every `probe()` call, in source order. */
function probe(code: string, options: TaskScopeOptions = {}): string[] {
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, {
    languageOptions: { parser, sourceType: "module" },
    plugins: {
      test: {
        rules: {
          probe: {
            create(context) {
              return {
                CallExpression(node: TSESTree.CallExpression) {
                  if (node.callee.type !== "Identifier" || node.callee.name !== "probe") return;
                  const scope = getExecutionScope(node, context as never, options);
                  context.report({ node: node as never, message: `${scope.kind} | ${scope.description}` });
                },
              } as never;
            },
          },
        },
      },
    },
    rules: { "test/probe": "error" },
  });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((message) => message.message);
}

describe("getExecutionScope", () => {
  it("classifies every place in an App class", () => {
    const code = `
      import { App, task } from "@credref/types";
      probe();
      class ConnectorApp extends App {
        db = probe();
        static shared = probe();
        static { probe(); }
        constructor() { super(); probe(); }
        get client() { return probe(); }
        static create() { probe(); }
        @task async connect() { probe(); }
        @task({ timeoutSeconds: 30 }) async sync() { await Promise.all([1].map(async () => probe())); }
        async run() { probe(); }
        async describe() { probe(); }
      }`;
    expect(probe(code)).toEqual([
      "module | at module scope",
      "field-initializer | in the initializer of the field `db` of `ConnectorApp`",
      "static | in the initializer of the static field `shared` of `ConnectorApp`",
      "static | in a static block of `ConnectorApp`",
      "constructor | in the constructor of `ConnectorApp`",
      "accessor | in the getter `client` of `ConnectorApp`",
      "static | in the static method `create` of `ConnectorApp`",
      "task | in the @task method `connect` of `ConnectorApp`",
      "task | in the @task method `sync` of `ConnectorApp`",
      "workflow | in `run`, a workflow method of `ConnectorApp`",
      "method | in the method `describe` of `ConnectorApp`, which no @task method calls",
    ]);
  });

  it("follows renamed and namespace imports, mixins and local base classes", () => {
    const code = `
      import { task as activity, App as Base, AtlanClientMixin } from "@credref/types";
      import * as cr from "@credref/types";
      class A extends Base { @activity async a() { probe(); } }
      class B extends AtlanClientMixin(Base) { @activity() async b() { probe(); } }
      class Shared extends cr.App {}
      class C extends Shared { @cr.task async c() { probe(); } }
      class D { @activity async d() { probe(); } }
      class E extends cr.Handler { async e() { probe(); } constructor() { super(); probe(); } }
      const registry = { Sync: class extends Base { constructor() { super(); probe(); } } };`;
    expect(probe(code)).toEqual([
      "task | in the @task method `a` of `A`",
      "task | in the @task method `b` of `B`",
      "task | in the @task method `c` of `C`",
      "method | in the @task method `d` of `D`, which does not extend App",
      "handler | in the method `e` of the Handler `E`",
      "constructor | in the constructor of `E`",
      "constructor | in the constructor of `Sync`",
    ]);
  });

  it("does not mistake a shadowing local for the imported decorator", () => {
    const code = `
      import { App, task } from "@credref/types";
      function make(task: any) {
        return class extends App { @task async t() { probe(); } };
      }`;
    expect(probe(code)[0]).toMatch(/^method \| in the method `t`/);
  });

  it("counts a helper as part of a task only when tasks alone reach it", () => {
    const code = `
      import { App, task } from "@credref/types";
      class Sync extends App {
        @task async pull() { await this.#load(); await Promise.all([1].map(() => this.viaClosure())); this.shared(); }
        @task async push() { await this.#load(); }
        async #load() { probe(); await this.deeper(); }
        private async deeper() { probe(); }
        private async viaClosure() { probe(); }
        private shared() { probe(); }
        constructor() { super(); this.shared(); }
        private unused() { probe(); }
        private a() { this.b(); probe(); }
        private b() { this.a(); }
      }`;
    expect(probe(code)).toEqual([
      "task-helper | in the method `#load` of `Sync`, which only @task methods call",
      "task-helper | in the method `deeper` of `Sync`, which only @task methods call",
      "task-helper | in the method `viaClosure` of `Sync`, which only @task methods call",
      "method | in the method `shared` of `Sync`, which is reached from the constructor of `Sync`",
      "method | in the method `unused` of `Sync`, which no @task method calls",
      "method | in the method `a` of `Sync`, which no @task method calls",
    ]);
  });

  it("answers for helpers that call each other the same, whichever is asked first", () => {
    // A cycle (c1 -> c2 -> c3 -> c1) entered from a task, and one entered from both a task and the constructor.
    const cycle = (order: string[]) => `
      import { App, task } from "@credref/types";
      class Loop extends App {
        @task async go() { this.c1(); this.d1(); }
        constructor() { super(); this.d2(); }
        ${order.join("\n        ")}
      }`;
    const members: Record<string, string> = {
      c1: "private c1() { probe(); this.c2(); }",
      c2: "private c2() { probe(); this.c3(); }",
      c3: "private c3() { probe(); this.c1(); }",
      d1: "private d1() { probe(); this.d2(); }",
      d2: "private d2() { probe(); this.d1(); }",
    };
    const answers = (order: string[]) => {
      const lines = probe(cycle(order.map((name) => members[name]!)));
      return Object.fromEntries(order.map((name, i) => [name, lines[i]]));
    };
    const forward = answers(["c1", "c2", "c3", "d1", "d2"]);
    expect(forward).toEqual({
      c1: "task-helper | in the method `c1` of `Loop`, which only @task methods call",
      c2: "task-helper | in the method `c2` of `Loop`, which only @task methods call",
      c3: "task-helper | in the method `c3` of `Loop`, which only @task methods call",
      d1: "method | in the method `d1` of `Loop`, which is reached from the constructor of `Loop`",
      d2: "method | in the method `d2` of `Loop`, which is reached from the constructor of `Loop`",
    });
    expect(answers(["d2", "c3", "d1", "c2", "c1"])).toEqual(forward);
  });

  it("walks a chain of thousands of helpers without deep recursion", () => {
    const n = 3000;
    const helpers = Array.from({ length: n }, (_, i) => `private h${i}() { probe(); ${i + 1 < n ? `this.h${i + 1}();` : ""} }`);
    const code = `
      import { App, task } from "@credref/types";
      class Chain extends App {
        @task async go() { this.h0(); }
        async describe() { this.h${n - 1}(); }
        ${helpers.join("\n")}
      }`;
    const lines = probe(code);
    expect(lines).toHaveLength(n);
    expect(lines[0]).toBe("task-helper | in the method `h0` of `Chain`, which only @task methods call");
    expect(lines[n - 1]).toBe(`method | in the method \`h${n - 1}\` of \`Chain\`, which is reached from the method \`describe\` of \`Chain\``);
  });

  it("names a method with a string or computed key by a placeholder, never its text", () => {
    const code = `
      import { App } from "@credref/types";
      const KEY = "k";
      class Named extends App {
        ["computed" + KEY]() { probe(); }
        "quoted-name"() { probe(); }
      }`;
    expect(probe(code)).toEqual([
      "method | in the method `[…]` of `Named`, which no @task method calls",
      "method | in the method `[…]` of `Named`, which no @task method calls",
    ]);
  });

  it("counts calls from local subclasses: inherited this.x, super.x, and overrides that hide ours", () => {
    const code = `
      import { App, AtlanClientMixin, task } from "@credref/types";
      abstract class BaseConnector extends App {
        protected async connect() { probe(); }
        protected async describe() { probe(); }
        protected async close() { probe(); }
        protected async audit() { probe(); }
      }
      class Postgres extends AtlanClientMixin(BaseConnector) {
        @task async sync() { await this.connect(); await this.describe(); await this.audit(); }
        protected override async describe() { await super.describe(); }
        protected override async audit() {}
        constructor() { super(); this.close(); }
      }`;
    expect(probe(code)).toEqual([
      "task-helper | in the method `connect` of `BaseConnector`, which only @task methods call",
      "task-helper | in the method `describe` of `BaseConnector`, which only @task methods call",
      "method | in the method `close` of `BaseConnector`, which is reached from the constructor of `Postgres`",
      "method | in the method `audit` of `BaseConnector`, which no @task method calls",
    ]);
  });

  it("counts a base class's this.hook() as a call of the subclass's override (template methods)", () => {
    const code = `
      import { App, task } from "@credref/types";
      abstract class Extractor extends App {
        @task async extract() { return this.fetchRows(); }
        constructor() { super(); this.describe(); }
        protected abstract fetchRows(): Promise<unknown[]>;
        protected abstract describe(): void;
      }
      class OrdersExtractor extends Extractor {
        protected async fetchRows() { probe(); return []; }
        protected describe() { probe(); }
      }`;
    expect(probe(code)).toEqual([
      "task-helper | in the method `fetchRows` of `OrdersExtractor`, which only @task methods call",
      "method | in the method `describe` of `OrdersExtractor`, which is reached from the constructor of `Extractor`",
    ]);
  });

  it("builds the call graph of free functions through scope references", () => {
    const code = `
      import { App, Handler, task } from "@credref/types";
      async function onlyFromTasks() { probe(); }
      const arrowHelper = async () => { probe(); };
      function fromRun() { probe(); }
      export function exported() { probe(); }
      function fromModule() { probe(); }
      function fromBoth() { probe(); }
      fromModule();
      class Jobs extends App {
        @task async a() { await onlyFromTasks(); [1].forEach(arrowHelper); fromBoth(); }
        async run() { fromRun(); exported(); }
      }
      class Auth extends Handler { async check() { fromBoth(); } }`;
    expect(probe(code)).toEqual([
      "task-helper | in the function `onlyFromTasks`, which only @task methods call",
      "task-helper | in the function `arrowHelper`, which only @task methods call",
      "function | in the function `fromRun`, which is reached from `run`, a workflow method of `Jobs`",
      "function | in the function `exported`, which is exported",
      "function | in the function `fromModule`, which is reached from module scope",
      "handler-helper | in the function `fromBoth`, which only @task and Handler methods call",
    ]);
  });

  it("honours configured task and workflow decorators and workflow method names", () => {
    const code = `
      class Activities { @activity.defn async fetch() { probe(); } }
      class Flow extends External { @workflow.run async go() { probe(); } async execute() { probe(); } }`;
    expect(
      probe(code, { taskDecorators: ["activity.defn"], workflowDecorators: ["workflow.run"], workflowMethods: ["execute"] }),
    ).toEqual([
      "task | in the @activity.defn method `fetch` of `Activities`",
      "workflow | in `go`, a workflow method of `Flow`",
      "workflow | in `execute`, a workflow method of `Flow`",
    ]);
  });
});
