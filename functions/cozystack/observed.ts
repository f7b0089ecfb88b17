import type { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import type { Target } from "./input.ts";
import { isRecord } from "./request.ts";
import { joinPath, problem, type Problem } from "./results.ts";
import { PLATFORM_KEY, remoteKindsOf, type PublishedRef } from "./target.ts";

/**
 * Checks what Crossplane observed before the function reads it: the XR's status, the
 * composed resources it reads (the platform object, remotely the observe-only Objects)
 * and, in-cluster, the required resources. Kubernetes never serves such objects, so a
 * malformed one means a broken API server, proxy or caller; the function says exactly
 * which field is wrong (one FATAL result) instead of guessing, skipping or crashing.
 * `null` counts as absent, as it does in Kubernetes' own JSON.
 */

type Path = ReadonlyArray<string | number>;

function typeName(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

const present = (value: unknown) => value !== undefined && value !== null;

/** Every problem of the observed state this call reads; none when it can be read. */
export function observedProblems(
  req: RunFunctionRequest,
  refs: readonly PublishedRef[],
  target: Target,
): Problem[] {
  const problems: Problem[] = [];
  const composite = req.observed?.composite?.resource;
  if (isRecord(composite) && present(composite.status) && !isRecord(composite.status))
    problems.push(mustBeObject(["observed", "composite", "resource", "status"], composite.status));
  const resources = req.observed?.resources ?? {};
  const read = target.type === "Remote" ? [PLATFORM_KEY, ...refs.map((r) => r.key)] : [PLATFORM_KEY];
  for (const key of read) {
    if (!(key in resources)) continue;
    const at = ["observed", "resources", key];
    const envelope: unknown = resources[key];
    if (!isRecord(envelope)) {
      problems.push(mustBeObject(at, envelope));
      continue;
    }
    problems.push(...connectionDetailsProblems([...at, "connectionDetails"], envelope.connectionDetails));
    const ref = refs.find((r) => r.key === key);
    problems.push(
      ...(target.type === "Remote"
        ? remoteObjectProblems([...at, "resource"], envelope.resource, ref)
        : objectProblems([...at, "resource"], envelope.resource)),
    );
  }
  if (target.type === "InCluster")
    for (const ref of refs) problems.push(...requiredProblems(req.requiredResources?.[ref.key], ref));
  return problems;
}

function mustBeObject(at: Path, value: unknown): Problem {
  return problem(
    joinPath(at),
    value === undefined ? "is required (an object)" : `must be an object, not ${typeName(value)}`,
  );
}

/** Connection details are bytes on the wire; anything else was never decoded from it. */
function connectionDetailsProblems(at: Path, details: unknown): Problem[] {
  if (!present(details)) return [];
  if (!isRecord(details)) return [mustBeObject(at, details)];
  return Object.entries(details)
    .filter(([, v]) => !(v instanceof Uint8Array))
    .map(([k, v]) => problem(joinPath([...at, k]), `must be bytes, not ${typeName(v)}`));
}

/** A Kubernetes object as the API serves it: apiVersion, kind, metadata.name, and an object status. */
function objectProblems(at: Path, object: unknown): Problem[] {
  if (!isRecord(object)) return [mustBeObject(at, object)];
  const problems: Problem[] = [];
  for (const field of ["apiVersion", "kind"])
    if (typeof object[field] !== "string" || object[field] === "")
      problems.push(
        problem(joinPath([...at, field]), `is required (a non-empty string), not ${typeName(object[field])}`),
      );
  if (!isRecord(object.metadata)) problems.push(mustBeObject([...at, "metadata"], object.metadata));
  else if (typeof object.metadata.name !== "string" || object.metadata.name === "")
    problems.push(
      problem(
        joinPath([...at, "metadata", "name"]),
        `is required (a non-empty string), not ${typeName(object.metadata.name)}`,
      ),
    );
  if (!present(object.status)) return problems;
  if (!isRecord(object.status)) return [...problems, mustBeObject([...at, "status"], object.status)];
  return [...problems, ...conditionsProblems([...at, "status", "conditions"], object.status.conditions)];
}

/** A missing status reads as Unknown (readConditions); one of another type is no condition at all. */
const CONDITION_STRINGS = ["status", "reason", "message", "lastTransitionTime"] as const;

function conditionsProblems(at: Path, conditions: unknown): Problem[] {
  if (!present(conditions)) return [];
  if (!Array.isArray(conditions))
    return [problem(joinPath(at), `must be a list, not ${typeName(conditions)}`)];
  return conditions.flatMap((c: unknown, i): Problem[] => {
    const here = [...at, i];
    if (!isRecord(c)) return [mustBeObject(here, c)];
    const problems: Problem[] = [];
    if (typeof c.type !== "string")
      problems.push(problem(joinPath([...here, "type"]), `must be a string, not ${typeName(c.type)}`));
    for (const field of CONDITION_STRINGS)
      if (present(c[field]) && typeof c[field] !== "string")
        problems.push(problem(joinPath([...here, field]), `must be a string, not ${typeName(c[field])}`));
    if (present(c.observedGeneration) && typeof c.observedGeneration !== "number")
      problems.push(
        problem(
          joinPath([...here, "observedGeneration"]),
          `must be a number, not ${typeName(c.observedGeneration)}`,
        ),
      );
    return problems;
  });
}

/**
 * A provider-kubernetes Object, and the manifest it read back once it has one. An
 * observer whose manifest is of another kind is not malformed: it is an Object still
 * observing what an earlier release of the function asked for, and is simply not used.
 */
function remoteObjectProblems(at: Path, object: unknown, ref: PublishedRef | undefined): Problem[] {
  const problems = objectProblems(at, object);
  if (problems.length > 0 || !isRecord(object) || !isRecord(object.status)) return problems;
  const atProvider = object.status.atProvider;
  if (!present(atProvider)) return [];
  if (!isRecord(atProvider)) return [mustBeObject([...at, "status", "atProvider"], atProvider)];
  const manifest = atProvider.manifest;
  const manifestAt = [...at, "status", "atProvider", "manifest"];
  if (!present(manifest)) return [];
  if (!isRecord(manifest)) return [mustBeObject(manifestAt, manifest)];
  if (Object.keys(manifest).length === 0) return [];
  const found = objectProblems(manifestAt, manifest);
  if (found.length > 0 || !ref || !remoteKindsOf(ref).includes(manifest.kind as string)) return found;
  return ref.kind === "Secret" ? secretDataProblems(manifestAt, manifest.data) : [];
}

/** In-cluster: Crossplane found these by apiVersion, kind and name; anything else is not what was asked for. */
function requiredProblems(
  required: NonNullable<RunFunctionRequest["requiredResources"]>[string] | undefined,
  ref: PublishedRef,
): Problem[] {
  if (required === undefined) return [];
  const at = ["requiredResources", ref.key];
  if (!isRecord(required)) return [mustBeObject(at, required)];
  if (!present(required.items)) return [];
  if (!Array.isArray(required.items))
    return [problem(joinPath([...at, "items"]), `must be a list, not ${typeName(required.items)}`)];
  return required.items.flatMap((item: unknown, i): Problem[] => {
    const itemAt = [...at, "items", i];
    if (!isRecord(item)) return [mustBeObject(itemAt, item)];
    const resourceAt = [...itemAt, "resource"];
    const found = objectProblems(resourceAt, item.resource);
    if (found.length > 0 || !isRecord(item.resource)) return found;
    const { apiVersion, kind } = item.resource;
    if (apiVersion !== "v1" || kind !== ref.kind)
      return [
        problem(
          joinPath(resourceAt),
          `is a ${String(kind)} (${String(apiVersion)}), not the v1 ${ref.kind} ${ref.namespace}/${ref.name} that was required`,
        ),
      ];
    return ref.kind === "Secret" ? secretDataProblems(resourceAt, item.resource.data) : [];
  });
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A Secret's (or TenantSecret's) data: base64 text per key, as the API always serves it. */
function secretDataProblems(at: Path, data: unknown): Problem[] {
  const dataAt = [...at, "data"];
  if (!present(data)) return [];
  if (!isRecord(data)) return [mustBeObject(dataAt, data)];
  return Object.entries(data).flatMap(([key, value]) => {
    if (typeof value !== "string")
      return [problem(joinPath([...dataAt, key]), `must be base64 text, not ${typeName(value)}`)];
    // Never quote the value: it is a secret.
    return BASE64.test(value) ? [] : [problem(joinPath([...dataAt, key]), "is not valid base64")];
  });
}
