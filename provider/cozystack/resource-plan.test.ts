import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { bootbox } from "../../schemas/kinds/bootbox.ts";
import { foundationdb } from "../../schemas/kinds/foundationdb.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import {
  type ObjectValue,
  type RequestContext,
  Unknown,
  type CtyValue,
  type Diagnostic,
} from "../plugin/index.ts";
import { cozystackProvider } from "./provider.ts";
import { kindResource, waitTimeout } from "./resource.ts";
import { resourceSchema } from "./schema.ts";
import { Session } from "./session.ts";

/**
 * Plans decided by the model alone, with no platform: what is known, what stays
 * unknown, which defaults are planned, and which changes replace the object.
 */
const silent: RequestContext["log"] = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  with: () => silent,
};
const ctx: RequestContext = { log: silent, signal: new AbortController().signal };

/** A configuration as a host sends it: every attribute present, null when unset. */
const configOf = (decl: KindDeclaration, set: ObjectValue): ObjectValue => ({
  ...Object.fromEntries(Object.keys(resourceSchema(decl).block.attributes).map((k) => [k, null])),
  ...set,
});

interface Planned {
  planned?: ObjectValue;
  requiresReplace?: unknown[];
  identity?: ObjectValue;
  diagnostics?: Diagnostic[];
}

async function plan(
  decl: KindDeclaration,
  set: ObjectValue,
  prior: ObjectValue | null = null,
  session = new Session(),
): Promise<Planned> {
  const config = configOf(decl, set);
  // The host proposes the configuration, with computed values carried over from the prior state.
  const proposed = prior ? { ...prior, ...set } : config;
  return kindResource(decl, session).plan!(
    { prior, proposed, config, private: undefined, clientCapabilities: {} as never },
    ctx,
  );
}

const HOSTS = { host: "rfrm-redis-cache.tenant-a.svc", port: 6379 };

/** State after an apply of `set`: the create plan with its unknowns resolved. */
async function applied(
  decl: KindDeclaration,
  set: ObjectValue,
  session = new Session(),
): Promise<ObjectValue> {
  const { planned } = await plan(decl, set, null, session);
  const namespace = String(planned!.namespace);
  return { ...planned!, id: `${namespace}/${String(set.name)}`, connection: { ...HOSTS } };
}

const at = (session: Partial<Pick<Session, "defaultNamespace" | "configUnknown">>) =>
  Object.assign(new Session(), session);

describe("planning a new object", () => {
  const cases: Array<{
    reason: string;
    decl?: KindDeclaration;
    set: ObjectValue;
    session?: Session;
    planned: Record<string, unknown>;
    identity?: ObjectValue;
  }> = [
    {
      reason: "the model's defaults are planned as known values",
      set: { name: "cache", namespace: "tenant-a" },
      planned: { replicas: 2, size: "1Gi", version: "v8", auth_enabled: true, storage_class: "" },
    },
    {
      reason: "what the configuration sets wins over a default",
      set: { name: "cache", namespace: "tenant-a", replicas: 3, version: "v7" },
      planned: { replicas: 3, version: "v7", size: "1Gi" },
    },
    {
      reason: "the id and identity follow from namespace and name",
      set: { name: "cache", namespace: "tenant-a" },
      planned: { id: "tenant-a/cache", name: "cache", namespace: "tenant-a" },
      identity: { namespace: "tenant-a", name: "cache" },
    },
    {
      reason: "outputs are unknown until the platform publishes them",
      set: { name: "cache", namespace: "tenant-a" },
      planned: { connection: new Unknown() },
    },
    {
      reason: "timeouts are planned as configured",
      set: { name: "cache", namespace: "tenant-a", timeouts: { create: "30m", update: null, delete: null } },
      planned: { timeouts: { create: "30m", update: null, delete: null } },
    },
    {
      reason: "a value not yet known stays unknown, and the rest is still planned",
      set: { name: "cache", namespace: "tenant-a", replicas: new Unknown() },
      planned: { replicas: new Unknown(), size: "1Gi" },
    },
    {
      reason: "an unknown name leaves the id unknown and no identity",
      set: { name: new Unknown(), namespace: "tenant-a" },
      planned: { id: new Unknown(), namespace: "tenant-a" },
      identity: undefined,
    },
    {
      reason: "without a namespace, the provider's tenant_namespace is planned",
      set: { name: "cache" },
      session: at({ defaultNamespace: "tenant-b" }),
      planned: { namespace: "tenant-b", id: "tenant-b/cache" },
      identity: { namespace: "tenant-b", name: "cache" },
    },
    {
      reason: "the resource's namespace wins over the provider's",
      set: { name: "cache", namespace: "tenant-a" },
      session: at({ defaultNamespace: "tenant-b" }),
      planned: { namespace: "tenant-a", id: "tenant-a/cache" },
    },
    {
      reason: "with the provider configuration not yet known, an unset namespace is unknown",
      set: { name: "cache" },
      session: at({ configUnknown: true }),
      planned: { namespace: new Unknown(), id: new Unknown() },
      identity: undefined,
    },
    {
      reason: "a kind that lives in one namespace plans it, over the provider's default",
      decl: bootbox,
      set: { name: "bootbox" },
      session: at({ defaultNamespace: "tenant-b" }),
      planned: { namespace: "tenant-root", id: "tenant-root/bootbox" },
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const result = await plan(c.decl ?? redis, c.set, null, c.session);
      expect(result.diagnostics ?? []).toEqual([]);
      expect(result.planned).toMatchObject(c.planned);
      expect(result.requiresReplace).toEqual([]);
      if ("identity" in c) expect(result.identity).toEqual(c.identity);
    });
  }

  it("plans every attribute of the schema, and nothing else", async () => {
    const { planned } = await plan(redis, { name: "cache", namespace: "tenant-a" });
    expect(Object.keys(planned!).sort()).toEqual(Object.keys(resourceSchema(redis).block.attributes).sort());
  });
});

describe("plans the model refuses", () => {
  const cases: Array<{ reason: string; set: ObjectValue; session?: Session; want: Diagnostic[] }> = [
    {
      reason: "no namespace anywhere",
      set: { name: "cache" },
      want: [
        {
          severity: "error",
          summary: "Missing namespace",
          detail: "Set `namespace`, or `tenant_namespace` in the provider configuration.",
          path: ["namespace"],
        },
      ],
    },
    {
      reason: "a value out of the model's range, by attribute",
      set: { name: "cache", namespace: "tenant-a", replicas: -1 },
      want: [
        {
          severity: "error",
          summary: "Invalid cozystack_redis value",
          detail: "must be at least 0, got number -1",
          path: ["replicas"],
        },
      ],
    },
    {
      reason: "a name the platform would refuse",
      set: { name: "Cache_1", namespace: "tenant-a" },
      want: [
        {
          severity: "error",
          summary: "Invalid cozystack_redis name",
          detail:
            "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
          path: ["name"],
        },
      ],
    },
    {
      reason: "a timeout that is not a duration",
      set: {
        name: "cache",
        namespace: "tenant-a",
        timeouts: { create: "ten minutes", update: null, delete: null },
      },
      want: [
        {
          severity: "error",
          summary: "Invalid duration",
          detail: '"ten minutes" is not a duration such as 30s, 10m or 1h.',
          path: ["timeouts", "create"],
        },
      ],
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.reason}, planning nothing`, async () => {
      const result = await plan(redis, c.set, null, c.session);
      expect(result.diagnostics).toEqual(c.want);
      expect(result.planned).toBeUndefined();
    });
  }
});

describe("planning a change: in place or replacement", () => {
  const cases: Array<{
    reason: string;
    decl?: KindDeclaration;
    before: ObjectValue;
    after: ObjectValue;
    session?: Session;
    requiresReplace: unknown[];
    connection: "kept" | "unknown";
  }> = [
    {
      reason: "nothing changed: no replacement, the outputs stay known",
      before: { name: "cache", namespace: "tenant-a" },
      after: { name: "cache", namespace: "tenant-a" },
      requiresReplace: [],
      connection: "kept",
    },
    {
      reason: "a spec change is made in place; the outputs follow the spec, so they are unknown",
      before: { name: "cache", namespace: "tenant-a", replicas: 2 },
      after: { name: "cache", namespace: "tenant-a", replicas: 3 },
      requiresReplace: [],
      connection: "unknown",
    },
    {
      reason: "a changed timeout is no spec change: the outputs stay known",
      before: { name: "cache", namespace: "tenant-a" },
      after: { name: "cache", namespace: "tenant-a", timeouts: { create: "1h", update: null, delete: null } },
      requiresReplace: [],
      connection: "kept",
    },
    {
      reason: "a new name is a new object",
      before: { name: "cache", namespace: "tenant-a" },
      after: { name: "cache2", namespace: "tenant-a" },
      requiresReplace: [["name"]],
      connection: "kept",
    },
    {
      reason: "a new namespace is a new object",
      before: { name: "cache", namespace: "tenant-a" },
      after: { name: "cache", namespace: "tenant-b" },
      requiresReplace: [["namespace"]],
      connection: "kept",
    },
    {
      reason: "a changed provider tenant_namespace moves an object that sets none, so it replaces",
      before: { name: "cache", namespace: "tenant-a" },
      after: { name: "cache" },
      session: at({ defaultNamespace: "tenant-b" }),
      requiresReplace: [["namespace"]],
      connection: "kept",
    },
    {
      reason: "an immutable field replaces (the real API would take the change and ignore it)",
      before: { name: "cache", namespace: "tenant-a", storage_class: "fast" },
      after: { name: "cache", namespace: "tenant-a", storage_class: "slow" },
      requiresReplace: [["storage_class"]],
      connection: "unknown",
    },
    {
      reason: "removing an immutable field plans its default, which replaces too",
      before: { name: "cache", namespace: "tenant-a", storage_class: "fast" },
      after: { name: "cache", namespace: "tenant-a" },
      requiresReplace: [["storage_class"]],
      connection: "unknown",
    },
    {
      reason: "an immutable field inside an object replaces, by its full path",
      decl: foundationdb,
      before: { name: "fdb", namespace: "tenant-a", storage: { size: "16Gi", storage_class: "fast" } },
      after: { name: "fdb", namespace: "tenant-a", storage: { size: "16Gi", storage_class: "slow" } },
      requiresReplace: [["storage", "storage_class"]],
      connection: "unknown",
    },
    {
      reason: "a mutable field next to an immutable one changes in place",
      decl: foundationdb,
      before: { name: "fdb", namespace: "tenant-a", storage: { size: "16Gi", storage_class: "fast" } },
      after: { name: "fdb", namespace: "tenant-a", storage: { size: "32Gi", storage_class: "fast" } },
      requiresReplace: [],
      connection: "unknown",
    },
    {
      reason: "several reasons to replace are all named",
      before: { name: "cache", namespace: "tenant-a", storage_class: "fast" },
      after: { name: "cache2", namespace: "tenant-b", storage_class: "slow" },
      requiresReplace: [["name"], ["namespace"], ["storage_class"]],
      connection: "unknown",
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const decl = c.decl ?? redis;
      const prior = await applied(decl, c.before);
      const result = await plan(decl, c.after, prior, c.session);
      expect(result.diagnostics ?? []).toEqual([]);
      expect(result.requiresReplace).toEqual(c.requiresReplace);
      const connection: CtyValue = c.connection === "kept" ? HOSTS : new Unknown();
      expect(result.planned!.connection).toEqual(connection);
    });
  }
});

describe("the provider's tenant_namespace and its environment fallback", () => {
  const cases: Array<{ reason: string; config: ObjectValue; env: NodeJS.ProcessEnv; namespace: CtyValue }> = [
    {
      reason: "tenant_namespace is the default namespace",
      config: { tenant_namespace: "tenant-conf" },
      env: { COZYSTACK_TENANT_NAMESPACE: "tenant-env" },
      namespace: "tenant-conf",
    },
    {
      reason: "COZYSTACK_TENANT_NAMESPACE stands in when the configuration sets none",
      config: {},
      env: { COZYSTACK_TENANT_NAMESPACE: "tenant-env" },
      namespace: "tenant-env",
    },
    {
      reason: "a provider configuration not yet known leaves an unset namespace unknown",
      config: { host: new Unknown() },
      env: {},
      namespace: new Unknown(),
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const provider = cozystackProvider(c.env);
      const attributes = Object.keys(provider.schema!.block.attributes);
      const config = { ...Object.fromEntries(attributes.map((k) => [k, null])), ...c.config };
      await provider.configure!({ config, terraformVersion: "1.11.0", clientCapabilities: {} as never }, ctx);
      const resource = provider.resources!.cozystack_redis!;
      const set = configOf(redis, { name: "cache" });
      const result = await resource.plan!(
        { prior: null, proposed: set, config: set, private: undefined, clientCapabilities: {} as never },
        ctx,
      );
      expect(result.planned!.namespace).toEqual(c.namespace);
    });
  }
});

describe("waitTimeout: how long an apply waits for the platform", () => {
  const timeouts = (t: Record<string, string | null>) => ({
    timeouts: { create: null, update: null, delete: null, ...t },
  });
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    value: ObjectValue;
    which: "create" | "update" | "delete";
    ms: number;
  }> = [
    {
      reason: "the configured duration",
      decl: redis,
      value: timeouts({ create: "90s" }),
      which: "create",
      ms: 90_000,
    },
    {
      reason: "a compound duration",
      decl: redis,
      value: timeouts({ update: "1h30m" }),
      which: "update",
      ms: 5_400_000,
    },
    {
      reason: "without timeouts, ten minutes",
      decl: redis,
      value: { timeouts: null },
      which: "create",
      ms: 600_000,
    },
    {
      reason: "another operation's timeout does not count",
      decl: redis,
      value: timeouts({ create: "1s" }),
      which: "update",
      ms: 600_000,
    },
    {
      reason: "deleting waits ten minutes by default",
      decl: redis,
      value: { timeouts: null },
      which: "delete",
      ms: 600_000,
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(waitTimeout(c.decl, c.value, c.which)).toBe(c.ms);
    });
  }

  it("a kind that installs slowly waits as long as the model says, for creates and updates only", () => {
    const slow = { ...redis, installTimeoutMinutes: 45 } as KindDeclaration;
    expect(waitTimeout(slow, { timeouts: null }, "create")).toBe(45 * 60_000);
    expect(waitTimeout(slow, { timeouts: null }, "update")).toBe(45 * 60_000);
    expect(waitTimeout(slow, { timeouts: null }, "delete")).toBe(10 * 60_000);
  });
});

describe("calls that need the platform, without one", () => {
  const unconfigured = kindResource(redis, new Session());

  const imports: Array<{ reason: string; id: string; detail: string }> = [
    { reason: "a bare name", id: "cache", detail: 'Expected "<namespace>/<name>", got "cache".' },
    {
      reason: "a name with an empty namespace",
      id: "/cache",
      detail: 'Expected "<namespace>/<name>", got "/cache".',
    },
    {
      reason: "too many parts",
      id: "tenant-a/cache/x",
      detail: 'Expected "<namespace>/<name>", got "tenant-a/cache/x".',
    },
  ];
  for (const c of imports) {
    it(`an import ID is refused before any call: ${c.reason}`, async () => {
      expect(await unconfigured.import!({ id: c.id }, ctx)).toEqual({
        diagnostics: [{ severity: "error", summary: "Invalid import ID", detail: c.detail, path: undefined }],
      });
    });
  }

  it("an import by a valid ID says why the platform cannot be reached", async () => {
    expect(await unconfigured.import!({ id: "tenant-a/cache" }, ctx)).toEqual({
      diagnostics: [
        {
          severity: "error",
          summary: "Could not import Redis tenant-a/cache",
          detail: "the provider was not configured",
          path: undefined,
        },
      ],
    });
  });

  it("a refresh keeps the state it was given, with the reason it could not read", async () => {
    const state = await applied(redis, { name: "cache", namespace: "tenant-a" });
    const result = await kindResource(redis, at({ configUnknown: true })).read(
      { state, private: undefined },
      ctx,
    );
    expect(result.state).toBe(state);
    expect(result.diagnostics).toEqual([
      {
        severity: "error",
        summary: "Could not read Redis tenant-a/cache",
        detail:
          "the provider configuration is not known yet (it depends on values known only after apply), so the platform cannot be reached in this step; apply the resources it depends on first, or use -target",
        path: undefined,
      },
    ]);
  });
});
