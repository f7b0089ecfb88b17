import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { sharedUpstreamDir } from "../../schemas/conformance/upstream.ts";
import { describeForbidden, grantingRole, parseForbidden, type Forbidden } from "./forbidden.ts";

// A 403 exactly as kube-apiserver's RBAC authorizer writes it.
const status = (message: string, name?: string) => ({
  kind: "Status",
  apiVersion: "v1",
  status: "Failure",
  message,
  reason: "Forbidden",
  details: { ...(name ? { name } : {}), group: "apps.cozystack.io", kind: "redises" },
  code: 403,
});
const USER = "system:serviceaccount:tenant-a:tf-admin";

describe("parseForbidden", () => {
  it.each([
    {
      why: "a create names the object in details",
      body: status(
        `redises.apps.cozystack.io "cache" is forbidden: User "${USER}" cannot create resource "redises" in API group "apps.cozystack.io" in the namespace "tenant-b"`,
        "cache",
      ),
      parsed: {
        user: USER,
        verb: "create",
        resource: "redises",
        group: "apps.cozystack.io",
        namespace: "tenant-b",
        name: "cache",
      },
    },
    {
      why: "a list names no object",
      body: status(
        `tenantsecrets.core.cozystack.io is forbidden: User "${USER}" cannot list resource "tenantsecrets" in API group "core.cozystack.io" in the namespace "tenant-b"`,
      ),
      parsed: {
        user: USER,
        verb: "list",
        resource: "tenantsecrets",
        group: "core.cozystack.io",
        namespace: "tenant-b",
      },
    },
    {
      why: "the core group is the empty string, and a cluster-scoped resource has no namespace",
      body: status(
        `namespaces "tenant-b" is forbidden: User "${USER}" cannot get resource "namespaces" in API group "" at the cluster scope`,
        "tenant-b",
      ),
      parsed: { user: USER, verb: "get", resource: "namespaces", group: "", name: "tenant-b" },
    },
  ])("$why", ({ body, parsed }) => {
    expect(parseForbidden(body)).toEqual({ namespace: undefined, name: undefined, ...parsed });
  });

  it.each([
    { why: "no body", body: undefined },
    { why: "a webhook's own words", body: { message: "denied by policy: no redis on Fridays" } },
  ])("leaves what is not an RBAC refusal alone: $why", ({ body }) => {
    expect(parseForbidden(body)).toBeUndefined();
  });
});

describe("describeForbidden", () => {
  const base: Forbidden = {
    user: USER,
    verb: "create",
    resource: "redises",
    group: "apps.cozystack.io",
    namespace: "tenant-b",
    name: "cache",
  };
  it.each([
    {
      why: "an app the tenant admin may write",
      f: base,
      text: `forbidden: ${USER} may not create Redis tenant-b/cache (create on redises.apps.cozystack.io in namespace tenant-b). Cozystack grants it with ClusterRole cozy:tenant:admin bound in namespace tenant-b: use the credentials of that tenant`,
    },
    {
      why: "a kind no tenant admin may create",
      f: { ...base, resource: "tenants", name: "child" },
      text: "may not create Tenant tenant-b/child (create on tenants.apps.cozystack.io in namespace tenant-b). Cozystack grants it with ClusterRole cozy:tenant:super-admin bound in namespace tenant-b (cozy:tenant:admin does not grant it; the tenant's own ServiceAccount, bound to cozy:tenant, may do it too)",
    },
    {
      why: "a create, which the apiserver refuses before it knows the name",
      f: { ...base, name: undefined },
      text: "may not create Redis objects in namespace tenant-b (create on redises.apps.cozystack.io in namespace tenant-b). Cozystack grants it with ClusterRole cozy:tenant:admin bound in namespace tenant-b",
    },
    {
      why: "a listing",
      f: { ...base, verb: "list", name: undefined },
      text: "may not list Redis objects in namespace tenant-b (list on redises.apps.cozystack.io in namespace tenant-b). Cozystack grants it with ClusterRole cozy:tenant:view",
    },
    {
      why: "something no tenant role grants",
      f: { ...base, verb: "get", resource: "secrets", group: "", name: "cache-auth" },
      text: "may not get secrets tenant-b/cache-auth (get on secrets in namespace tenant-b). None of Cozystack's tenant roles grants it",
    },
  ])("$why", ({ f, text }) => {
    expect(describeForbidden(f)).toContain(text);
  });
});

/**
 * The role table against Cozystack v1.6.2's own ClusterRoles: each role named grants the
 * request once aggregated, and no lower role does.
 */
describe("grantingRole, checked against the release's tenant ClusterRoles", () => {
  type Rule = { apiGroups?: string[]; resources?: string[]; verbs: string[] };
  type Role = {
    metadata: { name: string; labels?: Record<string, string> };
    aggregationRule?: { clusterRoleSelectors: Array<{ matchLabels: Record<string, string> }> };
    rules?: Rule[];
  };
  const roles = parseAllDocuments(
    readFileSync(join(sharedUpstreamDir(), "rbac", "tenant-clusterroles.yaml"), "utf8"),
  )
    .map((d) => d.toJS() as Role)
    .filter(Boolean);
  const rulesOf = (name: string): Rule[] => {
    const role = roles.find((r) => r.metadata.name === name)!;
    if (!role.aggregationRule) return role.rules ?? [];
    return roles
      .filter((r) =>
        role.aggregationRule!.clusterRoleSelectors.some((s) =>
          Object.entries(s.matchLabels).every(([k, v]) => r.metadata.labels?.[k] === v),
        ),
      )
      .flatMap((r) => rulesOf(r.metadata.name));
  };
  const has = (list: string[] | undefined, value: string) =>
    !!list && (list.includes(value) || list.includes("*"));
  const grants = (role: string, verb: string, group: string, resource: string) =>
    rulesOf(role).some((r) => has(r.apiGroups, group) && has(r.resources, resource) && has(r.verbs, verb));
  const levels = ["cozy:tenant:view", "cozy:tenant:use", "cozy:tenant:admin", "cozy:tenant:super-admin"];

  const requests = [
    ...[
      "redises",
      "postgreses",
      "kuberneteses",
      "tenants",
      "etcds",
      "ingresses",
      "monitorings",
      "kubernetesnodeses",
      "externaldns",
      "bootboxes",
      "infos",
      "seaweedfses",
    ].flatMap((resource) =>
      ["get", "list", "create", "update", "delete"].map((verb) => ({
        verb,
        group: "apps.cozystack.io",
        resource,
      })),
    ),
    { verb: "get", group: "core.cozystack.io", resource: "tenantsecrets" },
    { verb: "list", group: "core.cozystack.io", resource: "tenantsecrets" },
    { verb: "get", group: "", resource: "services" },
    { verb: "get", group: "", resource: "secrets" },
    { verb: "get", group: "", resource: "namespaces" },
  ];
  it.each(requests)("$verb $resource.$group", (request) => {
    const named = grantingRole(request);
    const lowest = levels.find((level) => grants(level, request.verb, request.group, request.resource));
    expect(named?.split(" ")[0]).toBe(lowest);
    if (lowest === "cozy:tenant:super-admin")
      expect(
        grants("cozy:tenant", request.verb, request.group, request.resource),
        "the tenant's ServiceAccount",
      ).toBe(true);
  });
});
