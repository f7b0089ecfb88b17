import { describe, expect, it } from "vitest";
import { dns1035Name, tenantName, tenantNamespace } from "./names.ts";

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
});
