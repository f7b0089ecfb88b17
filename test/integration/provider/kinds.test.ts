import { itWhen } from "../../support/when.ts";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terraformFromSpec } from "../../../schemas/core/convert.ts";
import type { FieldNode } from "../../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { sampleValue } from "../../../schemas/core/sample.ts";
import { kinds } from "../../../schemas/kinds/index.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import {
  appPath,
  condition,
  platformClient,
  readinessChecked,
  useTestTenant,
  waitFor,
} from "../../support/cluster.ts";
import { ROOT_TENANT_NAMESPACE } from "../../../schemas/core/names.ts";
import { grantingRole } from "../../../provider/cozystack/forbidden.ts";
import { hclResource } from "../../support/hcl.ts";
import { tenantAdmin, tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";
import { cozystackWorkdir, header, withToyWorkdir } from "../../support/provider.ts";
import { resourceValues, type Workdir } from "../../support/tofu.ts";

/**
 * The full lifecycle of every kind through real OpenTofu and the real
 * apiserver: create, empty plan, update in place, replace on an immutable
 * field, import, drift, destroy. All of it as tenant users, with Cozystack's own
 * tenant roles: see `credentialsFor`.
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

/**
 * A top-level field to change in place: a toggle, a count, another enum value,
 * or else any other mutable field set to the model's sample value.
 */
function updateField(
  decl: KindDeclaration,
  spec: Record<string, unknown>,
): { key: string; tf: string; from: unknown; to: unknown } | undefined {
  if (decl.fields.type !== "object") return undefined;
  const mutable = Object.entries(decl.fields.properties).filter(([, n]) => !n.immutable && n.hasDefault);
  for (const [key, node] of mutable) {
    const from = spec[key] ?? node.default;
    if (node.type === "boolean") return { key, tf: node.tfName, from, to: !from };
    if (node.type === "integer" && typeof from === "number")
      return { key, tf: node.tfName, from, to: from + 1 };
    if (node.type === "string" && node.enum && node.enum.length > 1) {
      return { key, tf: node.tfName, from, to: node.enum.find((v) => v !== from) };
    }
  }
  for (const [key, node] of mutable) {
    const from = spec[key] ?? node.default;
    const to = node.type === "object" ? undefined : sampleValue(node);
    if (to !== undefined && JSON.stringify(to) !== JSON.stringify(from))
      return { key, tf: node.tfName, from, to };
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

// Tenant included: a tenant inside the test tenant, as Cozystack nests them.
// Kinds the platform manages itself are read-only: see the last describe.
const all = (kinds as readonly KindDeclaration[]).filter((k) => k.managedBy === undefined);
const readOnly = (kinds as readonly KindDeclaration[]).filter((k) => k.managedBy !== undefined);
// Modules have fixed names, so one without an immutable spec field is replaced by moving it to another
// tenant: a child of the test tenant, which the test tenant's users manage too.
const otherNamespace = useTestTenant("kindsmove", tenant, client, { parent: namespace });

// A tenant administrator (cozy:tenant:admin in the test tenant, and in its child as the chart's
// group bindings give it); the test tenant's own ServiceAccount (cozy:tenant there and in its
// child); and the root tenant's, for kinds that live only in the root tenant.
const tenantAdminUser = useTenantUser(client, namespace, (c, ns) =>
  tenantAdmin(c, ns, { alsoIn: otherNamespace === ns ? [] : [otherNamespace] }),
);
const tenantOwnUser = useTenantUser(client, namespace, tenantServiceAccount);
const rootUser = useTenantUser(client, ROOT_TENANT_NAMESPACE, tenantServiceAccount);

/**
 * Who manages a kind: a tenant administrator where cozy:tenant:admin may create it, else
 * the tenant's own ServiceAccount (tenants, etcds, ingresses, monitorings, kubernetesnodeses,
 * externaldns: see tenant-rbac.test.ts for the admin's refusal), or the root tenant's for a
 * kind that lives only there.
 */
function credentialsFor(decl: KindDeclaration): { kubeconfigPath: string } {
  if (decl.onlyIn === ROOT_TENANT_NAMESPACE) return rootUser;
  const role = grantingRole({ verb: "create", group: decl.group, resource: decl.plural });
  return role === "cozy:tenant:admin" ? tenantAdminUser : tenantOwnUser;
}

describe.each(all.map((k) => [k.kind, k] as const))("%s", (_kind, decl) => {
  const initialName =
    decl.example?.name ?? (decl.category === "module" ? decl.singular : `lc-${decl.singular.slice(0, 12)}`);
  const spec = (decl.example?.spec as Record<string, unknown> | undefined) ?? requiredOnly(decl.fields);
  // Where the object lives (a kind may fix it); the replacement step may move it.
  const at = { name: initialName, namespace: decl.onlyIn ?? namespace };
  const attrs = (extra: Record<string, unknown> = {}) => ({
    name: at.name,
    namespace: at.namespace,
    ...terraformFromSpec(decl.fields, spec),
    ...extra,
  });
  const address = `${decl.tfType}.it`;
  const update = updateField(decl, spec);
  const immutable = immutableField(decl);
  let work: Workdir;
  const path = () => appPath(decl, at.namespace, at.name);
  const updated = () => (update ? { [update.tf]: update.to } : {});

  beforeAll(async () => {
    work = await cozystackWorkdir({ as: credentialsFor(decl) });
  });

  it("creates it and waits until the platform reports it ready, then plans no changes", async () => {
    work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs()) });
    await work.apply();
    const object = await client.get(path());
    if (readinessChecked()) expect(condition(object, "Ready")?.status).toBe("True");
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(update)(`updates a field in place (${update?.tf})`, async () => {
    work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs(updated())) });
    const plan = await work.planJson();
    expect(plan.resource_changes?.find((c) => c.address === address)?.change.actions).toEqual(["update"]);
    await work.apply();
    expect(((await client.get(path())).spec as Record<string, unknown>)[update!.key]).toEqual(update!.to);
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(update)("shows a change made outside Terraform as drift", async () => {
    await client.mergePatch(path(), { spec: { [update!.key]: update!.from } });
    const plan = await work.plan();
    expect(plan.changes).toBe(true);
    // OpenTofu marks a change from "" as "+" and to "" as "-"; anything else as "~".
    expect(plan.stdout).toMatch(new RegExp(`[~+-] ${update!.tf} `));
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
  });

  // Name and namespace both fixed, and nothing immutable: only -replace can replace it.
  // (An acceptance run given one namespace has no second one to move a module to.)
  const fixedInPlace =
    !immutable && decl.category === "module" && (decl.onlyIn !== undefined || otherNamespace === namespace);
  const replaceBy = immutable
    ? `the immutable field ${immutable.tf} changes`
    : fixedInPlace
      ? "asked with -replace (its name and namespace are fixed)"
      : decl.category === "module"
        ? "namespace changes (a module's name is fixed)"
        : "name changes";
  it(`replaces it when ${replaceBy}`, async () => {
    const before = await client.get(path());
    const change: Record<string, unknown> = immutable
      ? { [immutable.tf]: "changed" }
      : fixedInPlace
        ? {}
        : decl.category === "module"
          ? { namespace: otherNamespace }
          : { name: `${at.name}${decl.kind === "Tenant" ? "" : "-"}r` }; // tenant names have no dashes
    work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs({ ...updated(), ...change })) });
    const plan = await work.planJson(fixedInPlace ? [`-replace=${address}`] : []);
    expect(plan.resource_changes?.find((c) => c.address === address)?.change.actions).toEqual([
      "delete",
      "create",
    ]);
    await work.apply(fixedInPlace ? [`-replace=${address}`] : []);
    const oldPath = path();
    if (!immutable && !fixedInPlace) {
      at.name = String(change.name ?? at.name);
      at.namespace = String(change.namespace ?? at.namespace);
      expect(await client.getOrUndefined(oldPath)).toBeUndefined();
    }
    const after = await client.get(path());
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    if (immutable) {
      expect((after.spec as Record<string, unknown>)[immutable.key]).toBe("changed");
      kept[immutable.tf] = "changed";
    }
    expect((await work.plan()).changes).toBe(false);
  });

  // The real API keeps no field ownership, so a dropped attribute must still be removed there.
  const kept: Record<string, unknown> = {};
  const dropped = update && !(update.key in spec);
  itWhen(update)(
    dropped
      ? `drops ${update?.tf} from the configuration, and the platform returns to its default`
      : `sets ${update?.tf} back, and the platform follows`,
    async () => {
      work.write({ "main.tf": header + hclResource(decl.tfType, "it", attrs(kept)) });
      await work.apply();
      expect(((await client.get(path())).spec as Record<string, unknown>)[update!.key]).toEqual(update!.from);
      expect((await work.plan()).changes).toBe(false);
    },
  );

  it("imports it by namespace/name and plans no changes", async () => {
    await work.ok(["state", "rm", address]);
    const current = work.read("main.tf");
    work.write({ "import.tf": `import {\n  to = ${address}\n  id = "${at.namespace}/${at.name}"\n}\n` });
    await work.apply();
    expect((await work.plan()).changes).toBe(false);
    work.remove("import.tf");
    expect(work.read("main.tf")).toBe(current);
  });

  it("destroys it and waits until it is gone", async () => {
    await work.destroy();
    expect(await client.getOrUndefined(path())).toBeUndefined();
  });
});

// The platform makes these (Info in every tenant); an API server without Flux makes none.
describe.each(readOnly.filter(() => readinessChecked()).map((k) => [k.kind, k] as const))(
  "%s (read-only)",
  (_kind, decl) => {
    // The platform made it in the test tenant, as Cozystack's tenant chart does in every tenant.
    const name = decl.singular;
    const hasResource = (schema: string) => schema.includes(`"${decl.tfType}"`);

    it("is offered as a data source and ephemeral credentials only, never as a resource", async () => {
      const work = await cozystackWorkdir({ as: tenantAdminUser });
      work.write({ "main.tf": header });
      const printed = JSON.parse((await work.ok(["providers", "schema", "-json"])).stdout) as {
        provider_schemas: Record<string, Record<string, Record<string, unknown>>>;
      };
      const schema = Object.values(printed.provider_schemas)[0]!;
      expect(hasResource(JSON.stringify(Object.keys(schema.resource_schemas ?? {})))).toBe(false);
      expect(Object.keys(schema.data_source_schemas ?? {})).toContain(decl.tfType);
    });

    it("reads it with the data source, and hands its secret through the ephemeral resource without storing it", async () => {
      await waitFor("the platform's object", async () =>
        condition(await client.getOrUndefined(appPath(decl, namespace, name)), "Ready")?.status === "True"
          ? true
          : undefined,
      );
      const [secretKey] = Object.entries(decl.outputs.fields).find(
        ([, f]) => f.sensitive && f.type === "string",
      )!;
      const { work, header: both } = await withToyWorkdir({ as: tenantAdminUser });
      work.write({
        "main.tf":
          both +
          `data "${decl.tfType}" "it" {\n  name      = "${name}"\n  namespace = "${namespace}"\n}\n` +
          `ephemeral "cozystack_credentials" "it" {\n  type      = "${decl.tfType}"\n  name      = "${name}"\n  namespace = "${namespace}"\n}\n` +
          `resource "toy_thing" "uses" {\n  name                = "uses"\n  password_wo         = ephemeral.cozystack_credentials.it.values["${secretKey}"]\n  password_wo_version = 1\n}\n`,
      });
      await work.apply();
      const show = await work.show();
      const connection = resourceValues(show, `data.${decl.tfType}.it`).connection as Record<string, unknown>;
      for (const [key, field] of Object.entries(decl.outputs.fields)) {
        expect(connection[key], key).toBeTypeOf(field.type === "number" ? "number" : "string");
      }
      const secret = String(connection[secretKey]);
      expect(resourceValues(show, "toy_thing.uses").password_hash).toBe(
        createHash("sha256").update(secret).digest("hex"),
      );
      expect((await work.plan()).changes).toBe(false);
      await work.destroy();
    });
  },
);
