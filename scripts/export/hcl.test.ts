import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { exportCrossplane } from "./crossplane.ts";
import { exportHcl } from "./hcl.ts";
import type { FoundObject } from "./read.ts";

const db: FoundObject = {
  decl: postgres as KindDeclaration,
  name: "app-db",
  namespace: "tenant-x",
  spec: {},
  minimal: { replicas: 3, users: { app: { password: "hunter2", replication: true } } },
};

describe("exportHcl", () => {
  const { text, secrets } = exportHcl([db]);

  it("writes an import block with <namespace>/<name> and the resource in snake_case", () => {
    expect(text).toContain('import {\n  to = cozystack_postgres.app-db\n  id = "tenant-x/app-db"\n}\n');
    expect(text).toContain(
      'resource "cozystack_postgres" "app-db" {\n  name      = "app-db"\n  namespace = "tenant-x"\n  replicas  = 3\n',
    );
  });

  it("never writes a secret: a sensitive variable stands in its place", () => {
    expect(text).not.toContain("hunter2");
    expect(text).toMatch(/password += var\.postgres_app_db_users_app_password\n/);
    expect(text).toContain('variable "postgres_app_db_users_app_password" {');
    expect(text).toMatch(/sensitive\s+= true/);
    expect(secrets).toEqual([
      {
        address: "cozystack_postgres.app-db",
        path: ["users", "app", "password"],
        variable: "postgres_app_db_users_app_password",
      },
    ]);
  });
});

describe("exportCrossplane", () => {
  const { text, secrets } = exportCrossplane([db]);

  it("writes a v2 XR of the generated XRDs with the object's own name and namespace", () => {
    expect(parse(text)).toEqual({
      apiVersion: "apps.cozystack-iac.dev/v1alpha1",
      kind: "Postgres",
      metadata: { name: "app-db", namespace: "tenant-x" },
      spec: { replicas: 3, users: { app: { replication: true } } },
    });
  });

  it("leaves a secret out and names it in a comment and in the list", () => {
    expect(text).not.toContain("hunter2");
    expect(text).toContain('# spec.users["app"].password: a secret, not exported');
    expect(secrets).toEqual(['Postgres tenant-x/app-db spec.users["app"].password']);
  });
});
