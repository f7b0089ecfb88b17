import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { tenantRbac } from "../../standin/tenant-rbac.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import type { KubeObject } from "../../support/kube.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import { resourceValues } from "../../support/tofu.ts";
import { tenantAdmin, tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";

/**
 * Cozystack's tenant permissions on the real apiserver: the release's ClusterRoles, the
 * bindings the tenant chart makes, and what a tenant user may and may not do with the provider.
 */
const client = platformClient();
afterAll(() => client.close());

const a = useTestTenant("rbaca", tenant, client);
const nested = useTestTenant("rbacb", tenant, client, { parent: a });
const other = useTestTenant("rbacother", tenant, client);
const adminOfA = useTenantUser(client, a);

const RBAC = "/apis/rbac.authorization.k8s.io/v1";
type Rule = { apiGroups?: string[]; resources?: string[]; verbs: string[] };

/** Whether the apiserver's authorizer lets `user` do this (a SubjectAccessReview). */
async function allowed(user: string, namespace: string, verb: string, resource: string): Promise<boolean> {
  const saNamespace = user.split(":")[2]!;
  const review = await client.request<{ status?: { allowed?: boolean } }>(
    "POST",
    "/apis/authorization.k8s.io/v1/subjectaccessreviews",
    {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SubjectAccessReview",
      spec: {
        user,
        groups: ["system:serviceaccounts", `system:serviceaccounts:${saNamespace}`, "system:authenticated"],
        resourceAttributes: { namespace, verb, group: "apps.cozystack.io", resource },
      },
    },
  );
  return review.status?.allowed === true;
}

describe("the tenant roles the platform installs", () => {
  it("are Cozystack's ClusterRoles, filled in by the aggregation controller", async () => {
    const admin = await client.get<KubeObject & { rules?: Rule[] }>(`${RBAC}/clusterroles/cozy:tenant:admin`);
    const grants = (verb: string, resource: string) =>
      (admin.rules ?? []).some(
        (r) =>
          r.apiGroups?.includes("apps.cozystack.io") &&
          (r.resources?.includes(resource) || r.resources?.includes("*")) &&
          r.verbs.includes(verb),
      );
    // From admin's own part, and from view's, aggregated through use.
    expect(grants("create", "redises")).toBe(true);
    expect(grants("list", "tenants")).toBe(true);
    expect(grants("create", "tenants")).toBe(false);
  });

  it.each([
    {
      who: "admin",
      verb: "create",
      resource: "redises",
      where: "own",
      allowed: true,
      why: "an app admin may write",
    },
    {
      who: "admin",
      verb: "create",
      resource: "tenants",
      where: "own",
      allowed: false,
      why: "not in cozy:tenant:admin",
    },
    {
      who: "admin",
      verb: "create",
      resource: "redises",
      where: "other",
      allowed: false,
      why: "bound in its tenant only",
    },
    {
      who: "tenant SA",
      verb: "create",
      resource: "tenants",
      where: "own",
      allowed: true,
      why: "cozy:tenant has apps/*",
    },
    {
      who: "tenant SA",
      verb: "create",
      resource: "redises",
      where: "nested",
      allowed: true,
      why: "the chart binds ancestors",
    },
    {
      who: "tenant SA",
      verb: "get",
      resource: "redises",
      where: "other",
      allowed: false,
      why: "not an ancestor there",
    },
  ])("$who may $verb $resource in the $where tenant: $allowed ($why)", async (c) => {
    const user = c.who === "admin" ? adminOfA.user.username : `system:serviceaccount:${a}:${a}`;
    const namespace = c.where === "own" ? a : c.where === "nested" ? nested : other;
    expect(await allowed(user, namespace, c.verb, c.resource)).toBe(c.allowed);
  });

  it("a ready tenant has the chart's ServiceAccount and RoleBindings, its ancestors' included", async () => {
    for (const namespace of [a, nested]) {
      const expected = tenantRbac(namespace);
      expect(
        await client.getOrUndefined(`/api/v1/namespaces/${namespace}/serviceaccounts/${namespace}`),
      ).toBeDefined();
      for (const binding of expected.roleBindings) {
        const live = await client.get<KubeObject & { roleRef: unknown; subjects: unknown }>(
          `${RBAC}/namespaces/${namespace}/rolebindings/${encodeURIComponent(binding.metadata.name)}`,
        );
        expect(live.roleRef).toEqual(binding.roleRef);
        expect(live.subjects).toEqual(binding.subjects);
      }
    }
    const subjects = tenantRbac(nested).roleBindings[0]!.subjects.map((s) => s.name);
    expect(subjects).toEqual([nested, "tenant-root", a]);
  });
});

describe("a tenant user in another tenant's namespace", () => {
  it("is refused with the object, the verb, the user and the role that grants it; nothing changes there, nothing is retried", async () => {
    const path = appPath(redis, other, "theirs");
    await client.apply(
      path,
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name: "theirs", namespace: other },
        spec: { replicas: 2 },
      },
      "someone-else",
    );
    await waitFor("the other tenant's Redis to be ready", async () =>
      condition(await client.get(path), "Ready")?.status === "True" ? true : undefined,
    );
    const before = await client.get(path);
    const listBefore = (await client.list(appPath(redis, other))).items.map((o) => o.metadata.name);

    const work = await cozystackWorkdir({ as: adminOfA });
    const resource = (name: string, replicas: number) =>
      `resource "cozystack_redis" "${name}" {\n  name      = "${name}"\n  namespace = "${other}"\n  replicas  = ${replicas}\n  timeouts = { create = "10m" }\n}\n`;
    work.write({ "main.tf": header + resource("theirs", 3) + resource("intruder", 1) });
    const result = await work.run(["apply", "-auto-approve", "-no-color"], { TF_LOG: "trace" });
    expect(result.code).toBe(1);
    const said = result.stderr.replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");
    for (const name of ["theirs", "intruder"]) {
      // The provider names the object; the apiserver's refusal of a create names none.
      expect(said).toContain(
        `applying Redis ${other}/${name}: forbidden: ${adminOfA.user.username} may not create Redis objects in namespace ${other} (create on redises.apps.cozystack.io in namespace ${other}). Cozystack grants it with ClusterRole cozy:tenant:admin bound in namespace ${other}: use the credentials of that tenant`,
      );
    }
    // Refused at once: a 403 is final, so the provider never waits out the 10 minutes.
    expect(result.stderr).not.toContain("retrying apply");

    const after = await client.get(path);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(after.spec).toEqual(before.spec);
    expect((await client.list(appPath(redis, other))).items.map((o) => o.metadata.name)).toEqual(listBefore);
    await client.delete(path);
  });

  it("a tenant admin cannot create what cozy:tenant:admin leaves out, and hears which role can", async () => {
    const work = await cozystackWorkdir({ as: adminOfA });
    work.write({
      "main.tf":
        header + `resource "cozystack_tenant" "child" {\n  name      = "child"\n  namespace = "${a}"\n}\n`,
    });
    const result = await work.run(["apply", "-auto-approve", "-no-color"]);
    expect(result.code).toBe(1);
    const said = result.stderr.replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");
    expect(said).toContain(
      `applying Tenant ${a}/child: forbidden: ${adminOfA.user.username} may not create Tenant objects in namespace ${a} (create on tenants.apps.cozystack.io in namespace ${a}). Cozystack grants it with ClusterRole cozy:tenant:super-admin bound in namespace ${a} (cozy:tenant:admin does not grant it; the tenant's own ServiceAccount, bound to cozy:tenant, may do it too)`,
    );
    expect(await client.getOrUndefined(appPath(tenant, a, "child"))).toBeUndefined();
  });
});

describe("a parent tenant's user", () => {
  it("manages a nested tenant's services with the parent's own ServiceAccount", async () => {
    const parent = await tenantServiceAccount(client, a);
    const work = await cozystackWorkdir({ as: parent });
    const child = "kid";
    work.write({
      "main.tf":
        header +
        `resource "cozystack_tenant" "child" {\n  name      = "${child}"\n  namespace = "${a}"\n}\n` +
        `resource "cozystack_redis" "cache" {\n  name      = "cache"\n  namespace = cozystack_tenant.child.connection.namespace\n  replicas  = 1\n}\n`,
    });
    await work.apply();
    const childNs = `${a}-${child}`;
    const cache = await client.get(appPath(redis, childNs, "cache"));
    expect(condition(cache, "Ready")?.status).toBe("True");
    expect(resourceValues(await work.show(), "cozystack_redis.cache").namespace).toBe(childNs);
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
    expect(await client.getOrUndefined(appPath(tenant, a, child))).toBeUndefined();
  });

  it("reaches its child tenants through the chart, where a tenant admin bound in the parent alone does not", async () => {
    const admin = await tenantAdmin(client, a, { name: "only-here" });
    expect(await allowed(admin.username, a, "create", "redises")).toBe(true);
    expect(await allowed(admin.username, nested, "create", "redises")).toBe(false);
    expect(await allowed(`system:serviceaccount:${a}:${a}`, nested, "create", "redises")).toBe(true);
  });
});
