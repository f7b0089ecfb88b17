import { describe, expect, it } from "vitest";
import {
  Ready,
  RunFunctionRequest,
  Severity,
  Status,
  Target,
  type ResourceSelector,
  type RunFunctionResponse,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import { createHash } from "node:crypto";
import { runPipeline, sameRequirements, type PipelineEnv } from "./pipeline.ts";
import type { PipelineStep } from "./types.ts";

const observed: State = {
  composite: {
    resource: { apiVersion: "example.org/v1", kind: "XBucket", metadata: { name: "b" } },
    connectionDetails: {},
    ready: 0,
  },
  resources: {},
};

type Handler = (request: RunFunctionRequest, call: number) => Partial<RunFunctionResponse>;

/** A fake function runner: records every request, answers from per-function handlers. */
function fakeEnv(handlers: Record<string, Handler>, extra: Partial<PipelineEnv> = {}) {
  const requests: Array<{ fn: string; request: RunFunctionRequest }> = [];
  const counts: Record<string, number> = {};
  const env: PipelineEnv = {
    run: async (fn, request) => {
      requests.push({ fn, request: structuredClone(request) });
      counts[fn] = (counts[fn] ?? 0) + 1;
      const answer = handlers[fn]!(request, counts[fn]!);
      return {
        meta: { tag: request.meta!.tag },
        desired: request.desired,
        results: [],
        context: request.context,
        requirements: undefined,
        conditions: [],
        ...answer,
      };
    },
    fetchResources: async (selector: ResourceSelector) =>
      selector.matchName === "missing"
        ? undefined
        : {
            items: [
              {
                resource: { kind: selector.kind, metadata: { name: selector.matchName ?? "listed" } },
                connectionDetails: {},
                ready: 0,
              },
            ],
          },
    fetchSchema: async () => undefined,
    readSecret: async (namespace, name) => {
      if (name === "absent") throw new Error(`secrets "${name}" not found`);
      return { token: Buffer.from(`${namespace}/${name}`) };
    },
    deadline: new Date(Date.now() + 60_000),
    ...extra,
  };
  return { env, requests };
}

const step = (name: string, fn = name, extra: Partial<PipelineStep> = {}): PipelineStep => ({
  step: name,
  functionRef: { name: fn },
  input: { apiVersion: "fn.example.org/v1", kind: "Input", step: name },
  ...extra,
});

const withResource = (request: RunFunctionRequest, key: string): State => ({
  composite: request.desired?.composite,
  resources: {
    ...(request.desired?.resources ?? {}),
    [key]: {
      resource: { kind: "ConfigMap", data: { from: key } },
      connectionDetails: {},
      ready: Ready.READY_TRUE,
    },
  },
});

describe("the function pipeline", () => {
  it("starts desired state and context empty, then hands each step the previous step's answer", async () => {
    const { env, requests } = fakeEnv({
      first: (req) => ({ desired: withResource(req, "a"), context: { "example.org/seen": ["first"] } }),
      second: (req) => ({
        desired: { composite: undefined, resources: { b: withResource(req, "b").resources.b! } },
      }),
    });
    const outcome = await runPipeline([step("first"), step("second")], observed, env);
    expect(outcome.error).toBeUndefined();
    expect(requests[0]!.request.desired).toEqual({ composite: undefined, resources: {} });
    expect(requests[0]!.request.context).toEqual({});
    expect(Object.keys(requests[1]!.request.desired!.resources)).toEqual(["a"]);
    expect(requests[1]!.request.context).toEqual({ "example.org/seen": ["first"] });
    // Replaced, not merged: the second step dropped "a".
    expect(Object.keys(outcome.desired!.resources)).toEqual(["b"]);
    expect(requests[0]!.request.observed).toEqual(observed);
    expect(requests[1]!.request.observed).toEqual(observed);
    expect(requests[1]!.request.input).toEqual({
      apiVersion: "fn.example.org/v1",
      kind: "Input",
      step: "second",
    });
  });

  it("tags each request with the hex sha256 of its encoding and advertises five capabilities", async () => {
    const { env, requests } = fakeEnv({ only: () => ({}) });
    await runPipeline([step("only")], observed, env);
    const request = requests[0]!.request;
    const expected = createHash("sha256")
      .update(RunFunctionRequest.encode({ ...request, meta: undefined }).finish())
      .digest("hex");
    expect(request.meta!.tag).toBe(expected);
    expect(request.meta!.tag).toMatch(/^[0-9a-f]{64}$/);
    expect(request.meta!.capabilities).toEqual([1, 2, 3, 4, 5]);
  });

  it("re-runs a step with what it required until its requirements stop changing", async () => {
    const secret: ResourceSelector = {
      apiVersion: "v1",
      kind: "Secret",
      matchName: "creds",
      namespace: "ns",
    };
    const gone: ResourceSelector = {
      apiVersion: "v1",
      kind: "Secret",
      matchName: "missing",
      namespace: "ns",
    };
    const { env, requests } = fakeEnv({
      fn: () => ({
        requirements: { extraResources: {}, resources: { secret, gone }, schemas: {} },
        context: { round: 1 },
      }),
    });
    const outcome = await runPipeline([step("s", "fn")], observed, env);
    expect(outcome.error).toBeUndefined();
    expect(outcome.calls).toEqual({ s: 2 });
    expect(requests[0]!.request.requiredResources).toEqual({});
    const second = requests[1]!.request;
    expect(second.requiredResources.secret!.items[0]!.resource).toEqual({
      kind: "Secret",
      metadata: { name: "creds" },
    });
    // A name that matched nothing is an empty entry, not a missing one.
    expect(second.requiredResources.gone).toEqual({ items: [] });
    expect(second.context).toEqual({ round: 1 });
  });

  it("gives up after six calls when requirements keep changing", async () => {
    const { env } = fakeEnv({
      fn: (_req, call) => ({
        requirements: {
          extraResources: {},
          resources: { r: { apiVersion: "v1", kind: "Secret", matchName: `s${call}` } },
          schemas: {},
        },
      }),
    });
    const outcome = await runPipeline([step("s", "fn")], observed, env);
    expect(outcome.calls).toEqual({ s: 6 });
    expect(outcome.error).toBe(
      `cannot run Composition pipeline step "s": requirements didn't stabilize after the maximum number of iterations (5)`,
    );
  });

  it("keeps bootstrap requirements from the Composition across iterations", async () => {
    const bootstrap = step("s", "fn", {
      requirements: {
        requiredResources: [
          { requirementName: "seed", apiVersion: "v1", kind: "ConfigMap", name: "seed", namespace: "ns" },
        ],
      },
    });
    const { env, requests } = fakeEnv({
      fn: () => ({
        requirements: {
          extraResources: {},
          resources: { more: { apiVersion: "v1", kind: "Secret", matchName: "more" } },
          schemas: {},
        },
      }),
    });
    await runPipeline([bootstrap], observed, env);
    expect(Object.keys(requests[0]!.request.requiredResources)).toEqual(["seed"]);
    expect(Object.keys(requests[1]!.request.requiredResources).sort()).toEqual(["more", "seed"]);
  });

  it("stops at the first FATAL result: later steps never run, earlier events and conditions are kept", async () => {
    const { env, requests } = fakeEnv({
      first: () => ({
        results: [{ severity: Severity.SEVERITY_NORMAL, message: "fine" }],
        conditions: [
          {
            type: "DatabaseReady",
            status: Status.STATUS_CONDITION_FALSE,
            reason: "Waiting",
            target: Target.TARGET_COMPOSITE_AND_CLAIM,
          },
        ],
      }),
      second: () => ({
        results: [
          { severity: Severity.SEVERITY_WARNING, message: "before" },
          { severity: Severity.SEVERITY_FATAL, message: "input.platformKind: invalid" },
          { severity: Severity.SEVERITY_NORMAL, message: "after" },
        ],
        requirements: {
          extraResources: {},
          resources: { r: { apiVersion: "v1", kind: "Secret", matchName: "x" } },
          schemas: {},
        },
      }),
      third: () => ({}),
    });
    const outcome = await runPipeline([step("first"), step("second"), step("third")], observed, env);
    expect(outcome.error).toBe('pipeline step "second" returned a fatal result: input.platformKind: invalid');
    expect(requests.map((r) => r.fn)).toEqual(["first", "second"]);
    expect(outcome.events.map((e) => e.message)).toEqual(["fine", "before"]);
    expect(outcome.conditions).toEqual([
      {
        condition: { type: "DatabaseReady", status: "False", reason: "Waiting" },
        target: "CompositeAndClaim",
      },
    ]);
  });

  it("turns results into events: reason defaults to ComposeResources, unknown severities become warnings", async () => {
    const { env } = fakeEnv({
      fn: () => ({
        results: [
          {
            severity: Severity.SEVERITY_WARNING,
            message: "w",
            reason: "PlatformNotReady",
            target: Target.TARGET_COMPOSITE_AND_CLAIM,
          },
          { severity: Severity.SEVERITY_NORMAL, message: "n" },
          {
            severity: Severity.SEVERITY_UNSPECIFIED,
            message: "u",
            target: Target.TARGET_COMPOSITE_AND_CLAIM,
          },
        ],
      }),
    });
    const outcome = await runPipeline([step("s", "fn")], observed, env);
    expect(outcome.events).toEqual([
      {
        type: "Warning",
        reason: "PlatformNotReady",
        message: "w",
        detail: 'Pipeline step "s"',
        target: "CompositeAndClaim",
      },
      {
        type: "Normal",
        reason: "ComposeResources",
        message: "n",
        detail: 'Pipeline step "s"',
        target: "Composite",
      },
      {
        type: "Warning",
        reason: "ComposeResources",
        message: 'Pipeline step "s" returned a result of unknown severity (assuming warning): u',
        target: "Composite",
      },
    ]);
  });

  it("takes the shortest non-zero TTL of all steps", async () => {
    const { env } = fakeEnv({
      a: (req) => ({ meta: { tag: req.meta!.tag, ttl: { seconds: 60, nanos: 0 } } }),
      b: (req) => ({ meta: { tag: req.meta!.tag, ttl: { seconds: 0, nanos: 0 } } }),
      c: (req) => ({ meta: { tag: req.meta!.tag, ttl: { seconds: 10, nanos: 500_000_000 } } }),
    });
    expect((await runPipeline([step("a"), step("b"), step("c")], observed, env)).ttlMs).toBe(10_500);
  });

  it("passes Secret credentials, and names a credential it cannot read", async () => {
    const credentials = (name: string): PipelineStep["credentials"] => [
      { name: "cloud", source: "Secret", secretRef: { namespace: "crossplane-system", name } },
      { name: "none", source: "None" },
    ];
    const { env, requests } = fakeEnv({ fn: () => ({}) });
    await runPipeline([step("s", "fn", { credentials: credentials("creds") })], observed, env);
    expect(Object.keys(requests[0]!.request.credentials)).toEqual(["cloud"]);
    expect(Buffer.from(requests[0]!.request.credentials.cloud!.credentialData!.data.token!).toString()).toBe(
      "crossplane-system/creds",
    );

    const failed = await runPipeline(
      [step("s", "fn", { credentials: credentials("absent") })],
      observed,
      env,
    );
    expect(failed.error).toBe(
      'cannot get Composition pipeline step "s" credential "cloud" from Secret: secrets "absent" not found',
    );
  });

  it("reports a failed call with the step's name", async () => {
    const { env } = fakeEnv(
      {},
      {
        run: async () =>
          Promise.reject(
            Object.assign(new Error("14 UNAVAILABLE"), { details: "No connection established" }),
          ),
      },
    );
    expect((await runPipeline([step("s")], observed, env)).error).toBe(
      'cannot run Composition pipeline step "s": No connection established',
    );
  });
});

describe("requirement equality", () => {
  const r = (names: string[]) => ({
    extraResources: {},
    resources: Object.fromEntries(names.map((n) => [n, { apiVersion: "v1", kind: "Secret", matchName: n }])),
    schemas: {},
  });
  it("treats absent as different from empty, and ignores map order", () => {
    expect(sameRequirements(undefined, undefined)).toBe(true);
    expect(sameRequirements(r([]), undefined)).toBe(false);
    expect(sameRequirements(r(["a", "b"]), r(["b", "a"]))).toBe(true);
    expect(sameRequirements(r(["a"]), r(["b"]))).toBe(false);
  });
});
