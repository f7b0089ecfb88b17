import { afterAll, describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import {
  appPath,
  condition,
  platformClient,
  readinessChecked,
  useTestTenant,
  waitFor,
} from "../../support/cluster.ts";
import { itWhen } from "../../support/when.ts";
import { useTenantUser } from "../../support/tenant-user.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import { resourceValues } from "../../support/tofu.ts";

/**
 * What the real cozystack-api does and CRDs do not (shared/reference/cozystack-api.md §0),
 * played by the stand-in: no field ownership kept, no generations, the previous
 * Ready=True shown for a moment after an update, TenantSecrets whose stringData
 * repeats data's base64 text. The provider must be correct on all of it.
 */
const client = platformClient();
const namespace = useTestTenant("realapi", tenant, client);
// Everything here runs as a tenant administrator (cozy:tenant:admin in this tenant only).
const tenantUser = useTenantUser(client, namespace);
afterAll(() => client.close());

const resource = (decl: KindDeclaration, name: string, body: string) =>
  `resource "${decl.tfType}" "${name}" {\n  name      = "${name}"\n  namespace = "${namespace}"\n${body}}\n`;
const specOf = async (decl: KindDeclaration, name: string) =>
  (await client.get(appPath(decl, namespace, name))).spec as Record<string, unknown>;

describe("removing what the configuration no longer sets", () => {
  it("returns an attribute to its default and plans clean (Redis size)", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + resource(redis, "shrink", '  size = "2Gi"\n') });
    await work.apply();
    expect((await specOf(redis, "shrink")).size).toBe("2Gi");
    work.write({ "main.tf": header + resource(redis, "shrink", "") });
    await work.apply();
    expect((await specOf(redis, "shrink")).size).toBe("1Gi");
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });

  it("removes a map entry and plans clean (Postgres users)", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    const users = (names: string[]) => `  users = { ${names.map((n) => `${n} = {}`).join(", ")} }\n`;
    work.write({ "main.tf": header + resource(postgres, "drop", users(["a", "b"])) });
    await work.apply();
    work.write({ "main.tf": header + resource(postgres, "drop", users(["a"])) });
    await work.apply();
    expect(Object.keys((await specOf(postgres, "drop")).users as object)).toEqual(["a"]);
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });
});

describe("an object someone else made", () => {
  it("is never taken over: the create fails, names it, gives the import block, and changes nothing", async () => {
    const path = appPath(redis, namespace, "victim");
    await client.create(
      appPath(redis, namespace),
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name: "victim", namespace },
        spec: { replicas: 5, authEnabled: false },
      },
      "someone-else",
    );
    if (readinessChecked())
      await waitFor("the other tool's object to be ready", async () =>
        condition(await client.get(path), "Ready")?.status === "True" ? true : undefined,
      );
    const before = await client.get(path);
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + resource(redis, "victim", "  replicas = 1\n") });
    const result = await work.run(["apply", "-auto-approve", "-no-color"]);
    expect(result.code).toBe(1);
    const error = result.stderr.replace(/\s+/g, " ");
    expect(error).toContain(`Redis ${namespace}/victim already exists`);
    expect(error).toContain(`id = "${namespace}/victim"`);
    expect(error).not.toContain("bug in the provider");
    const after = await client.get(path);
    expect(after.spec).toEqual(before.spec);
    expect(after.metadata.uid).toBe(before.metadata.uid);
    await client.delete(path);
  });
});

describe("passwords read through TenantSecret", () => {
  it("are plain text, not the base64 the real server repeats in stringData", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({
      "main.tf": header + resource(postgres, "plain", '  users = { app = { password = "s3cr3t-Plain" } }\n'),
    });
    await work.apply();
    const connection = resourceValues(await work.show(), "cozystack_postgres.plain").connection as {
      passwords: Record<string, string>;
    };
    expect(connection.passwords.app).toBe("s3cr3t-Plain");
    await work.destroy();
  });
});

describe("an update", () => {
  itWhen(readinessChecked())(
    "waits for the platform's new Ready, not the previous one it still shows",
    async () => {
      const work = await cozystackWorkdir({ as: tenantUser });
      work.write({ "main.tf": header + resource(redis, "upd", "  replicas = 1\n") });
      await work.apply();
      const path = appPath(redis, namespace, "upd");
      const before = condition(await client.get(path), "Ready") as { lastTransitionTime?: string };
      work.write({ "main.tf": header + resource(redis, "upd", "  replicas = 2\n") });
      await work.apply();
      // Right when apply returns, Ready must already be a transition made after the change.
      const after = condition(await client.get(path), "Ready") as {
        status: string;
        lastTransitionTime?: string;
      };
      expect(after.status).toBe("True");
      expect(Date.parse(after.lastTransitionTime!)).toBeGreaterThan(Date.parse(before.lastTransitionTime!));
      expect((await work.plan()).changes).toBe(false);
      await work.destroy();
    },
  );

  it("refuses to overwrite a change made on the platform after the plan", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + resource(redis, "race", "  replicas = 1\n") });
    await work.apply();
    work.write({ "main.tf": header + resource(redis, "race", "  replicas = 2\n") });
    await work.ok(["plan", "-out=tfplan", "-no-color"]);
    await client.mergePatch(appPath(redis, namespace, "race"), { spec: { replicas: 4 } });
    await waitFor("the outside change", async () =>
      (await specOf(redis, "race")).replicas === 4 ? true : undefined,
    );
    const result = await work.run(["apply", "-no-color", "tfplan"]);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\s+/g, " ")).toContain(
      "changed on the platform after this plan was made (replicas)",
    );
    expect((await specOf(redis, "race")).replicas).toBe(4);
    await work.destroy();
  });
});
