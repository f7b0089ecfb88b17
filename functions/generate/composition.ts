import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { INPUT_API_VERSION, INPUT_KIND, inputSchema } from "../cozystack/input.ts";
import {
  compositionName,
  FUNCTION_NAME,
  KIND_LABEL,
  legacyNames,
  modernNames,
  STEP_NAME,
  TARGET_LABEL,
  XR_VERSION,
  type Target,
} from "./names.ts";
import { GenerateError, type GenerateOptions } from "./options.ts";
import type { Manifest } from "./xrd.ts";

export type Api = "modern" | "legacy";

/** The step input of one Composition, as the function's typed input reads it. */
export function compositionInput(
  decl: KindDeclaration,
  target: Target,
  api: Api,
  opts: GenerateOptions,
): Record<string, unknown> {
  const remote = {
    type: "Remote",
    // Legacy XRs compose cluster-scoped kubernetes.crossplane.io Objects, which name a
    // cluster-scoped ProviderConfig by name alone; the kind only matters to namespaced ones.
    providerConfigRef: api === "modern" ? { ...opts.providerConfig } : { name: opts.providerConfig.name },
  };
  return {
    apiVersion: INPUT_API_VERSION,
    kind: INPUT_KIND,
    platformKind: decl.kind,
    target: target === "in-cluster" ? { type: "InCluster" } : remote,
  };
}

/** Refuse an input the function would answer with a FATAL result, naming the field. */
export function checkInput(where: string, input: unknown): void {
  const parsed = inputSchema.safeParse(input);
  if (parsed.success) return;
  const problems = parsed.error.issues.map((i) => `${["input", ...i.path].join(".")}: ${i.message}`);
  throw new GenerateError(`${where}: ${problems.join("; ")}`);
}

/**
 * A Pipeline Composition with one step that calls function-cozystack. Labelled with
 * its target, so an XR can pick one with `compositionSelector.matchLabels`.
 */
export function composition(
  decl: KindDeclaration,
  target: Target,
  api: Api,
  opts: GenerateOptions,
): Manifest {
  const names = api === "modern" ? modernNames(decl) : legacyNames(decl);
  const group = api === "modern" ? opts.group : opts.legacyGroup;
  const name = compositionName(names, target);
  const input = compositionInput(decl, target, api, opts);
  checkInput(`Composition ${name}`, input);
  return {
    apiVersion: "apiextensions.crossplane.io/v1",
    kind: "Composition",
    metadata: { name, labels: { [TARGET_LABEL]: target, [KIND_LABEL]: decl.kind } },
    spec: {
      compositeTypeRef: { apiVersion: `${group}/${XR_VERSION}`, kind: names.kind },
      mode: "Pipeline",
      // Legacy XRs publish connection details to a Secret Crossplane names after the
      // XR's UID in this namespace; claims then copy it to their own namespace.
      ...(api === "legacy" ? { writeConnectionSecretsToNamespace: opts.connectionSecretsNamespace } : {}),
      pipeline: [{ step: STEP_NAME, functionRef: { name: FUNCTION_NAME }, input }],
    },
  };
}
