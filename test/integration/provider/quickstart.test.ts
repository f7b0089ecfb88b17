import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kubernetes } from "../../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { ROOT_TENANT_NAMESPACE } from "../../../schemas/core/names.ts";
import { appPath, platformClient, uniqueName } from "../../support/cluster.ts";
import { cozystackWorkdir, type Credentials } from "../../support/provider.ts";
import { tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";

/** examples/quickstart as users run it: a tenant and its services, wired through outputs. */
const client = platformClient();
afterAll(() => client.close());

// It creates a tenant under tenant-root, which only the root tenant's own ServiceAccount (the
// kubeconfig its dashboard hands out) may do, and uses it in the new tenant through the chart's
// ancestor binding. The platform admin's token runs it too: the suite's admin-token run.
const rootTenantUser = useTenantUser(client, ROOT_TENANT_NAMESPACE, tenantServiceAccount);
const runs: Array<[string, () => Credentials]> = [
  ["as the root tenant's ServiceAccount", () => ({ as: rootTenantUser })],
  ["as the platform admin", () => ({})],
];

describe.each(runs)("examples/quickstart %s", (_who, credentials) => {
  it("applies, plans clean, exposes its outputs, and destroys everything it made", async () => {
    const work = await cozystackWorkdir(credentials());
    copyFileSync(
      join(import.meta.dirname, "..", "..", "..", "examples", "quickstart", "main.tf"),
      join(work.dir, "main.tf"),
    );
    const name = uniqueName("qs");
    const vars = ["-var", `tenant=${name}`];
    await work.ok(["apply", "-auto-approve", "-no-color", ...vars]);
    expect((await work.plan(vars)).changes).toBe(false);

    const outputs = (await work.show()).values!.outputs!;
    const namespace = `tenant-${name}`;
    expect(outputs.tenant_namespace!.value).toBe(namespace);
    expect(outputs.database!.value).toEqual({ host: `postgres-app-rw.${namespace}.svc`, port: 5432 });
    expect(outputs.database_password!.sensitive).toBe(true);
    expect(String(outputs.kubeconfig!.value)).toContain("apiVersion: v1");
    expect(await client.getOrUndefined(appPath(postgres, namespace, "app"))).toBeDefined();

    await work.ok(["destroy", "-auto-approve", "-no-color", ...vars]);
    expect(await client.getOrUndefined(appPath(kubernetes, namespace, "dev"))).toBeUndefined();
    expect(await client.getOrUndefined(appPath(tenant, "tenant-root", name))).toBeUndefined();
  });
});
