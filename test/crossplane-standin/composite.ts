import { Ready, type State } from "@crossplane-org/function-sdk-typescript";
import { resourcePath, type KubeObject } from "../support/kube.ts";
import {
  deleting,
  readyCondition,
  reconcileError,
  reconcilePaused,
  reconcileSuccess,
  SYSTEM_CONDITION_TYPES,
  syncedCondition,
  unknownAfterFatal,
  watchCircuitClosed,
  type ComposedReadiness,
  type NewCondition,
} from "./conditions.ts";
import type { StandInContext } from "./context.ts";
import { isStatus, kubeMessage } from "./kube.ts";
import { composedFieldManager } from "./names.ts";
import {
  compositeConnectionDetails,
  fetchRequiredResources,
  fetchRequiredSchema,
  observeComposed,
} from "./observe.ts";
import { runPipeline, type PipelineOutcome, type TargetedEvent } from "./pipeline.ts";
import { publishConnection } from "./publish.ts";
import type { Outcome } from "./queue.ts";
import { garbage, renderComposed, resourceRefs } from "./render.ts";
import { selectComposition } from "./selection.ts";
import { conditionsOf, writeConditions } from "./status.ts";
import {
  ANNOTATION_PAUSED,
  ANNOTATION_RECONCILE_REQUESTED,
  FIELD_OWNER_COMPOSED_PREFIX,
  FIELD_OWNER_XR,
  FINALIZER_COMPOSITE,
  LABEL_CLAIM_NAME,
  LABEL_CLAIM_NAMESPACE,
  LABEL_COMPOSITE,
  type Composition,
  type ResourceRef,
  type XrKindInfo,
} from "./types.ts";

/** Core's whole-reconcile deadline. */
const RECONCILE_TIMEOUT_MS = 120_000;

interface Machinery {
  compositionRef?: { name: string };
  compositionSelector?: { matchLabels?: Record<string, string> };
  resourceRefs?: ResourceRef[];
  writeConnectionSecretToRef?: { name: string; namespace: string };
  claimRef?: { apiVersion: string; kind: string; namespace: string; name: string };
}

type Failure = { error: string };

/**
 * THE CROSSPLANE STAND-IN's XR reconciler, one per XRD: core's composite controller for
 * Pipeline compositions (crossplane-core.md §2–5). It knows nothing about what it composes.
 */
export class CompositeReconciler {
  readonly info: XrKindInfo;
  private readonly ctx: StandInContext;

  constructor(info: XrKindInfo, ctx: StandInContext) {
    this.info = info;
    this.ctx = ctx;
  }

  get apiVersion(): string {
    return `${this.info.group}/${this.info.version}`;
  }

  private get legacy(): boolean {
    return this.info.scope === "LegacyCluster";
  }

  path(namespace?: string, name?: string): string {
    return resourcePath(this.info.group, this.info.version, this.info.plural, namespace, name);
  }

  /** The index key of one XR. */
  owner(key: string): string {
    return `${this.info.xrd.metadata.name}\u0000${key}`;
  }

  private machinery(xr: KubeObject): Machinery {
    const spec = (xr.spec as Record<string, unknown> | undefined) ?? {};
    return (
      this.legacy ? spec : ((spec.crossplane as Record<string, unknown> | undefined) ?? {})
    ) as Machinery;
  }

  async reconcile(key: string): Promise<Outcome> {
    const [namespace, name] = splitKey(key);
    const path = this.path(namespace, name);
    const xr = await this.ctx.client.getOrUndefined(path);
    if (!xr) {
      this.ctx.index.forget(this.owner(key));
      return {};
    }
    const requested = xr.metadata.annotations?.[ANNOTATION_RECONCILE_REQUESTED];
    const handled = requested ? { lastHandledReconcileAt: requested } : {};
    if (xr.metadata.annotations?.[ANNOTATION_PAUSED] === "true") {
      await this.event(xr, {
        type: "Normal",
        reason: "ReconciliationPaused",
        message: "Reconciliation is paused via the pause annotation",
      });
      await writeConditions(this.ctx, path, xr, [watchCircuitClosed(), reconcilePaused()], handled);
      return {};
    }
    if (xr.metadata.deletionTimestamp) return this.finalize(key, path, xr);

    const prepared = await this.prepare(path, xr);
    if ("error" in prepared) return prepared;
    if ("conflict" in prepared) return { requeueAfterMs: 0 };
    return this.compose(key, path, prepared.xr, prepared.composition, handled);
  }

  /** Deleting: no function runs and nothing is deleted here; owner-reference GC removes composed resources. */
  private async finalize(key: string, path: string, xr: KubeObject): Promise<Outcome> {
    const current = await writeConditions(this.ctx, path, xr, [
      watchCircuitClosed(),
      deleting(),
      reconcileSuccess(),
    ]);
    if (current.metadata.finalizers?.includes(FINALIZER_COMPOSITE)) {
      const updated = await this.update(path, current, (o) => {
        o.metadata.finalizers = o.metadata.finalizers!.filter((f) => f !== FINALIZER_COMPOSITE);
      });
      if (updated === "conflict") return { requeueAfterMs: 0 };
    }
    this.ctx.index.forget(this.owner(key));
    return {};
  }

  /** Finalizer, Composition selection, self-label and (legacy) the default secret reference, in one Update. */
  private async prepare(
    path: string,
    xr: KubeObject,
  ): Promise<{ xr: KubeObject; composition: Composition } | { conflict: true } | Failure> {
    const machinery = this.machinery(xr);
    const compositions = await this.ctx.client.list("/apis/apiextensions.crossplane.io/v1/compositions");
    const selected = selectComposition(
      { ref: machinery.compositionRef?.name, selector: machinery.compositionSelector?.matchLabels },
      this.info.xrd,
      { apiVersion: this.apiVersion, kind: this.info.kind },
      compositions.items as Composition[],
      this.ctx.random,
    );
    if (!selected.ok)
      return this.fail(path, xr, "SelectComposition", `cannot select Composition: ${selected.error}`);
    const composition = (compositions.items as Composition[]).find((c) => c.metadata.name === selected.name);
    if (!composition)
      return this.fail(
        path,
        xr,
        "ComposeResources",
        `cannot fetch Composition: compositions.apiextensions.crossplane.io "${selected.name}" not found`,
      );
    const type = composition.spec.compositeTypeRef;
    if (type.apiVersion !== this.apiVersion || type.kind !== this.info.kind)
      return this.fail(
        path,
        xr,
        "ComposeResources",
        "cannot configure composite resource: encountered incompatible Composition",
      );

    const secretsNamespace = composition.spec.writeConnectionSecretsToNamespace;
    const needsUpdate =
      !xr.metadata.finalizers?.includes(FINALIZER_COMPOSITE) ||
      machinery.compositionRef?.name !== selected.name ||
      !xr.metadata.labels?.[LABEL_COMPOSITE] ||
      (this.legacy && !machinery.writeConnectionSecretToRef && secretsNamespace !== undefined);
    if (!needsUpdate) return { xr, composition };
    const updated = await this.update(path, xr, (o) => {
      o.metadata.finalizers = [...new Set([...(o.metadata.finalizers ?? []), FINALIZER_COMPOSITE])];
      o.metadata.labels = { [LABEL_COMPOSITE]: o.metadata.name, ...(o.metadata.labels ?? {}) };
      const spec = (o.spec ??= {}) as Record<string, unknown>;
      const target = (
        this.legacy ? spec : ((spec.crossplane ??= {}) as Record<string, unknown>)
      ) as Machinery;
      target.compositionRef = { name: selected.name };
      if (this.legacy && !target.writeConnectionSecretToRef && secretsNamespace !== undefined)
        target.writeConnectionSecretToRef = { name: o.metadata.uid!, namespace: secretsNamespace };
    });
    if (updated === "conflict") return { conflict: true };
    if (machinery.compositionRef?.name !== selected.name)
      await this.event(updated, {
        type: "Normal",
        reason: "SelectComposition",
        message: `Successfully selected composition: ${selected.name}`,
      });
    return { xr: updated, composition };
  }

  private async compose(
    key: string,
    path: string,
    xr: KubeObject,
    composition: Composition,
    handled: Record<string, unknown>,
  ): Promise<Outcome> {
    const ctx = this.ctx;
    const observed = await observeComposed(ctx, xr, this.machinery(xr).resourceRefs ?? []);
    if (typeof observed === "string") return this.composeFailed(path, xr, undefined, observed);
    const observedState: State = {
      composite: {
        resource: xr,
        connectionDetails: this.legacy ? await compositeConnectionDetails(ctx, xr) : {},
        ready: Ready.READY_UNSPECIFIED,
      },
      resources: Object.fromEntries(
        [...observed].map(([k, o]) => [
          k,
          { resource: o.object, connectionDetails: o.connectionDetails, ready: Ready.READY_UNSPECIFIED },
        ]),
      ),
    };
    const outcome = await runPipeline(composition.spec.pipeline ?? [], observedState, {
      run: ctx.run,
      fetchResources: (selector) => fetchRequiredResources(ctx, selector),
      fetchSchema: (selector) => fetchRequiredSchema(ctx, selector),
      readSecret: async (namespace, name) => {
        const secret = await ctx.client.get(`/api/v1/namespaces/${namespace}/secrets/${name}`);
        return Object.fromEntries(
          Object.entries((secret.data as Record<string, string> | undefined) ?? {}).map(([k, v]) => [
            k,
            Buffer.from(v, "base64"),
          ]),
        );
      },
      deadline: new Date(ctx.now().getTime() + RECONCILE_TIMEOUT_MS),
    });
    if (outcome.error) return this.composeFailed(path, xr, outcome, outcome.error);

    // Render every desired composed resource before touching anything.
    const events: TargetedEvent[] = [...outcome.events];
    const rendered: Array<{ key: string; object: KubeObject; ready: boolean }> = [];
    for (const [resourceName, resource] of Object.entries(outcome.desired?.resources ?? {})) {
      const desired = (resource.resource ?? {}) as Record<string, unknown>;
      const mapping = await ctx.mapper.mapping(String(desired.apiVersion ?? ""), String(desired.kind ?? ""));
      if (!mapping)
        return this.composeFailed(
          path,
          xr,
          outcome,
          `cannot render composed resource "${resourceName}": no resource of kind ${String(desired.kind)} in ${String(desired.apiVersion)} is served`,
        );
      const result = renderComposed({
        xr,
        key: resourceName,
        desired,
        observed: observed.get(resourceName)?.object,
        namespacedKind: mapping.namespaced,
      });
      if (typeof result === "string") return this.composeFailed(path, xr, outcome, result);
      events.push(...result.events);
      rendered.push({ key: resourceName, object: result.object, ready: resource.ready === Ready.READY_TRUE });
    }

    // Garbage collection, before the references are rewritten, so nothing is forgotten.
    const plan = garbage(
      xr.metadata.uid!,
      new Map([...observed].map(([k, o]) => [k, o.object])),
      new Set(rendered.map((r) => r.key)),
    );
    if ("error" in plan)
      return this.composeFailed(
        path,
        xr,
        outcome,
        `cannot garbage collect composed resources that are no longer desired: ${plan.error}`,
      );
    for (const { key: resourceName, object } of plan.delete) {
      const problem = await this.deleteComposed(object);
      if (problem)
        return this.composeFailed(
          path,
          xr,
          outcome,
          `cannot garbage collect composed resources that are no longer desired: cannot delete composed resource "${resourceName}" (a ${object.kind} named ${object.metadata.name}): ${problem}`,
        );
    }

    // References are persisted before anything is created.
    const refs = resourceRefs(
      rendered.map((r) => r.object),
      this.info.scope === "Namespaced",
    );
    try {
      await ctx.client.apply(
        path,
        {
          apiVersion: this.apiVersion,
          kind: this.info.kind,
          metadata: {
            name: xr.metadata.name,
            ...(xr.metadata.namespace ? { namespace: xr.metadata.namespace } : {}),
          },
          spec: this.legacy ? { resourceRefs: refs } : { crossplane: { resourceRefs: refs } },
        },
        FIELD_OWNER_XR,
      );
    } catch (error) {
      return this.composeFailed(
        path,
        xr,
        outcome,
        `cannot update composite resource spec.resourceRefs: ${kubeMessage(error)}`,
      );
    }
    ctx.index.set(
      this.owner(key),
      rendered.map((r) => ({
        apiVersion: r.object.apiVersion!,
        kind: r.object.kind!,
        name: r.object.metadata.name,
        namespace: r.object.metadata.namespace,
      })),
    );

    for (const { object } of observed.values()) await this.upgradeManagedFields(object);

    const manager = composedFieldManager(xr.metadata.name, this.info.kind, this.info.group);
    const composed: ComposedReadiness[] = [];
    for (const r of rendered) {
      const { apiVersion, kind } = r.object as { apiVersion: string; kind: string };
      try {
        const target = await ctx.mapper.path(
          apiVersion,
          kind,
          r.object.metadata.namespace,
          r.object.metadata.name,
        );
        await ctx.client.apply(target, r.object, manager);
        composed.push({ name: r.key, ready: r.ready, synced: true });
      } catch (error) {
        if (!isStatus(error, 422))
          return this.composeFailed(
            path,
            xr,
            outcome,
            `cannot apply composed resource "${r.key}": ${kubeMessage(error)}`,
          );
        events.push({
          type: "Warning",
          reason: "ComposeResources",
          message: `cannot apply composed resource "${r.key}": ${kubeMessage(error)}`,
          target: "Composite",
        });
        composed.push({ name: r.key, ready: r.ready, synced: false });
      }
      ctx.watchComposed(apiVersion, kind);
    }

    let current: KubeObject;
    try {
      current = await ctx.client.apply(
        path,
        {
          apiVersion: this.apiVersion,
          kind: this.info.kind,
          metadata: {
            name: xr.metadata.name,
            ...(xr.metadata.namespace ? { namespace: xr.metadata.namespace } : {}),
            uid: xr.metadata.uid,
          },
          status: functionStatus(outcome),
        },
        FIELD_OWNER_XR,
        "/status",
      );
    } catch (error) {
      return this.composeFailed(
        path,
        xr,
        outcome,
        `cannot apply composite resource status: ${kubeMessage(error)}`,
      );
    }

    const extra: Record<string, unknown> = { ...handled };
    if (this.legacy) {
      const published = await this.publish(current, outcome);
      if (typeof published === "object") return published;
      if (published) extra.connectionDetails = { lastPublishedTime: ctx.now().toISOString() };
    }

    await this.emit(current, events);
    if (!events.some((e) => e.type === "Warning"))
      await this.event(current, {
        type: "Normal",
        reason: "ComposeResources",
        message: "Successfully composed resources",
      });
    for (const c of composed.filter((c) => !c.ready))
      await this.event(current, {
        type: "Normal",
        reason: "ComposeResources",
        message: `Composed resource "${c.name}" is not yet ready`,
      });

    const fn = this.functionConditions(current, outcome);
    const compositeReady = outcome.desired?.composite?.ready;
    await writeConditions(
      ctx,
      path,
      current,
      [
        watchCircuitClosed(),
        syncedCondition(composed),
        readyCondition(
          composed,
          compositeReady === Ready.READY_TRUE
            ? "True"
            : compositeReady === Ready.READY_FALSE
              ? "False"
              : undefined,
        ),
        ...fn.updates,
      ],
      { ...extra, ...fn.extra },
    );
    return outcome.ttlMs ? { requeueAfterMs: Math.min(outcome.ttlMs, ctx.ttlCapMs) } : {};
  }

  /** Legacy XRs publish only the final desired composite connection details, filtered by the XRD's keys. */
  private async publish(xr: KubeObject, outcome: PipelineOutcome): Promise<boolean | Failure> {
    const ref = this.machinery(xr).writeConnectionSecretToRef;
    if (!ref?.name || !ref.namespace) return false;
    const allowed = this.info.xrd.spec.connectionSecretKeys ?? [];
    const data = Object.fromEntries(
      Object.entries(outcome.desired?.composite?.connectionDetails ?? {}).filter(
        ([k]) => allowed.length === 0 || allowed.includes(k),
      ),
    );
    try {
      const published = await publishConnection(this.ctx, xr, ref, data);
      if (published)
        await this.event(xr, {
          type: "Normal",
          reason: "PublishConnectionSecret",
          message: "Successfully published connection details",
        });
      return published;
    } catch (error) {
      return this.fail(
        this.path(xr.metadata.namespace, xr.metadata.name),
        xr,
        "PublishConnectionSecret",
        `cannot publish connection details: ${kubeMessage(error)}`,
      );
    }
  }

  /** Function conditions (system types ignored); legacy XRs also remember which go to the claim. */
  private functionConditions(xr: KubeObject, outcome: PipelineOutcome) {
    const updates: NewCondition[] = [];
    const seen = new Set<string>();
    const claimTypes = new Set(
      (xr.status as { claimConditionTypes?: string[] } | undefined)?.claimConditionTypes ?? [],
    );
    for (const c of outcome.conditions) {
      if (SYSTEM_CONDITION_TYPES.has(c.condition.type)) continue;
      seen.add(c.condition.type);
      updates.push(c.condition);
      if (c.target === "CompositeAndClaim") claimTypes.add(c.condition.type);
    }
    const extra = this.legacy && claimTypes.size > 0 ? { claimConditionTypes: [...claimTypes] } : {};
    return { updates, seen, extra };
  }

  /** Compose failed: Synced=False with the error, events, function conditions so far; Ready untouched. */
  private async composeFailed(
    path: string,
    xr: KubeObject,
    outcome: PipelineOutcome | undefined,
    problem: string,
  ): Promise<Failure> {
    const message = `cannot compose resources: ${problem}`;
    await this.event(xr, { type: "Warning", reason: "ComposeResources", message });
    if (outcome) await this.emit(xr, outcome.events);
    const fn = outcome
      ? this.functionConditions(xr, outcome)
      : { updates: [], seen: new Set<string>(), extra: {} };
    await writeConditions(
      this.ctx,
      path,
      xr,
      [
        watchCircuitClosed(),
        reconcileError(message),
        ...fn.updates,
        ...unknownAfterFatal(conditionsOf(xr), fn.seen),
      ],
      fn.extra,
    );
    return { error: message };
  }

  private async fail(path: string, xr: KubeObject, reason: string, message: string): Promise<Failure> {
    await this.event(xr, { type: "Warning", reason, message });
    await writeConditions(this.ctx, path, xr, [watchCircuitClosed(), reconcileError(message)]);
    return { error: message };
  }

  /** Labels stripped (an Update), then a foreground delete with a UID precondition. */
  private async deleteComposed(object: KubeObject): Promise<string | undefined> {
    try {
      const target = await this.ctx.mapper.path(
        object.apiVersion!,
        object.kind!,
        object.metadata.namespace,
        object.metadata.name,
      );
      await this.ctx.client.mergePatch(target, {
        metadata: {
          labels: { [LABEL_COMPOSITE]: null, [LABEL_CLAIM_NAME]: null, [LABEL_CLAIM_NAMESPACE]: null },
        },
      });
      await this.ctx.client.request("DELETE", target, {
        apiVersion: "v1",
        kind: "DeleteOptions",
        propagationPolicy: "Foreground",
        preconditions: { uid: object.metadata.uid },
      });
      return undefined;
    } catch (error) {
      return isStatus(error, 404) ? undefined : kubeMessage(error);
    }
  }

  /** A composed resource never applied by a composed-field manager loses its client-side managed fields. */
  private async upgradeManagedFields(object: KubeObject): Promise<void> {
    const fields = (object.metadata.managedFields ?? []) as Array<{ manager?: string }>;
    if (fields.length === 0 || fields.some((f) => f.manager?.startsWith(FIELD_OWNER_COMPOSED_PREFIX))) return;
    const target = await this.ctx.mapper.path(
      object.apiVersion!,
      object.kind!,
      object.metadata.namespace,
      object.metadata.name,
    );
    await this.ctx.client.mergePatch(target, { metadata: { managedFields: [{}] } }).catch(() => undefined);
  }

  /** Plain Update (PUT) of metadata and spec; a conflict asks for an immediate requeue. */
  private async update(
    path: string,
    xr: KubeObject,
    mutate: (o: KubeObject) => void,
  ): Promise<KubeObject | "conflict"> {
    const copy = structuredClone(xr);
    mutate(copy);
    try {
      return await this.ctx.client.replace(path, copy, "crossplane");
    } catch (error) {
      if (isStatus(error, 409)) return "conflict";
      throw error;
    }
  }

  private async emit(xr: KubeObject, events: readonly TargetedEvent[]): Promise<void> {
    const claim = events.some((e) => e.target === "CompositeAndClaim") ? await this.claimOf(xr) : undefined;
    for (const e of events) {
      const message = e.detail ? `${e.detail}: ${e.message}` : e.message;
      await this.event(xr, { type: e.type, reason: e.reason, message });
      if (e.target === "CompositeAndClaim" && claim)
        await this.event(claim, { type: e.type, reason: e.reason, message: e.message });
    }
  }

  private async claimOf(xr: KubeObject): Promise<KubeObject | undefined> {
    const ref = this.machinery(xr).claimRef;
    if (!this.legacy || !ref) return undefined;
    try {
      return await this.ctx.client.getOrUndefined(
        await this.ctx.mapper.path(ref.apiVersion, ref.kind, ref.namespace, ref.name),
      );
    } catch {
      return undefined;
    }
  }

  private event(object: KubeObject, e: { type: "Normal" | "Warning"; reason: string; message: string }) {
    return this.ctx.events.record(object, e);
  }
}

/** The status functions asked for; the machinery fields stay core's own, written with the conditions. */
function functionStatus(outcome: PipelineOutcome): Record<string, unknown> {
  const status = {
    ...((outcome.desired?.composite?.resource as { status?: Record<string, unknown> } | undefined)?.status ??
      {}),
  };
  delete status.conditions;
  delete status.connectionDetails;
  delete status.claimConditionTypes;
  return status;
}

export function splitKey(key: string): [string | undefined, string] {
  const slash = key.indexOf("/");
  return slash < 0 ? [undefined, key] : [key.slice(0, slash) || undefined, key.slice(slash + 1)];
}

export const keyOf = (object: KubeObject) => `${object.metadata.namespace ?? ""}/${object.metadata.name}`;
