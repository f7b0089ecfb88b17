import type { KubeObject } from "../support/kube.ts";
import { composedName, nameProblem } from "./names.ts";
import type { TargetedEvent } from "./pipeline.ts";
import {
  ANNOTATION_RESOURCE_NAME,
  LABEL_CLAIM_NAME,
  LABEL_CLAIM_NAMESPACE,
  LABEL_COMPOSITE,
  type OwnerReference,
  type ResourceRef,
} from "./types.ts";

/**
 * What core does to a desired composed resource before applying it (crossplane-core.md §3):
 * keep an observed resource's name and namespace, force a namespaced XR's namespace, add the
 * composite and claim labels, the composition-resource-name annotation and a controller
 * reference to the XR, and give an unnamed resource its deterministic name. Pure.
 */
export interface Rendered {
  object: KubeObject;
  events: TargetedEvent[];
}

export interface RenderInput {
  xr: KubeObject;
  key: string;
  desired: Record<string, unknown>;
  observed?: KubeObject;
  /** Whether the desired kind is namespaced, from discovery. */
  namespacedKind: boolean;
}

export function controllerOf(object: KubeObject): OwnerReference | undefined {
  return (object.metadata.ownerReferences as OwnerReference[] | undefined)?.find(
    (r) => r.controller === true,
  );
}

export function renderComposed({
  xr,
  key,
  desired,
  observed,
  namespacedKind,
}: RenderInput): Rendered | string {
  const object = structuredClone(desired) as KubeObject;
  object.metadata = {
    ...((object.metadata as KubeObject["metadata"] | undefined) ?? {}),
  } as KubeObject["metadata"];
  const meta = object.metadata as KubeObject["metadata"] & { generateName?: string };
  const events: TargetedEvent[] = [];
  if (observed) {
    meta.name = observed.metadata.name;
    if (observed.metadata.namespace) meta.namespace = observed.metadata.namespace;
    const generateName = (observed.metadata as { generateName?: string }).generateName;
    if (generateName) meta.generateName = generateName;
  }
  const xrNamespace = xr.metadata.namespace;
  if (xrNamespace) {
    if (!namespacedKind)
      return `cannot render composed resource "${key}": a namespaced composite resource cannot compose the cluster scoped ${object.kind}`;
    if (meta.namespace && meta.namespace !== xrNamespace)
      events.push({
        type: "Warning",
        reason: "NamespaceOverridden",
        message: `composed resource "${key}" asked for namespace "${meta.namespace}"; a namespaced XR composes only into its own namespace "${xrNamespace}"`,
        target: "Composite",
      });
    meta.namespace = xrNamespace;
  }

  const compositeLabel = xr.metadata.labels?.[LABEL_COMPOSITE] ?? xr.metadata.name;
  if (!meta.name && !meta.generateName) meta.generateName = `${compositeLabel}-`;
  meta.annotations = { ...(meta.annotations ?? {}), [ANNOTATION_RESOURCE_NAME]: key };
  meta.labels = { ...(meta.labels ?? {}), [LABEL_COMPOSITE]: compositeLabel };
  const claimName = xr.metadata.labels?.[LABEL_CLAIM_NAME];
  const claimNamespace = xr.metadata.labels?.[LABEL_CLAIM_NAMESPACE];
  if (claimName && claimNamespace) {
    meta.labels[LABEL_CLAIM_NAME] = claimName;
    meta.labels[LABEL_CLAIM_NAMESPACE] = claimNamespace;
  }

  const refs = [...((meta.ownerReferences as OwnerReference[] | undefined) ?? [])];
  const other = refs.find((r) => r.controller === true && r.uid !== xr.metadata.uid);
  if (other)
    return `cannot render composed resource "${key}": it is already controlled by ${other.kind} ${other.name} (UID ${other.uid})`;
  const own: OwnerReference = {
    apiVersion: xr.apiVersion!,
    kind: xr.kind!,
    name: xr.metadata.name,
    uid: xr.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
  meta.ownerReferences = [...refs.filter((r) => r.uid !== xr.metadata.uid), own];

  if (!meta.name) meta.name = composedName(meta.generateName!, xr.metadata.uid!, key);
  const problem = nameProblem(meta.name);
  if (problem) return `cannot render composed resource "${key}": invalid name "${meta.name}": ${problem}`;
  return { object, events };
}

/**
 * Observed resources that are no longer desired and may be deleted: only what the XR's
 * references name and the XR controls. Another controller is an error, never a deletion.
 */
export function garbage(
  xrUid: string,
  observed: ReadonlyMap<string, KubeObject>,
  desiredKeys: ReadonlySet<string>,
): { delete: Array<{ key: string; object: KubeObject }> } | { error: string } {
  const out: Array<{ key: string; object: KubeObject }> = [];
  for (const [key, object] of observed) {
    if (desiredKeys.has(key)) continue;
    const controller = controllerOf(object);
    if (controller && controller.uid !== xrUid)
      return {
        error: `refusing to delete composed resource "${key}" that is controlled by ${controller.kind} "${controller.name}"`,
      };
    out.push({ key, object });
  }
  return { delete: out };
}

/** The XR's resource references: every desired composed resource, sorted; no namespace for a namespaced XR. */
export function resourceRefs(objects: readonly KubeObject[], namespacedXr: boolean): ResourceRef[] {
  return objects
    .map((o) => ({
      apiVersion: o.apiVersion!,
      kind: o.kind!,
      name: o.metadata.name,
      ...(!namespacedXr && o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
    }))
    .sort((a, b) =>
      `${a.apiVersion}/${a.kind}/${a.namespace ?? ""}/${a.name}`.localeCompare(
        `${b.apiVersion}/${b.kind}/${b.namespace ?? ""}/${b.name}`,
      ),
    );
}
