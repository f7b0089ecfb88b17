import { createHash } from "node:crypto";
import { canonicalJson } from "../../schemas/core/canonical-json.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import { childNode } from "../../schemas/core/walk.ts";
import type { KubeObject } from "./kube/client.ts";

/**
 * Proof that this provider created an object from one declaration, so that an apply
 * whose state was lost (the process killed after the create, before state was saved)
 * can adopt what it made, and only that. The real API keeps annotations but no
 * managedFields (cozystack-api.md §0), so the proof is an annotation written at create.
 * Its value is a digest of what the declaration says (kind, namespace, name, spec):
 * the same declaration applied again computes the same value; an object made by
 * anyone else carries none, and one made from another spec carries another.
 */
export const OWNERSHIP_ANNOTATION = "cozystack-iac.dev/created-from";

/** What the digest stands in for a secret: a digest of a password would let anyone who reads the object test guesses. */
const REDACTED = "(sensitive)";

/** The annotation value for the object a declaration builds. */
export function ownershipValue(decl: KindDeclaration, object: PlatformObject): string {
  const declared = {
    apiVersion: object.apiVersion,
    kind: object.kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    spec: redactSecrets(decl.fields, object.spec),
  };
  return `sha256:${createHash("sha256").update(canonicalJson(declared)).digest("hex")}`;
}

/** The object to create: the declaration's object, carrying the proof next to the user's own annotations. */
export function withOwnership(decl: KindDeclaration, object: PlatformObject): PlatformObject {
  const annotations = {
    ...object.metadata.annotations,
    [OWNERSHIP_ANNOTATION]: ownershipValue(decl, object),
  };
  return { ...object, metadata: { ...object.metadata, annotations } };
}

export type Ownership = { owned: true } | { owned: false; reason: "no-proof" | "other-declaration" };

/** Whether an existing object is the one this declaration created, and if not, why. */
export function ownershipOf(decl: KindDeclaration, existing: KubeObject, desired: PlatformObject): Ownership {
  const proof = existing.metadata.annotations?.[OWNERSHIP_ANNOTATION];
  if (proof === undefined) return { owned: false, reason: "no-proof" };
  if (proof !== ownershipValue(decl, desired)) return { owned: false, reason: "other-declaration" };
  return { owned: true };
}

/** Why an existing object was not adopted, as the refusal says it. */
export function whyNotOwned(reason: Extract<Ownership, { owned: false }>["reason"]): string {
  switch (reason) {
    case "no-proof":
      return `it has no ${OWNERSHIP_ANNOTATION} annotation, so this provider did not create it (kubectl, the dashboard or another tool did)`;
    case "other-declaration":
      return `its ${OWNERSHIP_ANNOTATION} annotation records another declaration (a different spec, or this configuration as it was before a change), so it is not taken for this one`;
  }
}

/** The spec with every value the model marks sensitive replaced by a marker (its presence still counts). */
export function redactSecrets(node: FieldNode | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (node?.sensitive) return REDACTED;
  if (Array.isArray(value)) return value.map((item, i) => redactSecrets(childNode(node, i), item));
  if (typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactSecrets(childNode(node, key), item)]),
    );
  return value;
}
