import { isDeepStrictEqual } from "node:util";
import {
  deleting,
  reconcileError,
  reconcileSuccess,
  type NewCondition,
} from "../crossplane-standin/conditions.ts";
import { KubeClient, KubeError, resourcePath, type KubeObject, type KubeTarget } from "../support/kube.ts";
import { resolveProviderConfig, type Resolved } from "./credentials.ts";
import { Discovery, targetPath } from "./discovery.ts";
import { desiredOf, isUpToDate } from "./manifest.ts";
import { mayCreate, mayUpdate, nextStep, policiesOf, releasesUnobserved, type Step } from "./policy.ts";
import { readiness } from "./readiness.ts";
import { nextStatus, type Outcome } from "./status.ts";
import {
  FINALIZER,
  LEGACY_OBJECTS,
  NAMESPACED_OBJECTS,
  type KubernetesObject,
  type ObjectApi,
} from "./types.ts";

/**
 * THE PROVIDER-KUBERNETES STAND-IN. provider-kubernetes cannot be built here (its Go modules
 * need Crossplane's, which the module proxy refuses), so this controller plays its `Object`
 * controller against the real kube-apiserver, for namespaced (`kubernetes.m.crossplane.io/
 * v1alpha1`) and legacy (`kubernetes.crossplane.io/v1alpha2`) Objects: it resolves the
 * ProviderConfig, applies or only observes the manifest, mirrors the target into
 * `status.atProvider.manifest`, sets Synced and Ready, and deletes or orphans the target on
 * deletion. It knows nothing of what the manifests hold. Test infrastructure, not product;
 * where it departs from the real provider is in docs/platform-stand-ins.md.
 */
export interface ProviderKubernetesStandInOptions {
  /** The control plane: where Objects, ProviderConfigs and credential Secrets live. */
  target: KubeTarget;
  /** How often every Object is observed again (the real provider polls, by default every 10 min). */
  pollIntervalMs?: number;
  log?: (event: Record<string, unknown>) => void;
}

interface ObjectKey {
  api: ObjectApi;
  namespace?: string;
  name: string;
}

interface Remote {
  client: KubeClient;
  discovery: Discovery;
}

/** What observing found: where the target is, what the manifest wants, and the target if it exists. */
interface Seen {
  remote: Remote;
  manifest: Record<string, unknown>;
  path: string;
  target?: KubeObject;
  upToDate: boolean;
}

const failed = (message: string): Outcome => ({ conditions: [reconcileError(message)] });

const keyOf = (k: ObjectKey) => `${k.api.group}/${k.namespace ?? ""}/${k.name}`;
const objectPath = (k: ObjectKey) =>
  resourcePath(k.api.group, k.api.version, k.api.plural, k.namespace, k.name);

/** The API server's own message, without our client's method and path. */
function messageOf(error: unknown): string {
  if (error instanceof KubeError) {
    const message = (error.body as { message?: string } | undefined)?.message;
    if (message) return message;
  }
  return error instanceof Error ? error.message : String(error);
}

export class ProviderKubernetesStandIn {
  private readonly local: KubeClient;
  private readonly localDiscovery: Discovery;
  private readonly abort = new AbortController();
  private readonly pollIntervalMs: number;
  private readonly log: (event: Record<string, unknown>) => void;
  private readonly known = new Map<string, ObjectKey>();
  private readonly queue = new Map<string, { again: boolean; done: Promise<void> }>();
  private readonly remotes = new Map<string, Remote>();
  private readonly listed: Promise<void>[] = [];
  private poller?: NodeJS.Timeout;

  constructor(opts: ProviderKubernetesStandInOptions) {
    this.local = new KubeClient(opts.target);
    this.localDiscovery = new Discovery(this.local);
    this.pollIntervalMs = opts.pollIntervalMs ?? 200;
    this.log = opts.log ?? (() => {});
  }

  /** Watch both Object APIs; resolves once each has been listed (or found missing) once. */
  async start(): Promise<void> {
    for (const api of [NAMESPACED_OBJECTS, LEGACY_OBJECTS]) this.watchLoop(api);
    this.poller = setInterval(() => {
      for (const key of this.known.values()) this.enqueue(key);
    }, this.pollIntervalMs);
    await Promise.all(this.listed);
  }

  stop(): void {
    this.abort.abort();
    clearInterval(this.poller);
    this.local.close();
    for (const remote of this.remotes.values()) remote.client.close();
  }

  /** Wait until no reconcile is queued or running. */
  async idle(): Promise<void> {
    while (this.queue.size > 0) await Promise.all([...this.queue.values()].map((e) => e.done));
  }

  private watchLoop(api: ObjectApi): void {
    let markListed!: () => void;
    this.listed.push(new Promise<void>((resolve) => (markListed = resolve)));
    const path = resourcePath(api.group, api.version, api.plural);
    const seen = (object: KubeObject, gone = false) => {
      const key = { api, namespace: object.metadata.namespace, name: object.metadata.name };
      if (gone) this.known.delete(keyOf(key));
      else {
        this.known.set(keyOf(key), key);
        this.enqueue(key);
      }
    };
    const run = async () => {
      while (!this.abort.signal.aborted) {
        try {
          const list = await this.local.list(path);
          for (const item of list.items) seen(item);
          markListed();
          await this.local.watch(
            path,
            list.metadata.resourceVersion,
            (event) => {
              if (event.type === "ADDED" || event.type === "MODIFIED") seen(event.object);
              if (event.type === "DELETED") seen(event.object, true);
            },
            this.abort.signal,
          );
        } catch (error) {
          markListed();
          if (this.abort.signal.aborted) return;
          this.log({ msg: "watch failed, retrying", path, error: messageOf(error) });
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    };
    void run();
  }

  /** One reconcile per Object at a time; requests while it runs coalesce into one more. */
  private enqueue(key: ObjectKey): void {
    if (this.abort.signal.aborted) return;
    const id = keyOf(key);
    const queued = this.queue.get(id);
    if (queued) {
      queued.again = true;
      return;
    }
    const entry = { again: true, done: Promise.resolve() };
    entry.done = (async () => {
      while (entry.again && !this.abort.signal.aborted) {
        entry.again = false;
        try {
          await this.reconcile(key);
        } catch (error) {
          // The next poll tries again.
          if (!this.abort.signal.aborted)
            this.log({ msg: "reconcile failed", object: id, error: messageOf(error) });
        }
      }
      this.queue.delete(id);
    })();
    this.queue.set(id, entry);
  }

  private async reconcile(key: ObjectKey): Promise<void> {
    const path = objectPath(key);
    let object = await this.local.getOrUndefined<KubernetesObject>(path);
    if (!object) return void this.known.delete(keyOf(key));
    const finalizers = object.metadata.finalizers ?? [];
    const beingDeleted = Boolean(object.metadata.deletionTimestamp);
    if (beingDeleted && !finalizers.includes(FINALIZER)) return;
    if (!beingDeleted && !finalizers.includes(FINALIZER)) {
      object = await this.local.mergePatch<KubernetesObject>(path, {
        metadata: {
          finalizers: [...finalizers, FINALIZER],
          resourceVersion: object.metadata.resourceVersion,
        },
      });
    }
    const outcome = await this.sync(key.api, object, beingDeleted);
    if (outcome === "release") {
      await this.local.mergePatch(path, {
        metadata: {
          finalizers: finalizers.filter((f) => f !== FINALIZER),
          resourceVersion: object.metadata.resourceVersion,
        },
      });
      this.log({ msg: "released", object: keyOf(key) });
      return;
    }
    const status = nextStatus(object, outcome, new Date().toISOString().replace(/\.\d+Z$/, "Z"));
    if (isDeepStrictEqual(status, object.status ?? {})) return;
    // The whole status at once: a merge patch would keep fields the target has since dropped.
    await this.local.request(
      "PATCH",
      `${path}/status`,
      [{ op: "add", path: "/status", value: status }],
      "application/json-patch+json",
    );
  }

  /** Connect and observe, then create, update, delete or only look, as the real managed reconciler does. */
  private async sync(
    api: ObjectApi,
    object: KubernetesObject,
    beingDeleted: boolean,
  ): Promise<Outcome | "release"> {
    const policies = policiesOf(
      object.spec.managementPolicies,
      api.hasDeletionPolicy ? (object.spec.deletionPolicy ?? "Delete") : undefined,
    );
    if (releasesUnobserved(policies, beingDeleted)) return "release";
    const seen = await this.observe(api, object);
    if ("conditions" in seen) return seen;
    const exists = seen.target !== undefined;
    const step = nextStep(policies, { deleting: beingDeleted, exists, upToDate: seen.upToDate });
    // Without the right to write, the real provider counts an existing target as up to date.
    const current = seen.upToDate || !(mayCreate(policies) || mayUpdate(policies));
    return this.act(step, object, seen, current);
  }

  /** Resolve the ProviderConfig and the target, and read the target; an error is an Outcome. */
  private async observe(api: ObjectApi, object: KubernetesObject): Promise<Seen | Outcome> {
    let resolved: Resolved;
    try {
      resolved = await resolveProviderConfig((p) => this.local.getOrUndefined(p), api, object);
    } catch (error) {
      return failed(`connect failed: ${messageOf(error)}`);
    }
    if ("error" in resolved) return failed(`connect failed: ${resolved.error}`);
    const remote = this.remoteFor(resolved);
    const desired = desiredOf(object);
    if ("error" in desired) return failed(`observe failed: ${desired.error}`);
    try {
      const info = await remote.discovery.resolve(desired.ref.apiVersion, desired.ref.kind);
      if ("error" in info) return failed(`observe failed: ${info.error}`);
      const path = targetPath(desired.ref, info);
      if (typeof path !== "string") return failed(`observe failed: ${path.error}`);
      const target = await remote.client.getOrUndefined(path);
      const upToDate = target !== undefined && isUpToDate(desired.manifest, target);
      return { remote, manifest: desired.manifest, path, target, upToDate };
    } catch (error) {
      return failed(`observe failed: cannot get object: ${messageOf(error)}`);
    }
  }

  private async act(
    step: Step,
    object: KubernetesObject,
    seen: Seen,
    current: boolean,
  ): Promise<Outcome | "release"> {
    const ready = (target: KubeObject, upToDate: boolean): NewCondition[] => {
      const condition = readiness(object.spec.readiness?.policy, target, upToDate);
      return condition ? [condition] : [];
    };
    const name = object.metadata.name;
    switch (step) {
      case "release":
        return "release";
      case "delete":
        try {
          await seen.remote.client.delete(seen.path);
        } catch (error) {
          return failed(`delete failed: cannot delete object: ${messageOf(error)}`);
        }
        this.log({ msg: "deleted target", object: name, target: seen.path });
        return { conditions: [deleting(), reconcileSuccess()] };
      case "missing":
        // The real reconciler leaves Ready as it was here, and keeps the last observed manifest.
        return failed("observe failed: external resource does not exist");
      case "wait":
        return { conditions: [reconcileSuccess()] };
      case "create":
      case "update":
        try {
          const applied = await seen.remote.client.apply(
            seen.path,
            seen.manifest,
            `provider-kubernetes/${name}`,
          );
          this.log({ msg: `${step}d target`, object: name, target: seen.path });
          return { conditions: [reconcileSuccess(), ...ready(applied, true)], observed: applied };
        } catch (error) {
          return step === "create"
            ? failed(`create failed: cannot create object: ${messageOf(error)}`)
            : failed(`update failed: cannot apply object: ${messageOf(error)}`);
        }
      case "observe":
        return { conditions: [reconcileSuccess(), ...ready(seen.target!, current)], observed: seen.target! };
    }
  }

  private remoteFor(resolved: { target: KubeTarget } | { injected: true }): Remote {
    if ("injected" in resolved) return { client: this.local, discovery: this.localDiscovery };
    const t = resolved.target;
    const id = JSON.stringify([t.server, t.token, t.ca, t.clientCert, t.clientKey, t.insecure, t.proxy]);
    let remote = this.remotes.get(id);
    if (!remote) {
      const client = new KubeClient(t);
      remote = { client, discovery: new Discovery(client) };
      this.remotes.set(id, remote);
    }
    return remote;
  }
}
