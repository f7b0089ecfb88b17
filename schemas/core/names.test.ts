import { describe, expect, it } from "vitest";
import { dns1035Name, isTenantName, tenantName, tenantNamespace } from "./names.ts";

describe("name rules", () => {
  const postgres = dns1035Name("postgres-");
  it("accepts DNS-1035 names within the room the prefix leaves", () => {
    expect(postgres({ name: "a".repeat(44) })).toEqual([]);
    expect(postgres({ name: "db-1" })).toEqual([]);
  });
  it("rejects names that make the Helm release too long, naming the limit", () => {
    expect(postgres({ name: "a".repeat(45) })).toEqual([expect.stringContaining("at most 44 characters")]);
  });
  it.each(["1db", "Db", "db_1", "db-", "-db", ""])("rejects %j", (name) => {
    expect(postgres({ name })).not.toEqual([]);
  });
  it("forbids dashes in tenant names", () => {
    expect(tenantName("tenant-")({ name: "team-a", namespace: "tenant-root" })).toEqual([
      expect.stringContaining("no '-'"),
    ]);
    expect(tenantName("tenant-")({ name: "teama", namespace: "tenant-root" })).toEqual([]);
  });
  it("derives tenant namespaces the way the platform does", () => {
    expect(tenantNamespace("tenant-root", "foo")).toBe("tenant-foo");
    expect(tenantNamespace("tenant-foo", "bar")).toBe("tenant-foo-bar");
  });
  it("rejects a tenant whose namespace would exceed 63 characters", () => {
    const parent = `tenant-${"a".repeat(40)}`;
    expect(tenantName("tenant-")({ name: "b".repeat(20), namespace: parent })).toEqual([
      expect.stringContaining("more than 63"),
    ]);
  });
  describe("tenant names: the Helm release room, and no DNS-1035 message but the stricter tenant one", () => {
    const TENANT_RULE =
      "tenant names must be lower-case letters and digits only, starting with a letter (no '-')";
    const rule = tenantName("tenant-");
    const cases: Array<{ reason: string; name: string; problems: string[] }> = [
      { reason: "letters and digits pass", name: "team1", problems: [] },
      { reason: "a dash breaks only the tenant rule", name: "team-a", problems: [TENANT_RULE] },
      { reason: "a leading digit breaks only the tenant rule", name: "1team", problems: [TENANT_RULE] },
      {
        reason: "an empty name is named as such, and is no tenant name",
        name: "",
        problems: ["must not be empty", TENANT_RULE],
      },
      {
        reason: "a name too long for its Helm release says so first",
        name: `A${"a".repeat(46)}`,
        problems: [expect.stringContaining("at most 46 characters") as unknown as string, TENANT_RULE],
      },
    ];
    for (const c of cases) it(c.reason, () => expect(rule({ name: c.name })).toEqual(c.problems));
  });
  it.each([
    ["acme", true],
    ["a1", true],
    ["acme-dev", false],
    ["Acme", false],
    ["1acme", false],
    ["", false],
  ])("isTenantName(%j) is %s", (name, expected) => expect(isTenantName(name)).toBe(expected));
});
