import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { exampleName, exampleSpec } from "../../schemas/core/example.ts";
import { modernNames, XR_VERSION } from "./names.ts";
import type { GenerateOptions } from "./options.ts";
import type { Manifest } from "./xrd.ts";

/** The tenant namespace every example lives in, unless its kind installs only elsewhere. */
export { exampleName, exampleSpec };

export const EXAMPLE_NAMESPACE = "tenant-demo";

export function exampleNamespace(decl: KindDeclaration): string {
  return decl.onlyIn ?? EXAMPLE_NAMESPACE;
}

/** A v2 XR: the Cozystack kind in our group, its spec the platform spec. */
export function exampleXr(decl: KindDeclaration, opts: GenerateOptions): Manifest {
  return {
    apiVersion: `${opts.group}/${XR_VERSION}`,
    kind: modernNames(decl).kind,
    metadata: { name: exampleName(decl), namespace: exampleNamespace(decl) },
    spec: exampleSpec(decl),
  };
}

/** A claim of the legacy XR, asking for its connection details in a Secret next to it. */
export function exampleClaim(decl: KindDeclaration, opts: GenerateOptions): Manifest {
  const name = exampleName(decl);
  return {
    apiVersion: `${opts.legacyGroup}/${XR_VERSION}`,
    kind: decl.kind,
    metadata: { name, namespace: exampleNamespace(decl) },
    spec: { ...exampleSpec(decl), writeConnectionSecretToRef: { name: `${name}-connection` } },
  };
}
