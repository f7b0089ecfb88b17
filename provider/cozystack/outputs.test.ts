import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { rabbitmq } from "../../schemas/kinds/rabbitmq.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { CtyValue } from "../plugin/index.ts";
import type { KubeObject } from "./kube/client.ts";
import type { ObjectReader } from "./kube/collection-reader.ts";
import type { Published } from "./platform.ts";
import { readingPlatform } from "./platform.test-support.ts";
import { connectionValue } from "./resource.ts";

/**
 * Connection outputs from what the platform publishes (a TenantSecret and a Service,
 * read the way a tenant user can), served here from memory instead of a platform.
 */
const b64 = (s: string) => Buffer.from(s).toString("base64");
const tenantSecret = (name: string, data: Record<string, string>) => ({
  path: `/apis/core.cozystack.io/v1alpha1/namespaces/tenant-a/tenantsecrets/${name}`,
  // The real server repeats the base64 text in stringData; it must never be read as plain text.
  object: {
    metadata: { name, namespace: "tenant-a" },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
    stringData: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  },
});
const service = (name: string, ports: Array<{ name: string; port: number }>, ip?: string) => ({
  path: `/api/v1/namespaces/tenant-a/services/${name}`,
  object: {
    metadata: { name, namespace: "tenant-a" },
    spec: { ports },
    ...(ip ? { status: { loadBalancer: { ingress: [{ ip }] } } } : {}),
  },
});

/** A reader serving the given objects by path, and recording what was asked for. */
function platform(...published: Array<{ path: string; object: unknown }>) {
  const byPath = new Map(published.map((p) => [p.path, p.object]));
  const asked: string[] = [];
  const reader: ObjectReader = {
    getOrUndefined: <T>(path: string) => {
      asked.push(path);
      return Promise.resolve(structuredClone(byPath.get(path)) as T | undefined);
    },
  };
  return { reader, asked };
}

const object = (spec: Record<string, unknown> = {}, name = "cache"): KubeObject => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Kind",
  metadata: { name, namespace: "tenant-a" },
  spec,
});

async function connection(
  decl: KindDeclaration,
  reader: ObjectReader,
  obj: KubeObject,
  hidden = new Set<string>(),
  published?: Promise<Published>,
): Promise<CtyValue> {
  return connectionValue(decl, await readingPlatform(reader).outputs(decl, obj, published), hidden);
}

const REDIS_SECRET = tenantSecret("redis-cache-auth", { password: "p@ss word" });
const REDIS_SERVICE = service("rfrm-redis-cache", [{ name: "redis", port: 6379 }]);

describe("outputs from what the platform publishes", () => {
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    published: Array<{ path: string; object: unknown }>;
    spec?: Record<string, unknown>;
    hidden?: string[];
    want: CtyValue;
  }> = [
    {
      reason: "everything published: every output, ports as numbers, secrets decoded from data",
      decl: redis,
      published: [REDIS_SECRET, REDIS_SERVICE],
      want: {
        host: "rfrm-redis-cache.tenant-a.svc",
        port: 6379,
        sentinel_host: "rfs-redis-cache.tenant-a.svc",
        password: "p@ss word",
        uri: "redis://:p%40ss%20word@rfrm-redis-cache.tenant-a.svc:6379",
      },
    },
    {
      reason: "nothing published yet: every output is null, not missing",
      decl: redis,
      published: [],
      want: { host: null, port: null, sentinel_host: null, password: null, uri: null },
    },
    {
      reason: "a Service without its Secret: what follows from the Service alone",
      decl: redis,
      published: [REDIS_SERVICE],
      spec: { authEnabled: false },
      want: {
        host: "rfrm-redis-cache.tenant-a.svc",
        port: 6379,
        sentinel_host: "rfs-redis-cache.tenant-a.svc",
        password: null,
        uri: "redis://rfrm-redis-cache.tenant-a.svc:6379",
      },
    },
    {
      reason: "a secret given in write-only form is left out, alone or inside a larger value",
      decl: redis,
      published: [tenantSecret("redis-cache-auth", { password: "s3cret" }), REDIS_SERVICE],
      hidden: ["s3cret"],
      want: {
        host: "rfrm-redis-cache.tenant-a.svc",
        port: 6379,
        sentinel_host: "rfs-redis-cache.tenant-a.svc",
        password: null,
        uri: null,
      },
    },
    {
      reason: "in a map of secrets, only the entries that reveal a hidden secret are left out",
      decl: postgres,
      published: [
        tenantSecret("postgres-cache-credentials", { app: "app-secret", ops: "ops-secret" }),
        service("postgres-cache-rw", [{ name: "postgres", port: 5432 }]),
      ],
      hidden: ["app-secret"],
      want: {
        host: "postgres-cache-rw.tenant-a.svc",
        port: 5432,
        read_host: "postgres-cache-ro.tenant-a.svc",
        passwords: { ops: "ops-secret" },
      },
    },
    {
      reason: "per-user Secrets are read for each user in the spec",
      decl: rabbitmq,
      spec: { users: { app: {}, "ops-team": {} } },
      published: [
        tenantSecret("rabbitmq-cache-default-user", { username: "admin", password: "adm" }),
        tenantSecret("rabbitmq-cache-app-credentials", { username: "app", password: "app-pw" }),
        service("rabbitmq-cache", [
          { name: "amqp", port: 5672 },
          { name: "management", port: 15672 },
        ]),
      ],
      want: {
        host: "rabbitmq-cache.tenant-a.svc",
        port: 5672,
        username: "admin",
        password: "adm",
        uri: "amqp://admin:adm@rabbitmq-cache.tenant-a.svc:5672/",
        passwords: { app: "app-pw" },
      },
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const { reader } = platform(...c.published);
      expect(await connection(c.decl, reader, object(c.spec), new Set(c.hidden))).toEqual(c.want);
    });
  }
});

describe("reading what is published", () => {
  it("asks for the TenantSecret and Service named after the release", async () => {
    const { reader, asked } = platform();
    await readingPlatform(reader).published(redis, "tenant-a", "cache");
    expect(asked.sort()).toEqual([REDIS_SERVICE.path, REDIS_SECRET.path].sort());
  });

  it("uses a read already under way instead of reading again", async () => {
    const { reader, asked } = platform(REDIS_SERVICE);
    const published = Promise.resolve<Published>({ secret: { password: "early" } });
    const out = await connection(redis, reader, object(), new Set(), published);
    expect(asked).toEqual([]);
    expect(out).toMatchObject({ password: "early", host: null });
  });

  it("reads again when the read under way failed", async () => {
    const { reader, asked } = platform(REDIS_SECRET, REDIS_SERVICE);
    const out = await connection(redis, reader, object(), new Set(), Promise.reject(new Error("reset")));
    expect(asked.sort()).toEqual([REDIS_SERVICE.path, REDIS_SECRET.path].sort());
    expect(out).toMatchObject({ password: "p@ss word", port: 6379 });
  });
});
