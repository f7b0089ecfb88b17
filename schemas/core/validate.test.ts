import { describe, expect, it } from "vitest";
import { postgres } from "../kinds/postgres.ts";
import { tenant } from "../kinds/tenant.ts";
import { vmDisk } from "../kinds/vm-disk.ts";
import { buildPlatformObject } from "./platform-object.ts";
import { formatProblem, validateObject } from "./validate.ts";

const messages = (r: ReturnType<typeof validateObject>) =>
  r.problems.map((p) => formatProblem(postgres, p, "terraform"));

describe("validating a spec", () => {
  it("reports every problem at once, each with its path and an actionable message", () => {
    const result = validateObject(postgres, {
      name: "Bad_Name",
      namespace: "tenant-root",
      spec: {
        replicas: "2",
        size: "10GB",
        version: "v9",
        resources: { cpu: true },
        users: { alice: { password: 1, superuser: true } },
        storage_class: "fast",
      },
    });
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^name: must be a DNS-1035 label/),
        'replicas: must be a number, got "2"',
        'size: must be a Kubernetes quantity such as 10Gi, 500m or 2, got "10GB"',
        'version: must be one of "v18", "v17", "v16", "v15", "v14", "v13", got "v9"',
        "resources.cpu: must be a Kubernetes quantity such as 10Gi, 500m or 2, got boolean true",
        'users["alice"].password: must be a string, got a value that is not shown because it is sensitive',
        'users["alice"].superuser: unknown field "superuser"',
        'storage_class: unknown field "storage_class" (did you mean "storageClass"?)',
      ]),
    );
    expect(result.problems).toHaveLength(8);
  });

  it("checks ranges", () => {
    const result = validateObject(postgres, { name: "db", spec: { replicas: -1 } });
    expect(messages(result)).toEqual(["replicas: must be at least 0, got number -1"]);
  });

  it("checks map keys", () => {
    const result = validateObject(postgres, { name: "db", spec: { users: { "Bad-User": {} } } });
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.tfPath).toEqual(["users", "Bad-User"]);
  });

  it("runs cross-field rules with spec paths", () => {
    const result = validateObject(postgres, {
      name: "db",
      spec: {
        replicas: 2,
        quorum: { minSyncReplicas: 1, maxSyncReplicas: 2 },
        postgresql: { parameters: { archive_command: "x" } },
      },
    });
    expect(messages(result)).toEqual([
      'postgresql.parameters["archive_command"]: parameter archive_command may not be set: it runs code or is managed by CloudNativePG',
      "quorum.max_sync_replicas: must be less than replicas (2)",
    ]);
  });

  it("refuses both members of an exclusive choice and accepts none when allowed", () => {
    const both = validateObject(vmDisk, {
      name: "d",
      spec: { source: { http: { url: "https://x" }, image: { name: "ubuntu" } } },
    });
    expect(both.problems.map((p) => formatProblem(vmDisk, p))).toEqual([
      "spec.source: only one of http, image, upload, disk may be set, got http and image",
    ]);
    expect(validateObject(vmDisk, { name: "d", spec: { source: {} } }).ok).toBe(true);
    expect(validateObject(vmDisk, { name: "d", spec: { source: { upload: {} } } }).ok).toBe(true);
  });

  it("requires the fields inside a chosen member", () => {
    const result = validateObject(vmDisk, { name: "d", spec: { source: { http: {} } } });
    expect(result.problems.map((p) => formatProblem(vmDisk, p, "terraform"))).toEqual([
      "source.http.url: is required (string)",
    ]);
  });

  it("checks tenant names against the platform's rules", () => {
    const result = validateObject(tenant, { name: "team-a", namespace: "tenant-root", spec: {} });
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining("no '-'")]);
  });
});

describe("building the platform object", () => {
  it("sends what the user set, not the defaults", () => {
    const built = buildPlatformObject(postgres, {
      name: "db",
      namespace: "tenant-a",
      spec: { replicas: 3, users: { app: {} } },
    });
    expect(built).toEqual({
      ok: true,
      object: {
        apiVersion: "apps.cozystack.io/v1alpha1",
        kind: "Postgres",
        metadata: { name: "db", namespace: "tenant-a" },
        spec: { replicas: 3, users: { app: {} } },
      },
    });
  });
  it("refuses to build from an invalid spec", () => {
    const built = buildPlatformObject(postgres, {
      name: "db",
      namespace: "tenant-a",
      spec: { replicas: "x" },
    });
    expect(built.ok).toBe(false);
  });
});

describe("secrets in problems", () => {
  it("names a rejected secret's field but never shows its value", () => {
    const result = validateObject(postgres, {
      name: "db",
      spec: { users: { app: { password: 123456789 } }, backup: { s3SecretKey: ["hunter2"] } },
    });
    const text = result.problems.map((p) => formatProblem(postgres, p)).join("\n");
    expect(text).toContain(
      'spec.users["app"].password: must be a string, got a value that is not shown because it is sensitive',
    );
    expect(text).not.toContain("123456789");
    expect(text).not.toContain("hunter2");
  });
});
