import { afterAll, describe, expect, it } from "vitest";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { KubeError, type KubeObject } from "../support/kube.ts";
import { appPath, condition, platformClient, uniqueName, waitFor } from "../support/cluster.ts";

const client = platformClient();
afterAll(() => client.close());

const apply = (path: string, object: unknown) => client.apply(path, object, "platform-test");
const tenantName = uniqueName("acme");
const tenantNs = `tenant-${tenantName}`;

describe("the local platform", () => {
  it("serves the platform API kinds with the model's server-side defaults", async () => {
    const created = await apply(appPath(tenant, "tenant-root", tenantName), {
      apiVersion: tenant.apiVersion,
      kind: "Tenant",
      metadata: { name: tenantName, namespace: "tenant-root" },
      spec: { ingress: true },
    });
    expect(created.spec).toMatchObject({ ingress: true, etcd: false, host: "", resourceQuotas: {} });
    expect((created.spec as Record<string, unknown>).gateway).toBeUndefined();
  });

  it("makes a tenant Ready and creates its namespace with Cozystack's naming rule", async () => {
    const ready = await waitFor("tenant Ready", async () => {
      const t = await client.get(appPath(tenant, "tenant-root", tenantName));
      return condition(t, "Ready")?.status === "True" ? t : undefined;
    });
    expect((ready.status as { namespace: string }).namespace).toBe(tenantNs);
    expect(condition(ready, "Released")?.status).toBe("True");
    expect(condition(ready, "WorkloadsReady")?.status).toBe("True");
    await client.get(`/api/v1/namespaces/${tenantNs}`);
  });

  it("makes a Postgres Ready and publishes its credentials and service", async () => {
    await apply(appPath(postgres, tenantNs, "db"), {
      apiVersion: postgres.apiVersion,
      kind: "Postgres",
      metadata: { name: "db", namespace: tenantNs },
      spec: { users: { app: {}, admin: { password: "chosen-by-user" } } },
    });
    const db = await waitFor("postgres Ready", async () => {
      const o = await client.get(appPath(postgres, tenantNs, "db"));
      return condition(o, "Ready")?.status === "True" ? o : undefined;
    });
    expect(db.spec).toMatchObject({
      replicas: 2,
      size: "10Gi",
      version: "v18",
      postgresql: { parameters: { max_connections: "100" } },
    });
    const view = await client.get<KubeObject & { data: Record<string, string> }>(
      `/apis/core.cozystack.io/v1alpha1/namespaces/${tenantNs}/tenantsecrets/postgres-db-credentials`,
    );
    const data = Object.fromEntries(
      Object.entries(view.data).map(([k, v]) => [k, Buffer.from(v, "base64").toString()]),
    );
    expect(Object.keys(data).sort()).toEqual(["admin", "app"]);
    expect(data.admin).toBe("chosen-by-user");
    expect(data.app).toMatch(/^[\w-]{12,}$/);
    const svc = await client.get<KubeObject & { spec: { ports: Array<{ port: number }> } }>(
      `/api/v1/namespaces/${tenantNs}/services/postgres-db-rw`,
    );
    expect(svc.spec.ports.map((p) => p.port)).toEqual([5432]);
  });

  it("refuses to change an immutable field, as the platform does", async () => {
    const error = await apply(appPath(postgres, tenantNs, "db"), {
      apiVersion: postgres.apiVersion,
      kind: "Postgres",
      metadata: { name: "db", namespace: tenantNs },
      spec: { storageClass: "fast", users: { app: {}, admin: { password: "chosen-by-user" } } },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeError);
    expect((error as KubeError).message).toContain("immutable");
  });

  it("fails an object on request, with the reason and message", async () => {
    await apply(appPath(postgres, tenantNs, "broken"), {
      apiVersion: postgres.apiVersion,
      kind: "Postgres",
      metadata: {
        name: "broken",
        namespace: tenantNs,
        annotations: { "standin.cozystack-iac.test/fail": "InstallFailed: chart render failed" },
      },
      spec: {},
    });
    const failed = await waitFor("postgres failed", async () => {
      const o = await client.get(appPath(postgres, tenantNs, "broken"));
      return condition(o, "Ready")?.status === "False" ? o : undefined;
    });
    expect(condition(failed, "Ready")).toMatchObject({
      reason: "InstallFailed",
      message: "chart render failed",
    });
  });

  it("keeps an object progressing when told to be slow", async () => {
    await apply("/api/v1/namespaces/kube-system/configmaps/cozystack-standin", {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "cozystack-standin", namespace: "kube-system" },
      data: { "slow-postgres": `${tenantNs}/Postgres/slow* ready-after=600000` },
    });
    await new Promise((r) => setTimeout(r, 300));
    await apply(appPath(postgres, tenantNs, "slow1"), {
      apiVersion: postgres.apiVersion,
      kind: "Postgres",
      metadata: { name: "slow1", namespace: tenantNs },
      spec: {},
    });
    const progressing = await waitFor("postgres progressing", async () => {
      const o = await client.get(appPath(postgres, tenantNs, "slow1"));
      return condition(o, "Ready")?.status === "Unknown" ? o : undefined;
    });
    expect(condition(progressing, "Ready")?.reason).toBe("Progressing");
    await new Promise((r) => setTimeout(r, 1500));
    expect(condition(await client.get(appPath(postgres, tenantNs, "slow1")), "Ready")?.status).toBe(
      "Unknown",
    );
  });

  it("honours deletion: the object goes once its published objects are removed", async () => {
    await client.delete(appPath(postgres, tenantNs, "db"));
    await waitFor("postgres gone", async () =>
      (await client.getOrUndefined(appPath(postgres, tenantNs, "db"))) ? undefined : true,
    );
    expect(
      await client.getOrUndefined(`/api/v1/namespaces/${tenantNs}/secrets/postgres-db-credentials`),
    ).toBeUndefined();
    expect(
      await client.getOrUndefined(`/api/v1/namespaces/${tenantNs}/services/postgres-db-rw`),
    ).toBeUndefined();
  });

  it("deletes a tenant with its namespace and everything in it", async () => {
    await client.delete(appPath(tenant, "tenant-root", tenantName));
    await waitFor(
      "tenant gone",
      async () =>
        (await client.getOrUndefined(appPath(tenant, "tenant-root", tenantName))) ? undefined : true,
      40_000,
    );
    await waitFor("namespace gone", async () =>
      (await client.getOrUndefined(`/api/v1/namespaces/${tenantNs}`)) ? undefined : true,
    );
  });
});
