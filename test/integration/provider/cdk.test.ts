import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_TENANT_NAMESPACE } from "../../../schemas/core/names.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { kubernetesNodes } from "../../../schemas/kinds/kubernetes-nodes.ts";
import { kubernetes } from "../../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { vmDisk } from "../../../schemas/kinds/vm-disk.ts";
import { vmInstance } from "../../../schemas/kinds/vm-instance.ts";
import { PUBLIC_SOURCE, SCHEMA_FILE } from "../../../scripts/generate-cdk.ts";
import { appPath, platformClient, uniqueName } from "../../support/cluster.ts";
import { cozystackWorkdir, providerDir } from "../../support/provider.ts";
import { tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";
import { cliPath, Workdir } from "../../support/tofu.ts";

/**
 * examples/cdk, the quickstart as a CDK Terrain app: synthesized by the real cdktn-cli,
 * applied by real OpenTofu, and compared object by object with examples/quickstart (HCL).
 * scripts/test.sh installs cdk/ and examples/cdk before the tests start.
 */
const repo = join(import.meta.dirname, "..", "..", "..");
const app = join(repo, "examples", "cdk");
const client = platformClient();
afterAll(() => client.close());
// Creating a tenant under tenant-root takes the root tenant's own ServiceAccount, as in quickstart.test.ts.
const rootTenantUser = useTenantUser(client, ROOT_TENANT_NAMESPACE, tenantServiceAccount);

/** `cdktn synth` into a fresh directory; returns the synthesized stack's JSON file. */
function synthesize(): string {
  const out = mkdtempSync(join(tmpdir(), "cdk-synth-"));
  const cdktn = join(app, "node_modules", ".bin", "cdktn");
  const run = spawnSync(cdktn, ["synth", "--output", out], {
    cwd: app,
    encoding: "utf8",
    env: { ...process.env, CI: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (run.status !== 0)
    throw new Error(`cdktn synth in examples/cdk exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  return join(out, "stacks", "quickstart", "cdk.tf.json");
}

/** A working dir for the synthesized stack: it names the provider by its public address. */
async function cdkWorkdir(stack: string): Promise<Workdir> {
  const work = new Workdir({
    bin: cliPath("tofu"),
    providers: [{ source: PUBLIC_SOURCE, dir: await providerDir() }],
    env: { KUBE_CONFIG_PATH: rootTenantUser.kubeconfigPath },
  });
  copyFileSync(stack, join(work.dir, "cdk.tf.json"));
  // cdktn always writes a backend block, and a backend needs `init`, which installs providers
  // even when dev_overrides cover them: it gets ours from a local plugin dir, never the registry.
  // The local backend's path points into examples/cdk; the test keeps its state in its own dir.
  await work.ok([
    "init",
    "-no-color",
    "-input=false",
    `-plugin-dir=${await pluginDir()}`,
    `-backend-config=path=${join(work.dir, "terraform.tfstate")}`,
  ]);
  return work;
}

/** The built provider in the unpacked layout `tofu init -plugin-dir` reads. */
async function pluginDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cdk-plugins-"));
  const arch = { x64: "amd64", arm64: "arm64" }[process.arch as string] ?? process.arch;
  const target = join(dir, PUBLIC_SOURCE, "0.1.0", `${process.platform}_${arch}`);
  mkdirSync(target, { recursive: true });
  copyFileSync(
    join(await providerDir(), "terraform-provider-cozystack"),
    join(target, "terraform-provider-cozystack"),
  );
  return dir;
}

/** Every object the quickstart makes, by kind, namespace and name, for a tenant called `name`. */
function quickstartObjects(name: string): Array<[string, KindDeclaration, string, string]> {
  const ns = `tenant-${name}`;
  return [
    ["tenant", tenant, "tenant-root", name],
    ["postgres", postgres, ns, "app"],
    ["redis", redis, ns, "cache"],
    ["kubernetes", kubernetes, ns, "dev"],
    ["node group", kubernetesNodes, ns, "dev-workers"],
    ["vm disk", vmDisk, ns, "system"],
    ["vm", vmInstance, ns, "vm"],
  ];
}

async function specs(name: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [what, kind, namespace, object] of quickstartObjects(name)) {
    const found = (await client.getOrUndefined(appPath(kind, namespace, object))) as
      { spec?: unknown } | undefined;
    out[what] = found?.spec;
  }
  return out;
}

describe("examples/cdk", () => {
  const cdkName = uniqueName("cdk");
  const hclName = uniqueName("qs");
  let cdk: Workdir | undefined;
  let hcl: Workdir | undefined;
  let stack: string;

  beforeAll(() => {
    stack = synthesize();
  }, 300_000);

  it("was generated from the schema OpenTofu reads from the built provider", async () => {
    const printed = (await (await cdkWorkdir(stack)).ok(["providers", "schema", "-json"])).stdout;
    expect(JSON.parse(printed)).toEqual(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));
  });

  it("typechecks against the generated constructs", () => {
    // cdktn runs main.ts with Node's type stripping, which checks no types: tsc does.
    const tsc = spawnSync(
      join(repo, "cdk", "node_modules", ".bin", "tsc"),
      ["-p", join(app, "tsconfig.json")],
      {
        encoding: "utf8",
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("synthesizes the quickstart's resources through the generated constructs", () => {
    const json = JSON.parse(readFileSync(stack, "utf8")) as {
      terraform: { required_providers: Record<string, { source: string }> };
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.terraform.required_providers.cozystack!.source).toBe(PUBLIC_SOURCE);
    expect(Object.keys(json.resource).sort()).toEqual([
      "cozystack_kubernetes",
      "cozystack_kubernetes_nodes",
      "cozystack_postgres",
      "cozystack_redis",
      "cozystack_tenant",
      "cozystack_vm_disk",
      "cozystack_vm_instance",
    ]);
    expect(json.resource.cozystack_postgres!.db!.resources_preset).toBe(
      '${provider::cozystack::resources_preset("1", "2Gi")}',
    );
  });

  it("applies with OpenTofu, plans clean and makes the same platform objects as the HCL quickstart", async () => {
    const cdkWork = (cdk = await cdkWorkdir(stack));
    await cdkWork.ok(["apply", "-auto-approve", "-no-color", "-var", `tenant=${cdkName}`]);
    expect((await cdkWork.plan(["-var", `tenant=${cdkName}`])).changes).toBe(false);

    const hclWork = (hcl = await cozystackWorkdir({ as: rootTenantUser }));
    copyFileSync(join(repo, "examples", "quickstart", "main.tf"), join(hclWork.dir, "main.tf"));
    await hclWork.ok(["apply", "-auto-approve", "-no-color", "-var", `tenant=${hclName}`]);

    const fromCdk = await specs(cdkName);
    for (const [what, spec] of Object.entries(fromCdk))
      expect(spec, `${what} made by the CDK app`).toBeDefined();
    expect(fromCdk).toEqual(await specs(hclName));

    const outputs = (await cdkWork.show()).values!.outputs!;
    expect(outputs.tenant_namespace!.value).toBe(`tenant-${cdkName}`);
    expect(outputs.database!.value).toEqual({ host: `postgres-app-rw.tenant-${cdkName}.svc`, port: 5432 });
    // Sensitivity comes from the provider's schema and the app's output, not from the TypeScript.
    expect(outputs.database_password!.sensitive).toBe(true);
    expect(outputs.kubeconfig!.sensitive).toBe(true);
  }, 900_000);

  // After a failed apply, the objects already made are still destroyed here.
  it("destroys everything it made", async () => {
    await cdk?.ok(["destroy", "-auto-approve", "-no-color", "-var", `tenant=${cdkName}`]);
    await hcl?.ok(["destroy", "-auto-approve", "-no-color", "-var", `tenant=${hclName}`]);
    for (const [what, kind, namespace, object] of quickstartObjects(cdkName))
      expect(await client.getOrUndefined(appPath(kind, namespace, object)), what).toBeUndefined();
  }, 900_000);
});
