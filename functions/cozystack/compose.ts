import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { formatPath } from "../../schemas/core/paths.ts";
import { nodeAt } from "../../schemas/core/walk.ts";
import { buildDefaultedPlatformObject, type PlatformObject } from "../../schemas/core/platform-object.ts";
import type { Problem as ModelProblem } from "../../schemas/core/validate.ts";
import type { Input } from "./input.ts";
import type { Composite } from "./request.ts";
import { decoded, failed, problem, type Decoded, type Problem } from "./results.ts";

/**
 * The platform object an XR stands for: where it goes, and its full spec. The
 * object comes from the model's own builder, the one the provider uses, so a spec
 * gives the same object whichever tool declared it.
 */

/** Name and namespace of the platform object, with the field each was taken from. */
export interface Placement {
  name: string;
  namespace: string;
  /** Where a problem with the name is reported: the field the user set it in. */
  namePath: string;
  namespacePath: string;
}

export function placePlatformObject(decl: KindDeclaration, input: Input, xr: Composite): Decoded<Placement> {
  const name: [string, string] = input.overrides?.name
    ? [input.overrides.name, "input.overrides.name"]
    : xr.claim
      ? [xr.claim.name, "spec.claimRef.name"]
      : [xr.name, "metadata.name"];
  const namespace = namespaceOf(decl, input, xr);
  if (!namespace.ok) return namespace;
  const [ns, namespacePath] = namespace.value;
  return decoded({ name: name[0], namePath: name[1], namespace: ns, namespacePath });
}

function namespaceOf(decl: KindDeclaration, input: Input, xr: Composite): Decoded<[string, string]> {
  if (input.target.type === "Remote" && input.target.namespace)
    return decoded([input.target.namespace, "input.target.namespace"]);
  // Crossplane puts whatever a namespaced XR composes into the XR's own namespace.
  if (xr.namespace) return decoded([xr.namespace, "metadata.namespace"]);
  if (xr.claim) return decoded([xr.claim.namespace, "spec.claimRef.namespace"]);
  // A kind that only installs in one namespace needs no one to name it.
  if (decl.onlyIn !== undefined) return decoded([decl.onlyIn, "input.platformKind"]);
  return input.target.type === "Remote"
    ? failed(problem("input.target.namespace", "is required for a legacy XR without a claim"))
    : failed(
        problem(
          "spec.claimRef",
          "is required in-cluster: a legacy XR without a claim has no tenant namespace (create it through a claim)",
        ),
      );
}

export interface ComposeOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/**
 * Validate the spec with the kind's rules, build the object as the provider does,
 * then fill in every default: Crossplane writes with server-side apply, which the
 * real API never turns into a removal, so a dropped field must come back explicitly
 * as its default. The spec is parsed once: validation yields the defaulted form.
 */
export function composePlatformObject(
  decl: KindDeclaration,
  placement: Placement,
  spec: Record<string, unknown>,
  options: ComposeOptions = {},
): Decoded<PlatformObject> {
  const built = buildDefaultedPlatformObject(decl, {
    name: placement.name,
    namespace: placement.namespace,
    spec,
    ...(options.labels ? { labels: options.labels } : {}),
    ...(options.annotations ? { annotations: options.annotations } : {}),
  });
  if (!built.ok) return failed(...built.problems.map((p) => locate(decl, placement, p)));
  return decoded({ ...built.object, spec: built.defaultedSpec });
}

/** A model problem at the field the user wrote: the XR's spec, or wherever the name came from. */
function locate(decl: KindDeclaration, placement: Placement, p: ModelProblem): Problem {
  const [head, ...rest] = p.path;
  if (head === "spec") return problem(specPath(decl, rest), p.message);
  if (head === "metadata" && rest[0] === "namespace") return problem(placement.namespacePath, p.message);
  if (head === "metadata") return problem(placement.namePath, p.message);
  return problem(p.path.join("."), p.message);
}

/**
 * The model's rendering of a spec path, except that a field name the model does not
 * know (an unknown field) is quoted when it is no plain name, so the path stays readable.
 */
function specPath(decl: KindDeclaration, path: ModelProblem["path"]): string {
  const last = path.at(-1);
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(decl.fields, parentPath);
  const plain = typeof last !== "string" || /^[A-Za-z_][A-Za-z0-9_-]*$/.test(last);
  if (plain || parent?.type !== "object") return formatPath(decl.fields, path, "spec");
  return `${formatPath(decl.fields, parentPath, "spec")}[${JSON.stringify(last)}]`;
}
