import type { KubeObject } from "../support/kube.ts";
import type { StandInContext } from "./context.ts";
import { encodeData, isStatus, kubeMessage } from "./kube.ts";
import { controllerOf } from "./render.ts";
import { CONNECTION_SECRET_TYPE, type OwnerReference } from "./types.ts";

/**
 * Publishes connection details to a Secret the way crossplane-runtime's secret publisher
 * does for legacy XRs and claims: created with a controller reference to its owner and type
 * `connection.crossplane.io/v1alpha1` when absent, otherwise merge-patched when any value
 * differs, so keys are added and changed but never removed. Returns whether it wrote.
 */
export async function publishConnection(
  ctx: StandInContext,
  owner: KubeObject,
  ref: { namespace: string; name: string },
  data: Record<string, Buffer | Uint8Array>,
): Promise<boolean> {
  const path = `/api/v1/namespaces/${ref.namespace}/secrets/${ref.name}`;
  const encoded = encodeData(data);
  const current = await ctx.client.getOrUndefined(path);
  if (!current) {
    const controller: OwnerReference = {
      apiVersion: owner.apiVersion!,
      kind: owner.kind!,
      name: owner.metadata.name,
      uid: owner.metadata.uid!,
      controller: true,
      blockOwnerDeletion: true,
    };
    try {
      await ctx.client.create(
        `/api/v1/namespaces/${ref.namespace}/secrets`,
        {
          apiVersion: "v1",
          kind: "Secret",
          type: CONNECTION_SECRET_TYPE,
          metadata: { name: ref.name, namespace: ref.namespace, ownerReferences: [controller] },
          data: encoded,
        },
        "crossplane",
      );
    } catch (error) {
      // Someone created it meanwhile: the next reconcile patches it.
      if (isStatus(error, 409)) return false;
      throw new Error(`cannot create connection secret: ${kubeMessage(error)}`, { cause: error });
    }
    return true;
  }
  const controller = controllerOf(current);
  if (controller && controller.uid !== owner.metadata.uid)
    throw new Error(`existing secret is not controlled by UID "${owner.metadata.uid}"`);
  const existing = (current.data as Record<string, string> | undefined) ?? {};
  if (Object.entries(encoded).every(([k, v]) => existing[k] === v)) return false;
  await ctx.client.mergePatch(path, { data: encoded });
  return true;
}
