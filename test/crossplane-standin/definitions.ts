import { setTimeout as sleep } from "node:timers/promises";
import type { KubeObject } from "../support/kube.ts";
import type { ClaimKindInfo } from "./claim.ts";
import type { StandInContext } from "./context.ts";
import { isStatus, kubeMessage } from "./kube.ts";
import type { Outcome } from "./queue.ts";
import { controllerOf } from "./render.ts";
import { writeConditions } from "./status.ts";
import { FINALIZER_DEFINED, FINALIZER_OFFERED, type Crd, type Xrd, type XrKindInfo } from "./types.ts";
import { claimCrd, compositeCrd, referenceableVersion, scopeOf } from "./xcrd.ts";

export const XRD_COLLECTION = "/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions";
const CRD_COLLECTION = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

/** Starts and stops the XR (and claim) controllers of one XRD. */
export interface ControllerHooks {
  start(xrd: Xrd, composite: XrKindInfo, claim?: ClaimKindInfo): void;
  stop(xrdName: string): void;
}

/**
 * Core's definition (and offered) controllers: for each XRD, write the XR CRD (and the claim
 * CRD), wait until the apiserver serves it, start watching its XRs, and report
 * `Established=True` (`Offered=True`). A deleted XRD takes its XRs, claims and CRDs with it.
 */
export class DefinitionReconciler {
  private readonly ctx: StandInContext;
  private readonly hooks: ControllerHooks;

  constructor(ctx: StandInContext, hooks: ControllerHooks) {
    this.ctx = ctx;
    this.hooks = hooks;
  }

  async reconcile(name: string): Promise<Outcome> {
    const path = `${XRD_COLLECTION}/${name}`;
    let xrd = await this.ctx.client.getOrUndefined<Xrd>(path);
    if (!xrd) {
      this.hooks.stop(name);
      return {};
    }
    if (xrd.metadata.deletionTimestamp) return this.remove(path, xrd);

    const offered = xrd.spec.claimNames !== undefined;
    const finalizers = [FINALIZER_DEFINED, ...(offered ? [FINALIZER_OFFERED] : [])];
    if (!finalizers.every((f) => xrd!.metadata.finalizers?.includes(f))) {
      try {
        xrd = await this.ctx.client.replace<Xrd>(
          path,
          {
            ...xrd,
            metadata: {
              ...xrd.metadata,
              finalizers: [...new Set([...(xrd.metadata.finalizers ?? []), ...finalizers])],
            },
          },
          "crossplane",
        );
      } catch (error) {
        if (isStatus(error, 409)) return { requeueAfterMs: 0 };
        throw error;
      }
    }

    const version = referenceableVersion(xrd);
    if (!version) return this.fail(xrd, "cannot find the referenceable version of the composite resource");
    const composite = compositeCrd(xrd);
    if (!composite.ok) return this.fail(xrd, composite.error);
    const claim = offered ? claimCrd(xrd) : undefined;
    if (claim && !claim.ok) return this.fail(xrd, claim.error);

    for (const crd of [composite.crd, ...(claim?.ok ? [claim.crd] : [])]) {
      const problem = await this.writeCrd(crd, xrd);
      if (problem) return this.fail(xrd, problem);
    }
    const names = [composite.crd.metadata.name, ...(claim?.ok ? [claim.crd.metadata.name] : [])];
    if (!(await this.established(names))) return { requeueAfterMs: 500 };

    const compositeInfo: XrKindInfo = {
      group: xrd.spec.group,
      version: version.name,
      kind: xrd.spec.names.kind,
      plural: xrd.spec.names.plural,
      scope: scopeOf(xrd),
      xrd,
    };
    const claimInfo: ClaimKindInfo | undefined = offered
      ? {
          group: xrd.spec.group,
          version: version.name,
          kind: xrd.spec.claimNames!.kind,
          plural: xrd.spec.claimNames!.plural,
        }
      : undefined;
    this.hooks.start(xrd, compositeInfo, claimInfo);

    const apiVersion = `${xrd.spec.group}/${version.name}`;
    await writeConditions(
      this.ctx,
      path,
      xrd,
      [
        { type: "Established", status: "True", reason: "WatchingCompositeResource" },
        ...(offered ? [{ type: "Offered", status: "True" as const, reason: "WatchingClaim" }] : []),
      ],
      {
        controllers: {
          compositeResourceType: { apiVersion, kind: xrd.spec.names.kind },
          ...(offered ? { compositeResourceClaimType: { apiVersion, kind: xrd.spec.claimNames!.kind } } : {}),
        },
      },
    );
    return {};
  }

  /** Get, then create or update; a CRD controlled by anything but this XRD is refused. */
  private async writeCrd(crd: Crd, xrd: Xrd): Promise<string | undefined> {
    const path = `${CRD_COLLECTION}/${crd.metadata.name}`;
    try {
      const current = await this.ctx.client.getOrUndefined(path);
      if (!current) {
        await this.ctx.client.create(CRD_COLLECTION, crd, "crossplane");
        return undefined;
      }
      const controller = controllerOf(current);
      if (controller && controller.uid !== xrd.metadata.uid)
        return `cannot apply rendered composite resource CustomResourceDefinition: existing object is not controlled by UID "${xrd.metadata.uid}"`;
      await this.ctx.client.replace(
        path,
        {
          ...crd,
          metadata: {
            ...current.metadata,
            ...crd.metadata,
            resourceVersion: current.metadata.resourceVersion,
          },
        },
        "crossplane",
      );
      return undefined;
    } catch (error) {
      return `cannot apply rendered composite resource CustomResourceDefinition: ${kubeMessage(error)}`;
    }
  }

  private async established(names: string[], timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const crds = await Promise.all(
        names.map((n) => this.ctx.client.getOrUndefined(`${CRD_COLLECTION}/${n}`)),
      );
      const ok = crds.every((crd) =>
        (
          crd?.status as { conditions?: Array<{ type: string; status: string }> } | undefined
        )?.conditions?.some((c) => c.type === "Established" && c.status === "True"),
      );
      if (ok) return true;
      await sleep(100);
    }
    return false;
  }

  /** Delete every claim and XR, wait for them to go, stop the controllers, delete the CRDs, drop the finalizers. */
  private async remove(path: string, xrd: Xrd): Promise<Outcome> {
    const version = referenceableVersion(xrd)?.name;
    const collections = [
      ...(xrd.spec.claimNames ? [`/apis/${xrd.spec.group}/${version}/${xrd.spec.claimNames.plural}`] : []),
      `/apis/${xrd.spec.group}/${version}/${xrd.spec.names.plural}`,
    ];
    for (const collection of collections) {
      const items = await this.listOrNone(collection);
      if (items.length === 0) continue;
      for (const item of items) {
        if (item.metadata.deletionTimestamp) continue;
        const ns = item.metadata.namespace;
        const at = ns ? collection.replace(/\/([^/]+)$/, `/namespaces/${ns}/$1`) : collection;
        await this.ctx.client.delete(`${at}/${item.metadata.name}`);
      }
      return { requeueAfterMs: 500 };
    }
    this.hooks.stop(xrd.metadata.name);
    await this.ctx.client.delete(`${CRD_COLLECTION}/${xrd.metadata.name}`);
    if (xrd.spec.claimNames)
      await this.ctx.client.delete(`${CRD_COLLECTION}/${xrd.spec.claimNames.plural}.${xrd.spec.group}`);
    try {
      await this.ctx.client.replace(
        path,
        {
          ...xrd,
          metadata: {
            ...xrd.metadata,
            finalizers: (xrd.metadata.finalizers ?? []).filter(
              (f) => f !== FINALIZER_DEFINED && f !== FINALIZER_OFFERED,
            ),
          },
        },
        "crossplane",
      );
    } catch (error) {
      if (isStatus(error, 409)) return { requeueAfterMs: 0 };
      if (!isStatus(error, 404)) throw error;
    }
    return {};
  }

  private async listOrNone(collection: string): Promise<KubeObject[]> {
    try {
      return (await this.ctx.client.list(collection)).items;
    } catch (error) {
      if (isStatus(error, 404)) return [];
      throw error;
    }
  }

  private async fail(xrd: Xrd, message: string): Promise<Outcome> {
    await this.ctx.events.record(xrd, { type: "Warning", reason: "EstablishComposite", message });
    return { error: message };
  }
}
