import type { z } from "zod";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import { composableKinds, inputSchema, type Input } from "./input.ts";
import { decoded, failed, joinPath, problem, type Decoded, type Problem } from "./results.ts";

/**
 * Reading a RunFunctionRequest: the step input and the observed XR, checked and
 * turned into typed values. Every problem names the field it was found at.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The step input, or one problem per wrong field, each as `input.<path>`. */
export function decodeInput(raw: unknown): Decoded<Input> {
  const parsed = inputSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return decoded(parsed.data);
  return failed(...parsed.error.issues.flatMap(inputProblems));
}

function inputProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  const at = (segments: ReadonlyArray<string | number>) => joinPath(["input", ...segments]);
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => problem(at([...path, key]), "unknown field"));
  if (issue.code === "invalid_type" && issue.input === undefined)
    return [problem(at(path), `is required (${issue.expected})`)];
  if (path.join(".") === "platformKind") return [problem(at(path), platformKindMessage(issue))];
  return [problem(at(path), issue.message)];
}

function platformKindMessage(issue: z.core.$ZodIssue): string {
  const given = "input" in issue ? issue.input : undefined;
  const managed = (kinds as readonly KindDeclaration[]).find((k) => k.kind === given && k.managedBy);
  if (managed)
    return `${managed.kind} is managed by the platform (${managed.managedBy}) and is never composed`;
  return `must be one of ${composableKinds.map((k) => k.kind).join(", ")}`;
}

/** The Crossplane fields of a legacy XR, directly under spec; a modern XR keeps them in spec.crossplane. */
const LEGACY_CROSSPLANE_FIELDS = [
  "compositionRef",
  "compositionSelector",
  "compositionRevisionRef",
  "compositionRevisionSelector",
  "compositionUpdatePolicy",
  "resourceRefs",
  "claimRef",
  "writeConnectionSecretToRef",
  // Crossplane 1.x with external secret stores enabled adds this one too.
  "publishConnectionDetailsTo",
] as const;

/** The observed XR, as far as the function needs it. */
export interface Composite {
  /** A v2 XR (spec.crossplane present, or namespaced); otherwise a legacy (LegacyCluster) XR. */
  modern: boolean;
  name: string;
  /** Always set for modern XRs, which are namespaced; never for legacy ones. */
  namespace?: string;
  /** The claim a legacy XR is bound to. */
  claim?: { name: string; namespace: string };
  /** The platform spec: the XR's spec without Crossplane's own fields. */
  spec: Record<string, unknown>;
  /** The XR's observed status, where the function keeps its bookkeeping. */
  status: Record<string, unknown>;
}

export function readComposite(raw: unknown): Decoded<Composite> {
  if (!isRecord(raw)) return failed(problem("observed.composite", "the request carries no XR"));
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  const name = metadata.name;
  if (typeof name !== "string" || name === "") return failed(problem("metadata.name", "is required"));
  const namespace = metadata.namespace;
  if (namespace !== undefined && typeof namespace !== "string")
    return failed(problem("metadata.namespace", "must be a string"));
  if (!isRecord(raw.spec)) return failed(problem("spec", "must be an object"));
  // Core always writes spec.crossplane on a v2 XR before calling functions, but
  // `crossplane render` passes the XR as the user wrote it; a legacy XR is never
  // namespaced, so a namespace alone also marks a v2 XR.
  const modern = raw.spec.crossplane !== undefined || (typeof namespace === "string" && namespace !== "");
  // v2 XRs of this function are namespaced: their connection Secret lives beside them.
  if (modern && !namespace)
    return failed(problem("metadata.namespace", "is required: function-cozystack serves namespaced v2 XRs"));
  const claim = modern ? decoded(undefined) : readClaimRef(raw.spec.claimRef);
  if (!claim.ok) return claim;
  const strip: readonly string[] = modern ? ["crossplane"] : LEGACY_CROSSPLANE_FIELDS;
  const spec = Object.fromEntries(Object.entries(raw.spec).filter(([key]) => !strip.includes(key)));
  return decoded({
    modern,
    name,
    ...(namespace ? { namespace } : {}),
    ...(claim.value ? { claim: claim.value } : {}),
    spec,
    status: isRecord(raw.status) ? raw.status : {},
  });
}

function readClaimRef(ref: unknown): Decoded<Composite["claim"]> {
  if (ref === undefined || ref === null) return decoded(undefined);
  if (!isRecord(ref)) return failed(problem("spec.claimRef", "must be an object"));
  for (const key of ["name", "namespace"] as const) {
    if (typeof ref[key] !== "string" || ref[key] === "")
      return failed(problem(`spec.claimRef.${key}`, "must be a non-empty string"));
  }
  return decoded({ name: ref.name as string, namespace: ref.namespace as string });
}
