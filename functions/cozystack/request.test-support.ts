import type { Resource, RunFunctionRequest, State } from "@crossplane-org/function-sdk-typescript";
import type { FunctionLogger } from "./handler.ts";
import { INPUT_API_VERSION, INPUT_KIND } from "./input.ts";

/** Builders for RunFunctionRequests as Crossplane sends them, for the function's tests. */

export const XR_GROUP = "apps.cozystack-iac.dev";

export function inputFor(
  platformKind: string,
  target: Record<string, unknown> = { type: "InCluster" },
  overrides?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    apiVersion: INPUT_API_VERSION,
    kind: INPUT_KIND,
    platformKind,
    target,
    ...(overrides ? { overrides } : {}),
  };
}

export const REMOTE = { type: "Remote", providerConfigRef: { name: "cozystack" } } as const;

export interface XrOptions {
  name?: string;
  namespace?: string;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  /** A legacy XR: Crossplane's fields directly under spec, bound to this claim when given. */
  legacy?: { claim?: { name: string; namespace: string } };
}

/** An XR as Crossplane observes it, modern unless `legacy` is given. */
export function xrOf(kind: string, opts: XrOptions = {}): Record<string, unknown> {
  const name = opts.name ?? "db";
  if (opts.legacy) {
    return {
      apiVersion: `legacy.cozystack-iac.dev/v1alpha1`,
      kind: `X${kind}`,
      metadata: { name, uid: "1b2c" },
      spec: {
        ...opts.spec,
        compositionRef: { name: `x${kind.toLowerCase()}-in-cluster` },
        compositionUpdatePolicy: "Automatic",
        resourceRefs: [],
        ...(opts.legacy.claim
          ? {
              claimRef: { apiVersion: "legacy.cozystack-iac.dev/v1alpha1", kind, ...opts.legacy.claim },
              writeConnectionSecretToRef: { name: "c0ffee", namespace: "crossplane-system" },
            }
          : {}),
      },
      ...(opts.status ? { status: opts.status } : {}),
    };
  }
  return {
    apiVersion: `${XR_GROUP}/v1alpha1`,
    kind,
    metadata: { name, namespace: opts.namespace ?? "tenant-a", uid: "1b2c" },
    spec: {
      ...opts.spec,
      crossplane: { compositionRef: { name: `${kind.toLowerCase()}-in-cluster` }, resourceRefs: [] },
    },
    ...(opts.status ? { status: opts.status } : {}),
  };
}

export function resourceOf(body: Record<string, unknown>, ready = 0): Resource {
  return { resource: body, connectionDetails: {}, ready };
}

export interface RequestOptions {
  input: unknown;
  xr: unknown;
  observed?: Record<string, Record<string, unknown>>;
  desired?: State;
  required?: Record<string, Array<Record<string, unknown>>>;
  context?: Record<string, unknown>;
  tag?: string;
}

export function requestFor(opts: RequestOptions): RunFunctionRequest {
  return {
    meta: { tag: opts.tag ?? "tag-1", capabilities: [] },
    observed: {
      composite: { resource: opts.xr as Record<string, unknown>, connectionDetails: {}, ready: 0 },
      resources: Object.fromEntries(Object.entries(opts.observed ?? {}).map(([k, v]) => [k, resourceOf(v)])),
    },
    desired: opts.desired,
    input: opts.input as Record<string, unknown>,
    context: opts.context,
    extraResources: {},
    credentials: {},
    requiredResources: Object.fromEntries(
      Object.entries(opts.required ?? {}).map(([k, items]) => [
        k,
        { items: items.map((i) => resourceOf(i)) },
      ]),
    ),
    requiredSchemas: {},
  };
}

export function secretOf(name: string, namespace: string, values: Record<string, string>) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace },
    data: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Buffer.from(v).toString("base64")])),
  };
}

export function serviceOf(name: string, namespace: string, ports: Record<string, number>, ip?: string) {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace },
    spec: { ports: Object.entries(ports).map(([n, port]) => ({ name: n, port })) },
    ...(ip ? { status: { loadBalancer: { ingress: [{ ip }] } } } : {}),
  };
}

/** A provider-kubernetes Object as observed, carrying the manifest it read back. */
export function observedObject(manifest: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
    kind: "Object",
    metadata: { name: "db-8c2b1d4e5f6a" },
    spec: { forProvider: { manifest: {} } },
    status: { atProvider: { manifest } },
  };
}

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  fields: Record<string, unknown>;
  message: string;
}

/** A logger that keeps every line, to check what was logged (and that no secret was). */
export function captureLog(): { log: FunctionLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine["level"]) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message });
  return { log: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }, lines };
}

export const silentLog: FunctionLogger = { debug() {}, info() {}, warn() {}, error() {} };
