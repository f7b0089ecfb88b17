import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { specSchema, type OpenAPISchema } from "../../schemas/derive/openapi.ts";
import {
  CATEGORY,
  compositionName,
  KIND_LABEL,
  legacyNames,
  modernNames,
  XR_VERSION,
  xrdName,
  type XrNames,
} from "./names.ts";
import { GenerateError, type GenerateOptions } from "./options.ts";
import { printerColumns, statusSchema } from "./status.ts";
import { connectionSecretKeys } from "./connection-keys.ts";

export type Manifest = Record<string, unknown>;

/**
 * Spec fields Crossplane adds to every XR (and claim) it generates a CRD for
 * (crossplane-core.md §1). A model field of the same name would be overwritten by
 * Crossplane's, so the platform would never see the user's value.
 */
const INJECTED_MODERN = ["crossplane"] as const;
const INJECTED_LEGACY = [
  "compositionRef",
  "compositionSelector",
  "compositionRevisionRef",
  "compositionRevisionSelector",
  "compositionUpdatePolicy",
  "resourceRefs",
  "claimRef",
  "writeConnectionSecretToRef",
  // The claim CRD's own additions.
  "compositeDeletePolicy",
  "resourceRef",
] as const;
/** Status fields Crossplane adds; ours are only `platform` and `outputs`, but say so if that changes. */
const INJECTED_STATUS = ["conditions", "connectionDetails", "claimConditionTypes"] as const;

/** Throws naming the kind and the field when the model uses a name Crossplane injects. */
export function checkInjectedNames(decl: KindDeclaration, spec: OpenAPISchema, status: OpenAPISchema): void {
  const problems: string[] = [];
  const specFields = Object.keys(spec.properties ?? {});
  for (const [api, names] of [
    ["v2", INJECTED_MODERN],
    ["legacy", INJECTED_LEGACY],
  ] as const) {
    for (const field of specFields.filter((f) => (names as readonly string[]).includes(f))) {
      problems.push(`spec.${field} is a field Crossplane adds to ${api} XRs`);
    }
  }
  for (const field of Object.keys(status.properties ?? {}).filter((f) =>
    (INJECTED_STATUS as readonly string[]).includes(f),
  )) {
    problems.push(`status.${field} is a field Crossplane adds to XRs`);
  }
  if (problems.length > 0) {
    throw new GenerateError(`${decl.kind}: ${problems.join("; ")}; rename the model field`);
  }
}

function xrSchema(decl: KindDeclaration): OpenAPISchema {
  const spec = specSchema(decl, { validations: true });
  const status = statusSchema(decl);
  checkInjectedNames(decl, spec, status);
  return {
    type: "object",
    description: `${decl.summary} Composed by function-cozystack into an ${decl.apiVersion} ${decl.kind}.`,
    required: ["spec"],
    properties: { spec, status },
  };
}

function version(decl: KindDeclaration): Manifest {
  return {
    name: XR_VERSION,
    served: true,
    referenceable: true,
    schema: { openAPIV3Schema: xrSchema(decl) },
    additionalPrinterColumns: printerColumns(decl),
  };
}

function names(n: XrNames): Manifest {
  return { kind: n.kind, plural: n.plural, singular: n.singular, categories: [CATEGORY] };
}

function metadata(decl: KindDeclaration, n: XrNames, group: string): Manifest {
  return { name: xrdName(n, group), labels: { [KIND_LABEL]: decl.kind } };
}

/** The v2 XRD: a namespaced XR named after the Cozystack kind, whose spec is the platform spec. */
export function modernXrd(decl: KindDeclaration, opts: GenerateOptions): Manifest {
  const n = modernNames(decl);
  return {
    apiVersion: "apiextensions.crossplane.io/v2",
    kind: "CompositeResourceDefinition",
    metadata: metadata(decl, n, opts.group),
    spec: {
      group: opts.group,
      scope: "Namespaced",
      names: names(n),
      defaultCompositionRef: { name: compositionName(n, "in-cluster") },
      versions: [version(decl)],
    },
  };
}

/**
 * The legacy XRD: cluster-scoped `X<Kind>` offered through a namespaced claim named
 * after the Cozystack kind. Claims and connection secret keys exist only in the v1
 * XRD API. `scope` is left out on purpose: v1 defaults it to LegacyCluster on
 * Crossplane v2, and Crossplane 1.20's v1 XRD has no such field, where a strict
 * `kubectl apply` would refuse it.
 */
export function legacyXrd(decl: KindDeclaration, opts: GenerateOptions): Manifest {
  const n = legacyNames(decl);
  const keys = connectionSecretKeys(decl);
  return {
    apiVersion: "apiextensions.crossplane.io/v1",
    kind: "CompositeResourceDefinition",
    metadata: metadata(decl, n, opts.legacyGroup),
    spec: {
      group: opts.legacyGroup,
      names: names(n),
      claimNames: names(modernNames(decl)),
      ...(keys ? { connectionSecretKeys: keys } : {}),
      defaultCompositionRef: { name: compositionName(n, "in-cluster") },
      versions: [version(decl)],
    },
  };
}
