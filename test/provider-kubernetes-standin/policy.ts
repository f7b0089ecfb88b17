import type { ManagementAction } from "./types.ts";

/**
 * crossplane-runtime's management-policy rules for a managed resource, as its
 * ManagementPoliciesResolver decides them (management policies enabled, as
 * provider-kubernetes enables them by default).
 */
export interface Policies {
  actions: ReadonlySet<ManagementAction>;
  /** Legacy resources only; modern (namespaced) ones have no deletionPolicy. */
  deletionPolicy?: "Orphan" | "Delete";
}

export function policiesOf(
  managementPolicies: readonly ManagementAction[] | undefined,
  deletionPolicy?: "Orphan" | "Delete",
): Policies {
  // The CRDs default managementPolicies to ["*"]; an absent field reads the same.
  return { actions: new Set(managementPolicies ?? ["*"]), deletionPolicy };
}

const has = (p: Policies, ...actions: ManagementAction[]) => actions.some((a) => p.actions.has(a));
const isOnly = (p: Policies, action: ManagementAction) => p.actions.size === 1 && p.actions.has(action);

export const onlyObserves = (p: Policies): boolean => isOnly(p, "Observe");
export const mayCreate = (p: Policies): boolean => has(p, "Create", "*");
export const mayUpdate = (p: Policies): boolean => has(p, "Update", "*");

/**
 * Whether deleting the managed resource deletes what it manages. Modern resources: when the
 * policies allow Delete. Legacy ones weigh deletionPolicy too: Delete with a policy that
 * allows it deletes, and so does an explicit Delete action in non-default policies even
 * with deletionPolicy Orphan; Orphan with the default ["*"] orphans.
 */
export function deletesTarget(p: Policies): boolean {
  if (p.deletionPolicy === undefined) return has(p, "Delete", "*");
  if (p.deletionPolicy === "Delete" && has(p, "Delete", "*")) return true;
  return !isOnly(p, "*") && p.actions.has("Delete");
}

/**
 * Whether a resource being deleted is let go without connecting or observing: crossplane-
 * runtime's managed reconciler does so whenever the policies will not delete the target
 * (observe-only, Orphan), so credentials that can no longer read it never hold the finalizer.
 */
export const releasesUnobserved = (p: Policies, deleting: boolean): boolean => deleting && !deletesTarget(p);

/** What one reconcile does, from what it observed. */
export type Step =
  | "delete" // being deleted, the target exists and may be deleted
  | "release" // being deleted, nothing (more) to delete: drop the finalizer
  | "create"
  | "update"
  | "observe" // exists, nothing to write
  | "missing" // observe-only and the target does not exist: an error, as in the real provider
  | "wait"; // absent, and the policies allow neither creating nor only observing

export interface Observation {
  deleting: boolean;
  exists: boolean;
  upToDate: boolean;
}

export function nextStep(p: Policies, o: Observation): Step {
  if (o.deleting) return o.exists && deletesTarget(p) ? "delete" : "release";
  if (!o.exists) {
    if (onlyObserves(p)) return "missing";
    return mayCreate(p) ? "create" : "wait";
  }
  if (o.upToDate || onlyObserves(p)) return "observe";
  return mayUpdate(p) ? "update" : "observe";
}
