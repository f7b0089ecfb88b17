import type { KindDeclaration } from "../../schemas/core/kind.ts";

/**
 * Names of everything generated for one kind, in one place so XRDs, Compositions,
 * examples and tests agree. v2 XRs take the Cozystack kind's own names; legacy XRs
 * are `X<Kind>` and their claims take the Cozystack names, in a separate group.
 */
export const XR_VERSION = "v1alpha1";
export const FUNCTION_NAME = "function-cozystack";
export const STEP_NAME = "cozystack";
export const TARGET_LABEL = "cozystack-iac.dev/target";
export const KIND_LABEL = "cozystack-iac.dev/kind";
export const CATEGORY = "cozystack";

export type Target = "in-cluster" | "remote";
export const TARGETS: readonly Target[] = ["in-cluster", "remote"];

export interface XrNames {
  kind: string;
  plural: string;
  singular: string;
}

export function modernNames(decl: KindDeclaration): XrNames {
  return { kind: decl.kind, plural: decl.plural, singular: decl.singular };
}

export function legacyNames(decl: KindDeclaration): XrNames {
  return { kind: `X${decl.kind}`, plural: `x${decl.plural}`, singular: `x${decl.singular}` };
}

/** Composition names are cluster-wide: `<plural>-<target>`, with `x<plural>` for legacy XRs. */
export function compositionName(names: XrNames, target: Target): string {
  return `${names.plural}-${target}`;
}

export function xrdName(names: XrNames, group: string): string {
  return `${names.plural}.${group}`;
}
