import { KubeClient, type KubeObject, type KubeTarget } from "../support/kube.ts";
import { ClaimReconciler, type ClaimKindInfo } from "./claim.ts";
import { CompositeReconciler, keyOf } from "./composite.ts";
import { ComposedIndex, type StandInContext } from "./context.ts";
import { DefinitionReconciler, XRD_COLLECTION } from "./definitions.ts";
import { EventRecorder } from "./events.ts";
import { GrpcFunctionRunner, type FunctionEndpoint } from "./grpc.ts";
import { RestMapper, watchLoop } from "./kube.ts";
import { WorkQueue, type Backoff } from "./queue.ts";
import type { Xrd, XrKindInfo } from "./types.ts";

/**
 * THE CROSSPLANE STAND-IN. Crossplane core cannot be built here (the Go module proxy
 * refuses its modules), so this plays core's part for Pipeline compositions against the real
 * kube-apiserver: XRDs become CRDs, XRs and claims are reconciled, functions are called over
 * mutual TLS. It knows no XRD, function or composed kind in advance. Test infrastructure,
 * not part of the product; where it departs from Crossplane is listed in
 * docs/platform-stand-ins.md.
 */
export interface CrossplaneStandInOptions {
  target: KubeTarget;
  /** Function name (a Composition's functionRef.name) → where it listens and the client TLS. */
  functions: Record<string, FunctionEndpoint>;
  /** Crossplane's own namespace (claim-backed XRs keep their Secrets there); created if absent. */
  namespace?: string;
  /** Cap on the TTL requeue, so readiness converges fast in tests. */
  ttlCapMs?: number;
  /** Error backoff; core's is 1 s doubling to 30 s. */
  backoff?: Backoff;
  log?: (event: Record<string, unknown>) => void;
}

interface Controllers {
  signature: string;
  composite: CompositeReconciler;
  queue: WorkQueue;
  claim?: { reconciler: ClaimReconciler; queue: WorkQueue };
  abort: AbortController;
}

export class CrossplaneStandIn {
  private readonly client: KubeClient;
  private readonly runner: GrpcFunctionRunner;
  private readonly ctx: StandInContext;
  private readonly abort = new AbortController();
  private readonly definitions: WorkQueue;
  private readonly controllers = new Map<string, Controllers>();
  private readonly composedWatches = new Set<string>();
  private readonly backoff: Backoff;
  private readonly log: (event: Record<string, unknown>) => void;

  constructor(opts: CrossplaneStandInOptions) {
    this.client = new KubeClient(opts.target);
    this.runner = new GrpcFunctionRunner(opts.functions);
    this.log = opts.log ?? (() => {});
    this.backoff = opts.backoff ?? { baseMs: 1000, maxMs: 30_000 };
    this.ctx = {
      client: this.client,
      mapper: new RestMapper(this.client),
      events: new EventRecorder(this.client, "crossplane-standin", this.log),
      run: this.runner.run,
      namespace: opts.namespace ?? "crossplane-system",
      ttlCapMs: opts.ttlCapMs ?? 60_000,
      watchComposed: (apiVersion, kind) => this.watchComposed(apiVersion, kind),
      index: new ComposedIndex(),
      log: this.log,
      now: () => new Date(),
      random: Math.random,
    };
    const definitions = new DefinitionReconciler(this.ctx, {
      start: (xrd, composite, claim) => this.startControllers(xrd, composite, claim),
      stop: (name) => this.stopControllers(name),
    });
    this.definitions = new WorkQueue(
      (name) => definitions.reconcile(name),
      this.backoff,
      this.onError("definition"),
    );
  }

  /** Watches XRDs; resolves once they were listed (their controllers start as each is established). */
  async start(): Promise<void> {
    await this.client
      .create(
        "/api/v1/namespaces",
        { apiVersion: "v1", kind: "Namespace", metadata: { name: this.ctx.namespace } },
        "crossplane",
      )
      .catch(() => undefined);
    await watchLoop(
      this.client,
      XRD_COLLECTION,
      (_type, xrd) => this.definitions.add(xrd.metadata.name),
      this.abort.signal,
      this.log,
    );
  }

  stop(): void {
    this.abort.abort();
    this.definitions.stop();
    for (const name of [...this.controllers.keys()]) this.stopControllers(name);
    this.runner.close();
    this.client.close();
  }

  /** Resolves when no reconcile is running (for tests that want a quiet moment). */
  async idle(): Promise<void> {
    await this.definitions.idle();
    await Promise.all([...this.controllers.values()].flatMap((c) => [c.queue.idle(), c.claim?.queue.idle()]));
  }

  private onError(controller: string) {
    return (key: string, error: string) => this.log({ msg: "reconcile failed", controller, key, error });
  }

  private startControllers(xrd: Xrd, info: XrKindInfo, claim?: ClaimKindInfo): void {
    const signature = JSON.stringify([info.group, info.version, info.kind, info.plural, info.scope, claim]);
    const existing = this.controllers.get(xrd.metadata.name);
    if (existing?.signature === signature) {
      // Same kinds: only the XRD's settings (default Composition, keys...) may have changed.
      existing.composite.info.xrd = xrd;
      return;
    }
    if (existing) this.stopControllers(xrd.metadata.name);
    const abort = new AbortController();
    this.abort.signal.addEventListener("abort", () => abort.abort());
    const composite = new CompositeReconciler(info, this.ctx);
    const queue = new WorkQueue(
      (key) => composite.reconcile(key),
      this.backoff,
      this.onError(`composite/${xrd.metadata.name}`),
    );
    const controllers: Controllers = { signature, composite, queue, abort };
    if (claim) {
      const reconciler = new ClaimReconciler(claim, composite, this.ctx);
      const claimQueue = new WorkQueue(
        (key) => reconciler.reconcile(key),
        this.backoff,
        this.onError(`claim/${xrd.metadata.name}`),
      );
      controllers.claim = { reconciler, queue: claimQueue };
      void watchLoop(
        this.client,
        reconciler.path(),
        (_t, o) => claimQueue.add(keyOf(o)),
        abort.signal,
        this.log,
      );
    }
    this.controllers.set(xrd.metadata.name, controllers);
    void watchLoop(
      this.client,
      composite.path(),
      (_type, xr) => {
        queue.add(keyOf(xr));
        const claimRef = (xr.spec as { claimRef?: { namespace?: string; name?: string } } | undefined)
          ?.claimRef;
        if (controllers.claim && claimRef?.name)
          controllers.claim.queue.add(`${claimRef.namespace ?? ""}/${claimRef.name}`);
      },
      abort.signal,
      this.log,
    );
  }

  private stopControllers(name: string): void {
    const controllers = this.controllers.get(name);
    if (!controllers) return;
    controllers.abort.abort();
    controllers.queue.stop();
    controllers.claim?.queue.stop();
    this.controllers.delete(name);
  }

  private readonly fingerprints = new Map<string, string>();

  /**
   * Whether a composed object changed in more than its owner references and managed fields.
   * The platform stand-in strips owner references after every write, as the real API keeps
   * none; the real API then emits no event (nothing it stores changed), so neither should a
   * stripped reference requeue the XR here, or the two stand-ins would chase each other.
   */
  private changed(kindId: string, type: string, object: KubeObject): boolean {
    const id = `${kindId}|${object.metadata.namespace ?? ""}|${object.metadata.name}`;
    if (type === "DELETED") {
      this.fingerprints.delete(id);
      return true;
    }
    const { resourceVersion: _rv, managedFields: _mf, ownerReferences: _or, ...metadata } = object.metadata;
    const fingerprint = JSON.stringify({ ...object, metadata });
    if (this.fingerprints.get(id) === fingerprint) return false;
    this.fingerprints.set(id, fingerprint);
    return true;
  }

  /** Core starts a watch per composed kind; an event requeues every XR that references the object. */
  private watchComposed(apiVersion: string, kind: string): void {
    const id = `${apiVersion}|${kind}`;
    if (this.composedWatches.has(id)) return;
    this.composedWatches.add(id);
    void this.ctx.mapper.path(apiVersion, kind).then(
      (path) =>
        watchLoop(
          this.client,
          path,
          (type, object: KubeObject) => {
            if (!this.changed(id, type, object)) return;
            const ref = {
              apiVersion,
              kind,
              name: object.metadata.name,
              namespace: object.metadata.namespace,
            };
            for (const owner of this.ctx.index.ownersOf(ref)) {
              const [xrdName, key] = owner.split("\u0000") as [string, string];
              this.controllers.get(xrdName)?.queue.add(key);
            }
          },
          this.abort.signal,
          this.log,
        ),
      (error: unknown) => {
        this.composedWatches.delete(id);
        this.log({ msg: "cannot watch composed kind", apiVersion, kind, error: String(error) });
      },
    );
  }
}
