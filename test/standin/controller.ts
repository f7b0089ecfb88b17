import { randomBytes } from "node:crypto";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { ROOT_TENANT_NAMESPACE, tenantNamespace } from "../../schemas/core/names.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import { KubeClient, KubeError, resourcePath, type KubeObject, type KubeTarget } from "../support/kube.ts";
import { behaviourFor, RULES_CONFIGMAP, type Defaults } from "./behaviour.ts";
import { fabricateOutputs } from "./outputs.ts";
import { tenantRbac } from "./tenant-rbac.ts";

/**
 * THE PLATFORM STAND-IN. Cozystack's Flux and operators cannot run here, so this
 * controller plays their part against the real kube-apiserver: it creates tenant
 * namespaces with the tenant chart's ServiceAccount and RoleBindings, publishes the
 * credential Secrets (and their TenantSecret views) and
 * Services each kind's chart would, sets Ready/Released/WorkloadsReady after a
 * delay, fails or slows objects on request, and cleans up on deletion.
 * It is test infrastructure, not part of the product.
 */
export const FINALIZER = "standin.cozystack-iac.test/release";
const MANAGER = "cozystack-standin";
const ROLE_BINDINGS = (ns: string) => `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`;
const LABELS = {
  kind: "apps.cozystack.io/application.kind",
  group: "apps.cozystack.io/application.group",
  name: "apps.cozystack.io/application.name",
  tenantResource: "internal.cozystack.io/tenantresource",
};

export interface StandInOptions extends Partial<Defaults> {
  target: KubeTarget;
  log?: (event: Record<string, unknown>) => void;
}

export class StandIn {
  private readonly client: KubeClient;
  private readonly abort = new AbortController();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly defaults: Defaults;
  private rules: Record<string, string> = {};
  private readonly log: (event: Record<string, unknown>) => void;
  private readonly decls = kinds as readonly KindDeclaration[];
  /** Per object: the generation whose release the stand-in reported. */
  private readonly released = new Map<string, number>();
  /** Per object: the generation being released, when it was first seen, and since when Progressing. */
  private readonly progress = new Map<
    string,
    { generation: number; seenAt: number; progressingSince?: number }
  >();

  constructor(opts: StandInOptions) {
    this.client = new KubeClient(opts.target);
    this.defaults = {
      readyAfterMs: opts.readyAfterMs ?? 300,
      deleteAfterMs: opts.deleteAfterMs ?? 100,
      staleReadyMs: opts.staleReadyMs ?? 300,
    };
    this.log = opts.log ?? (() => {});
  }

  async start(): Promise<void> {
    await this.refreshRules();
    // The platform installs the root tenant itself; its chart binds the root's ServiceAccount.
    await this.installTenantRbac(ROOT_TENANT_NAMESPACE);
    for (const decl of this.decls) {
      this.watchLoop(resourcePath(decl.group, decl.version, decl.plural), (obj) =>
        this.enqueue(decl, obj.metadata.namespace!, obj.metadata.name),
      );
    }
    this.watchLoop(
      `/api/v1/namespaces/${RULES_CONFIGMAP.namespace}/configmaps?fieldSelector=metadata.name%3D${RULES_CONFIGMAP.name}`,
      () => void this.refreshRules(),
    );
    // Watches run in the background; return once each has listed once.
    await Promise.all(this.ready);
  }

  private readonly ready: Promise<void>[] = [];

  stop(): void {
    this.abort.abort();
    for (const t of this.timers) clearTimeout(t);
    this.client.close();
  }

  /** Wait until no reconcile is queued or running. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  private watchLoop(path: string, onObject: (obj: KubeObject) => void): void {
    let markReady!: () => void;
    this.ready.push(new Promise<void>((resolve) => (markReady = resolve)));
    const run = async () => {
      while (!this.abort.signal.aborted) {
        try {
          const list = await this.client.list(path);
          for (const item of list.items) onObject(item);
          markReady();
          await this.client.watch(
            path,
            list.metadata.resourceVersion,
            (event) => {
              if (event.type !== "BOOKMARK" && event.type !== "ERROR") onObject(event.object);
            },
            this.abort.signal,
          );
        } catch (error) {
          if (this.abort.signal.aborted) return;
          this.log({ msg: "watch failed, retrying", path, error: String(error) });
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    };
    void run();
  }

  private async refreshRules(): Promise<void> {
    const cm = await this.client
      .getOrUndefined<KubeObject & { data?: Record<string, string> }>(
        `/api/v1/namespaces/${RULES_CONFIGMAP.namespace}/configmaps/${RULES_CONFIGMAP.name}`,
      )
      .catch(() => undefined);
    this.rules = cm?.data ?? {};
  }

  private enqueue(decl: KindDeclaration, namespace: string, name: string, delayMs = 0): void {
    if (this.abort.signal.aborted) return;
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.enqueue(decl, namespace, name);
      }, delayMs);
      this.timers.add(timer);
      return;
    }
    const key = `${decl.kind}/${namespace}/${name}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(() => this.reconcile(decl, namespace, name))
      .catch((error) => {
        if (!this.abort.signal.aborted) this.log({ msg: "reconcile failed", key, error: String(error) });
        if (!(error instanceof KubeError && error.status === 404)) this.enqueue(decl, namespace, name, 500);
      })
      .finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      });
    this.queues.set(key, next);
  }

  private async reconcile(decl: KindDeclaration, namespace: string, name: string): Promise<void> {
    const path = resourcePath(decl.group, decl.version, decl.plural, namespace, name);
    const object = await this.client.getOrUndefined(path);
    if (!object) return;
    const foreign = foreignMetadata(object);
    if (foreign) {
      await this.client.mergePatch(path, {
        metadata: { ...foreign, resourceVersion: object.metadata.resourceVersion },
      });
      this.log({ msg: "dropped metadata the real API does not keep", kind: decl.kind, namespace, name });
      return; // the update event brings us back
    }
    const behaviour = behaviourFor(
      { namespace, kind: decl.kind, name },
      object.metadata.annotations,
      this.rules,
      this.defaults,
    );

    if (object.metadata.deletionTimestamp) {
      if (!object.metadata.finalizers?.includes(FINALIZER)) return;
      const age = Date.now() - Date.parse(object.metadata.deletionTimestamp);
      if (age < behaviour.deleteAfterMs)
        return this.enqueue(decl, namespace, name, behaviour.deleteAfterMs - age);
      await this.uninstall(decl, object);
      await this.client.mergePatch(path, {
        metadata: {
          finalizers: object.metadata.finalizers.filter((f) => f !== FINALIZER),
          resourceVersion: object.metadata.resourceVersion,
        },
      });
      this.log({ msg: "uninstalled", kind: decl.kind, namespace, name });
      return;
    }
    if (!object.metadata.finalizers?.includes(FINALIZER)) {
      await this.client.mergePatch(path, {
        metadata: {
          finalizers: [...(object.metadata.finalizers ?? []), FINALIZER],
          resourceVersion: object.metadata.resourceVersion,
        },
      });
      return; // the update event brings us back
    }

    // The real API has no generations: the stand-in remembers which spec it released,
    // in memory, and writes conditions without observedGeneration.
    const key = `${decl.kind}/${namespace}/${name}`;
    const generation = object.metadata.generation ?? 1;
    const status = (object.status ?? {}) as {
      conditions?: Array<{ type: string; status: string; reason?: string }>;
    };
    const ready = status.conditions?.find((c) => c.type === "Ready");
    const wanted = behaviour.fail ? "False" : "True";
    const released = this.released.get(key);
    if (
      released === generation &&
      ready?.status === wanted &&
      ready.reason === (behaviour.fail?.reason ?? "ReconciliationSucceeded")
    ) {
      return;
    }
    let progress = this.progress.get(key);
    if (progress?.generation !== generation) {
      // A new spec. The real API keeps no field ownership: forget it, as it does.
      if (object.metadata.managedFields?.length)
        await this.client.mergePatch(path, { metadata: { managedFields: [{}] } });
      progress = { generation, seenAt: Date.now() };
      this.progress.set(key, progress);
    }
    // Right after an update the real API still shows the previous Ready=True, until Flux
    // starts the upgrade and moves Ready through a new transition.
    if (progress.progressingSince === undefined) {
      const stale = ready?.status === "True" ? this.defaults.staleReadyMs : 0;
      const shown = Date.now() - progress.seenAt;
      if (shown < stale) return this.enqueue(decl, namespace, name, stale - shown);
      await this.setStatus(decl, object, {
        status: "Unknown",
        reason: "Progressing",
        message: "Running Helm install/upgrade (stand-in)",
      });
      progress.progressingSince = Date.now();
      return this.enqueue(decl, namespace, name, behaviour.readyAfterMs);
    }
    const waited = Date.now() - progress.progressingSince;
    if (waited < behaviour.readyAfterMs)
      return this.enqueue(decl, namespace, name, behaviour.readyAfterMs - waited);
    this.released.set(key, generation);

    if (behaviour.fail) {
      await this.setStatus(decl, object, {
        status: "False",
        reason: behaviour.fail.reason,
        message: behaviour.fail.message,
      });
      this.log({ msg: "failed on request", kind: decl.kind, namespace, name, reason: behaviour.fail.reason });
      return;
    }
    const extra = await this.install(decl, object);
    await this.setStatus(
      decl,
      object,
      { status: "True", reason: "ReconciliationSucceeded", message: "Helm install succeeded (stand-in)" },
      extra,
    );
    this.log({ msg: "ready", kind: decl.kind, namespace, name, generation });
  }

  private async setStatus(
    decl: KindDeclaration,
    object: KubeObject,
    ready: { status: string; reason: string; message: string },
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const generation = object.metadata.generation ?? 1;
    const condition = (type: string, c: typeof ready) => ({ type, ...c, lastTransitionTime: now });
    const workloads =
      ready.status === "True"
        ? { status: "True", reason: "WorkloadMonitorCheck", message: "All workloads are operational" }
        : { status: "Unknown", reason: "Pending", message: "Waiting for workloads" };
    const path = resourcePath(
      decl.group,
      decl.version,
      decl.plural,
      object.metadata.namespace,
      object.metadata.name,
    );
    await this.client.mergePatch(`${path}/status`, {
      status: {
        ...(object.status as object),
        ...extra,
        version: `${generation}`,
        conditions: [
          condition("Ready", ready),
          condition("Released", ready),
          condition("WorkloadsReady", workloads),
        ],
      },
    });
  }

  /** Create what the chart would: namespace for tenants, Secrets, TenantSecrets, Services. */
  private async install(decl: KindDeclaration, object: KubeObject): Promise<Record<string, unknown>> {
    const namespace = object.metadata.namespace!;
    const name = object.metadata.name;
    const labels = { [LABELS.kind]: decl.kind, [LABELS.group]: decl.group, [LABELS.name]: name };
    const owner = {
      apiVersion: decl.apiVersion,
      kind: decl.kind,
      name,
      uid: object.metadata.uid,
      controller: false,
    };
    let extra: Record<string, unknown> = {};
    if (decl.kind === "Tenant") {
      const tenantNs = tenantNamespace(namespace, name);
      await this.client.apply(
        `/api/v1/namespaces/${tenantNs}`,
        {
          apiVersion: "v1",
          kind: "Namespace",
          metadata: { name: tenantNs, labels: { ...labels, [`tenant.cozystack.io/${tenantNs}`]: "" } },
        },
        MANAGER,
      );
      extra = { namespace: tenantNs };
      await this.installTenantRbac(tenantNs);
      await this.installTenantModules(tenantNs);
    }
    const existing = new Map<string, Record<string, string>>();
    for (const s of await this.ownedSecrets(decl, object)) {
      existing.set(s.metadata.name, decode((s.data ?? {}) as Record<string, string>));
    }
    const fabricated = fabricateOutputs(decl, object, existing);
    for (const s of fabricated.secrets) {
      const data = encode(s.data);
      const meta = {
        name: s.name,
        namespace,
        labels: { ...labels, [LABELS.tenantResource]: "true" },
        ownerReferences: [owner],
      };
      await this.client.apply(
        `/api/v1/namespaces/${namespace}/secrets/${s.name}`,
        { apiVersion: "v1", kind: "Secret", metadata: meta, type: "Opaque", data },
        MANAGER,
      );
      await this.client.apply(
        resourcePath("core.cozystack.io", "v1alpha1", "tenantsecrets", namespace, s.name),
        {
          apiVersion: "core.cozystack.io/v1alpha1",
          kind: "TenantSecret",
          metadata: { ...meta, ownerReferences: undefined },
          type: "Opaque",
          data,
          // As the real server serves it: stringData repeats data's base64 text.
          stringData: data,
        },
        MANAGER,
      );
    }
    for (const stale of existing.keys()) {
      if (!fabricated.secrets.some((s) => s.name === stale)) await this.deleteSecret(namespace, stale);
    }
    for (const svc of fabricated.services) {
      const path = `/api/v1/namespaces/${namespace}/services/${svc.name}`;
      const ports = Object.entries(svc.ports).map(([portName, port]) => ({
        name: portName,
        port,
        // The model names ports only; a chart marks a UDP port by its name.
        protocol: /udp/i.test(portName) ? "UDP" : "TCP",
        targetPort: port,
      }));
      await this.client.apply(
        path,
        {
          apiVersion: "v1",
          kind: "Service",
          metadata: {
            name: svc.name,
            namespace,
            labels: { ...labels, [LABELS.tenantResource]: "true" },
            ownerReferences: [owner],
          },
          spec: {
            type: svc.loadBalancer ? "LoadBalancer" : "ClusterIP",
            ports: ports.length > 0 ? ports : [{ name: "none", port: 65535 }],
          },
        },
        MANAGER,
      );
      if (svc.loadBalancer) {
        // 192.0.2.0/24 is TEST-NET-1: documentation only, never routed.
        const ip = `192.0.2.${1 + (randomBytes(1)[0]! % 250)}`;
        await this.client.mergePatch(`${path}/status`, { status: { loadBalancer: { ingress: [{ ip }] } } });
      }
    }
    return extra;
  }

  private async ownedSecrets(decl: KindDeclaration, object: KubeObject): Promise<KubeObject[]> {
    const selector = encodeURIComponent(`${LABELS.kind}=${decl.kind},${LABELS.name}=${object.metadata.name}`);
    const list = await this.client.list(
      `/api/v1/namespaces/${object.metadata.namespace}/secrets?labelSelector=${selector}`,
    );
    return list.items;
  }

  private async deleteSecret(namespace: string, name: string): Promise<void> {
    await this.client.delete(`/api/v1/namespaces/${namespace}/secrets/${name}`);
    await this.client.delete(resourcePath("core.cozystack.io", "v1alpha1", "tenantsecrets", namespace, name));
  }

  /** Undo install: what Helm uninstall and Kubernetes' garbage collector would remove. */
  private async uninstall(decl: KindDeclaration, object: KubeObject): Promise<void> {
    const namespace = object.metadata.namespace!;
    for (const s of await this.ownedSecrets(decl, object))
      await this.deleteSecret(namespace, s.metadata.name);
    const selector = encodeURIComponent(`${LABELS.kind}=${decl.kind},${LABELS.name}=${object.metadata.name}`);
    const services = await this.client.list(
      `/api/v1/namespaces/${namespace}/services?labelSelector=${selector}`,
    );
    for (const svc of services.items)
      await this.client.delete(`/api/v1/namespaces/${namespace}/services/${svc.metadata.name}`);
    if (decl.kind === "Tenant")
      await this.deleteTenantNamespace(tenantNamespace(namespace, object.metadata.name));
  }

  /** The tenant chart's ServiceAccount and RoleBindings (see tenant-rbac.ts). */
  private async installTenantRbac(ns: string): Promise<void> {
    const { serviceAccount, roleBindings } = tenantRbac(ns);
    await this.client.apply(`/api/v1/namespaces/${ns}/serviceaccounts/${ns}`, serviceAccount, MANAGER);
    for (const binding of roleBindings) {
      const path = `${ROLE_BINDINGS(ns)}/${encodeURIComponent(binding.metadata.name)}`;
      await this.client.apply(path, binding, MANAGER);
    }
  }

  /** The tenant chart installs the info module in every tenant, as an app of the tenant. */
  private async installTenantModules(ns: string): Promise<void> {
    const info = this.decls.find((d) => d.kind === "Info");
    if (!info) return;
    await this.client.apply(
      resourcePath(info.group, info.version, info.plural, ns, info.singular),
      {
        apiVersion: info.apiVersion,
        kind: info.kind,
        metadata: { name: info.singular, namespace: ns },
        spec: {},
      },
      MANAGER,
    );
  }

  /** No namespace controller runs here, so empty the namespace and finalize it ourselves. */
  private async deleteTenantNamespace(ns: string): Promise<void> {
    for (const decl of this.decls) {
      const list = await this.client.list(resourcePath(decl.group, decl.version, decl.plural, ns));
      for (const item of list.items)
        await this.client.delete(resourcePath(decl.group, decl.version, decl.plural, ns, item.metadata.name));
    }
    const deadline = Date.now() + 30_000;
    for (const decl of this.decls) {
      while (
        (await this.client.list(resourcePath(decl.group, decl.version, decl.plural, ns))).items.length > 0
      ) {
        if (Date.now() > deadline) throw new Error(`apps in namespace ${ns} were not removed in time`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // Left in etcd, these would bind a later namespace of the same name.
    for (const collection of [
      ...["secrets", "services", "configmaps", "serviceaccounts"].map(
        (kind) => `/api/v1/namespaces/${ns}/${kind}`,
      ),
      ROLE_BINDINGS(ns),
    ]) {
      const list = await this.client.list(collection);
      for (const item of list.items)
        await this.client.delete(`${collection}/${encodeURIComponent(item.metadata.name)}`);
    }
    const tenantSecrets = await this.client.list(
      resourcePath("core.cozystack.io", "v1alpha1", "tenantsecrets", ns),
    );
    for (const item of tenantSecrets.items)
      await this.client.delete(
        resourcePath("core.cozystack.io", "v1alpha1", "tenantsecrets", ns, item.metadata.name),
      );
    await this.client.delete(`/api/v1/namespaces/${ns}`);
    const current = await this.client.getOrUndefined(`/api/v1/namespaces/${ns}`);
    if (current) {
      await this.client.request("PUT", `/api/v1/namespaces/${ns}/finalize`, {
        ...current,
        spec: { finalizers: [] },
      });
    }
  }
}

/**
 * What others set in an app object's metadata that the real server would not keep: it rebuilds
 * ObjectMeta on every read, without owner references or finalizers (cozystack-api.md §0). Our
 * own finalizer stays: it stands for Flux's finalizer on the hidden HelmRelease. Returns the
 * merge patch that drops the rest, or undefined when there is nothing to drop.
 */
function foreignMetadata(
  object: KubeObject,
): { ownerReferences?: null; finalizers?: string[] | null } | undefined {
  const patch: { ownerReferences?: null; finalizers?: string[] | null } = {};
  if (object.metadata.ownerReferences?.length) patch.ownerReferences = null;
  const finalizers = object.metadata.finalizers ?? [];
  const kept = finalizers.filter((f) => f === FINALIZER);
  if (kept.length < finalizers.length) patch.finalizers = kept.length > 0 ? kept : null;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

function encode(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString("base64")]));
}

function decode(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
  );
}
