import {
  Ready,
  RunFunctionRequest as RequestCodec,
  RunFunctionResponse as ResponseCodec,
  Severity,
  Status,
  Target,
  type RunFunctionRequest,
  type RunFunctionResponse,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { withDefaults } from "../../schemas/core/platform-object.ts";
import { SETTLE_AFTER_WRITE_MS } from "../../schemas/core/readiness.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { FunctionLogger } from "./handler.ts";
import { runFunction } from "./run.ts";
import {
  captureLog,
  inputFor,
  observedObject,
  REMOTE,
  requestFor,
  resourceOf,
  secretOf,
  serviceOf,
  silentLog,
  xrOf,
  type RequestOptions,
} from "./request.test-support.ts";

const T0 = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => () => new Date(T0.getTime() + ms);

const run = (opts: RequestOptions, now = at(0), log: FunctionLogger = silentLog) =>
  runFunction(requestFor(opts), log, now);

const fatals = (rsp: RunFunctionResponse) =>
  rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
interface StatusShape {
  platform: Record<string, unknown>;
  outputs: Record<string, unknown>;
  [key: string]: unknown;
}
const statusOf = (rsp: RunFunctionResponse) => rsp.desired!.composite!.resource!.status as StatusShape;
interface ObjectShape {
  forProvider: { manifest: Record<string, unknown> };
  providerConfigRef: Record<string, unknown>;
}
const platformOf = (rsp: RunFunctionResponse) => rsp.desired!.resources.platform!;
const secretData = (rsp: RunFunctionResponse) =>
  Object.fromEntries(
    Object.entries((rsp.desired!.resources.connection!.resource!.data ?? {}) as Record<string, string>).map(
      ([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")],
    ),
  );

const readyTrue = {
  type: "Ready",
  status: "True",
  reason: "ReconciliationSucceeded",
  message: "Helm upgrade succeeded",
  lastTransitionTime: "2026-12-01T09:00:00Z",
};
const readyFalse = {
  type: "Ready",
  status: "False",
  reason: "InstallFailed",
  message: "Helm install failed",
  lastTransitionTime: "2026-12-01T10:00:30Z",
};

/** The platform object as the API returns it: the composed one, plus status. */
function platformAsStored(rsp: RunFunctionResponse, conditions: unknown[]): Record<string, unknown> {
  return { ...(platformOf(rsp).resource as Record<string, unknown>), status: { conditions } };
}

/** The XR as Crossplane would show it next time: with the status the last response desired. */
function withStatusOf(xr: Record<string, unknown>, rsp: RunFunctionResponse): Record<string, unknown> {
  return { ...xr, status: statusOf(rsp) };
}

describe("refusals", () => {
  const earlier: State = {
    composite: {
      resource: { status: { fromEarlier: true } },
      connectionDetails: {},
      ready: Ready.READY_UNSPECIFIED,
    },
    resources: { bucket: resourceOf({ apiVersion: "v1", kind: "ConfigMap", data: { a: "1" } }) },
  };
  const cases: Array<{ reason: string; opts: RequestOptions; where: string }> = [
    {
      reason: "an input with an empty provider config name",
      opts: {
        input: inputFor("Redis", { type: "Remote", providerConfigRef: { name: "" } }),
        xr: xrOf("Redis"),
      },
      where: "input.target.providerConfigRef.name",
    },
    { reason: "no input", opts: { input: undefined, xr: xrOf("Redis") }, where: "input" },
    {
      reason: "an XR name the kind refuses",
      opts: { input: inputFor("Redis"), xr: xrOf("Redis", { name: "Cache" }) },
      where: "metadata.name",
    },
    {
      reason: "an override name too long for the Helm release",
      opts: { input: inputFor("Redis", undefined, { name: "a".repeat(50) }), xr: xrOf("Redis") },
      where: "input.overrides.name",
    },
    {
      reason: "a claim name the kind refuses",
      opts: {
        input: inputFor("Tenant"),
        xr: xrOf("Tenant", { legacy: { claim: { name: "team-a", namespace: "tenant-root" } } }),
      },
      where: "spec.claimRef.name",
    },
    {
      reason: "a spec value of the wrong type",
      opts: { input: inputFor("Redis"), xr: xrOf("Redis", { spec: { replicas: "three" } }) },
      where: "spec.replicas",
    },
    {
      reason: "a legacy XR without a claim, in-cluster",
      opts: { input: inputFor("Redis"), xr: xrOf("Redis", { legacy: {} }) },
      where: "spec.claimRef",
    },
  ];
  it.each(cases)(
    "$reason: one FATAL naming $where, nothing composed, desired passed through",
    ({ opts, where }) => {
      const req = requestFor({ ...opts, desired: earlier });
      const before = structuredClone(req.desired);
      const rsp = runFunction(req, silentLog, at(0));
      expect(rsp.results).toHaveLength(1);
      expect(fatals(rsp)).toHaveLength(1);
      expect(rsp.results[0]!.message.startsWith(`${where}: `)).toBe(true);
      expect(rsp.desired).toEqual(before);
      expect(rsp.desired).not.toBe(req.desired);
      expect(rsp.requirements).toBeUndefined();
      expect(rsp.conditions).toEqual([]);
      expect(rsp.meta?.tag).toBe("tag-1");
    },
  );

  it("names every problem of a spec in its one FATAL", () => {
    const rsp = run({
      input: inputFor("Redis"),
      xr: xrOf("Redis", { spec: { replicas: -1, version: "v6" } }),
    });
    expect(fatals(rsp)).toHaveLength(1);
    expect(rsp.results[0]!.message).toMatch(/^spec\.replicas: .*; spec\.version: /);
  });
});

describe("a v2 XR in-cluster", () => {
  const input = inputFor("Postgres");
  const xr = xrOf("Postgres", {
    name: "db",
    namespace: "tenant-a",
    spec: { replicas: 3, users: { app: {} } },
  });

  it("composes the full platform object, the connection Secret and the status, and asks for what the platform publishes", () => {
    const rsp = run({ input, xr });
    expect(rsp.results).toEqual([]);
    expect(platformOf(rsp)).toEqual({
      resource: {
        apiVersion: "apps.cozystack.io/v1alpha1",
        kind: "Postgres",
        metadata: { name: "db", namespace: "tenant-a" },
        spec: withDefaults(postgres, { replicas: 3, users: { app: {} } }),
      },
      connectionDetails: {},
      ready: Ready.READY_FALSE,
    });
    expect(rsp.desired!.resources.connection).toEqual({
      resource: {
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name: "db-connection", namespace: "tenant-a" },
        type: "connection.crossplane.io/v1alpha1",
        data: {},
      },
      connectionDetails: {},
      ready: Ready.READY_FALSE,
    });
    expect(rsp.requirements?.resources).toEqual({
      credentials: {
        apiVersion: "v1",
        kind: "Secret",
        matchName: "postgres-db-credentials",
        namespace: "tenant-a",
      },
      service: { apiVersion: "v1", kind: "Service", matchName: "postgres-db-rw", namespace: "tenant-a" },
    });
    expect(statusOf(rsp).platform).toMatchObject({
      apiVersion: "apps.cozystack.io/v1alpha1",
      kind: "Postgres",
      name: "db",
      namespace: "tenant-a",
      ready: "Unknown",
      reason: "Pending",
      changedAt: T0.toISOString(),
      conditionsAtChange: [],
    });
    expect(rsp.conditions).toEqual([
      {
        type: "PlatformReady",
        status: Status.STATUS_CONDITION_UNKNOWN,
        reason: "Pending",
        message: "waiting for the Postgres object to be created",
        target: Target.TARGET_COMPOSITE_AND_CLAIM,
      },
    ]);
    expect(rsp.meta).toEqual({ tag: "tag-1", ttl: { seconds: 10, nanos: 0 } });
    // Only status is set on the XR: Crossplane ignores a function's XR spec and metadata.
    expect(Object.keys(rsp.desired!.composite!.resource!)).toEqual(["status"]);
  });

  it("reads the required Secret and Service on the next round, with the same requirements", () => {
    const first = run({ input, xr });
    const second = run({
      input,
      xr,
      required: {
        credentials: [secretOf("postgres-db-credentials", "tenant-a", { app: "pw-app" })],
        service: [serviceOf("postgres-db-rw", "tenant-a", { postgres: 5432 })],
      },
    });
    expect(second.requirements).toEqual(first.requirements);
    expect(secretData(second)).toEqual({
      host: "postgres-db-rw.tenant-a.svc",
      port: "5432",
      read_host: "postgres-db-ro.tenant-a.svc",
      "passwords.app": "pw-app",
    });
    expect(statusOf(second).outputs).toEqual({
      host: "postgres-db-rw.tenant-a.svc",
      port: 5432,
      read_host: "postgres-db-ro.tenant-a.svc",
    });
  });

  it("takes a required resource that matched nothing as not published yet", () => {
    const rsp = run({ input, xr, required: { credentials: [], service: [] } });
    expect(secretData(rsp)).toEqual({});
    expect(statusOf(rsp).outputs).toEqual({});
  });

  it("names the connection Secret by the override", () => {
    const rsp = run({ input: inputFor("Postgres", undefined, { connectionSecretName: "pg" }), xr });
    expect(rsp.desired!.resources.connection!.resource!.metadata).toEqual({
      name: "pg",
      namespace: "tenant-a",
    });
  });

  it("asks for nothing when the kind publishes nothing", () => {
    const rsp = run({
      input: inputFor("Tenant"),
      xr: xrOf("Tenant", { name: "team", namespace: "tenant-root" }),
    });
    expect(rsp.requirements).toBeUndefined();
    expect(statusOf(rsp).outputs).toEqual({ namespace: "tenant-team" });
  });
});

describe("a legacy XR through a claim", () => {
  const xr = xrOf("Redis", {
    name: "cache-x7k2p",
    legacy: { claim: { name: "cache", namespace: "tenant-b" } },
  });

  it("composes in the claim's namespace under the claim's name, and returns connection details instead of a Secret", () => {
    const rsp = run({
      input: inputFor("Redis"),
      xr,
      required: {
        credentials: [secretOf("redis-cache-auth", "tenant-b", { password: "pw" })],
        service: [serviceOf("rfrm-redis-cache", "tenant-b", { redis: 6379 })],
      },
    });
    expect(platformOf(rsp).resource!.metadata).toEqual({ name: "cache", namespace: "tenant-b" });
    expect(rsp.desired!.resources.connection).toBeUndefined();
    const details = Object.fromEntries(
      Object.entries(rsp.desired!.composite!.connectionDetails).map(([k, v]) => [k, v.toString("utf8")]),
    );
    expect(details).toEqual({
      host: "rfrm-redis-cache.tenant-b.svc",
      port: "6379",
      sentinel_host: "rfs-redis-cache.tenant-b.svc",
      password: "pw",
      uri: "redis://:pw@rfrm-redis-cache.tenant-b.svc:6379",
    });
    expect(statusOf(rsp).outputs).toEqual({
      host: "rfrm-redis-cache.tenant-b.svc",
      port: 6379,
      sentinel_host: "rfs-redis-cache.tenant-b.svc",
    });
  });
});

describe("the Remote target", () => {
  const input = inputFor("Postgres", { ...REMOTE, namespace: "tenant-prod" });
  const xr = xrOf("Postgres", { name: "db", namespace: "team-a" });

  it("wraps the object in a namespaced Object for a v2 XR, observes what is published, and requires nothing", () => {
    const rsp = run({ input, xr });
    expect(platformOf(rsp).resource).toMatchObject({
      apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
      kind: "Object",
      spec: {
        forProvider: { manifest: { kind: "Postgres", metadata: { name: "db", namespace: "tenant-prod" } } },
        providerConfigRef: { name: "cozystack", kind: "ClusterProviderConfig" },
      },
    });
    expect(Object.keys(rsp.desired!.resources).sort()).toEqual([
      "connection",
      "credentials",
      "platform",
      "service",
    ]);
    expect(rsp.desired!.resources.credentials!.resource).toMatchObject({
      spec: {
        managementPolicies: ["Observe"],
        // Through the TenantSecret view: no tenant role may read a plain Secret.
        forProvider: {
          manifest: {
            apiVersion: "core.cozystack.io/v1alpha1",
            kind: "TenantSecret",
            metadata: { name: "postgres-db-credentials" },
          },
        },
      },
    });
    expect(rsp.requirements).toBeUndefined();
    // The connection Secret lives beside the XR, not on the Cozystack cluster.
    expect(rsp.desired!.resources.connection!.resource!.metadata).toEqual({
      name: "db-connection",
      namespace: "team-a",
    });
  });

  it("reads readiness and outputs through the Objects' observed manifests", () => {
    const first = run({ input, xr });
    const manifest = platformAsStored(first, [readyTrue]);
    const forProvider = (first.desired!.resources.platform!.resource!.spec as ObjectShape).forProvider
      .manifest;
    const rsp = run(
      {
        input,
        xr: withStatusOf(xr, first),
        observed: {
          platform: observedObject({
            ...forProvider,
            status: { conditions: [{ ...readyTrue, lastTransitionTime: "2026-12-01T10:00:20Z" }] },
          }),
          credentials: observedObject(secretOf("postgres-db-credentials", "tenant-prod", { app: "pw" })),
          service: observedObject(serviceOf("postgres-db-rw", "tenant-prod", { postgres: 5432 })),
          connection: { apiVersion: "v1", kind: "Secret" },
        },
      },
      at(30_000),
    );
    expect(manifest.kind).toBe("Object");
    expect(platformOf(rsp).ready).toBe(Ready.READY_TRUE);
    expect(rsp.desired!.resources.credentials!.ready).toBe(Ready.READY_TRUE);
    expect(rsp.desired!.resources.connection!.ready).toBe(Ready.READY_TRUE);
    expect(secretData(rsp)).toMatchObject({ host: "postgres-db-rw.tenant-prod.svc", "passwords.app": "pw" });
    expect(rsp.meta?.ttl).toEqual({ seconds: 60, nanos: 0 });
  });

  it("uses the cluster-scoped Object and a name-only config reference for a legacy XR", () => {
    const legacy = xrOf("Postgres", { legacy: { claim: { name: "db", namespace: "team-a" } } });
    const rsp = run({
      input: inputFor("Postgres", {
        type: "Remote",
        providerConfigRef: { name: "cozy", kind: "ProviderConfig" },
      }),
      xr: legacy,
    });
    expect(platformOf(rsp).resource).toMatchObject({
      apiVersion: "kubernetes.crossplane.io/v1alpha2",
      spec: {
        providerConfigRef: { name: "cozy" },
        forProvider: { manifest: { metadata: { namespace: "team-a" } } },
      },
    });
    expect((platformOf(rsp).resource!.spec as ObjectShape).providerConfigRef).toEqual({ name: "cozy" });
  });
});

describe("pass-through", () => {
  const input = inputFor("Redis");
  const xr = xrOf("Redis");
  const earlier: State = {
    composite: {
      resource: { status: { fromEarlier: "kept", platform: { stale: true } } },
      connectionDetails: { earlier: Buffer.from("kept") },
      ready: Ready.READY_UNSPECIFIED,
    },
    resources: {
      policy: resourceOf({ apiVersion: "v1", kind: "ConfigMap", data: { list: ["x"] } }, Ready.READY_TRUE),
      platform: resourceOf({
        apiVersion: "apps.cozystack.io/v1alpha1",
        kind: "Redis",
        spec: { extra: "field", replicas: 9 },
      }),
    },
  };

  it("keeps every earlier resource and composite field, and replaces its own by key without merging", () => {
    const req = requestFor({
      input,
      xr,
      desired: earlier,
      context: { "apiextensions.crossplane.io/environment": { a: 1 } },
    });
    const snapshot = (state: State | undefined) => JSON.parse(JSON.stringify(state)) as unknown;
    const before = snapshot(req.desired);
    const rsp = runFunction(req, silentLog, at(0));
    expect(rsp.desired!.resources.policy).toEqual(earlier.resources.policy);
    const spec = platformOf(rsp).resource!.spec as Record<string, unknown>;
    expect(spec).toEqual(withDefaults(redis, {}));
    expect(spec.extra).toBeUndefined();
    expect(statusOf(rsp).fromEarlier).toBe("kept");
    expect(statusOf(rsp).platform.stale).toBeUndefined();
    expect(rsp.context).toEqual({ "apiextensions.crossplane.io/environment": { a: 1 } });
    // The request is left as it was.
    expect(snapshot(req.desired)).toEqual(before);
    expect(rsp.desired!.composite!.connectionDetails).toEqual({ earlier: Buffer.from("kept") });
  });

  const shapes = [
    { reason: "a v2 XR in-cluster", xr, input },
    { reason: "a v2 XR, remote", xr, input: inputFor("Redis", REMOTE) },
    {
      reason: "a legacy claim's XR (its connection details are added to)",
      xr: xrOf("Redis", { legacy: { claim: { name: "db", namespace: "tenant-a" } } }),
      input,
    },
  ];
  it.each(shapes)(
    "$reason: answers without copying the request and without changing it, the same way every time",
    ({ xr, input }) => {
      const req = requestFor({
        input,
        xr,
        desired: structuredClone(earlier),
        context: { "apiextensions.crossplane.io/environment": { a: [1] } },
      });
      const before = structuredClone(req);
      const first = runFunction(req, silentLog, at(0));
      const again = runFunction(req, silentLog, at(0));
      expect(req).toEqual(before);
      expect(again).toEqual(first);
      // Earlier steps' bodies go back as they came; ours replaces theirs by key.
      expect(first.desired!.resources.policy!.resource).toBe(req.desired!.resources.policy!.resource);
      expect(first.desired!.resources.platform!.resource).not.toBe(req.desired!.resources.platform!.resource);
      expect(first.desired!.composite).not.toBe(req.desired!.composite);
      expect(first.context).toEqual(before.context);
      expect(statusOf(first).fromEarlier).toBe("kept");
      const wire = ResponseCodec.decode(ResponseCodec.encode(first).finish());
      expect(wire.desired!.resources.policy!.resource).toEqual(earlier.resources.policy!.resource);
      expect(wire.desired!.composite!.connectionDetails.earlier).toEqual(Buffer.from("kept"));
    },
  );

  it("keeps a legacy XR's earlier connection details, adding its own", () => {
    const legacy = xrOf("Redis", { legacy: { claim: { name: "db", namespace: "tenant-a" } } });
    const rsp = run({
      input,
      xr: legacy,
      desired: earlier,
      required: { service: [serviceOf("rfrm-redis-db", "tenant-a", { redis: 6379 })] },
    });
    expect(Object.keys(rsp.desired!.composite!.connectionDetails).sort()).toEqual([
      "earlier",
      "host",
      "port",
      "sentinel_host",
    ]);
  });
});

describe("readiness over calls", () => {
  const input = inputFor("Redis");
  const xr = xrOf("Redis");

  it("is ready on Ready=True: READY_TRUE, PlatformReady=True, a long TTL, no result", () => {
    const first = run({ input, xr });
    const rsp = run(
      { input, xr: withStatusOf(xr, first), observed: { platform: platformAsStored(first, [readyTrue]) } },
      at(1000),
    );
    expect(platformOf(rsp).ready).toBe(Ready.READY_TRUE);
    expect(rsp.conditions[0]).toMatchObject({ type: "PlatformReady", status: Status.STATUS_CONDITION_TRUE });
    expect(rsp.results).toEqual([]);
    expect(rsp.meta?.ttl?.seconds).toBe(60);
  });

  it("is ready when the XR keeps no status of the function's (a pruning XRD): nothing is held back", () => {
    const first = run({ input, xr });
    const rsp = run({ input, xr, observed: { platform: platformAsStored(first, [readyTrue]) } }, at(1000));
    expect(platformOf(rsp).ready).toBe(Ready.READY_TRUE);
  });

  it("surfaces a failure as PlatformReady=False with the platform's reason, and warns on the transition only", () => {
    const first = run({ input, xr });
    const observed = { platform: platformAsStored(first, [readyFalse]) };
    const failing = run({ input, xr: withStatusOf(xr, first), observed }, at(40_000));
    expect(platformOf(failing).ready).toBe(Ready.READY_FALSE);
    expect(failing.conditions).toEqual([
      {
        type: "PlatformReady",
        status: Status.STATUS_CONDITION_FALSE,
        reason: "InstallFailed",
        message: "Helm install failed",
        target: Target.TARGET_COMPOSITE_AND_CLAIM,
      },
    ]);
    expect(failing.results).toEqual([
      {
        severity: Severity.SEVERITY_WARNING,
        reason: "PlatformNotReady",
        message: "Redis tenant-a/db is not ready: InstallFailed: Helm install failed",
        target: Target.TARGET_COMPOSITE_AND_CLAIM,
      },
    ]);
    expect(statusOf(failing).platform).toMatchObject({ ready: "False", reason: "InstallFailed" });
    const again = run({ input, xr: withStatusOf(xr, failing), observed }, at(50_000));
    expect(again.results).toEqual([]);
    expect(again.conditions[0]!.status).toBe(Status.STATUS_CONDITION_FALSE);
  });

  it("takes an unmoved Ready=True after a spec change as pending until it moves or settles", () => {
    const first = run({ input, xr });
    const ready = run(
      { input, xr: withStatusOf(xr, first), observed: { platform: platformAsStored(first, [readyTrue]) } },
      at(1000),
    );
    expect(platformOf(ready).ready).toBe(Ready.READY_TRUE);

    const changed = xrOf("Redis", { spec: { replicas: 3 }, status: statusOf(ready) });
    const stale = { platform: platformAsStored(ready, [readyTrue]) };
    const atChange = run({ input, xr: changed, observed: stale }, at(60_000));
    expect(platformOf(atChange).ready).toBe(Ready.READY_FALSE);
    expect(statusOf(atChange).platform).toMatchObject({
      changedAt: at(60_000)().toISOString(),
      conditionsAtChange: [readyTrue],
    });

    const soon = run({ input, xr: withStatusOf(changed, atChange), observed: stale }, at(60_000 + 3000));
    expect(platformOf(soon).ready).toBe(Ready.READY_FALSE);
    expect(soon.meta?.ttl?.seconds).toBe(10);

    const moved = {
      platform: platformAsStored(ready, [{ ...readyTrue, lastTransitionTime: "2026-12-01T10:01:02Z" }]),
    };
    expect(
      platformOf(run({ input, xr: withStatusOf(changed, atChange), observed: moved }, at(60_000 + 3000)))
        .ready,
    ).toBe(Ready.READY_TRUE);

    const settled = run(
      { input, xr: withStatusOf(changed, soon), observed: stale },
      at(60_000 + SETTLE_AFTER_WRITE_MS),
    );
    expect(platformOf(settled).ready).toBe(Ready.READY_TRUE);
  });
});

describe("secrets", () => {
  const password = "Sup3r-S3cret-Value";
  const input = inputFor("Postgres");
  const xr = xrOf("Postgres", { spec: { users: { app: { password } } } });
  // A platform that repeats a secret in its own message, as a failed Helm render may.
  const leaky = { ...readyFalse, message: `values invalid: password ${password} too weak` };

  it("never appear in results, conditions, status or logs", () => {
    const { log, lines } = captureLog();
    const first = run({ input, xr }, at(0), log);
    const req = requestFor({
      input,
      xr: withStatusOf(xr, first),
      observed: { platform: platformAsStored(first, [leaky]) },
      required: { credentials: [secretOf("postgres-db-credentials", "tenant-a", { app: password })] },
    });
    const rsp = runFunction(req, log, at(30_000));
    expect(rsp.results).toHaveLength(1);
    const visible = JSON.stringify([rsp.results, rsp.conditions, statusOf(rsp), lines]);
    expect(visible).toContain("values invalid: password");
    expect(visible).not.toContain(password);
    // The secret does reach the connection Secret, where it belongs.
    expect(secretData(rsp)["passwords.app"]).toBe(password);

    // A spec change records the conditions seen at that moment in status: scrubbed too.
    const changed = xrOf("Postgres", {
      spec: { replicas: 3, users: { app: { password } } },
      status: statusOf(rsp),
    });
    const atChange = runFunction(
      { ...req, observed: { ...req.observed!, composite: resourceOf(changed) } },
      log,
      at(60_000),
    );
    expect(statusOf(atChange).platform.conditionsAtChange).toEqual([
      { ...leaky, message: "values invalid: password (a secret value, not shown) too weak" },
    ]);
    expect(JSON.stringify([atChange.results, atChange.conditions, statusOf(atChange), lines])).not.toContain(
      password,
    );
  });

  it("are not echoed when a refused spec carries one", () => {
    const { log, lines } = captureLog();
    const rsp = run(
      { input, xr: xrOf("Postgres", { spec: { users: { app: { password: 123456789 } } } }) },
      at(0),
      log,
    );
    expect(fatals(rsp)).toHaveLength(1);
    expect(JSON.stringify([rsp.results, lines])).not.toContain("123456789");
  });
});

describe("logging and failure", () => {
  it("logs the kind, the XR, the target and the ready state", () => {
    const { log, lines } = captureLog();
    run({ input: inputFor("Redis"), xr: xrOf("Redis") }, at(0), log);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "info",
        fields: expect.objectContaining({
          kind: "Redis",
          xr: "db",
          namespace: "tenant-a",
          target: "InCluster",
          ready: "Unknown",
        }),
      }),
    ]);
  });

  it("logs at info only when what the XR shows changes, at debug while nothing does", () => {
    const { log, lines } = captureLog();
    const input = inputFor("Redis");
    const xr = xrOf("Redis");
    const first = run({ input, xr }, at(0), log);
    const readyOnce = run(
      { input, xr: withStatusOf(xr, first), observed: { platform: platformAsStored(first, [readyTrue]) } },
      at(1000),
      log,
    );
    const steady = {
      input,
      xr: withStatusOf(xr, readyOnce),
      observed: { platform: platformAsStored(first, [readyTrue]) },
    };
    run(steady, at(2000), log);
    run(steady, at(3000), log);
    run({ ...steady, xr: withStatusOf(xrOf("Redis", { spec: { replicas: 5 } }), readyOnce) }, at(4000), log);
    expect(lines.map((l) => [l.level, l.message, l.fields.ready])).toEqual([
      ["info", "composed", "Unknown"],
      ["info", "composed", "True"],
      ["debug", "composed", "True"],
      ["debug", "composed", "True"],
      ["info", "composed", "Unknown"],
    ]);
    // Every line carries the same structured fields, whatever its level.
    expect(lines[2]!.fields).toEqual(lines[1]!.fields);
  });

  it("turns an unexpected failure into a generic FATAL, passing desired through, and logs it", () => {
    const { log, lines } = captureLog();
    const throwing: FunctionLogger = {
      ...log,
      info: () => {
        throw new Error("logger broke");
      },
    };
    const req: RunFunctionRequest = requestFor({ input: inputFor("Redis"), xr: xrOf("Redis") });
    const rsp = runFunction(req, throwing, at(0));
    expect(rsp.results).toEqual([
      expect.objectContaining({ severity: Severity.SEVERITY_FATAL, reason: "InternalError" }),
    ]);
    expect(rsp.results[0]!.message).not.toContain("logger broke");
    expect(rsp.desired).toEqual({ composite: undefined, resources: {} });
    expect(lines.some((l) => l.level === "error" && String(l.fields.error).includes("logger broke"))).toBe(
      true,
    );
  });
});

describe("over the wire", () => {
  it("answers a request as the gRPC decoder hands it over, with a response that encodes", () => {
    const req = requestFor({
      input: inputFor("Redis"),
      xr: xrOf("Redis", { legacy: { claim: { name: "db", namespace: "tenant-a" } } }),
      required: { credentials: [secretOf("redis-db-auth", "tenant-a", { password: "pw" })] },
      context: { "apiextensions.crossplane.io/environment": { region: "eu" } },
    });
    const decoded = RequestCodec.decode(RequestCodec.encode(req).finish());
    const rsp = ResponseCodec.decode(ResponseCodec.encode(runFunction(decoded, silentLog, at(0))).finish());
    expect(rsp.meta?.tag).toBe("tag-1");
    expect(Object.keys(rsp.desired!.resources)).toEqual(["platform"]);
    expect(rsp.desired!.composite!.connectionDetails.password?.toString("utf8")).toBe("pw");
    expect(Object.keys(rsp.requirements!.resources).sort()).toEqual(["credentials", "service"]);
    expect(rsp.context).toEqual({ "apiextensions.crossplane.io/environment": { region: "eu" } });
    expect(statusOf(rsp).platform.name).toBe("db");
  });
});
