import { firstThreeAndMore } from "./names.ts";
import type { Condition } from "./types.ts";

/** A condition before it is stamped with a transition time. */
export type NewCondition = Omit<Condition, "lastTransitionTime">;

/** Types only Crossplane sets; functions cannot set them (crossplane-runtime IsSystemConditionType). */
export const SYSTEM_CONDITION_TYPES: ReadonlySet<string> = new Set([
  "Ready",
  "Synced",
  "Healthy",
  "UpToDate",
  "Responsive",
]);

export const available = (): NewCondition => ({ type: "Ready", status: "True", reason: "Available" });
export const creating = (message?: string): NewCondition => ({
  type: "Ready",
  status: "False",
  reason: "Creating",
  ...(message ? { message } : {}),
});
export const deleting = (): NewCondition => ({ type: "Ready", status: "False", reason: "Deleting" });
export const reconcileSuccess = (): NewCondition => ({
  type: "Synced",
  status: "True",
  reason: "ReconcileSuccess",
});
export const reconcileError = (message: string): NewCondition => ({
  type: "Synced",
  status: "False",
  reason: "ReconcileError",
  message,
});
export const reconcilePaused = (): NewCondition => ({
  type: "Synced",
  status: "False",
  reason: "ReconcilePaused",
  message: "Reconciliation (including deletion) is paused via the pause annotation",
});
export const watchCircuitClosed = (): NewCondition => ({
  type: "Responsive",
  status: "True",
  reason: "WatchCircuitClosed",
});

function same(a: Condition, b: NewCondition): boolean {
  return (
    a.status === b.status &&
    a.reason === b.reason &&
    (a.message ?? "") === (b.message ?? "") &&
    (a.observedGeneration ?? 0) === (b.observedGeneration ?? 0)
  );
}

/**
 * Crossplane's SetConditions: a condition equal to the one already there (type, status,
 * reason, message) keeps its transition time; any other replaces it stamped `now`; new types
 * are appended. Returns a new list.
 */
export function setConditions(
  existing: readonly Condition[],
  updates: readonly NewCondition[],
  now: string,
): Condition[] {
  const out = existing.map((c) => ({ ...c }));
  for (const update of updates) {
    const at = out.findIndex((c) => c.type === update.type);
    if (at >= 0 && same(out[at]!, update)) continue;
    const stamped: Condition = { ...update, lastTransitionTime: now };
    if (at >= 0) out[at] = stamped;
    else out.push(stamped);
  }
  return out;
}

export interface ComposedReadiness {
  name: string;
  ready: boolean;
  synced: boolean;
}

/**
 * Ready from the final desired state: Available when every composed resource was marked
 * READY_TRUE (also when there are none), else Creating naming the unready ones. A composite
 * ready of TRUE or FALSE set by a function overrides that, with no message.
 */
export function readyCondition(
  composed: readonly ComposedReadiness[],
  compositeReady?: "True" | "False",
): NewCondition {
  if (compositeReady === "True") return available();
  if (compositeReady === "False") return creating();
  const unready = composed.filter((c) => !c.ready).map((c) => c.name);
  return unready.length > 0 ? creating(`Unready resources: ${firstThreeAndMore(unready)}`) : available();
}

/** Synced after a compose: success, unless the apiserver refused some composed resources as invalid. */
export function syncedCondition(composed: readonly ComposedReadiness[]): NewCondition {
  const unsynced = composed.filter((c) => !c.synced).map((c) => c.name);
  return unsynced.length > 0
    ? reconcileError(`Unsynced resources: ${firstThreeAndMore(unsynced)}`)
    : reconcileSuccess();
}

/** After a FATAL result, custom conditions the pipeline did not report become Unknown. */
export function unknownAfterFatal(existing: readonly Condition[], seen: ReadonlySet<string>): NewCondition[] {
  return existing
    .filter((c) => !SYSTEM_CONDITION_TYPES.has(c.type) && !seen.has(c.type))
    .map((c) => ({
      type: c.type,
      status: "Unknown",
      reason: "FatalError",
      message: "A fatal error occurred before the status of this condition could be determined.",
    }));
}
