import {
  Ready,
  type Resource,
  type Result,
  type RunFunctionRequest,
  type RunFunctionResponse,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import { composePlatformObject, placePlatformObject } from "./compose.ts";
import {
  connectionDetails,
  connectionEntries,
  connectionSecret,
  outputSource,
  outputsOf,
  secretValues,
  statusOutputs,
} from "./connection.ts";
import type { FunctionLogger, RunFunction } from "./handler.ts";
import { composableKinds, type Input } from "./input.ts";
import {
  isNewFailure,
  isTransition,
  keepBooks,
  observedState,
  platformReadiness,
  previousStatus,
  readinessSummary,
  redactCondition,
  specHash,
  TTL_NOT_READY_SECONDS,
  TTL_READY_SECONDS,
  type PlatformStatus,
} from "./ready.ts";
import { decodeInput, isRecord, readComposite, type Composite } from "./request.ts";
import { observedProblems } from "./observed.ts";
import {
  condition,
  fatal,
  internalError,
  MALFORMED_OBSERVED,
  redact,
  warning,
  type Problem,
} from "./results.ts";
import {
  CONNECTION_KEY,
  observedPlatform,
  observedPublished,
  observers,
  PLATFORM_KEY,
  platformResource,
  publishedRefs,
  requirementsFor,
} from "./target.ts";

/**
 * One RunFunction call: read the input and the XR, compose the platform object (and,
 * remotely, its observers), the connection Secret or details, and the XR's status.
 * Everything an earlier step desired passes through; our resources replace theirs by key.
 */
export const runFunction: RunFunction = (req, log, now = () => new Date()) => {
  try {
    return run(req, log, now());
  } catch (error) {
    // A bug, not an input problem: the details stay in the log, the XR gets a generic message.
    log.error({ error: errorText(error) }, "function-cozystack failed unexpectedly");
    return respond(req, { results: [internalError()], ttlSeconds: TTL_NOT_READY_SECONDS });
  }
};

function run(req: RunFunctionRequest, log: FunctionLogger, now: Date): RunFunctionResponse {
  const input = decodeInput(req.input);
  if (!input.ok) return refuse(req, log, input.problems, {});
  const decl = composableKinds.find((k) => k.kind === input.value.platformKind)!;
  const about = { kind: decl.kind, target: input.value.target.type };
  const xr = readComposite(req.observed?.composite?.resource);
  if (!xr.ok) return refuse(req, log, xr.problems, about);
  const who = whoOf(decl, input.value, xr.value);
  const placement = placePlatformObject(decl, input.value, xr.value);
  if (!placement.ok) return refuse(req, log, placement.problems, who);
  const overrides = input.value.overrides;
  const object = composePlatformObject(decl, placement.value, xr.value.spec, {
    ...(overrides?.labels ? { labels: overrides.labels } : {}),
    ...(overrides?.annotations ? { annotations: overrides.annotations } : {}),
  });
  if (!object.ok) return refuse(req, log, object.problems, who);
  return composed(req, log, now, { decl, input: input.value, xr: xr.value, object: object.value });
}

const whoOf = (decl: KindDeclaration, input: Input, xr: Composite) => ({
  kind: decl.kind,
  target: input.target.type,
  xr: xr.name,
  namespace: xr.namespace ?? xr.claim?.namespace,
});

interface Subject {
  decl: KindDeclaration;
  input: Input;
  xr: Composite;
  object: PlatformObject;
}

function composed(
  req: RunFunctionRequest,
  log: FunctionLogger,
  now: Date,
  { decl, input, xr, object }: Subject,
): RunFunctionResponse {
  const target = input.target;
  const refs = publishedRefs(decl, object);
  const malformed = observedProblems(req, refs, target);
  if (malformed.length > 0) return refuse(req, log, malformed, whoOf(decl, input, xr), MALFORMED_OBSERVED);
  const found = observedPublished(req, refs, target);
  const source = outputSource(decl, object, refs, found);
  const outputs = outputsOf(decl, source);
  const secrets = secretValues(decl, source, outputs);

  // Conditions are kept in status and quoted in messages: no secret may ride along.
  const state = observedState(observedPlatform(req, decl, target));
  const observed = state && {
    ...state,
    conditions: state.conditions.map((c) => redactCondition(c, secrets)),
  };
  const previous = previousStatus(xr.status);
  const hash = specHash(object);
  const { books, afterWrite } = keepBooks(previous, hash, observed?.conditions ?? [], now);
  const readiness = platformReadiness(decl, observed, afterWrite, source.secret);
  const summary = scrubbed(readinessSummary(decl, object, readiness), secrets);

  const desired = carryOver(req.desired);
  const observedKeys = new Set(Object.keys(req.observed?.resources ?? {}));
  desired.resources[PLATFORM_KEY] = resource(
    platformResource(object, target, xr.modern),
    readiness.state === "ready",
  );
  if (target.type === "Remote") {
    for (const [key, observer] of Object.entries(observers(refs, target, xr.modern)))
      desired.resources[key] = resource(observer, observedKeys.has(key));
  }

  const { entries, refused } = connectionEntries(decl, outputs);
  const composite = desired.composite ?? resource({}, undefined);
  if (xr.modern) {
    const name = input.overrides?.connectionSecretName ?? `${xr.name}-connection`;
    desired.resources[CONNECTION_KEY] = resource(
      connectionSecret(name, xr.namespace!, entries),
      observedKeys.has(CONNECTION_KEY),
    );
  } else {
    composite.connectionDetails = { ...composite.connectionDetails, ...connectionDetails(entries) };
  }
  const status: PlatformStatus = {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.metadata.name,
    namespace: object.metadata.namespace,
    ...summary,
    ...books,
  };
  const resourceBody = isRecord(composite.resource) ? composite.resource : {};
  const earlierStatus = isRecord(resourceBody.status) ? resourceBody.status : {};
  composite.resource = {
    ...resourceBody,
    status: { ...earlierStatus, platform: status, outputs: statusOutputs(decl, outputs) },
  };
  desired.composite = composite;

  const results: Result[] = isNewFailure(previous, summary)
    ? [
        warning(
          "PlatformNotReady",
          `${decl.kind} ${placeOf(object)} is not ready: ${summary.reason}: ${summary.message}`,
        ),
      ]
    : [];
  const line = {
    kind: decl.kind,
    xr: xr.name,
    namespace: xr.namespace ?? xr.claim?.namespace,
    target: target.type,
    object: placeOf(object),
    ready: summary.ready,
    ...(summary.ready === "True" ? {} : { reason: summary.reason, message: summary.message }),
    outputs: Object.keys(entries).sort(),
    ...(refused.length > 0 ? { refusedKeys: refused } : {}),
  };
  // Crossplane calls again every TTL and on every watch event: a line per call would drown
  // the changes, and writing it is a good part of a call's cost. Steady calls log at debug.
  if (isTransition(previous, summary, hash)) log.info(line, "composed");
  else log.debug(line, "composed");
  return respond(req, {
    desired,
    results,
    conditions: [readyCondition(summary)],
    requirements: target.type === "InCluster" ? requirementsFor(refs) : {},
    ttlSeconds: readiness.state === "ready" ? TTL_READY_SECONDS : TTL_NOT_READY_SECONDS,
    secrets,
  });
}

const placeOf = (object: PlatformObject) => `${object.metadata.namespace}/${object.metadata.name}`;

function readyCondition(summary: Pick<PlatformStatus, "ready" | "reason" | "message">) {
  return condition("PlatformReady", summary.ready, summary.reason, summary.message, "PlatformNotReady");
}

function scrubbed<T extends { reason: string; message: string }>(
  summary: T,
  secrets: ReadonlySet<string>,
): T {
  return { ...summary, reason: redact(summary.reason, secrets), message: redact(summary.message, secrets) };
}

/** A refusal: one FATAL result naming every problem's field, desired passed through untouched. */
function refuse(
  req: RunFunctionRequest,
  log: FunctionLogger,
  problems: readonly Problem[],
  about: Record<string, unknown>,
  reason?: string,
): RunFunctionResponse {
  const result = fatal(problems, reason);
  log.warn({ ...about, problems: problems.map((p) => p.where) }, result.message);
  return respond(req, { results: [result], ttlSeconds: TTL_READY_SECONDS });
}

interface ResponseParts {
  desired?: State;
  results: Result[];
  conditions?: RunFunctionResponse["conditions"];
  requirements?: Record<string, NonNullable<RunFunctionResponse["requirements"]>["resources"][string]>;
  ttlSeconds: number;
  /** Values no message may carry. */
  secrets?: ReadonlySet<string>;
}

function respond(req: RunFunctionRequest, parts: ResponseParts): RunFunctionResponse {
  const secrets = parts.secrets ?? new Set<string>();
  const requirements = parts.requirements ?? {};
  return {
    meta: {
      tag: typeof req.meta?.tag === "string" ? req.meta.tag : "",
      ttl: { seconds: parts.ttlSeconds, nanos: 0 },
    },
    desired: parts.desired ?? passThrough(req.desired),
    results: parts.results.map((r) => ({ ...r, message: redact(r.message, secrets) })),
    conditions: (parts.conditions ?? []).map((c) => ({ ...c, message: redact(c.message ?? "", secrets) })),
    // The request is this call's own (decoded for it alone), so its context can go back as it is.
    context: req.context,
    // An empty requirements message differs from none: Crossplane would call once more for nothing.
    requirements:
      Object.keys(requirements).length > 0
        ? { extraResources: {}, resources: requirements, schemas: {} }
        : undefined,
  };
}

function resource(body: Record<string, unknown>, ready: boolean | undefined): Resource {
  return {
    resource: body,
    connectionDetails: {},
    ready: ready === undefined ? Ready.READY_UNSPECIFIED : ready ? Ready.READY_TRUE : Ready.READY_FALSE,
  };
}

/** The desired state so far, unchanged; a state that cannot be carried over is passed on as it is. */
function passThrough(state: State | undefined): State {
  try {
    return carryOver(state);
  } catch {
    return state ?? { composite: undefined, resources: {} };
  }
}

/**
 * The desired state so far, to answer with: new containers (the state, its resources map,
 * each resource's envelope), so that setting ours never changes the request, holding the
 * earlier steps' resource bodies themselves. No deep copy: each call decodes a request of
 * its own, and nothing here changes a body it did not build.
 */
function carryOver(state: State | undefined): State {
  const earlier = isRecord(state?.resources) ? (state.resources as Record<string, Resource>) : {};
  const resources: Record<string, Resource> = {};
  for (const key of Object.keys(earlier)) resources[key] = envelope(earlier[key]!);
  return { composite: state?.composite ? envelope(state.composite) : undefined, resources };
}

function envelope(r: Resource): Resource {
  return {
    resource: r.resource,
    connectionDetails: asBuffers(r.connectionDetails),
    ready: r.ready ?? Ready.READY_UNSPECIFIED,
  };
}

/** Connection details with every value a Buffer, as the SDK's codec gives them. */
function asBuffers(details: Resource["connectionDetails"] | undefined): Resource["connectionDetails"] {
  const entries = Object.entries(details ?? {});
  if (details && entries.every(([, v]) => Buffer.isBuffer(v))) return details;
  return Object.fromEntries(entries.map(([k, v]) => [k, Buffer.from(v)]));
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}
