import { setConditions, type NewCondition } from "../crossplane-standin/conditions.ts";
import type { KubernetesObject } from "./types.ts";

/** What one reconcile found: the conditions to set and, when it read the target, the target. */
export interface Outcome {
  conditions: NewCondition[];
  /** The target as read back; absent when it was not read (the last one observed stays). */
  observed?: Record<string, unknown>;
}

/**
 * The Object's next status: conditions set the crossplane-runtime way (an unchanged one keeps
 * its transition time), stamped with the Object's generation, and `status.atProvider.manifest`
 * = the observed target, whole.
 */
export function nextStatus(
  object: KubernetesObject,
  outcome: Outcome,
  now: string,
): NonNullable<KubernetesObject["status"]> {
  const generation = object.metadata.generation;
  const stamped = outcome.conditions.map((c) =>
    generation === undefined ? c : { ...c, observedGeneration: generation },
  );
  const status = object.status ?? {};
  return {
    ...status,
    ...(outcome.observed ? { atProvider: { ...status.atProvider, manifest: outcome.observed } } : {}),
    conditions: setConditions(status.conditions ?? [], stamped, now),
  };
}
