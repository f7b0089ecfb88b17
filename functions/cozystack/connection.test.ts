import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { OutputValue } from "../../schemas/core/outputs.ts";
import { bucket } from "../../schemas/kinds/bucket.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { composePlatformObject } from "./compose.ts";
import {
  connectionDetails,
  connectionEntries,
  connectionSecret,
  outputSource,
  outputsOf,
  secretValues,
  statusOutputs,
} from "./connection.ts";
import { secretOf, serviceOf } from "./request.test-support.ts";
import { publishedRefs } from "./target.ts";

function objectOf(decl: KindDeclaration, spec: Record<string, unknown> = {}, name = "db") {
  const built = composePlatformObject(
    decl,
    { name, namespace: "tenant-a", namePath: "metadata.name", namespacePath: "metadata.namespace" },
    spec,
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value;
}

/** The outputs of `decl` when the platform has published `found` (by key). */
function outputsFor(
  decl: KindDeclaration,
  spec: Record<string, unknown>,
  found: Record<string, Record<string, unknown>>,
) {
  const object = objectOf(decl, spec);
  const refs = publishedRefs(decl, object);
  const source = outputSource(decl, object, refs, new Map(Object.entries(found)));
  return { source, outputs: outputsOf(decl, source) };
}

describe("outputSource", () => {
  it("decodes the Secret's base64 data and reads the Service's ports and address", () => {
    const { source } = outputsFor(
      redis,
      {},
      {
        credentials: secretOf("redis-db-auth", "tenant-a", { password: "pä55 wörd" }),
        service: serviceOf("rfrm-redis-db", "tenant-a", { redis: 6379 }, "192.0.2.7"),
      },
    );
    expect(source).toMatchObject({
      name: "db",
      namespace: "tenant-a",
      release: "redis-db",
      secret: { password: "pä55 wörd" },
      service: {
        name: "rfrm-redis-db",
        namespace: "tenant-a",
        ports: { redis: 6379 },
        externalIP: "192.0.2.7",
      },
    });
    // The source's spec is the full defaulted one, as the provider reads it back from the server.
    expect(source.spec).toMatchObject({ authEnabled: true, size: "1Gi" });
  });

  it("skips malformed Secret entries and Service ports instead of failing", () => {
    const { source } = outputsFor(
      redis,
      {},
      {
        credentials: { kind: "Secret", data: { password: "cGFzcw==", broken: 5 } },
        service: { kind: "Service", spec: { ports: [{ port: "x" }, { name: "redis", port: 6379 }, 7] } },
      },
    );
    expect(source.secret).toEqual({ password: "pass" });
    expect(source.service).toEqual({ name: "rfrm-redis-db", namespace: "tenant-a", ports: { redis: 6379 } });
  });

  it("collects per-user Secrets by user name", () => {
    const { source } = outputsFor(
      bucket,
      { users: { a: {}, b: {} } },
      {
        "user-a": secretOf("bucket-db-a-credentials", "tenant-a", { accessKey: "AK", secretKey: "SK" }),
      },
    );
    expect(source.userSecrets).toEqual({ a: { accessKey: "AK", secretKey: "SK" } });
  });
});

describe("connectionEntries", () => {
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    outputs: Record<string, OutputValue>;
    entries: Record<string, string>;
  }> = [
    {
      reason: "scalars under their own names, numbers in decimal",
      decl: redis,
      outputs: { host: "rfrm-redis-db.tenant-a.svc", port: 6379, password: "p" },
      entries: { host: "rfrm-redis-db.tenant-a.svc", port: "6379", password: "p" },
    },
    {
      reason: "a map output m as m.<key>",
      decl: postgres,
      outputs: { port: 5432, passwords: { app: "x", admin: "y" } },
      entries: { port: "5432", "passwords.app": "x", "passwords.admin": "y" },
    },
    {
      reason: "an object-map output m as m.<key>.<attr>",
      decl: bucket,
      outputs: { credentials: { reader: { access_key: "AK", secret_key: "SK" } }, endpoint: "s3.example" },
      entries: {
        endpoint: "s3.example",
        "credentials.reader.access_key": "AK",
        "credentials.reader.secret_key": "SK",
      },
    },
    { reason: "nothing while nothing is published", decl: redis, outputs: {}, entries: {} },
  ];
  it.each(cases)("lays out $reason", ({ decl, outputs, entries }) => {
    expect(connectionEntries(decl, outputs)).toEqual({ entries, refused: [] });
  });

  it("leaves out keys a Secret may not have, and says which", () => {
    expect(connectionEntries(postgres, { passwords: { "a b": "x", ok: "y" } })).toEqual({
      entries: { "passwords.ok": "y" },
      refused: ["passwords.a b"],
    });
  });
});

describe("statusOutputs", () => {
  it("keeps only non-sensitive outputs, typed: numbers stay numbers", () => {
    expect(statusOutputs(redis, { host: "h", port: 6379, password: "p", uri: "redis://:p@h:6379" })).toEqual({
      host: "h",
      port: 6379,
    });
    expect(statusOutputs(tenant, { namespace: "tenant-team" })).toEqual({ namespace: "tenant-team" });
  });
});

describe("the connection Secret and details", () => {
  it("is a v1 Secret of Crossplane's connection type, base64 data", () => {
    expect(connectionSecret("db-connection", "team-a", { port: "5432", "passwords.app": "pä" })).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "db-connection", namespace: "team-a" },
      type: "connection.crossplane.io/v1alpha1",
      data: { port: "NTQzMg==", "passwords.app": Buffer.from("pä").toString("base64") },
    });
  });

  it("gives legacy XRs bytes", () => {
    expect(connectionDetails({ port: "5432" })).toEqual({ port: Buffer.from("5432") });
  });
});

describe("secretValues", () => {
  it("knows every published secret, sensitive output and sensitive spec value, and nothing else", () => {
    const { source, outputs } = outputsFor(
      postgres,
      { users: { app: { password: "from-the-spec" } }, backup: { s3SecretKey: "s3-key-value" } },
      {
        credentials: secretOf("postgres-db-credentials", "tenant-a", { app: "from-the-secret" }),
        service: serviceOf("postgres-db-rw", "tenant-a", { postgres: 5432 }),
      },
    );
    const secrets = secretValues(postgres, source, outputs);
    expect([...secrets].sort()).toEqual(["from-the-secret", "from-the-spec", "s3-key-value"]);
    expect(outputs.host).toBe("postgres-db-rw.tenant-a.svc");
  });
});
