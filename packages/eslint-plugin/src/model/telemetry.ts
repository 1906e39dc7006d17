/**
 * Telemetry and error-tracking libraries as the origin tracker sees them: OpenTelemetry tracers, spans and metric
 * instruments, and error trackers (Sentry, Bugsnag, Rollbar, Honeybadger, New Relic, Datadog), by what their entry
 * points hand out. A span is recognised by where it comes from (`startSpan`, a `startActiveSpan` callback,
 * `trace.getActiveSpan()`), a counter by the meter that made it, whatever either is called.
 */
import { each, type ModuleSpec, type RoleSpec } from "./origins/role-spec.js";
import type { LoggerRole } from "./loggers.js";

/** Roles of values that come from telemetry libraries. */
export type TelemetryRole =
  | "otelApi"
  | "traceApi"
  | "tracerProvider"
  | "tracerGetter"
  | "tracer"
  | "spanStarter"
  | "activeSpanStarter"
  | "spanGetter"
  | "span"
  | "spanMethod"
  | "metricsApi"
  | "meterProvider"
  | "meterGetter"
  | "meter"
  | "instrumentMaker"
  | "instrument"
  | "instrumentMethod"
  | "callbackRegistrar"
  | "observableResult"
  | "otelLogsApi"
  | "otelLoggerGetter"
  | "otelLogger"
  | "otelLogMethod"
  | "providerClass"
  | "sdkTraceModule"
  | "sdkMetricsModule"
  | "errorTracker"
  | "trackerMethod"
  | "trackerScopeGetter"
  | "trackerScopeTaker"
  | "trackerScope"
  | "trackerClass"
  | "ddTracer"
  | "ddScopeGetter"
  | "ddScope";

/** Methods of a span that record their arguments. */
export const SPAN_METHODS = ["setAttribute", "setAttributes", "addEvent", "recordException", "setStatus", "updateName", "setTag", "addTags", "log"] as const;
/** Methods of a meter that make an instrument. */
const INSTRUMENT_MAKERS = [
  "createCounter",
  "createHistogram",
  "createUpDownCounter",
  "createGauge",
  "createObservableGauge",
  "createObservableCounter",
  "createObservableUpDownCounter",
] as const;
/** Methods of error trackers that send their arguments to the service. */
export const TRACKER_METHODS = [
  "captureMessage",
  "captureException",
  "captureEvent",
  "setContext",
  "setExtra",
  "setExtras",
  "setTag",
  "setTags",
  "setUser",
  "addBreadcrumb",
  "leaveBreadcrumb",
  "addMetadata",
  "notify",
  "noticeError",
  "addCustomAttribute",
  "addCustomAttributes",
  "addCustomSpanAttribute",
  "addCustomSpanAttributes",
  "recordCustomEvent",
  "recordLogEvent",
  "critical",
  "error",
  "warning",
  "warn",
  "info",
  "debug",
  "log",
] as const;

type Role = TelemetryRole | LoggerRole;

/** The roles of values from telemetry libraries. */
export const TELEMETRY_ROLES = {
  otelApi: { members: { trace: "traceApi", metrics: "metricsApi", default: "otelApi" } },
  traceApi: { members: { getTracer: "tracerGetter", getActiveSpan: "spanGetter", getSpan: "spanGetter", getTracerProvider: "tracerProvider" } },
  tracerProvider: { members: { getTracer: "tracerGetter" } },
  tracerGetter: { call: "tracer" },
  tracer: { members: { startSpan: "spanStarter", startActiveSpan: "activeSpanStarter" } },
  /** `startSpan(name, { attributes })`: the attributes are recorded. */
  spanStarter: { call: "span", leaks: { kind: "telemetry", fields: ["attributes"] } },
  activeSpanStarter: { callbackParameter: "span", leaks: { kind: "telemetry", fields: ["attributes"] } },
  spanGetter: { call: "span" },
  span: { members: each(SPAN_METHODS, "spanMethod") },
  spanMethod: { leaks: { kind: "telemetry" } },
  metricsApi: { members: { getMeter: "meterGetter", getMeterProvider: "meterProvider" } },
  meterProvider: { members: { getMeter: "meterGetter" } },
  meterGetter: { call: "meter" },
  meter: { members: each(INSTRUMENT_MAKERS, "instrumentMaker") },
  instrumentMaker: { call: "instrument" },
  /** `counter.add(1, attributes)`, `histogram.record(ms, attributes)`: the value is a number, the attributes leak. */
  instrument: { members: { add: "instrumentMethod", record: "instrumentMethod", addCallback: "callbackRegistrar" } },
  instrumentMethod: { leaks: { kind: "telemetry", fromArgument: 1 } },
  callbackRegistrar: { callbackParameter: "observableResult" },
  observableResult: { members: { observe: "instrumentMethod" } },
  otelLogsApi: { members: { logs: "otelLogsApi", getLogger: "otelLoggerGetter" } },
  otelLoggerGetter: { call: "otelLogger" },
  otelLogger: { members: { emit: "otelLogMethod" } },
  otelLogMethod: { leaks: { kind: "log" } },
  /** `new NodeTracerProvider()`, `new MeterProvider()`. */
  providerClass: { construct: "tracerProvider" },
  sdkTraceModule: { members: { NodeTracerProvider: "providerClass", BasicTracerProvider: "providerClass", WebTracerProvider: "providerClass" } },
  sdkMetricsModule: { members: { MeterProvider: "providerClass" } },
  /** Sentry, Bugsnag, Honeybadger, New Relic: the module sends what its capture and context methods get. */
  errorTracker: {
    members: {
      ...each(TRACKER_METHODS, "trackerMethod"),
      getCurrentScope: "trackerScopeGetter",
      getIsolationScope: "trackerScopeGetter",
      getGlobalScope: "trackerScopeGetter",
      withScope: "trackerScopeTaker",
      configureScope: "trackerScopeTaker",
      startSpan: "activeSpanStarter",
      startSpanManual: "activeSpanStarter",
      startInactiveSpan: "spanStarter",
      getActiveSpan: "spanGetter",
      logger: "logger",
      start: "trackerScopeGetter",
      init: "trackerScopeGetter",
      default: "errorTracker",
    },
  },
  trackerMethod: { leaks: { kind: "telemetry" } },
  trackerScopeGetter: { call: "trackerScope" },
  trackerScopeTaker: { callbackParameter: "trackerScope" },
  trackerScope: { extends: "errorTracker" },
  /** `new Rollbar(options)`, `Rollbar.init(options)`. */
  trackerClass: { extends: "errorTracker", construct: "trackerScope" },
  /** dd-trace: `tracer.startSpan`, `tracer.trace(name, (span) => …)`, `tracer.scope().active()`. */
  ddTracer: {
    members: { init: "tracerGetter", startSpan: "spanStarter", trace: "activeSpanStarter", scope: "ddScopeGetter", default: "ddTracer" },
  },
  ddScopeGetter: { call: "ddScope" },
  ddScope: { members: { active: "spanGetter" } },
} as const satisfies Record<TelemetryRole, RoleSpec<Role>>;

/** Telemetry modules by name; every `@sentry/…` package is an error tracker too (see {@link telemetryModule}). */
export const TELEMETRY_MODULES = {
  "@opentelemetry/api": { namespace: "otelApi" },
  "@opentelemetry/api-logs": { namespace: "otelLogsApi" },
  "@opentelemetry/sdk-trace-node": { namespace: "sdkTraceModule" },
  "@opentelemetry/sdk-trace-base": { namespace: "sdkTraceModule" },
  "@opentelemetry/sdk-trace-web": { namespace: "sdkTraceModule" },
  "@opentelemetry/sdk-metrics": { namespace: "sdkMetricsModule" },
  "@bugsnag/js": { namespace: "errorTracker" },
  "@bugsnag/node": { namespace: "errorTracker" },
  "@honeybadger-io/js": { namespace: "errorTracker" },
  newrelic: { namespace: "errorTracker" },
  rollbar: { namespace: "trackerClass" },
  "dd-trace": { namespace: "ddTracer" },
} as const satisfies Record<string, ModuleSpec<Role>>;

/** The module spec of a telemetry package, including the `@sentry/*` family. */
export function telemetryModule(name: string): ModuleSpec<Role> | undefined {
  if (Object.hasOwn(TELEMETRY_MODULES, name)) return TELEMETRY_MODULES[name as keyof typeof TELEMETRY_MODULES];
  return name.startsWith("@sentry/") ? { namespace: "errorTracker" } : undefined;
}

/** Types that telemetry packages declare, by package (`@sentry/*` packages share the `@sentry/*` entry). */
export const TELEMETRY_TYPES = {
  "@opentelemetry/api": {
    Span: "span",
    Tracer: "tracer",
    TracerProvider: "tracerProvider",
    Meter: "meter",
    MeterProvider: "meterProvider",
    Counter: "instrument",
    UpDownCounter: "instrument",
    Histogram: "instrument",
    Gauge: "instrument",
    ObservableGauge: "instrument",
    ObservableCounter: "instrument",
    ObservableUpDownCounter: "instrument",
    ObservableResult: "observableResult",
  },
  "@opentelemetry/api-logs": { Logger: "otelLogger" },
  "@opentelemetry/sdk-trace-base": { Span: "span", Tracer: "tracer" },
  "@sentry/*": { Scope: "trackerScope", Span: "span" },
  "@bugsnag/js": { Client: "trackerScope" },
  rollbar: { Rollbar: "trackerScope" },
  "dd-trace": { Span: "span", Tracer: "ddTracer" },
} as const satisfies Record<string, Record<string, Role>>;
