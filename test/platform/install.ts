import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseAllDocuments } from "yaml";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { sharedUpstreamDir } from "../../schemas/conformance/upstream.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import type { KubeClient, KubeObject } from "../support/kube.ts";
import { appCrd, tenantSecretCrd } from "./crds.ts";

const FIELD_MANAGER = "cozystack-iac-platform";
const CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

export async function applyCrd(client: KubeClient, crd: Record<string, unknown>): Promise<void> {
  const name = (crd.metadata as { name: string }).name;
  await client.apply(`${CRD_PATH}/${name}`, crd, FIELD_MANAGER);
}

export async function waitEstablished(
  client: KubeClient,
  names: string[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(names);
  while (pending.size > 0) {
    for (const name of [...pending]) {
      const crd = await client.getOrUndefined<
        KubeObject & { status?: { conditions?: Array<{ type: string; status: string }> } }
      >(`${CRD_PATH}/${name}`);
      if (crd?.status?.conditions?.some((c) => c.type === "Established" && c.status === "True"))
        pending.delete(name);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) throw new Error(`CRDs not established: ${[...pending].join(", ")}`);
    await sleep(100);
  }
}

/** The platform API stand-ins: every model kind, the TenantSecret view, and the root tenant's namespace. */
export async function installPlatformApi(client: KubeClient): Promise<void> {
  const crds = [...(kinds as readonly KindDeclaration[]).map(appCrd), tenantSecretCrd()];
  await Promise.all(crds.map((crd) => applyCrd(client, crd)));
  await waitEstablished(
    client,
    crds.map((c) => (c.metadata as { name: string }).name),
  );
  await client.apply(
    "/api/v1/namespaces/tenant-root",
    { apiVersion: "v1", kind: "Namespace", metadata: { name: "tenant-root" } },
    FIELD_MANAGER,
  );
}

/** Crossplane's own CRDs (XRDs, Compositions, Functions...), read from the crank module's data. */
export async function installCrossplaneCrds(client: KubeClient, crdDir: string): Promise<number> {
  const crds: Record<string, unknown>[] = [];
  for (const file of readdirSync(crdDir).filter((f) => f.endsWith(".yaml"))) {
    for (const doc of parseAllDocuments(readFileSync(join(crdDir, file), "utf8"))) {
      const crd = doc.toJS() as Record<string, unknown> | null;
      if (crd?.kind === "CustomResourceDefinition") crds.push(crd);
    }
  }
  await Promise.all(crds.map((crd) => applyCrd(client, crd)));
  await waitEstablished(
    client,
    crds.map((c) => (c.metadata as { name: string }).name),
  );
  return crds.length;
}

const CLUSTER_ROLE_PATH = "/apis/rbac.authorization.k8s.io/v1/clusterroles";

interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

interface ClusterRole extends KubeObject {
  aggregationRule?: { clusterRoleSelectors?: Array<{ matchLabels?: Record<string, string> }> };
  rules?: PolicyRule[] | null;
}

/** Cozystack's tenant ClusterRoles, read unchanged from the shared upstream copy of the release. */
export function tenantClusterRolesFile(): string {
  return join(sharedUpstreamDir(), "rbac", "tenant-clusterroles.yaml");
}

/**
 * Install the tenant ClusterRoles (`cozy:tenant`, `cozy:tenant:{view,use,admin,super-admin}`)
 * as the release ships them, and wait until kube-controller-manager's aggregation controller
 * has filled each aggregated role: until then every tenant user would be refused everything.
 */
export async function installTenantClusterRoles(client: KubeClient, timeoutMs = 60_000): Promise<number> {
  const roles = parseAllDocuments(readFileSync(tenantClusterRolesFile(), "utf8"))
    .map((doc) => doc.toJS() as ClusterRole | null)
    .filter((role): role is ClusterRole => role?.kind === "ClusterRole");
  await Promise.all(
    roles.map((role) => client.apply(`${CLUSTER_ROLE_PATH}/${role.metadata.name}`, role, FIELD_MANAGER)),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing: string[] = [];
    for (const [name, wanted] of aggregatedRules(roles)) {
      const live = await client.getOrUndefined<ClusterRole>(`${CLUSTER_ROLE_PATH}/${name}`);
      const have = new Set((live?.rules ?? []).map(ruleKey));
      const absent = wanted.filter((rule) => !have.has(ruleKey(rule)));
      if (absent.length > 0) missing.push(`${name} lacks ${absent.length} of ${wanted.length} rules`);
    }
    if (missing.length === 0) return roles.length;
    if (Date.now() > deadline)
      throw new Error(
        `the clusterrole-aggregation controller did not aggregate the tenant roles within ${timeoutMs / 1000} s: ${missing.join("; ")}`,
      );
    await sleep(100);
  }
}

/**
 * For each aggregated role, the rules it must hold once aggregated: those of every role its
 * selectors match, themselves aggregated first (admin aggregates use, which aggregates view).
 */
export function aggregatedRules(roles: ClusterRole[]): Map<string, PolicyRule[]> {
  const byName = new Map(roles.map((r) => [r.metadata.name, r]));
  const closure = (role: ClusterRole, seen: Set<string>): PolicyRule[] => {
    if (!role.aggregationRule) return role.rules ?? [];
    if (seen.has(role.metadata.name)) return [];
    const next = new Set(seen).add(role.metadata.name);
    return roles
      .filter((other) => selects(role, other))
      .flatMap((other) => closure(byName.get(other.metadata.name)!, next));
  };
  return new Map(
    roles.filter((r) => r.aggregationRule).map((r) => [r.metadata.name, closure(r, new Set())] as const),
  );
}

function selects(aggregate: ClusterRole, role: ClusterRole): boolean {
  const labels = role.metadata.labels ?? {};
  return (aggregate.aggregationRule?.clusterRoleSelectors ?? []).some((selector) =>
    Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value),
  );
}

/** A rule's identity, whatever order the server writes its lists and keys in. */
function ruleKey(rule: PolicyRule): string {
  const sorted = (list?: string[]) => [...(list ?? [])].sort().join(",");
  return [rule.apiGroups, rule.resources, rule.verbs, rule.resourceNames, rule.nonResourceURLs]
    .map(sorted)
    .join("|");
}
