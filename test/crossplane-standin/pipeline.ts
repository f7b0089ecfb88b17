import { createHash } from "node:crypto";
import {
  Capability,
  Requirements,
  RunFunctionRequest,
  Severity,
  Status,
  Target,
  type Condition as FnCondition,
  type Credentials,
  type Resources,
  type ResourceSelector,
  type RunFunctionResponse,
  type Schema,
  type SchemaSelector,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import type { NewCondition } from "./conditions.ts";
import type { FunctionRunner } from "./grpc.ts";
import type { PipelineStep } from "./types.ts";

/**
 * Runs a Composition's function pipeline as Crossplane core does (crossplane-core.md §2):
 * one request per step, observed state shared, desired state starting empty and replaced by
 * each step's answer, the context chained, each step re-run while its requirements change (at
 * most 6 calls), the first FATAL result stopping everything, other results turned into events.
 */
export const MAX_REQUIREMENTS_ITERATIONS = 5;

export type CompositionTarget = "Composite" | "CompositeAndClaim";

export interface TargetedEvent {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  /** Prefixed to the message on the XR only ("Pipeline step "x""). */
  detail?: string;
  target: CompositionTarget;
}

export interface TargetedCondition {
  condition: NewCondition;
  target: CompositionTarget;
}

export interface PipelineEnv {
  run: FunctionRunner;
  /** A selector's resources; undefined when a name matched nothing. */
  fetchResources: (selector: ResourceSelector) => Promise<Resources | undefined>;
  /** A kind's OpenAPI schema; undefined when unknown. */
  fetchSchema: (selector: SchemaSelector) => Promise<Schema | undefined>;
  /** The data of a credential Secret; rejects when it cannot be read. */
  readSecret: (namespace: string, name: string) => Promise<Record<string, Buffer>>;
  deadline: Date;
}

export interface PipelineOutcome {
  desired: State | undefined;
  events: TargetedEvent[];
  conditions: TargetedCondition[];
  /** The shortest non-zero response TTL, in milliseconds. */
  ttlMs?: number;
  /** Why composing stopped (a FATAL result, a failed call, unstable requirements...). */
  error?: string;
  /** Calls made per step, for tests. */
  calls: Record<string, number>;
}

const CAPABILITIES = [
  Capability.CAPABILITY_CAPABILITIES,
  Capability.CAPABILITY_REQUIRED_RESOURCES,
  Capability.CAPABILITY_CREDENTIALS,
  Capability.CAPABILITY_CONDITIONS,
  Capability.CAPABILITY_REQUIRED_SCHEMAS,
];

const errorText = (error: unknown) =>
  (error as { details?: string }).details || (error instanceof Error ? error.message : String(error));

export async function runPipeline(
  steps: readonly PipelineStep[],
  observed: State,
  env: PipelineEnv,
): Promise<PipelineOutcome> {
  const outcome: PipelineOutcome = {
    desired: { composite: undefined, resources: {} },
    events: [],
    conditions: [],
    calls: {},
  };
  let context: Record<string, unknown> | undefined = {};
  for (const step of steps) {
    const prepared = await prepareRequest(step, observed, outcome.desired, context, env);
    if (typeof prepared === "string") return { ...outcome, error: prepared };
    const called = await callUntilStable(step, prepared, env, outcome);
    if (typeof called === "string") return { ...outcome, error: called };
    outcome.desired = called.desired;
    context = called.context;
    const ttl = ttlMs(called);
    if (ttl > 0 && (outcome.ttlMs === undefined || ttl < outcome.ttlMs)) outcome.ttlMs = ttl;
    outcome.conditions.push(...called.conditions.map(targetedCondition));
    for (const result of called.results) {
      if (result.severity === Severity.SEVERITY_FATAL)
        return {
          ...outcome,
          error: `pipeline step "${step.step}" returned a fatal result: ${result.message}`,
        };
      outcome.events.push(resultEvent(step.step, result));
    }
  }
  return outcome;
}

/** The request for one step, with credentials and bootstrap requirements, tagged by its own hash. */
async function prepareRequest(
  step: PipelineStep,
  observed: State,
  desired: State | undefined,
  context: Record<string, unknown> | undefined,
  env: PipelineEnv,
): Promise<RunFunctionRequest | string> {
  const credentials: Record<string, Credentials> = {};
  for (const credential of step.credentials ?? []) {
    if (credential.source !== "Secret" || !credential.secretRef) continue;
    try {
      const data = await env.readSecret(credential.secretRef.namespace, credential.secretRef.name);
      credentials[credential.name] = { credentialData: { data } };
    } catch (error) {
      return `cannot get Composition pipeline step "${step.step}" credential "${credential.name}" from Secret: ${errorText(error)}`;
    }
  }
  const requiredResources: Record<string, Resources> = {};
  for (const r of step.requirements?.requiredResources ?? []) {
    const selector: ResourceSelector = {
      apiVersion: r.apiVersion,
      kind: r.kind,
      ...(r.name !== undefined ? { matchName: r.name } : { matchLabels: { labels: r.matchLabels ?? {} } }),
      ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
    };
    try {
      requiredResources[r.requirementName] = (await env.fetchResources(selector)) ?? { items: [] };
    } catch (error) {
      return `cannot fetch bootstrap required resources for requirement "${r.requirementName}": ${errorText(error)}`;
    }
  }
  const requiredSchemas: Record<string, Schema> = {};
  for (const s of step.requirements?.requiredSchemas ?? []) {
    requiredSchemas[s.requirementName] =
      (await env.fetchSchema({ apiVersion: s.apiVersion, kind: s.kind })) ?? {};
  }
  const request: RunFunctionRequest = {
    meta: undefined,
    observed,
    desired,
    input: step.input,
    context,
    extraResources: {},
    credentials,
    requiredResources,
    requiredSchemas,
  };
  request.meta = { tag: requestTag(request), capabilities: CAPABILITIES };
  return request;
}

/** Hex SHA-256 of the encoded request (without meta), like core's tag. */
export function requestTag(request: RunFunctionRequest): string {
  const bytes = RunFunctionRequest.encode({ ...request, meta: undefined }).finish();
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Call a step until its requirements stop changing: stop on a FATAL result or when the
 * requirements equal the previous call's (initially none); otherwise fetch what was asked,
 * reset the required maps to the bootstrap ones plus those, pass the context on, call again.
 */
async function callUntilStable(
  step: PipelineStep,
  request: RunFunctionRequest,
  env: PipelineEnv,
  outcome: PipelineOutcome,
): Promise<RunFunctionResponse | string> {
  const bootstrapResources = request.requiredResources;
  const bootstrapSchemas = request.requiredSchemas;
  let previous: Requirements | undefined;
  for (let i = 0; i <= MAX_REQUIREMENTS_ITERATIONS; i++) {
    let response: RunFunctionResponse;
    try {
      outcome.calls[step.step] = (outcome.calls[step.step] ?? 0) + 1;
      response = await env.run(step.functionRef.name, request, env.deadline);
    } catch (error) {
      return `cannot run Composition pipeline step "${step.step}": ${errorText(error)}`;
    }
    if (response.results.some((r) => r.severity === Severity.SEVERITY_FATAL)) return response;
    if (sameRequirements(response.requirements, previous)) return response;
    previous = response.requirements;
    const resources: Record<string, Resources> = { ...bootstrapResources };
    for (const [name, selector] of Object.entries(previous?.resources ?? {})) {
      try {
        resources[name] = (await env.fetchResources(selector)) ?? { items: [] };
      } catch (error) {
        return `cannot run Composition pipeline step "${step.step}": fetching resources for ${name}: ${errorText(error)}`;
      }
    }
    const schemas: Record<string, Schema> = { ...bootstrapSchemas };
    for (const [name, selector] of Object.entries(previous?.schemas ?? {})) {
      schemas[name] = (await env.fetchSchema(selector)) ?? {};
    }
    request.requiredResources = resources;
    request.requiredSchemas = schemas;
    request.context = response.context;
  }
  return `cannot run Composition pipeline step "${step.step}": requirements didn't stabilize after the maximum number of iterations (${MAX_REQUIREMENTS_ITERATIONS})`;
}

/** proto.Equal for requirements: absent equals only absent; otherwise compare content, order-free. */
export function sameRequirements(a: Requirements | undefined, b: Requirements | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonical(Requirements.toJSON(a)) === canonical(Requirements.toJSON(b));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

function ttlMs(response: RunFunctionResponse): number {
  const ttl = response.meta?.ttl;
  return ttl ? Number(ttl.seconds) * 1000 + Math.floor(ttl.nanos / 1e6) : 0;
}

const toTarget = (target: Target | undefined): CompositionTarget =>
  target === Target.TARGET_COMPOSITE_AND_CLAIM ? "CompositeAndClaim" : "Composite";

function targetedCondition(c: FnCondition): TargetedCondition {
  const status =
    c.status === Status.STATUS_CONDITION_TRUE
      ? "True"
      : c.status === Status.STATUS_CONDITION_FALSE
        ? "False"
        : "Unknown";
  return {
    condition: { type: c.type, status, reason: c.reason, ...(c.message ? { message: c.message } : {}) },
    target: toTarget(c.target),
  };
}

function resultEvent(step: string, result: RunFunctionResponse["results"][number]): TargetedEvent {
  const reason = result.reason || "ComposeResources";
  switch (result.severity) {
    case Severity.SEVERITY_WARNING:
      return {
        type: "Warning",
        reason,
        message: result.message,
        detail: `Pipeline step "${step}"`,
        target: toTarget(result.target),
      };
    case Severity.SEVERITY_NORMAL:
      return {
        type: "Normal",
        reason,
        message: result.message,
        detail: `Pipeline step "${step}"`,
        target: toTarget(result.target),
      };
    default:
      // A severity this build does not know: a warning, on the XR only.
      return {
        type: "Warning",
        reason,
        message: `Pipeline step "${step}" returned a result of unknown severity (assuming warning): ${result.message}`,
        target: "Composite",
      };
  }
}
