import { ROOT_TENANT_NAMESPACE } from "../../schemas/core/names.ts";

/**
 * What Cozystack's tenant chart (packages/apps/tenant/templates/tenant.yaml, with cozy-lib's
 * _rbac.tpl) creates for access control in a tenant's namespace, derived from the namespace
 * name alone as the chart derives it. Plain data; the stand-in applies it.
 */

/** The access levels, lowest first: each grants what the ones before it grant. */
export const ACCESS_LEVELS = ["view", "use", "admin", "super-admin"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface Subject {
  kind: "ServiceAccount" | "Group";
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleBinding {
  apiVersion: "rbac.authorization.k8s.io/v1";
  kind: "RoleBinding";
  metadata: { name: string; namespace: string };
  roleRef: { apiGroup: "rbac.authorization.k8s.io"; kind: "ClusterRole"; name: string };
  subjects: Subject[];
}

export interface ServiceAccount {
  apiVersion: "v1";
  kind: "ServiceAccount";
  metadata: { name: string; namespace: string };
}

export interface TenantRbac {
  serviceAccount: ServiceAccount;
  roleBindings: RoleBinding[];
}

/**
 * The tenant namespaces from the root down to `namespace` itself: `tenant-a-b` gives
 * `tenant-root`, `tenant-a`, `tenant-a-b` (tenant names hold no '-', so the chart splits on it).
 */
export function tenantLineage(namespace: string): string[] {
  if (namespace === ROOT_TENANT_NAMESPACE) return [ROOT_TENANT_NAMESPACE];
  const match = /^tenant-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(namespace);
  if (!match) throw new Error(`"${namespace}" is not a tenant namespace (tenant-<name>[-<name>...])`);
  const names = match[1]!.split("-");
  return [ROOT_TENANT_NAMESPACE, ...names.map((_, i) => `tenant-${names.slice(0, i + 1).join("-")}`)];
}

/** The ServiceAccount and RoleBindings the tenant chart creates in the tenant's namespace. */
export function tenantRbac(namespace: string): TenantRbac {
  const lineage = tenantLineage(namespace);
  const binding = (name: string, role: string, subjects: Subject[]): RoleBinding => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name, namespace },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects,
  });
  // The tenant's own ServiceAccount and every ancestor's, the root's included.
  const serviceAccounts: Subject[] = [namespace, ...lineage.filter((ns) => ns !== namespace)].map((ns) => ({
    kind: "ServiceAccount",
    name: ns,
    namespace: ns,
  }));
  const levelBindings = ACCESS_LEVELS.map((level, rank) => {
    // The groups at this level or a higher one, of this tenant and each of its ancestors.
    const groups = [...lineage].reverse().flatMap((tenant) =>
      ACCESS_LEVELS.slice(rank).map((granting): Subject => ({
        kind: "Group",
        name: `${tenant}-${granting}`,
        apiGroup: "rbac.authorization.k8s.io",
      })),
    );
    return binding(`cozy:tenant:${level}`, `cozy:tenant:${level}`, groups);
  });
  return {
    serviceAccount: { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: namespace, namespace } },
    roleBindings: [binding("cozy:tenant", "cozy:tenant", serviceAccounts), ...levelBindings],
  };
}
