import { describe, expect, it } from "vitest";
import { tenantLineage, tenantRbac, type RoleBinding } from "./tenant-rbac.ts";

const subjectsOf = (bindings: RoleBinding[], name: string) =>
  bindings
    .find((b) => b.metadata.name === name)
    ?.subjects.map((s) => `${s.kind}:${s.namespace ?? ""}/${s.name}`);
const groups = (...names: string[]) => names.map((n) => `Group:/${n}`);

describe("tenantLineage", () => {
  it.each([
    { namespace: "tenant-root", lineage: ["tenant-root"], why: "the root has no ancestors" },
    { namespace: "tenant-a", lineage: ["tenant-root", "tenant-a"], why: "a tenant of the root" },
    {
      namespace: "tenant-a-b-c",
      lineage: ["tenant-root", "tenant-a", "tenant-a-b", "tenant-a-b-c"],
      why: "each '-' is one level of nesting",
    },
  ])("$namespace: $why", ({ namespace, lineage }) => {
    expect(tenantLineage(namespace)).toEqual(lineage);
  });

  it.each([
    { namespace: "default", why: "not a tenant namespace" },
    { namespace: "tenant-", why: "no tenant name" },
    { namespace: "tenant-a--b", why: "an empty tenant name" },
  ])("refuses $namespace: $why", ({ namespace }) => {
    expect(() => tenantLineage(namespace)).toThrow(`"${namespace}" is not a tenant namespace`);
  });
});

describe("tenantRbac", () => {
  it.each([
    {
      namespace: "tenant-a",
      serviceAccounts: ["ServiceAccount:tenant-a/tenant-a", "ServiceAccount:tenant-root/tenant-root"],
      admin: groups("tenant-a-admin", "tenant-a-super-admin", "tenant-root-admin", "tenant-root-super-admin"),
      why: "a tenant of the root: its own and the root's",
    },
    {
      namespace: "tenant-a-b",
      serviceAccounts: [
        "ServiceAccount:tenant-a-b/tenant-a-b",
        "ServiceAccount:tenant-root/tenant-root",
        "ServiceAccount:tenant-a/tenant-a",
      ],
      admin: groups(
        "tenant-a-b-admin",
        "tenant-a-b-super-admin",
        "tenant-a-admin",
        "tenant-a-super-admin",
        "tenant-root-admin",
        "tenant-root-super-admin",
      ),
      why: "a nested tenant: its parent's ServiceAccount and groups manage it too",
    },
    {
      namespace: "tenant-root",
      serviceAccounts: ["ServiceAccount:tenant-root/tenant-root"],
      admin: groups("tenant-root-admin", "tenant-root-super-admin"),
      why: "the root tenant binds only its own",
    },
  ])("$namespace: $why", ({ namespace, serviceAccounts, admin }) => {
    const rbac = tenantRbac(namespace);
    expect(rbac.serviceAccount.metadata).toEqual({ name: namespace, namespace });
    expect(rbac.roleBindings.map((b) => [b.metadata.name, b.roleRef.name, b.metadata.namespace])).toEqual(
      [
        "cozy:tenant",
        "cozy:tenant:view",
        "cozy:tenant:use",
        "cozy:tenant:admin",
        "cozy:tenant:super-admin",
      ].map((name) => [name, name, namespace]),
    );
    expect(subjectsOf(rbac.roleBindings, "cozy:tenant")).toEqual(serviceAccounts);
    expect(subjectsOf(rbac.roleBindings, "cozy:tenant:admin")).toEqual(admin);
  });

  it.each([
    { level: "view", granted: ["view", "use", "admin", "super-admin"], why: "every level can view" },
    { level: "use", granted: ["use", "admin", "super-admin"], why: "view alone cannot use" },
    { level: "admin", granted: ["admin", "super-admin"], why: "use alone cannot administer" },
    { level: "super-admin", granted: ["super-admin"], why: "only super-admin is super-admin" },
  ])("cozy:tenant:$level goes to the groups at that level or higher: $why", ({ level, granted }) => {
    const bindings = tenantRbac("tenant-x-y").roleBindings;
    expect(subjectsOf(bindings, `cozy:tenant:${level}`)).toEqual(
      groups(...["tenant-x-y", "tenant-x", "tenant-root"].flatMap((t) => granted.map((g) => `${t}-${g}`))),
    );
  });
});
