import type { RunFunctionRequest, State } from "@crossplane-org/function-sdk-typescript";
import fc from "fast-check";
import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { sampleValue, wrongValue } from "../../schemas/core/sample.ts";
import { validateObject } from "../../schemas/core/validate.ts";
import { composableKinds, INPUT_API_VERSION, INPUT_KIND } from "./input.ts";
import { requestFor, resourceOf, secretOf, serviceOf, xrOf } from "./request.test-support.ts";

/**
 * Generators of RunFunctionRequests, valid and invalid, for every kind, shared by the
 * function's fuzz test (fuzz.test.ts) and `npm run fuzz` (test/fuzz/function.ts), which
 * also sends them over the function's real gRPC server. Requests are shaped as the gRPC
 * decoder hands them over (Struct fields hold JSON values, bytes are Buffers).
 */

/** A valid spec, name and namespace for each kind: its example, required fields, every field. */
export interface Sample {
  decl: KindDeclaration;
  name: string;
  namespace: string;
  spec: Record<string, unknown>;
}

function requiredOnly(node: FieldNode): unknown {
  if (node.type !== "object") return sampleValue(node);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties))
    if (child.required) out[key] = requiredOnly(child);
  return out;
}

export const samples: Sample[] = composableKinds.flatMap((decl) => {
  const namespace = decl.onlyIn ?? "tenant-a";
  const specs = [
    decl.example?.spec as Record<string, unknown> | undefined,
    requiredOnly(decl.fields) as Record<string, unknown>,
    sampleValue(decl.fields) as Record<string, unknown>,
  ].filter((s): s is Record<string, unknown> => s !== undefined);
  return specs.flatMap((spec) => {
    const names = [
      decl.example?.name,
      typeof spec.cluster === "string" ? `${spec.cluster}-pool` : undefined,
      decl.chart,
      "sample",
    ];
    const name = names.find((n) => n !== undefined && validateObject(decl, { name: n, namespace, spec }).ok);
    return name ? [{ decl, name, namespace, spec }] : [];
  });
});

// ---- generators ---------------------------------------------------------------------------

const dnsLabel = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const secretKey = fc.stringMatching(/^[a-zA-Z0-9._-]{1,20}$/);
const text = fc.string({ maxLength: 40 });
const json = fc.jsonValue({ maxDepth: 3 });
const jsonObject = fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 6 });

const target = (decl: KindDeclaration) =>
  fc.oneof(
    fc.constant<Record<string, unknown>>({ type: "InCluster" }),
    fc.record(
      {
        type: fc.constant("Remote"),
        providerConfigRef: fc.record(
          { name: dnsLabel, kind: fc.constantFrom("ProviderConfig", "ClusterProviderConfig") },
          { requiredKeys: ["name"] },
        ),
        // A kind tied to one namespace must be sent there.
        namespace: decl.onlyIn !== undefined ? fc.constant(decl.onlyIn) : dnsLabel,
      },
      { requiredKeys: ["type", "providerConfigRef"] },
    ),
  );

const overrides = fc.record(
  {
    labels: fc.dictionary(dnsLabel, dnsLabel, { maxKeys: 3 }),
    annotations: fc.dictionary(dnsLabel, text, { maxKeys: 3 }),
    connectionSecretName: dnsLabel,
  },
  { requiredKeys: [] },
);

const condition = fc.record(
  {
    type: fc.constantFrom("Ready", "Released", "WorkloadsReady", "Other"),
    status: fc.constantFrom("True", "False", "Unknown", "Maybe"),
    reason: text,
    message: text,
    lastTransitionTime: fc.constantFrom("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", "not a time"),
    observedGeneration: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ["type"] },
);

const previousStatus = fc.option(
  fc.record({
    platform: fc.record(
      {
        ready: fc.constantFrom("True", "False", "Unknown"),
        reason: text,
        message: text,
        specHash: fc.constantFrom("0123", "abcd"),
        changedAt: fc.constantFrom("2026-12-01T09:59:55Z", "garbage"),
        conditionsAtChange: fc.array(condition, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  }),
  { nil: undefined },
);

/** Earlier steps' desired state: arbitrary resources, possibly under our own keys. */
const earlierDesired: fc.Arbitrary<State | undefined> = fc.option(
  fc.record({
    composite: fc.option(
      fc.record({
        resource: fc.option(jsonObject, { nil: undefined }),
        connectionDetails: fc.dictionary(
          secretKey,
          fc.uint8Array({ maxLength: 8 }).map((a) => Buffer.from(a)),
          {
            maxKeys: 3,
          },
        ),
        ready: fc.constantFrom(0, 1, 2),
      }),
      { nil: undefined },
    ),
    resources: fc.dictionary(
      fc.constantFrom("platform", "connection", "credentials", "other", "service"),
      jsonObject.map((body) => resourceOf(body)),
      { maxKeys: 3 },
    ),
  }),
  { nil: undefined },
);

/** An object as the Kubernetes API serves one: apiVersion, kind, a name, anything else. */
const servedObject = fc
  .record({
    apiVersion: fc.constantFrom("v1", "apps/v1"),
    kind: fc.constantFrom("ConfigMap", "Secret", "Service", "Object"),
    name: dnsLabel,
    spec: jsonObject,
  })
  .map(({ apiVersion, kind, name, spec }) => ({ apiVersion, kind, metadata: { name }, spec }));

/**
 * What the platform might show: the object with conditions, published Secrets, other
 * objects. Well formed, every object is one the API could serve (a valid request must
 * compose); otherwise anything at all goes in (it must be refused by name, or composed).
 */
function observedFor(sample: Sample, wellFormed: boolean) {
  const other = wellFormed ? servedObject : jsonObject;
  const platform = fc.record({
    apiVersion: fc.constantFrom(sample.decl.apiVersion, "v1"),
    kind: fc.constantFrom(sample.decl.kind, "Object"),
    metadata: fc.record(
      { name: fc.constant(sample.name), generation: fc.integer({ min: 1, max: 3 }) },
      { requiredKeys: ["name"] },
    ),
    status: fc.record(
      {
        conditions: fc.array(condition, { maxLength: 3 }),
        atProvider: fc.record({ manifest: fc.oneof(fc.constant({}), other) }),
      },
      { requiredKeys: [] },
    ),
  });
  const secret = fc
    .dictionary(secretKey, text, { maxKeys: 4 })
    .map((data) => secretOf("any", sample.namespace, data));
  const service = fc
    .dictionary(dnsLabel, fc.integer({ min: 1, max: 65535 }), { maxKeys: 3 })
    .map((ports) => serviceOf("any", sample.namespace, ports));
  return fc.record(
    {
      observed: fc.dictionary(
        fc.constantFrom("platform", "credentials", "service", "connection"),
        fc.oneof(platform, secret, other),
        {
          maxKeys: 4,
        },
      ),
      // In-cluster, Crossplane answers a requirement with the object asked for, or nothing.
      required: wellFormed
        ? fc.record(
            {
              credentials: fc.array(secret, { maxLength: 1 }),
              "user-a": fc.array(secret, { maxLength: 1 }),
              service: fc.array(service, { maxLength: 1 }),
            },
            { requiredKeys: [] },
          )
        : fc.dictionary(
            fc.constantFrom("credentials", "service", "user-a"),
            fc.array(fc.oneof(secret, jsonObject), { maxLength: 2 }),
            { maxKeys: 3 },
          ),
    },
    { requiredKeys: [] },
  );
}

export interface Case {
  req: RunFunctionRequest;
  /** true: must be refused with one FATAL; false: must compose; undefined: either, by the rules. */
  invalid: boolean | undefined;
}

const sample = fc.constantFrom(...samples);

/** A request the function must accept: a valid input, XR and spec, with arbitrary surroundings. */
export const validCase: fc.Arbitrary<Case> = sample.chain((s) =>
  fc
    .record({
      target: target(s.decl),
      overrides: fc.option(overrides, { nil: undefined }),
      legacy: fc.boolean(),
      status: previousStatus,
      desired: earlierDesired,
      seen: observedFor(s, true),
      tag: text,
    })
    .map(({ target, overrides, legacy, status, desired, seen, tag }) => ({
      invalid: false,
      req: requestFor({
        input: {
          apiVersion: INPUT_API_VERSION,
          kind: INPUT_KIND,
          platformKind: s.decl.kind,
          target,
          ...(overrides ? { overrides } : {}),
        },
        xr: xrOf(s.decl.kind, {
          name: legacy ? `${s.name}-x8k2p` : s.name,
          namespace: s.namespace,
          spec: s.spec,
          ...(status ? { status } : {}),
          ...(legacy ? { legacy: { claim: { name: s.name, namespace: s.namespace } } } : {}),
        }),
        desired,
        tag,
        ...seen,
      }),
    })),
);

/** One thing wrong with an otherwise valid input. */
const inputBreakages: Array<(input: Record<string, unknown>, junk: unknown) => unknown> = [
  (i) => ({ ...i, apiVersion: undefined }),
  (i) => ({ ...i, apiVersion: "fn.example.org/v1" }),
  (i) => ({ ...i, kind: "Composition" }),
  (i) => ({ ...i, platformKind: undefined }),
  (i, junk) => ({ ...i, platformKind: typeof junk === "string" ? `${junk}Nope` : junk }),
  (i) => ({ ...i, platformKind: "Info" }),
  (i, junk) => ({ ...i, target: { type: typeof junk === "string" ? `${junk}Elsewhere` : junk } }),
  (i) => ({ ...i, target: { type: "Remote" } }),
  (i, junk) => ({
    ...i,
    target: { type: "Remote", providerConfigRef: { name: typeof junk === "string" ? "" : junk } },
  }),
  (i) => ({ ...i, target: { type: "Remote", providerConfigRef: { name: "a", kind: "Secret" } } }),
  (i) => ({ ...i, target: { type: "Remote", providerConfigRef: { name: "a" }, namespace: "Not_A_Label" } }),
  (i) => ({ ...i, target: { type: "InCluster", providerConfigRef: { name: "a" } } }),
  (i) => ({ ...i, overrides: { name: "Upper_Case" } }),
  (i, junk) => ({ ...i, overrides: { labels: { team: typeof junk === "string" ? 1 : junk } } }),
  (i, junk) => ({ ...i, overrides: { unknownOverride: junk } }),
  (i, junk) => ({ ...i, extraField: junk ?? 1 }),
  (_i, junk) => (typeof junk === "object" && junk !== null && !Array.isArray(junk) ? 42 : junk),
];

export const badInputCase: fc.Arbitrary<Case> = fc
  .record({ s: sample, breakage: fc.constantFrom(...inputBreakages), junk: json, desired: earlierDesired })
  .map(({ s, breakage, junk, desired }) => {
    const input = {
      apiVersion: INPUT_API_VERSION,
      kind: INPUT_KIND,
      platformKind: s.decl.kind,
      target: { type: "InCluster" },
    };
    return {
      invalid: true,
      req: requestFor({
        input: breakage(input, junk),
        xr: xrOf(s.decl.kind, { name: s.name, namespace: s.namespace, spec: s.spec }),
        desired,
      }),
    };
  });

/** One thing wrong with the XR or its spec, under a valid input. */
function xrBreakages(s: Sample): Array<(xr: Record<string, unknown>, junk: unknown) => unknown> {
  const top = s.decl.fields.type === "object" ? Object.entries(s.decl.fields.properties) : [];
  const withSpec = (
    xr: Record<string, unknown>,
    change: (spec: Record<string, unknown>) => Record<string, unknown>,
  ) => ({
    ...xr,
    spec: change(xr.spec as Record<string, unknown>),
  });
  return [
    (xr) => ({ ...xr, metadata: { namespace: "tenant-a" } }),
    (xr, junk) => ({
      ...xr,
      metadata: { name: typeof junk === "string" ? "" : junk, namespace: "tenant-a" },
    }),
    (xr) => ({ ...xr, metadata: { name: "Bad_Name", namespace: s.namespace } }),
    (xr) => ({ ...xr, metadata: { name: "x".repeat(60), namespace: s.namespace } }),
    (xr) => ({ ...xr, metadata: { name: s.name } }),
    (xr, junk) => ({
      ...xr,
      spec: Array.isArray(junk) || typeof junk !== "object" || junk === null ? junk : [junk],
    }),
    (xr, junk) => withSpec(xr, (spec) => ({ ...spec, notAField: junk ?? 0 })),
    (xr) => withSpec(xr, (spec) => ({ ...spec, replicas_count: 1 })),
    ...top.map(
      ([key, node]) =>
        (xr: Record<string, unknown>) =>
          withSpec(xr, (spec) => ({ ...spec, [key]: wrongValue(node) })),
    ),
    (xr) => ({ ...xr, spec: { compositionRef: { name: "legacy" }, claimRef: { name: s.name } } }),
    (xr) => ({
      ...xr,
      metadata: { name: s.name },
      spec: { ...(xr.spec as object), crossplane: undefined, compositionRef: {} },
    }),
  ];
}

export const badXrCase: fc.Arbitrary<Case> = sample.chain((s) =>
  fc
    .record({ breakage: fc.constantFrom(...xrBreakages(s)), junk: json, desired: earlierDesired })
    .map(({ breakage, junk, desired }) => ({
      invalid: true,
      req: requestFor({
        input: { apiVersion: INPUT_API_VERSION, kind: INPUT_KIND, platformKind: s.decl.kind },
        xr: breakage(xrOf(s.decl.kind, { name: s.name, namespace: s.namespace, spec: s.spec }), junk),
        desired,
      }),
    })),
);

/** A spec that may or may not hold: arbitrary JSON, or a valid one with one field set to anything. */
function looseSpec(s: Sample): fc.Arbitrary<Record<string, unknown>> {
  const keys = s.decl.fields.type === "object" ? Object.keys(s.decl.fields.properties) : [];
  return fc.oneof(
    jsonObject,
    fc
      .record({ key: fc.constantFrom(...keys), value: json })
      .map(({ key, value }) => ({ ...s.spec, [key]: value })),
  );
}

/** Anything at all in the input, the XR, the observed and required resources. */
export const anyCase: fc.Arbitrary<Case> = sample.chain((s) =>
  fc
    .record({
      kind: fc.oneof(
        { weight: 8, arbitrary: fc.constant(s.decl.kind) },
        { weight: 1, arbitrary: fc.constantFrom("Info", "Nope") },
      ),
      input: fc.oneof(json, jsonObject),
      xr: fc.oneof(
        json,
        jsonObject,
        fc.record({ metadata: jsonObject, spec: jsonObject, status: jsonObject }, { requiredKeys: [] }),
      ),
      spec: looseSpec(s),
      useValidInput: fc.boolean(),
      legacy: fc.boolean(),
      seen: observedFor(s, false),
      desired: earlierDesired,
    })
    .map(({ kind, input, xr, spec, useValidInput, legacy, seen, desired }) => ({
      invalid: undefined,
      req: requestFor({
        input: useValidInput
          ? { apiVersion: INPUT_API_VERSION, kind: INPUT_KIND, platformKind: kind }
          : input,
        xr: useValidInput
          ? xrOf(kind, {
              name: legacy ? `${s.name}-x8k2p` : s.name,
              namespace: s.namespace,
              spec,
              ...(legacy ? { legacy: { claim: { name: s.name, namespace: s.namespace } } } : {}),
            })
          : xr,
        desired,
        ...seen,
      }),
    })),
);

/** Where a FATAL message starts: a field path under the input, the XR, or the request. */
export const PATH =
  /^(input|spec|metadata|observed|requiredResources)(\.[A-Za-z0-9_-]+|\[(\d+|"(?:[^"\\]|\\.)*")\])*: \S/;

/** What a pass-through of `state` looks like: the same content, bytes as Buffers. */
export function copyOf(state: State | undefined): State {
  return {
    composite: state?.composite
      ? {
          ...state.composite,
          connectionDetails: Object.fromEntries(
            Object.entries(state.composite.connectionDetails).map(([k, v]) => [k, Buffer.from(v)]),
          ),
        }
      : undefined,
    resources: state?.resources ?? {},
  };
}
