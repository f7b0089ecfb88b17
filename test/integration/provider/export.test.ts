import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terraformFromSpec } from "../../../schemas/core/convert.ts";
import { exampleName, exampleSpec } from "../../../schemas/core/example.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { buildPlatformObject, type PlatformObject } from "../../../schemas/core/platform-object.ts";
import { sampleValue } from "../../../schemas/core/sample.ts";
import { ROOT_TENANT_NAMESPACE } from "../../../schemas/core/names.ts";
import { bootbox } from "../../../schemas/kinds/bootbox.ts";
import { kinds } from "../../../schemas/kinds/index.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, platformClient, useTestTenant } from "../../support/cluster.ts";
import { runExport } from "../../support/export.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import { tenantAdmin, tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";
import type { RunResult, Workdir } from "../../support/tofu.ts";

/**
 * Round trip of `npm run export -- --format hcl`: objects made with the admin client (as
 * kubectl would, every field the model's sample sets, so nearly none at its default) are
 * exported by a tenant administrator; real OpenTofu then plans only imports and no change,
 * applies them, and plans nothing more. Kinds the platform manages (Info) are not exported.
 * BootBox lives only in the root tenant: it round-trips on its own below, exported from
 * tenant-root by the root tenant's ServiceAccount, with the file cut down to its blocks.
 */
const client = platformClient();
const namespace = useTestTenant("export", tenant, client);
const exporter = useTenantUser(client, namespace, tenantAdmin);
afterAll(() => client.close());

const exported = (kinds as readonly KindDeclaration[]).filter(
  (k) => k.managedBy === undefined && k.onlyIn === undefined,
);

/** The model's sample (every field set, away from its default) where it makes a valid object, else the kind's example. */
function objectOf(decl: KindDeclaration, ns = namespace): PlatformObject {
  const name = exampleName(decl);
  const sample = buildPlatformObject(decl, {
    name,
    namespace: ns,
    spec: sampleValue(decl.fields) as Record<string, unknown>,
  });
  if (sample.ok) return sample.object;
  const example = buildPlatformObject(decl, { name, namespace: ns, spec: exampleSpec(decl) });
  if (!example.ok) throw new Error(`${decl.kind}: no valid object: ${JSON.stringify(example.problems)}`);
  return example.object;
}

const objects = exported.map((decl) => ({ decl, object: objectOf(decl) }));
/** Valid for the API server, refused by the model: longer than a Redis release name allows. */
const refusedName = `r${"x".repeat(49)}`;

/** TF_VAR_ values for the variables the export declared in place of secrets, read from the objects made. */
function secretValues(
  text: string,
  made: ReadonlyArray<{ decl: KindDeclaration; object: PlatformObject }> = objects,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const m of text.matchAll(/variable "([^"]+)" \{\n\s+description = "([^ ]+) of ([^.]+)\.([^:]+):/g)) {
    const [, variable, path, type, name] = m as unknown as [string, string, string, string, string];
    const found = made.find((o) => o.decl.tfType === type && o.object.metadata.name === name);
    let value: unknown = found && terraformFromSpec(found.decl.fields, found.object.spec);
    for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== "string") throw new Error(`no secret at ${path} of ${type}.${name}`);
    env[`TF_VAR_${variable}`] = value;
  }
  return env;
}

describe("export --format hcl round-trips to an empty plan", () => {
  const out = mkdtempSync(join(tmpdir(), "export-"));
  let work: Workdir;
  let result: RunResult;
  let text: string;
  let vars: Record<string, string>;

  beforeAll(async () => {
    for (const { decl, object } of objects)
      await client.create(appPath(decl, namespace), object, "kubectl-create");
    await client.create(
      appPath(redis, namespace),
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name: refusedName, namespace },
        spec: {},
      },
      "kubectl-create",
    );
    result = await runExport([
      "--namespace",
      namespace,
      "--out",
      out,
      "--kubeconfig",
      exporter.kubeconfigPath,
    ]);
    text = readFileSync(join(out, `cozystack-${namespace}.tf`), "utf8");
    vars = secretValues(text);
    work = await cozystackWorkdir({ as: exporter });
    work.write({ "main.tf": header, "exported.tf": text });
  }, 300_000);

  afterAll(async () => {
    for (const { decl, object } of objects)
      await client.delete(appPath(decl, namespace, object.metadata.name)).catch(() => undefined);
    await client.delete(appPath(redis, namespace, refusedName)).catch(() => undefined);
  });

  it("exits 1 naming the object and field the model refuses, and still writes the others", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: Redis ${namespace}/${refusedName} not exported: metadata.name:`);
    expect(result.stderr).toMatch(/note: Info: skipped/);
    expect(text).not.toContain(refusedName);
    for (const { decl, object } of objects)
      expect(text).toContain(`resource "${decl.tfType}" "${object.metadata.name}" {`);
  });

  it("says clearly when the namespace does not exist, and writes nothing", async () => {
    const missing = await runExport([
      "--namespace",
      `${namespace}-nope`,
      "--kubeconfig",
      exporter.kubeconfigPath,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(new RegExp(`namespace "${namespace}-nope"(: it)? does not exist`));
  });

  it("writes no secret, only variables in their place", () => {
    expect(Object.keys(vars).length).toBeGreaterThan(0);
    for (const [variable, value] of Object.entries(vars)) {
      expect(text).toMatch(new RegExp(`= var\\.${variable.slice("TF_VAR_".length)}\\n`));
      // The sample's secrets are "s3cr3t-Example", except where a pattern made them the plain word
      // "example", which other fields hold too.
      if (value !== "example") expect(text).not.toContain(value);
    }
  });

  it("is laid out as tofu fmt leaves it", async () => {
    const fmt = await work.run(["fmt", "-check", "-diff", "-no-color", "exported.tf"]);
    expect(fmt.stdout).toBe("");
    expect(fmt.code).toBe(0);
  });

  it("plans only imports and no change, applies them, then plans nothing", async () => {
    await work.ok(["plan", "-out=tfplan", "-no-color", "-input=false"], vars);
    const plan = JSON.parse((await work.ok(["show", "-json", "tfplan"], vars)).stdout) as {
      resource_changes?: Array<{ address: string; change: { actions: string[]; importing?: unknown } }>;
    };
    const changes = plan.resource_changes ?? [];
    expect(changes.map((c) => c.address).sort()).toEqual(
      objects.map(({ decl, object }) => `${decl.tfType}.${object.metadata.name}`).sort(),
    );
    for (const c of changes) {
      expect({ address: c.address, actions: c.change.actions }).toEqual({
        address: c.address,
        actions: ["no-op"],
      });
      expect(c.change.importing, c.address).toBeTruthy();
    }
    await work.ok(["apply", "-auto-approve", "-no-color", "-input=false", "tfplan"], vars);
    const after = await work.ok(["plan", "-detailed-exitcode", "-no-color", "-input=false"], vars, [0, 2]);
    expect(after.code, after.stdout).toBe(0);
  });
});

/**
 * The top-level blocks of an exported file that concern one resource: its import block, its
 * resource block and the variables standing for its secrets. tenant-root holds other tests'
 * Tenants too; they must never be imported here.
 */
function blocksOf(text: string, address: string): string {
  const [type, name] = address.split(".") as [string, string];
  const blocks = [...text.matchAll(/^\w+[^\n]*\{\n[\s\S]*?^\}$/gm)].map((m) => m[0]);
  return blocks
    .filter(
      (b) =>
        (b.startsWith("import {") && new RegExp(`^\\s+to\\s+= ${address}$`, "m").test(b)) ||
        b.startsWith(`resource "${type}" "${name}" {`) ||
        (b.startsWith("variable ") && b.includes(` of ${address}:`)),
    )
    .join("\n\n")
    .concat("\n");
}

describe("export --format hcl of tenant-root round-trips its BootBox", () => {
  const rootUser = useTenantUser(client, ROOT_TENANT_NAMESPACE, tenantServiceAccount);
  const made = [{ decl: bootbox, object: objectOf(bootbox, ROOT_TENANT_NAMESPACE) }];
  const { object } = made[0]!;
  const path = appPath(bootbox, ROOT_TENANT_NAMESPACE, object.metadata.name);
  const address = `${bootbox.tfType}.${object.metadata.name}`;
  let createdHere = false;

  afterAll(async () => {
    // Only the BootBox this test made; nothing else in tenant-root is touched.
    if (createdHere) await client.delete(path).catch(() => undefined);
  });

  it("plans only its import and no change, applies it, then plans nothing", async () => {
    // A BootBox has a fixed name: one already there belongs to someone else and stays untouched.
    expect(await client.getOrUndefined(path), `${path} exists before the test`).toBeUndefined();
    await client.create(appPath(bootbox, ROOT_TENANT_NAMESPACE), object, "kubectl-create");
    createdHere = true;

    const out = mkdtempSync(join(tmpdir(), "export-root-"));
    const result = await runExport([
      "--namespace",
      ROOT_TENANT_NAMESPACE,
      "--out",
      out,
      "--kubeconfig",
      rootUser.kubeconfigPath,
    ]);
    expect(result.stderr).not.toMatch(/error: BootBox/);
    const full = readFileSync(join(out, `cozystack-${ROOT_TENANT_NAMESPACE}.tf`), "utf8");
    const text = blocksOf(full, address);
    expect(text).toContain(`resource "${address.replace(".", '" "')}" {`);
    expect(text).toMatch(new RegExp(`id\\s+= "${ROOT_TENANT_NAMESPACE}/${object.metadata.name}"`));
    const vars = secretValues(text, made);

    const work = await cozystackWorkdir({ as: rootUser });
    work.write({ "main.tf": header, "exported.tf": text });
    await work.ok(["plan", "-out=tfplan", "-no-color", "-input=false"], vars);
    const plan = JSON.parse((await work.ok(["show", "-json", "tfplan"], vars)).stdout) as {
      resource_changes?: Array<{ address: string; change: { actions: string[]; importing?: unknown } }>;
    };
    const changes = plan.resource_changes ?? [];
    expect(changes.map((c) => ({ address: c.address, actions: c.change.actions }))).toEqual([
      { address, actions: ["no-op"] },
    ]);
    expect(changes[0]!.change.importing, address).toBeTruthy();
    await work.ok(["apply", "-auto-approve", "-no-color", "-input=false", "tfplan"], vars);
    const after = await work.ok(["plan", "-detailed-exitcode", "-no-color", "-input=false"], vars, [0, 2]);
    expect(after.code, after.stdout).toBe(0);
  });
});
