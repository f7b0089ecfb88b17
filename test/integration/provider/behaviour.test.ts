import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { connect as connectTcp, type AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { useTenantUser } from "../../support/tenant-user.ts";
import { setStandinRule } from "../../support/standin.ts";
import { cozystackWorkdir, header, withToyWorkdir } from "../../support/provider.ts";
import { resourceValues } from "../../support/tofu.ts";

/** How the provider behaves when things go wrong, and what it keeps out of logs. */
const client = platformClient();
const namespace = useTestTenant("behave", tenant, client);
// Everything here runs as a tenant administrator (cozy:tenant:admin in this tenant only).
const tenantUser = useTenantUser(client, namespace);
const rule = (key: string, value: string | null) => setStandinRule(client, key, value);
afterAll(() => client.close());

/** A Postgres made through the API, as another tool or a person would. */
const madeOutside = (name: string, spec: Record<string, unknown>) =>
  client.apply(
    appPath(postgres, namespace, name),
    { apiVersion: postgres.apiVersion, kind: postgres.kind, metadata: { name, namespace }, spec },
    "test",
  );

const pg = (name: string, extra = "") =>
  `resource "cozystack_postgres" "${name}" {\n  name      = "${name}"\n  namespace = "${namespace}"\n${extra}}\n`;

describe("the cozystack provider", () => {
  it("reports invalid values with their attribute path before any API call", async () => {
    const work = await cozystackWorkdir({ env: { KUBE_CONFIG_PATH: "/nonexistent/kubeconfig" } });
    work.write({
      "main.tf":
        header +
        pg(
          "bad",
          '  replicas = -1\n  version = "v9"\n  size = "10GB"\n  users = { "Bad-User" = {} }\n  postgresql = { parameters = { archive_command = "rm -rf /" } }\n',
        ),
    });
    const result = await work.run(["validate", "-no-color"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("must be at least 0, got number -1");
    expect(result.stderr).toContain('must be one of "v18", "v17", "v16", "v15", "v14", "v13", got "v9"');
    expect(result.stderr).toContain("must be a Kubernetes quantity such as 10Gi, 500m or 2");
    expect(result.stderr).toMatch(/replicas\s+=\s+-1/);
    expect(result.stderr).not.toContain("/nonexistent/kubeconfig");
  });

  it("fails with the platform's reason, and keeps the object in state", async () => {
    await rule(
      "fail-broken",
      `${namespace}/Postgres/broken fail=InstallFailed: chart render failed: values don't meet the specifications`,
    );
    await new Promise((r) => setTimeout(r, 300));
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + pg("broken") });
    const result = await work.run(["apply", "-auto-approve", "-no-color"]);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\s+/g, " ")).toContain(
      "Ready=False, reason InstallFailed: chart render failed",
    );
    const state = await work.show();
    expect(resourceValues(state, "cozystack_postgres.broken").name).toBe("broken");
    await rule("fail-broken", null);
    await client.mergePatch(appPath(postgres, namespace, "broken"), {
      metadata: { annotations: { touched: "1" } },
    });
    await work.destroy();
  });

  it("times out on a slow object, keeps it, and the next apply continues until ready", async () => {
    await rule("slow", `${namespace}/Postgres/slow ready-after=4000`);
    await new Promise((r) => setTimeout(r, 300));
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + pg("slow", '  timeouts = { create = "1s" }\n') });
    const first = await work.run(["apply", "-auto-approve", "-no-color"]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("timed out waiting for Postgres");
    expect(resourceValues(await work.show(), "cozystack_postgres.slow").name).toBe("slow");
    work.write({ "main.tf": header + pg("slow", '  timeouts = { create = "1m", update = "1m" }\n') });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    await rule("slow", null);
    await work.destroy();
  });

  it("plans re-creation of an object deleted outside Terraform", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + pg("gone") });
    await work.apply();
    await client.delete(appPath(postgres, namespace, "gone"));
    await waitFor("deleted", async () =>
      (await client.getOrUndefined(appPath(postgres, namespace, "gone"))) ? undefined : true,
    );
    const plan = await work.planJson();
    expect(plan.resource_changes?.[0]?.change.actions).toEqual(["create"]);
    await work.destroy();
  });

  it("publishes connection details, reads them with a data source, and keeps them out of logs", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({
      "main.tf":
        header +
        pg("conn", "  users = { app = {} }\n") +
        `data "cozystack_postgres" "read" {\n  name      = cozystack_postgres.conn.name\n  namespace = "${namespace}"\n}\n` +
        `output "password" {\n  value     = cozystack_postgres.conn.connection.passwords["app"]\n  sensitive = true\n}\n` +
        `output "same" { value = data.cozystack_postgres.read.connection.host == cozystack_postgres.conn.connection.host }\n` +
        `output "preset" { value = provider::cozystack::resources_preset("1500m", "3Gi") }\n` +
        `output "ns" { value = provider::cozystack::tenant_namespace("root/acme/dev") }\n`,
    });
    const applied = await work.ok(["apply", "-auto-approve", "-no-color"], { TF_LOG: "trace" });
    const outputs = (await work.show()).values!.outputs!;
    const password = String(outputs.password!.value);
    expect(password).toMatch(/^[\w-]{12,}$/);
    expect(outputs.same!.value).toBe(true);
    expect(outputs.preset!.value).toBe("s1.medium");
    expect(outputs.ns!.value).toBe("tenant-acme-dev");
    expect(applied.stdout).not.toContain(password);
    expect(applied.stderr).not.toContain(password);
    const host = resourceValues(await work.show(), "cozystack_postgres.conn").connection as Record<
      string,
      unknown
    >;
    expect(host).toMatchObject({ host: `postgres-conn-rw.${namespace}.svc`, port: 5432 });
    await work.destroy();
  });

  it("runs the core lifecycle on Terraform 1.8.5 too", async () => {
    const work = await cozystackWorkdir({ as: tenantUser, cli: "terraform", version: "1.8.5" });
    work.write({ "main.tf": header + pg("tf", "  replicas = 1\n") });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    work.write({ "main.tf": header + pg("tf", "  replicas = 3\n") });
    await work.apply();
    expect(
      ((await client.get(appPath(postgres, namespace, "tf"))).spec as { replicas: number }).replicas,
    ).toBe(3);
    await work.destroy();
    expect(await client.getOrUndefined(appPath(postgres, namespace, "tf"))).toBeUndefined();
  });
});

describe("ephemeral resources", () => {
  it("hand a password to another provider's write-only attribute without writing it to state", async () => {
    // The database exists already, made outside this configuration.
    await madeOutside("eph", { users: { app: {} } });
    const secret = await waitFor("credentials", async () =>
      client.getOrUndefined<{ data: Record<string, string> }>(
        `/apis/core.cozystack.io/v1alpha1/namespaces/${namespace}/tenantsecrets/postgres-eph-credentials`,
      ),
    );
    const password = Buffer.from(secret.data.app!, "base64").toString();
    const { work, header: both } = await withToyWorkdir({ as: tenantUser });
    work.write({
      "main.tf":
        both +
        `ephemeral "cozystack_credentials" "db" {\n  type      = "cozystack_postgres"\n  name      = "eph"\n  namespace = "${namespace}"\n}\n` +
        `resource "toy_thing" "app" {\n  name                = "app"\n  password_wo         = ephemeral.cozystack_credentials.db.values["passwords.app"]\n  password_wo_version = 1\n}\n`,
    });
    await work.apply();
    const values = resourceValues(await work.show(), "toy_thing.app");
    expect(values.password_hash).toBe(createHash("sha256").update(password).digest("hex"));
    expect(work.read("terraform.tfstate")).not.toContain(password);
    await work.destroy();
    await client.delete(appPath(postgres, namespace, "eph"));
  });

  it("name an object that does not exist", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({
      "main.tf":
        header +
        `ephemeral "cozystack_credentials" "db" {\n  type      = "cozystack_postgres"\n  name      = "missing"\n  namespace = "${namespace}"\n}\n`,
    });
    const plan = await work.run(["plan", "-no-color"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("Not found");
    expect(plan.stderr.replace(/\s+/g, " ")).toContain(`Postgres ${namespace}/missing does not exist.`);
  });
});

describe("an unreachable platform", () => {
  it("fails an apply with a clear error while the apiserver is stopped, and the next apply converges", async () => {
    const apiserver = inject("platform").pids.apiserver;
    await rule("outage", `${namespace}/Postgres/outage ready-after=1500`);
    await new Promise((r) => setTimeout(r, 300));
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({ "main.tf": header + pg("outage", '  timeouts = { create = "12s" }\n') });
    const applying = work.run(["apply", "-auto-approve", "-no-color"]);
    await waitFor(
      "the object to exist",
      async () => (await client.getOrUndefined(appPath(postgres, namespace, "outage"))) ?? undefined,
    );
    process.kill(apiserver, "SIGSTOP");
    let failed;
    try {
      failed = await applying;
    } finally {
      process.kill(apiserver, "SIGCONT");
    }
    expect(failed.code).toBe(1);
    expect(failed.stderr.replace(/\s+/g, " ")).toMatch(
      /cannot reach the platform API \(ETIMEDOUT\)|timed out waiting for Postgres/,
    );
    expect(resourceValues(await work.show(), "cozystack_postgres.outage").name).toBe("outage");
    await rule("outage", null);
    work.write({ "main.tf": header + pg("outage", '  timeouts = { create = "1m", update = "1m" }\n') });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });
});

describe("generated configuration", () => {
  it("imports with -generate-config-out and the generated config plans clean", async () => {
    await madeOutside("gen", { replicas: 3, users: { app: {} } });
    const work = await cozystackWorkdir({ as: tenantUser });
    work.write({
      "main.tf": header,
      "import.tf": `import {\n  to = cozystack_postgres.gen\n  id = "${namespace}/gen"\n}\n`,
    });
    await work.ok(["plan", "-no-color", "-generate-config-out=generated.tf"]);
    const generated = work.read("generated.tf");
    expect(generated).toContain('resource "cozystack_postgres" "gen"');
    expect(generated).toMatch(/replicas\s+=\s+3/);
    expect(generated).not.toMatch(/^\s+connection\s+=/m);
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });
});

describe("write-only passwords", () => {
  const secretOf = async (name: string) => {
    const s = await client.get<{ data: Record<string, string> }>(
      `/apis/core.cozystack.io/v1alpha1/namespaces/${namespace}/tenantsecrets/postgres-${name}-credentials`,
    );
    return Buffer.from(s.data.app!, "base64").toString();
  };

  it("reach the platform but never the state, and a new version sends a new one", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    const config = (password: string, version: number) =>
      header +
      pg("wo", `  users = { app = { password_wo = "${password}", password_wo_version = ${version} } }\n`);
    work.write({ "main.tf": config("first-secret-value", 1) });
    await work.apply();
    expect(await secretOf("wo")).toBe("first-secret-value");
    expect(work.read("terraform.tfstate")).not.toContain("first-secret-value");
    expect((await work.plan()).changes).toBe(false);
    work.write({ "main.tf": config("second-secret-value", 2) });
    const plan = await work.planJson();
    expect(plan.resource_changes?.[0]?.change.actions).toEqual(["update"]);
    await work.apply();
    await waitFor("the new password", async () =>
      (await secretOf("wo")) === "second-secret-value" ? true : undefined,
    );
    expect(work.read("terraform.tfstate")).not.toContain("second-secret-value");
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });

  it("are refused, with the plain form suggested, on a host that would store them", async () => {
    const work = await cozystackWorkdir({ as: tenantUser, cli: "terraform", version: "1.8.5" });
    work.write({ "main.tf": header + pg("wo18", '  users = { app = { password_wo = "x" } }\n') });
    const result = await work.run(["validate", "-no-color"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Write-only attributes are not supported here");
  });
});

describe("a kubeconfig with an exec credential plugin", () => {
  it("runs the plugin only to call the platform, and renews a refused token once", async () => {
    const platform = inject("platform");
    const dir = mkdtempSync(join(tmpdir(), "exec-kubeconfig-"));
    const runs = join(dir, "runs");
    const credential = (token: string) =>
      JSON.stringify({
        apiVersion: "client.authentication.k8s.io/v1",
        kind: "ExecCredential",
        status: { token, expirationTimestamp: "2099-01-01T00:00:00Z" },
      });
    // The first token it hands out is stale, as after a password change; the next ones work.
    const plugin = join(dir, "get-token");
    writeFileSync(
      plugin,
      `#!/bin/sh\necho run >> "${runs}"\nif [ "$(wc -l < "${runs}")" -eq 1 ]; then\n  echo '${credential("stale-token")}'\nelse\n  echo '${credential(tenantUser.user.token)}'\nfi\n`,
    );
    chmodSync(plugin, 0o755);
    const kubeconfig = join(dir, "kubeconfig");
    writeFileSync(
      kubeconfig,
      JSON.stringify({
        "current-context": "local",
        contexts: [{ name: "local", context: { cluster: "local", user: "oidc" } }],
        clusters: [
          {
            name: "local",
            cluster: {
              server: platform.server,
              "certificate-authority-data": Buffer.from(platform.ca).toString("base64"),
            },
          },
        ],
        users: [
          {
            name: "oidc",
            user: { exec: { apiVersion: "client.authentication.k8s.io/v1", command: plugin } },
          },
        ],
      }),
    );
    const countRuns = () => (existsSync(runs) ? readFileSync(runs, "utf8").trim().split("\n").length : 0);
    const work = await cozystackWorkdir({ env: { KUBE_CONFIG_PATH: kubeconfig } });
    work.write({ "main.tf": header + pg("exec") });

    await work.ok(["validate", "-no-color"]);
    expect(countRuns()).toBe(0);
    const applied = await work.ok(["apply", "-auto-approve", "-no-color"], { TF_LOG: "trace" });
    expect(countRuns()).toBe(2);
    expect(applied.stderr).not.toContain(tenantUser.user.token);
    expect(await client.getOrUndefined(appPath(postgres, namespace, "exec"))).toBeDefined();
    expect((await work.plan()).changes).toBe(false);
    expect(countRuns()).toBe(3);
    await work.destroy();
  });
});

describe("a refresh of many resources of one kind", () => {
  it("still sees each change made outside Terraform, and each object deleted outside it", async () => {
    const work = await cozystackWorkdir({ as: tenantUser });
    const names = ["many0", "many1", "many2", "many3", "many4"];
    work.write({ "main.tf": header + names.map((n) => pg(n, "  replicas = 2\n")).join("\n") });
    await work.apply();
    // Enough resources of one kind that the refresh reads them from one listing.
    await client.mergePatch(appPath(postgres, namespace, "many3"), { spec: { replicas: 5 } });
    await client.delete(appPath(postgres, namespace, "many4"));
    await waitFor("deleted", async () =>
      (await client.getOrUndefined(appPath(postgres, namespace, "many4"))) ? undefined : true,
    );
    const plan = await work.planJson();
    const actions = Object.fromEntries(
      (plan.resource_changes ?? []).map((c) => [c.address, c.change.actions.join(",")]),
    );
    expect(actions).toEqual({
      "cozystack_postgres.many0": "no-op",
      "cozystack_postgres.many1": "no-op",
      "cozystack_postgres.many2": "no-op",
      "cozystack_postgres.many3": "update",
      "cozystack_postgres.many4": "create",
    });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });
});

describe("an HTTP proxy between the provider and the platform", () => {
  /** A CONNECT proxy on loopback that records each tunnel, or refuses them all. */
  async function startProxy(refuse = false) {
    const tunnels: string[] = [];
    const proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on("connect", (req: IncomingMessage, client: Duplex) => {
      tunnels.push(String(req.url));
      if (refuse) {
        client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      const [host, port] = String(req.url).split(":");
      const upstream = connectTcp(Number(port), host!, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, tunnels, close: () => proxy.close() };
  }

  it("tunnels every call through proxy_url, and names a proxy that refuses", async () => {
    const proxy = await startProxy();
    const refusing = await startProxy(true);
    try {
      const apiserver = new URL(inject("platform").server).host;
      const work = await cozystackWorkdir({ as: tenantUser, env: { KUBE_PROXY_URL: proxy.url } });
      work.write({ "main.tf": header + pg("proxied") });
      await work.apply();
      expect((await work.plan()).changes).toBe(false);
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([apiserver]));

      const refused = await work.run(["plan", "-no-color"], { KUBE_PROXY_URL: refusing.url });
      expect(refused.code).toBe(1);
      expect(refused.stderr.replace(/\s+/g, " ")).toMatch(
        /proxy 127\.0\.0\.1:\d+ refused the tunnel to 127\.0\.0\.1:\d+: 403 Forbidden/,
      );
      await work.destroy();
    } finally {
      proxy.close();
      refusing.close();
    }
  });
});
