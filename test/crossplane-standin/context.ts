import type { KubeClient } from "../support/kube.ts";
import type { EventRecorder } from "./events.ts";
import type { FunctionRunner } from "./grpc.ts";
import type { RestMapper } from "./kube.ts";
import type { ResourceRef } from "./types.ts";

/** What every reconciler of the stand-in shares. */
export interface StandInContext {
  client: KubeClient;
  mapper: RestMapper;
  events: EventRecorder;
  run: FunctionRunner;
  /** The namespace Crossplane "runs" in: where a claim's XR keeps its connection Secret. */
  namespace: string;
  /** Requeue after min(response TTL, this), so tests converge fast; core uses the TTL (±10%). */
  ttlCapMs: number;
  /** Start watching a composed kind (once), so changes to composed resources requeue their XR. */
  watchComposed: (apiVersion: string, kind: string) => void;
  index: ComposedIndex;
  log: (event: Record<string, unknown>) => void;
  now: () => Date;
  random: () => number;
}

const objectId = (ref: ResourceRef & { namespace?: string }) =>
  `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ""}|${ref.name ?? ""}`;

/**
 * Which XRs reference which composed resources, from their resourceRefs, so that a watch
 * event on a composed resource requeues its XR (as core's realtime compositions do) even
 * when the object carries no owner reference (the real Cozystack API drops them).
 */
export class ComposedIndex {
  private readonly owners = new Map<string, Set<string>>();
  private readonly refs = new Map<string, string[]>();

  set(owner: string, refs: ReadonlyArray<ResourceRef & { namespace?: string }>): void {
    this.forget(owner);
    const ids = refs.map(objectId);
    this.refs.set(owner, ids);
    for (const id of ids) {
      const set = this.owners.get(id) ?? new Set<string>();
      set.add(owner);
      this.owners.set(id, set);
    }
  }

  forget(owner: string): void {
    for (const id of this.refs.get(owner) ?? []) {
      const set = this.owners.get(id);
      set?.delete(owner);
      if (set?.size === 0) this.owners.delete(id);
    }
    this.refs.delete(owner);
  }

  ownersOf(ref: ResourceRef & { namespace?: string }): string[] {
    return [...(this.owners.get(objectId(ref)) ?? [])];
  }
}
