import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { composableKinds } from "../../../functions/cozystack/input.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import { exampleName, exampleSpec } from "../../../schemas/core/example.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { buildPlatformObject, type PlatformObject } from "../../../schemas/core/platform-object.ts";
import { ROOT_TENANT_NAMESPACE } from "../../../schemas/core/names.ts";
import { sampleValue } from "../../../schemas/core/sample.ts";
import { valueAt } from "../../../schemas/core/walk.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { runExport } from "../../support/export.ts";
import { resourcePath, type KubeObject } from "../../support/kube.ts";
import { tenantAdmin, tenantServiceAccount, useTenantUser } from "../../support/tenant-user.ts";
import { useCrossplane } from "./e2e-harness.ts";

/**
 * `npm run export -- --format crossplane` onto existing objects: one object of every kind the
 * Crossplane side composes, made as kubectl would (the model's sample where it is valid, so
 * fields away from their defaults, with secrets such as passwords and S3 keys, which the
 * export leaves out and names), exported by a tenant administrator, the named secrets set in
 * the XRs as the export asks, all XRs applied at once through the Crossplane stand-in with
 * function-cozystack. Each XR becomes Ready composing the same object (same uid, named in its
 * resourceRefs), whose spec is unchanged. BootBox lives only in tenant-root: it is made there
 * and exported by the root tenant's ServiceAccount, and only its XR is applied (tenant-root
 * holds other tests' Tenants, which are never touched).
 */
const client = platformClient();
const namespace = useTestTenant("xpexport", tenant, client);
const exporter = useTenantUser(client, namespace, tenantAdmin);
const rootUser = useTenantUser(client, ROOT_TENANT_NAMESPACE, tenantServiceAccount);
const kindsUnderTest = composableKinds;
const namespaceOf = (decl: KindDeclaration) => decl.onlyIn ?? namespace;
/** Whether this file made the fixed-name BootBox, so that it alone is cleaned up in tenant-root. */
let madeInRoot = false;

/** The model's sample (every field set, away from its default) where it makes a valid object, else the kind's example. */
function specOf(decl: KindDeclaration, name: string): PlatformObject | undefined {
  for (const spec of [sampleValue(decl.fields) as Record<string, unknown>, exampleSpec(decl)]) {
    const built = buildPlatformObject(decl, { name, namespace: namespaceOf(decl), spec });
    if (built.ok) return built.object;
  }
  return undefined;
}

/**
 * One object per kind. Each XR's connection Secret is <name>-connection next to it, so names
 * must differ across kinds: the singular, unless the kind's name rule refuses it (modules keep
 * their fixed names; a node pool is <cluster>-<pool>), then the kind's example name.
 */
const objects = new Map(
  kindsUnderTest.map((decl) => {
    const object = specOf(decl, decl.singular) ?? specOf(decl, exampleName(decl));
    if (!object) throw new Error(`${decl.kind}: no valid object`);
    return [decl.kind, object] as const;
  }),
);
const nameOf = (decl: KindDeclaration) => objects.get(decl.kind)!.metadata.name;

const xrPath = (decl: KindDeclaration, name?: string) =>
  resourcePath(DEFAULT_OPTIONS.group, "v1alpha1", decl.plural, namespaceOf(decl), name);

const rig = useCrossplane(
  client,
  kindsUnderTest.flatMap((d) => [
    `functions/configuration/xrds/${d.plural}.yaml`,
    `functions/configuration/compositions/${d.plural}-in-cluster.yaml`,
  ]),
  () =>
    kindsUnderTest
      .filter((d) => d.onlyIn === undefined || madeInRoot)
      .flatMap((d) => [xrPath(d, nameOf(d)), appPath(d, namespaceOf(d), nameOf(d))]),
);

/** `spec.users["a"].password` as its keys. */
function segments(path: string): string[] {
  return [...path.matchAll(/^(\w+)|\.(\w+)|\["([^"]+)"\]/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function setAt(object: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = object;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
}

describe("export --format crossplane: XRs adopt the existing objects and change nothing", () => {
  it("composes onto every exported object without changing its spec", async () => {
    const before = new Map<string, KubeObject>();
    for (const decl of kindsUnderTest) {
      if (decl.onlyIn) {
        // A fixed name: one already there belongs to someone else and stays untouched.
        const existing = await client.getOrUndefined(appPath(decl, decl.onlyIn, nameOf(decl)));
        expect(
          existing,
          `${decl.kind} ${decl.onlyIn}/${nameOf(decl)} exists before the test`,
        ).toBeUndefined();
      }
      before.set(
        decl.kind,
        await client.create(appPath(decl, namespaceOf(decl)), objects.get(decl.kind)!, "kubectl-create"),
      );
      if (decl.onlyIn) madeInRoot = true;
    }

    const result = await runExport([
      "--namespace",
      namespace,
      "--format",
      "crossplane",
      "--kubeconfig",
      exporter.kubeconfigPath,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain("s3cr3t-Example");
    expect(result.stderr).toContain(
      `secret: Postgres ${namespace}/${nameOf(postgres)} spec.users["example"].password left out`,
    );
    const tenantXrs = parseAllDocuments(result.stdout).map((d) => d.toJSON() as KubeObject);
    const inTenant = kindsUnderTest.filter((d) => d.onlyIn === undefined);
    expect(tenantXrs.map((x) => `${x.kind}/${x.metadata.namespace}/${x.metadata.name}`).sort()).toEqual(
      inTenant.map((d) => `${d.kind}/${namespace}/${nameOf(d)}`).sort(),
    );
    const root = await runExport([
      "--namespace",
      ROOT_TENANT_NAMESPACE,
      "--format",
      "crossplane",
      "--kubeconfig",
      rootUser.kubeconfigPath,
    ]);
    // Only what this test made in tenant-root is applied.
    const ours = (x: KubeObject) =>
      kindsUnderTest.some((d) => d.onlyIn && d.kind === x.kind && nameOf(d) === x.metadata.name);
    const rootXrs = parseAllDocuments(root.stdout)
      .map((d) => d.toJSON() as KubeObject)
      .filter(ours);
    expect(rootXrs.map((x) => `${x.kind}/${x.metadata.namespace}/${x.metadata.name}`).sort()).toEqual(
      kindsUnderTest.filter((d) => d.onlyIn).map((d) => `${d.kind}/${d.onlyIn}/${nameOf(d)}`),
    );
    const xrs = [...tenantXrs, ...rootXrs];

    // As the export asks: each secret it names is set in its XR before applying.
    const named = [
      ...`${result.stderr}\n${root.stderr}`.matchAll(/^secret: (\S+) (\S+)\/(\S+) (spec\S+) left out/gm),
    ];
    expect(named.length).toBeGreaterThan(0);
    for (const [, kind, ns, name, path] of named) {
      const xr = xrs.find((x) => x.kind === kind && x.metadata.namespace === ns && x.metadata.name === name);
      if (xr) setAt(xr, segments(path!), valueAt(before.get(kind!)!, segments(path!)));
    }
    for (const xr of xrs) {
      const decl = kindsUnderTest.find((d) => d.kind === xr.kind)!;
      await client.create(xrPath(decl), xr, "kubectl-create");
    }
    // All XRs go in at once and converge together; then each kind is checked.
    const ready = await Promise.all(
      kindsUnderTest.map((decl) =>
        waitFor(
          `${decl.kind} XR Ready`,
          async () => {
            const x = await client.get(xrPath(decl, nameOf(decl)));
            return condition(x, "Ready")?.status === "True" ? x : undefined;
          },
          180_000,
        ).catch(async (error: unknown) => {
          const x = await client.getOrUndefined(xrPath(decl, nameOf(decl)));
          throw new Error(
            `${String(error)}\nXR status: ${JSON.stringify(x?.status)}\nstand-in log (last 5): ${rig.log.slice(-5).join("\n")}`,
          );
        }),
      ),
    );
    for (const [i, decl] of kindsUnderTest.entries()) {
      const xr = ready[i]!;
      const after = await client.get(appPath(decl, namespaceOf(decl), nameOf(decl)));
      const was = before.get(decl.kind)!;
      expect(after.metadata.uid, `${decl.kind}: the same object`).toBe(was.metadata.uid);
      // The XR took the object up: its references name it (the real API keeps no ownerReferences).
      const refs = (xr.spec as { crossplane?: { resourceRefs?: unknown[] } }).crossplane?.resourceRefs;
      expect(refs, `${decl.kind}: composed by its XR`).toContainEqual(
        expect.objectContaining({ apiVersion: decl.apiVersion, kind: decl.kind, name: nameOf(decl) }),
      );
      expect(after.spec, `${decl.kind}: spec unchanged`).toEqual(was.spec);
    }
  });
});
