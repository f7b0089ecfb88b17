import type {
  Resources,
  ResourceSelector,
  Schema,
  SchemaSelector,
} from "@crossplane-org/function-sdk-typescript";
import type { KubeObject } from "../support/kube.ts";
import type { StandInContext } from "./context.ts";
import { isStatus, secretData } from "./kube.ts";
import { splitApiVersion } from "./names.ts";
import { controllerOf } from "./render.ts";
import { ANNOTATION_RESOURCE_NAME, type ResourceRef } from "./types.ts";

/**
 * Reads what core reads before calling functions: the composed resources the XR's
 * resourceRefs name (skipping deleted and foreign-controlled ones), their connection
 * Secrets, and whatever a function requires by name or by labels.
 */
export interface ObservedComposed {
  object: KubeObject;
  connectionDetails: Record<string, Buffer>;
}

export async function observeComposed(
  ctx: StandInContext,
  xr: KubeObject,
  refs: readonly ResourceRef[],
): Promise<Map<string, ObservedComposed> | string> {
  const out = new Map<string, ObservedComposed>();
  for (const ref of refs) {
    if (!ref.name) continue;
    const namespace = ref.namespace ?? xr.metadata.namespace;
    let object: KubeObject | undefined;
    try {
      object = await ctx.client.getOrUndefined(
        await ctx.mapper.path(ref.apiVersion, ref.kind, namespace, ref.name),
      );
    } catch (error) {
      return `cannot get existing composed resources: ${String(error)}`;
    }
    if (!object) continue;
    const controller = controllerOf(object);
    if (controller && controller.uid !== xr.metadata.uid) continue;
    const key = object.metadata.annotations?.[ANNOTATION_RESOURCE_NAME];
    if (!key)
      return `cannot get existing composed resources: encountered composed resource without required "${ANNOTATION_RESOURCE_NAME}" annotation`;
    const secretRef = (
      object.spec as { writeConnectionSecretToRef?: { name?: string; namespace?: string } } | undefined
    )?.writeConnectionSecretToRef;
    let connectionDetails: Record<string, Buffer> = {};
    if (secretRef?.name) {
      const ns = secretRef.namespace ?? object.metadata.namespace;
      connectionDetails = secretData(
        await ctx.client.getOrUndefined(`/api/v1/namespaces/${ns}/secrets/${secretRef.name}`),
      );
    }
    out.set(key, { object, connectionDetails });
  }
  return out;
}

/** A legacy XR's own connection Secret, as it is now. */
export async function compositeConnectionDetails(
  ctx: StandInContext,
  xr: KubeObject,
): Promise<Record<string, Buffer>> {
  const ref = (xr.spec as { writeConnectionSecretToRef?: { name?: string; namespace?: string } } | undefined)
    ?.writeConnectionSecretToRef;
  if (!ref?.name || !ref.namespace) return {};
  return secretData(
    await ctx.client.getOrUndefined(`/api/v1/namespaces/${ref.namespace}/secrets/${ref.name}`),
  );
}

/** Required resources: a Get by name (not found is undefined) or a List by labels, sorted by namespace/name. */
export async function fetchRequiredResources(
  ctx: StandInContext,
  selector: ResourceSelector,
): Promise<Resources | undefined> {
  const wrap = (objects: KubeObject[]): Resources => ({
    items: objects.map((resource) => ({ resource, connectionDetails: {}, ready: 0 })),
  });
  if (selector.matchName !== undefined) {
    const path = await ctx.mapper.path(
      selector.apiVersion,
      selector.kind,
      selector.namespace,
      selector.matchName,
    );
    const object = await ctx.client.getOrUndefined(path);
    return object ? wrap([object]) : undefined;
  }
  const labels = Object.entries(selector.matchLabels?.labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  const collection = await ctx.mapper.path(selector.apiVersion, selector.kind, selector.namespace);
  const list = await ctx.client.list(
    labels ? `${collection}?labelSelector=${encodeURIComponent(labels)}` : collection,
  );
  const key = (o: KubeObject) => `${o.metadata.namespace ?? ""}/${o.metadata.name}`;
  return wrap(
    list.items
      .map((o) => ({ ...o, apiVersion: selector.apiVersion, kind: selector.kind }))
      .sort((a, b) => key(a).localeCompare(key(b))),
  );
}

/** A kind's OpenAPI v3 schema from the apiserver's /openapi/v3 document for its group version. */
export async function fetchRequiredSchema(
  ctx: StandInContext,
  selector: SchemaSelector,
): Promise<Schema | undefined> {
  const { group, version } = splitApiVersion(selector.apiVersion);
  const path = group === "" ? `/openapi/v3/api/${version}` : `/openapi/v3/apis/${group}/${version}`;
  try {
    const doc = await ctx.client.get<{ components?: { schemas?: Record<string, Record<string, unknown>> } }>(
      path,
    );
    for (const schema of Object.values(doc.components?.schemas ?? {})) {
      const gvks = schema["x-kubernetes-group-version-kind"] as
        Array<{ group: string; version: string; kind: string }> | undefined;
      if (gvks?.some((g) => g.group === group && g.version === version && g.kind === selector.kind))
        return { openapiV3: schema };
    }
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
  return undefined;
}
