import { resourcePath, type KubeObject } from "../support/kube.ts";
import { reconcileError, reconcileSuccess, type NewCondition } from "./conditions.ts";
import { splitKey, type CompositeReconciler } from "./composite.ts";
import type { StandInContext } from "./context.ts";
import { isStatus, kubeMessage, secretData } from "./kube.ts";
import { publishConnection } from "./publish.ts";
import type { Outcome } from "./queue.ts";
import { conditionsOf, writeConditions } from "./status.ts";
import { FINALIZER_CLAIM, LABEL_CLAIM_NAME, LABEL_CLAIM_NAMESPACE, type Condition } from "./types.ts";

export interface ClaimKindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
}

const FIELD_OWNER_CLAIM = "apiextensions.crossplane.io/claim";
/** Claim fields that configure the binding itself and never reach the XR's spec. */
const CLAIM_ONLY = ["resourceRef", "writeConnectionSecretToRef", "compositeDeletePolicy"];
/** Status fields that are the claim's own machinery, not copied from the XR. */
const MACHINERY_STATUS = ["conditions", "connectionDetails", "claimConditionTypes"];

interface ClaimSpec {
  resourceRef?: { apiVersion: string; kind: string; name: string };
  writeConnectionSecretToRef?: { name: string };
  compositeDeletePolicy?: "Background" | "Foreground";
  compositionRef?: { name: string };
  [key: string]: unknown;
}

/**
 * A minimal claim binding for legacy XRDs: the claim's spec is server-side applied to an XR
 * named `<claim>-<5 random characters>` with a claimRef and the claim labels; the XR's status,
 * its Ready condition and the conditions it marks for the claim come back to the claim; the
 * XR's connection Secret (kept in the stand-in's namespace) is copied into the claim's
 * namespace. Deleting the claim deletes the XR (Background, or Foreground and wait).
 */
export class ClaimReconciler {
  readonly info: ClaimKindInfo;
  private readonly composite: CompositeReconciler;
  private readonly ctx: StandInContext;

  constructor(info: ClaimKindInfo, composite: CompositeReconciler, ctx: StandInContext) {
    this.info = info;
    this.composite = composite;
    this.ctx = ctx;
  }

  path(namespace?: string, name?: string): string {
    return resourcePath(this.info.group, this.info.version, this.info.plural, namespace, name);
  }

  async reconcile(key: string): Promise<Outcome> {
    const [namespace, name] = splitKey(key);
    const path = this.path(namespace, name);
    const found = await this.ctx.client.getOrUndefined(path);
    if (!found) return {};
    let claim: KubeObject = found;
    const spec = (claim.spec ?? {}) as ClaimSpec;
    if (claim.metadata.deletionTimestamp) return this.release(path, claim, spec);

    const xrName = spec.resourceRef?.name ?? `${claim.metadata.name}-${randomSuffix(this.ctx.random)}`;
    if (!claim.metadata.finalizers?.includes(FINALIZER_CLAIM) || !spec.resourceRef) {
      // The reference is written before the XR exists, so a crash never leaks an XR.
      const updated = await this.update(path, claim, (o) => {
        o.metadata.finalizers = [...new Set([...(o.metadata.finalizers ?? []), FINALIZER_CLAIM])];
        (o.spec as ClaimSpec).resourceRef = {
          apiVersion: this.composite.apiVersion,
          kind: this.composite.info.kind,
          name: xrName,
        };
      });
      if (updated === "conflict") return { requeueAfterMs: 0 };
      claim = updated;
    }

    const existing = await this.ctx.client.getOrUndefined(this.composite.path(undefined, xrName));
    const boundTo = (existing?.spec as { claimRef?: { namespace?: string; name?: string } } | undefined)
      ?.claimRef;
    if (existing && boundTo && (boundTo.namespace !== namespace || boundTo.name !== name))
      return this.fail(
        path,
        claim,
        `cannot bind composite resource: ${xrName} is already bound to claim ${boundTo.namespace}/${boundTo.name}`,
      );

    let xr: KubeObject;
    try {
      xr = await this.ctx.client.apply(
        this.composite.path(undefined, xrName),
        this.desiredXr(claim, spec, xrName),
        FIELD_OWNER_CLAIM,
      );
    } catch (error) {
      return this.fail(path, claim, `cannot apply composite resource: ${kubeMessage(error)}`);
    }

    const xrCompositionRef = (xr.spec as ClaimSpec).compositionRef;
    if (xrCompositionRef && spec.compositionRef?.name !== xrCompositionRef.name) {
      const updated = await this.update(path, claim, (o) => {
        (o.spec as ClaimSpec).compositionRef = { name: xrCompositionRef.name };
      });
      if (updated === "conflict") return { requeueAfterMs: 0 };
      claim = updated;
    }

    const extra: Record<string, unknown> = {};
    const published = await this.propagateSecret(claim, spec, xr);
    if (typeof published === "string") return this.fail(path, claim, published);
    if (published) extra.connectionDetails = { lastPublishedTime: this.ctx.now().toISOString() };

    try {
      claim = await this.ctx.client.apply(
        path,
        {
          apiVersion: claim.apiVersion,
          kind: claim.kind,
          metadata: { name: claim.metadata.name, namespace: claim.metadata.namespace },
          status: copiedStatus(xr),
        },
        FIELD_OWNER_CLAIM,
        "/status",
      );
    } catch (error) {
      return this.fail(path, claim, `cannot update claim status: ${kubeMessage(error)}`);
    }
    await writeConditions(this.ctx, path, claim, [reconcileSuccess(), ...conditionsForClaim(xr)], extra);
    return {};
  }

  private desiredXr(claim: KubeObject, spec: ClaimSpec, name: string): KubeObject {
    const xrSpec: Record<string, unknown> = Object.fromEntries(
      Object.entries(spec).filter(([k]) => !CLAIM_ONLY.includes(k)),
    );
    xrSpec.claimRef = {
      apiVersion: claim.apiVersion,
      kind: claim.kind,
      namespace: claim.metadata.namespace,
      name: claim.metadata.name,
    };
    if (spec.writeConnectionSecretToRef)
      xrSpec.writeConnectionSecretToRef = { name: claim.metadata.uid, namespace: this.ctx.namespace };
    const annotations = { ...(claim.metadata.annotations ?? {}) };
    delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
    return {
      apiVersion: this.composite.apiVersion,
      kind: this.composite.info.kind,
      metadata: {
        name,
        labels: {
          ...(claim.metadata.labels ?? {}),
          [LABEL_CLAIM_NAME]: claim.metadata.name,
          [LABEL_CLAIM_NAMESPACE]: claim.metadata.namespace!,
        },
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: xrSpec,
    };
  }

  /** The XR's connection Secret, copied additively into the claim's namespace. */
  private async propagateSecret(
    claim: KubeObject,
    spec: ClaimSpec,
    xr: KubeObject,
  ): Promise<boolean | string> {
    const to = spec.writeConnectionSecretToRef;
    const from = (xr.spec as { writeConnectionSecretToRef?: { name: string; namespace: string } })
      .writeConnectionSecretToRef;
    if (!to?.name || !from) return false;
    const source = await this.ctx.client.getOrUndefined(
      `/api/v1/namespaces/${from.namespace}/secrets/${from.name}`,
    );
    if (!source) return false;
    try {
      return await publishConnection(
        this.ctx,
        claim,
        { namespace: claim.metadata.namespace!, name: to.name },
        secretData(source),
      );
    } catch (error) {
      return `cannot propagate connection details from composite: ${kubeMessage(error)}`;
    }
  }

  /** Deleting the claim deletes its XR: in the background, or in the foreground and wait for it to go. */
  private async release(path: string, claim: KubeObject, spec: ClaimSpec): Promise<Outcome> {
    if (spec.resourceRef) {
      const xrPath = this.composite.path(undefined, spec.resourceRef.name);
      const xr = await this.ctx.client.getOrUndefined(xrPath);
      const foreground = spec.compositeDeletePolicy === "Foreground";
      if (xr && !xr.metadata.deletionTimestamp)
        await this.ctx.client.request("DELETE", xrPath, {
          apiVersion: "v1",
          kind: "DeleteOptions",
          propagationPolicy: foreground ? "Foreground" : "Background",
        });
      if (xr && foreground) return { requeueAfterMs: 500 };
    }
    if (claim.metadata.finalizers?.includes(FINALIZER_CLAIM)) {
      const updated = await this.update(path, claim, (o) => {
        o.metadata.finalizers = o.metadata.finalizers!.filter((f) => f !== FINALIZER_CLAIM);
      });
      if (updated === "conflict") return { requeueAfterMs: 0 };
    }
    return {};
  }

  private async fail(path: string, claim: KubeObject, message: string): Promise<Outcome> {
    await this.ctx.events.record(claim, { type: "Warning", reason: "BindCompositeResource", message });
    await writeConditions(this.ctx, path, claim, [reconcileError(message)]);
    return { error: message };
  }

  private async update(
    path: string,
    object: KubeObject,
    mutate: (o: KubeObject) => void,
  ): Promise<KubeObject | "conflict"> {
    const copy = structuredClone(object);
    copy.spec ??= {};
    mutate(copy);
    try {
      return await this.ctx.client.replace(path, copy, "crossplane");
    } catch (error) {
      if (isStatus(error, 409)) return "conflict";
      throw error;
    }
  }
}

function copiedStatus(xr: KubeObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries((xr.status as Record<string, unknown> | undefined) ?? {}).filter(
      ([k]) => !MACHINERY_STATUS.includes(k),
    ),
  );
}

/** The XR's Ready condition, and the conditions a function targeted at the claim. */
function conditionsForClaim(xr: KubeObject): NewCondition[] {
  const types = new Set([
    "Ready",
    ...((xr.status as { claimConditionTypes?: string[] } | undefined)?.claimConditionTypes ?? []),
  ]);
  return conditionsOf(xr)
    .filter((c) => types.has(c.type))
    .map(({ lastTransitionTime: _time, ...rest }: Condition) => rest);
}

function randomSuffix(random: () => number): string {
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  return Array.from({ length: 5 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
}
