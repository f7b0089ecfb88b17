import { itWhen } from "../../support/when.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terraformFromSpec } from "../../../schemas/core/convert.ts";
import type { FieldNode } from "../../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { sampleValue } from "../../../schemas/core/sample.ts";
import { kinds } from "../../../schemas/kinds/index.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant } from "../../support/cluster.ts";
import { hclResource } from "../../support/hcl.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import type { Workdir } from "../../support/tofu.ts";

/**
 * The full lifecycle of every kind through real OpenTofu and the real
 * apiserver: create, empty plan, update in place, replace on an immutable
 * field, import, drift, destroy.
 */
const client = platformClient();
const namespace = useTestTenant("kinds", tenant, client);

afterAll(() => client.close());

function requiredOnly(node: FieldNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (node.type !== "object") return out;
  for (const [key, child] of Object.entries(node.properties))
    if (child.required) out[key] = sampleValue(child);
  return out;
}

/** A top-level field to change in place: a toggle, a count, or another enum value. */
function updateField(
  decl: KindDeclaration,
  spec: Record<string, unknown>,
): { key: string; tf: string; from: unknown; to: unknown } | undefined {
  if (decl.fields.type !== "object") return undefined;
  for (const [key, node] of Object.entries(decl.fields.properties)) {
    if (node.immutable || !node.hasDefault) continue;
    const from = spec[key] ?? node.default;
    if (node.type === "boolean") return { key, tf: node.tfName, from, to: !from };
    if (node.type === "integer" && typeof from === "number")
      return { key, tf: node.tfName, from, to: from + 1 };
    if (node.type === "string" && node.enum && node.enum.length > 1) {
      return { key, tf: node.tfName, from, to: node.enum.find((v) => v !== from) };
    }
  }
  return undefined;
}

function immutableField(decl: KindDeclaration): { key: string; tf: string } | undefined {
  if (decl.fields.type !== "object") return undefined;
  const found = Object.entries(decl.fields.properties).find(
    ([, n]) => n.immutable && n.type === "string" && !n.enum,
  );
  return found ? { key: found[0], tf: found[1].tfName } : undefined;
}

const all = (kinds as readonly KindDeclaration[]).filter((k) => k.kind !== "Tenant");

describe.each(all.map((k) => [k.kind, k] as const))("%s", (_kind, decl) => {
  const name =
    decl.example?.name ?? (decl.category === "module" ? decl.singular : `lc-${decl.singular.slice(0, 12)}`);
  const spec = (decl.example?.spec as Record<string, unknown> | undefined) ?? requiredOnly(decl.fields);
  const attrs = (extra: Record<string, unknown> = {}) => ({
    name,
    namespace,
    ...terraformFromSpec(decl.fields, spec),
    ...extra,
  });
  const address = `${decl.tfType}.it`;
  const update = updateField(decl, spec);
  const immutable = immutableField(decl);
  let work: Workdir;
  const path = appPath(decl, namespace, name);

  beforeAll(async () => {
    work = await cozystackWorkdir();
  });

  it("creates it and waits until the platform reports it ready, then plans no changes", async () => {
    work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs()) });
    await work.apply();
    const object = await client.get(path);
    expect(condition(object, "Ready")?.status).toBe("True");
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(update)("updates a field in place", async () => {
    work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs({ [update!.tf]: update!.to })) });
    const plan = await work.planJson();
    expect(plan.resource_changes?.find((c) => c.address === address)?.change.actions).toEqual(["update"]);
    await work.apply();
    expect(((await client.get(path)).spec as Record<string, unknown>)[update!.key]).toEqual(update!.to);
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(update)("shows a change made outside Terraform as drift", async () => {
    await client.mergePatch(path, { spec: { [update!.key]: update!.from } });
    const plan = await work.plan();
    expect(plan.changes).toBe(true);
    expect(plan.stdout).toContain(`~ ${update!.tf}`);
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(immutable)("replaces it when an immutable field changes", async () => {
    const before = (await client.get(path)).metadata.uid;
    work.write({
      "main.tf":
        header +
        hclResource(
          decl.tfType,
          "it",
          attrs({ ...(update ? { [update.tf]: update.to } : {}), [immutable!.tf]: "changed" }),
        ),
    });
    const plan = await work.planJson();
    expect(plan.resource_changes?.find((c) => c.address === address)?.change.actions).toEqual([
      "delete",
      "create",
    ]);
    await work.apply();
    const after = await client.get(path);
    expect(after.metadata.uid).not.toBe(before);
    expect((after.spec as Record<string, unknown>)[immutable!.key]).toBe("changed");
  });

  it("imports it by namespace/name and plans no changes", async () => {
    await work.ok(["state", "rm", address]);
    const current = work.read("main.tf");
    work.write({ "import.tf": `import {\n  to = ${address}\n  id = "${namespace}/${name}"\n}\n` });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    work.remove("import.tf");
    expect(work.read("main.tf")).toBe(current);
  });

  it("destroys it and waits until it is gone", async () => {
    await work.destroy();
    expect(await client.getOrUndefined(path)).toBeUndefined();
  });
});
