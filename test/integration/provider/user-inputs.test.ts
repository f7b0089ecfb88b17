import { createHash } from "node:crypto";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { kinds } from "../../../schemas/kinds/index.ts";
import { kubernetes } from "../../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { cozystackProvider } from "../../../provider/cozystack/provider.ts";
import { writeOnlyCase } from "../../../provider/cozystack/write-only.test-support.ts";
import { decodeMsgpack, encodeMsgpack } from "../../../provider/plugin/cty/msgpack.ts";
import { blockType } from "../../../provider/plugin/schema.ts";
import { call, connect, hostEnv, launch, newClientCertificate } from "../../plugin/harness.ts";
import { appPath, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { hclResource } from "../../support/hcl.ts";
import { tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";
import { cozystackWorkdir, header, providerDir, withToyWorkdir } from "../../support/provider.ts";
import { resourceValues } from "../../support/tofu.ts";

/**
 * The provider fed what users feed it: kubeconfigs in both formats kubectl reads,
 * the kubeconfig a managed cluster publishes, secrets given only in write-only
 * form, and the list resources, all through the built provider.
 */
const client = platformClient();
const namespace = useTestTenant("inputs", tenant, client);
// Everything here runs as a tenant administrator (cozy:tenant:admin in this tenant only).
const tenantUser = useTenantUser(client, namespace);
// Every kind at once, Monitoring and ExternalDNS included, which cozy:tenant:admin may not create.
const tenantOwnUser = useTenantUser(client, namespace, tenantServiceAccount);
afterAll(() => client.close());

const pg = (name: string) =>
  `resource "cozystack_postgres" "${name}" {\n  name      = "${name}"\n  namespace = "${namespace}"\n  replicas  = 1\n}\n`;

describe("a kubeconfig in JSON, which kubectl also reads", () => {
  it("applies, refreshes and destroys like the YAML one", async () => {
    // The platform admin's kubeconfig: this file's one run with the admin token.
    const work = await cozystackWorkdir({ env: { KUBE_CONFIG_PATH: inject("platform").kubeconfigJsonPath } });
    work.write({ "main.tf": header + pg("json") });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    expect(await client.getOrUndefined(appPath(postgres, namespace, "json"))).toBeDefined();
    await work.destroy();
    expect(await client.getOrUndefined(appPath(postgres, namespace, "json"))).toBeUndefined();
  });
});

describe("the kubeconfig a managed cluster publishes", () => {
  it("parses with parse_kubeconfig and flows, through cozystack_kubeconfig, into a write-only attribute", async () => {
    const { work, header: providers } = await withToyWorkdir({ as: tenantUser });
    const cluster =
      `resource "cozystack_kubernetes" "dev" {\n  name      = "dev"\n  namespace = "${namespace}"\n  version   = "v1.35"\n}\n` +
      `output "api" {\n  value     = provider::cozystack::parse_kubeconfig(cozystack_kubernetes.dev.connection.kubeconfig).host\n  sensitive = true\n}\n`;
    work.write({ "main.tf": providers + cluster });
    await work.apply();

    // What the platform published, read as a user would read the Secret.
    const published = await client.get<{ data: Record<string, string> }>(
      `/apis/core.cozystack.io/v1alpha1/namespaces/${namespace}/tenantsecrets/kubernetes-dev-admin-kubeconfig`,
    );
    const text = Buffer.from(Object.values(published.data)[0]!, "base64").toString();
    const doc = parseYaml(text) as {
      clusters: Array<{ cluster: { server: string } }>;
      users: Array<{ user: { token: string } }>;
    };
    const outputs = (await work.show()).values!.outputs!;
    expect(outputs.api!.value).toBe(doc.clusters[0]!.cluster.server);

    work.write({
      "main.tf":
        providers +
        cluster +
        `ephemeral "cozystack_kubeconfig" "dev" {\n  name      = cozystack_kubernetes.dev.name\n  namespace = "${namespace}"\n}\n` +
        `resource "toy_thing" "deploy" {\n  name                = "deploy"\n  password_wo         = ephemeral.cozystack_kubeconfig.dev.token\n  password_wo_version = 1\n}\n`,
    });
    await work.apply();
    const token = doc.users[0]!.user.token;
    expect(resourceValues(await work.show(), "toy_thing.deploy").password_hash).toBe(
      createHash("sha256").update(token).digest("hex"),
    );
    // The cluster's own connection holds the kubeconfig (sensitive); the consumer keeps nothing of it.
    expect(JSON.stringify(resourceValues(await work.show(), "toy_thing.deploy"))).not.toContain(token);
    await work.destroy();
    expect(await client.getOrUndefined(appPath(kubernetes, namespace, "dev"))).toBeUndefined();
  });
});

describe("secrets given only in write-only form, for every kind that has them", () => {
  const cases = (kinds as readonly KindDeclaration[]).flatMap((decl) => {
    const secret = `wo-${decl.singular.replace(/[^a-z0-9]/g, "")}-Secret-${Math.random().toString(36).slice(2, 8)}`;
    const c = writeOnlyCase(decl, secret);
    return c ? [{ decl, secret, ...c, name: decl.category === "module" ? decl.singular : "wo" }] : [];
  });

  it("validate, apply, reach the platform, stay out of state, and plan clean", async () => {
    expect(cases.length).toBeGreaterThan(5);
    const work = await cozystackWorkdir({ as: tenantOwnUser });
    work.write({
      "main.tf":
        header +
        cases
          .map((c) =>
            hclResource(c.decl.tfType, c.decl.singular, { name: c.name, namespace, ...c.attributes }),
          )
          .join("\n"),
    });
    await work.validate();
    await work.apply();
    const state = work.read("terraform.tfstate");
    for (const c of cases) {
      expect(state, c.decl.kind).not.toContain(c.secret);
      const object = await client.get(appPath(c.decl, namespace, c.name));
      const sent = c.specPath.reduce<unknown>(
        (v, step) => (v as Record<string, unknown> | undefined)?.[step],
        object.spec,
      );
      expect(sent, `${c.decl.kind} spec.${c.specPath.join(".")}`).toBe(c.secret);
    }
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });
});

describe("list resources, through the built binary", () => {
  it("list a kind's objects in a namespace, with their state when asked", async () => {
    await client.apply(
      appPath(postgres, namespace, "listed"),
      {
        apiVersion: postgres.apiVersion,
        kind: postgres.kind,
        metadata: { name: "listed", namespace },
        spec: { replicas: 1 },
      },
      "test",
    );
    await waitFor("the object", () => client.getOrUndefined(appPath(postgres, namespace, "listed")));
    const definition = await cozystackProvider();
    const cert = newClientCertificate();
    const l = await launch(join(await providerDir(), "terraform-provider-cozystack"), hostEnv(cert), true);
    const session = connect(l, cert);
    try {
      const configType = blockType(definition.schema.block);
      const empty = Object.fromEntries(
        Object.keys(definition.schema.block.attributes ?? {}).map((k) => [k, null]),
      );
      const configured = await call(session, ".tfplugin6.Provider", "ConfigureProvider", {
        terraform_version: "1.14.0",
        config: {
          msgpack: encodeMsgpack({ ...empty, config_path: tenantUser.kubeconfigPath }, configType),
        },
      });
      expect(configured.responses[0]!.diagnostics ?? []).toEqual([]);
      const listType = blockType(definition.listResources!.cozystack_postgres!.schema.block);
      const listed = await call(session, ".tfplugin6.Provider", "ListResource", {
        type_name: "cozystack_postgres",
        config: { msgpack: encodeMsgpack({ namespace }, listType) },
        include_resource_object: true,
        limit: 100n,
      });
      expect(listed.status).toBe(0);
      const events = listed.responses as Array<{
        display_name: string;
        diagnostic?: unknown;
        resource_object?: { msgpack: Uint8Array };
      }>;
      const event = events.find((e) => e.display_name === `${namespace}/listed`);
      expect(event, JSON.stringify(events.map((e) => e.display_name))).toBeDefined();
      const resourceType = blockType(definition.resources!.cozystack_postgres!.schema.block);
      const state = decodeMsgpack(event!.resource_object!.msgpack, resourceType) as Record<string, unknown>;
      expect(state).toMatchObject({ name: "listed", namespace, id: `${namespace}/listed` });
    } finally {
      session.close();
      l.child.kill();
      await client.delete(appPath(postgres, namespace, "listed"));
    }
  });
});
