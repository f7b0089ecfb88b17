import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { ObjectValue, Diagnostic } from "../plugin/index.ts";
import type { KubeObject } from "./kube/client.ts";
import { WriteRefused } from "./platform.ts";
import { checkedForUpdate, keptDifferently, objectState } from "./resource.ts";
import { resourceSchema } from "./schema.ts";

/**
 * State from the object the platform holds, and the checks around a write: the
 * object must still be what the plan was made from, and what the platform kept
 * differently is named field by field. No platform: objects are given as read.
 */
const object = (spec: Record<string, unknown>, extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Redis",
  metadata: { name: "cache", namespace: "tenant-a", resourceVersion: "7" },
  spec,
  ...extra,
});

/** A Redis state as an apply of the model's defaults leaves it. */
const REDIS_DEFAULTS = {
  replicas: 2,
  resources: { cpu: null, memory: null },
  resources_preset: "t1.nano",
  size: "1Gi",
  storage_class: "",
  external: false,
  version: "v8",
  auth_enabled: true,
};
const redisState = (spec: Partial<typeof REDIS_DEFAULTS> = {}): ObjectValue => ({
  id: "tenant-a/cache",
  name: "cache",
  namespace: "tenant-a",
  ...REDIS_DEFAULTS,
  ...spec,
  connection: null,
  timeouts: null,
});

describe("objectState: what state records of an object the platform holds", () => {
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    object: KubeObject;
    reference: ObjectValue | null;
    state: Record<string, unknown>;
    hidden?: string[];
  }> = [
    {
      reason: "id, name and namespace come from the object's metadata",
      decl: redis,
      object: object({}),
      reference: null,
      state: { id: "tenant-a/cache", name: "cache", namespace: "tenant-a", connection: null },
    },
    {
      reason: "fields the platform leaves out are recorded with the model's defaults",
      decl: redis,
      object: object({ replicas: 3 }),
      reference: null,
      state: { ...REDIS_DEFAULTS, replicas: 3 },
    },
    {
      reason: "the spec's camelCase fields become snake_case attributes",
      decl: redis,
      object: object({ authEnabled: false, storageClass: "fast", resourcesPreset: "small" }),
      reference: null,
      state: { auth_enabled: false, storage_class: "fast", resources_preset: "small" },
    },
    {
      reason: "timeouts are the configuration's (the platform has none), kept from the reference state",
      decl: redis,
      object: object({}),
      reference: redisState({}),
      state: { timeouts: null },
    },
    {
      reason: "an import has no reference: no timeouts",
      decl: redis,
      object: object({}),
      reference: null,
      state: { timeouts: null },
    },
    {
      reason: "a password given in plain form is recorded as the platform holds it",
      decl: postgres,
      object: object({ users: { app: { password: "plain-pw" } } }),
      reference: { users: { app: { password: "plain-pw", password_wo: null, password_wo_version: null } } },
      state: {
        users: {
          app: { password: "plain-pw", password_wo: null, password_wo_version: null, replication: null },
        },
      },
      hidden: [],
    },
    {
      reason:
        "a password given in write-only form is not recorded, though the platform echoes it; its version is",
      decl: postgres,
      object: object({ users: { app: { password: "wo-pw" } } }),
      reference: { users: { app: { password: null, password_wo: null, password_wo_version: 3 } } },
      state: {
        users: { app: { password: null, password_wo: null, password_wo_version: 3, replication: null } },
      },
      hidden: ["wo-pw"],
    },
    {
      reason: "a user the reference does not know (added on the platform) is recorded as read",
      decl: postgres,
      object: object({ users: { app: { password: "wo-pw" }, other: { password: "theirs" } } }),
      reference: { users: { app: { password: null, password_wo: null, password_wo_version: 1 } } },
      state: {
        users: {
          app: { password: null, password_wo: null, password_wo_version: 1, replication: null },
          other: { password: "theirs", password_wo: null, password_wo_version: null, replication: null },
        },
      },
      hidden: ["wo-pw"],
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      const { state, hidden } = objectState(c.decl, c.object, c.reference);
      expect(state).toMatchObject(c.state);
      if (c.hidden) expect([...hidden]).toEqual(c.hidden);
    });
  }

  it("records every attribute of the schema", () => {
    const { state } = objectState(redis, object({}), null);
    expect(Object.keys(state).sort()).toEqual(Object.keys(resourceSchema(redis).block.attributes).sort());
  });
});

describe("checkedForUpdate: an update is written only over the object the plan was made from", () => {
  const cases: Array<{
    reason: string;
    current: KubeObject | undefined;
    prior: ObjectValue;
    refused?: string;
  }> = [
    {
      reason: "the object as planned",
      current: object({ replicas: 2 }),
      prior: redisState(),
    },
    {
      reason: "fields the platform leaves out count as their defaults",
      current: object({}),
      prior: redisState(),
    },
    {
      reason: "a status change is no change of the object",
      current: object({}, { status: { conditions: [{ type: "Ready", status: "False" }] } }),
      prior: redisState(),
    },
    {
      reason: "the object is gone",
      current: undefined,
      prior: redisState(),
      refused:
        "Redis tenant-a/cache was deleted on the platform after this plan was made. Run the plan again to re-create it.",
    },
    {
      reason: "someone changed a field on the platform",
      current: object({ replicas: 5 }),
      prior: redisState(),
      refused:
        "Redis tenant-a/cache changed on the platform after this plan was made (replicas), so nothing was written. Run the plan again to see the change.",
    },
    {
      reason: "every field that moved is named, in the model's order",
      current: object({ size: "5Gi", replicas: 5, version: "v7" }),
      prior: redisState(),
      refused:
        "Redis tenant-a/cache changed on the platform after this plan was made (replicas, size, version), so nothing was written. Run the plan again to see the change.",
    },
  ];
  for (const c of cases) {
    it(c.refused ? `refuses: ${c.reason}` : `writes over ${c.reason}`, () => {
      const check = () => checkedForUpdate(redis, c.prior, c.current);
      if (c.refused) {
        expect(check).toThrow(WriteRefused);
        expect(check).toThrow(new WriteRefused(c.refused));
      } else {
        expect(check()).toBe(c.current);
      }
    });
  }

  it("a password echoed back for a write-only value is no change", () => {
    const prior: ObjectValue = {
      ...objectState(postgres, object({ users: { app: {} } }), null).state,
      users: { app: { password: null, password_wo: null, password_wo_version: 1, replication: null } },
    };
    const current = object({ users: { app: { password: "wo-pw" } } });
    expect(checkedForUpdate(postgres, prior, current)).toBe(current);
  });
});

describe("keptDifferently: what the platform kept other than planned, named by field", () => {
  const kept = (key: string, detail: string): Diagnostic => ({
    severity: "error",
    summary: `The platform kept a different ${key}`,
    detail: `${detail} The state records the platform's value; the next plan shows the difference.`,
    path: [key],
  });
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    planned: ObjectValue;
    state: ObjectValue;
    want: Diagnostic[];
  }> = [
    {
      reason: "the platform kept everything as planned",
      decl: redis,
      planned: redisState({ replicas: 3 }),
      state: { ...redisState({ replicas: 3 }), connection: { host: "h" } },
      want: [],
    },
    {
      reason: "the platform kept another value: both are shown",
      decl: redis,
      planned: redisState({ replicas: 3 }),
      state: redisState({ replicas: 2 }),
      want: [kept("replicas", "Redis tenant-a/cache: planned 3, the platform holds 2.")],
    },
    {
      reason: "each field on its own",
      decl: redis,
      planned: redisState({ size: "2Gi", version: "v7" }),
      state: redisState({}),
      want: [
        kept("size", 'Redis tenant-a/cache: planned "2Gi", the platform holds "1Gi".'),
        kept("version", 'Redis tenant-a/cache: planned "v7", the platform holds "v8".'),
      ],
    },
    {
      reason: "a value holding secrets is never shown",
      decl: postgres,
      planned: { namespace: "tenant-a", name: "db", users: { app: { password: "pw-1" } } },
      state: { namespace: "tenant-a", name: "db", users: { app: { password: "pw-2" } } },
      want: [
        kept(
          "users",
          "Postgres tenant-a/db: planned (a value holding secrets, not shown), the platform holds (a value holding secrets, not shown).",
        ),
      ],
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(keptDifferently(c.decl, resourceSchema(c.decl), c.planned, c.state)).toEqual(c.want);
    });
  }
});
