import { describe, expect, it } from "vitest";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { type ObjectValue, type RequestContext, Unknown, valuesEqual } from "../plugin/index.ts";
import { kindResource, platformObjectOf } from "./resource.ts";
import { resourceSchema } from "./schema.ts";
import { Session } from "./session.ts";
import type { Plain } from "./values.ts";
import { carryWriteOnly, writeOnlySecrets } from "./write-only.ts";

/**
 * What state keeps of a secret given in write-only form (its version, never the
 * value), and how the version decides when the secret is sent again: a plan sees
 * only the version, so a new value under the same version changes nothing.
 */
const user = (u: Record<string, Plain>) => ({
  password: null,
  password_wo: null,
  password_wo_version: null,
  replication: null,
  ...u,
});

describe("carryWriteOnly: state from the server's spec, as of the reference state", () => {
  const cases: Array<{ reason: string; server: Plain; reference: Plain | undefined; want: Plain }> = [
    {
      reason: "a secret sent in write-only form: the server's copy is dropped, the version kept",
      server: { users: { app: { password: "wo-pw", replication: null } } },
      reference: { users: { app: user({ password_wo_version: 2 }) } },
      want: { users: { app: user({ password_wo_version: 2 }) } },
    },
    {
      reason: "a secret given in plain form stays as the server holds it",
      server: { users: { app: { password: "plain-pw", replication: null } } },
      reference: { users: { app: user({ password: "plain-pw" }) } },
      want: { users: { app: user({ password: "plain-pw" }) } },
    },
    {
      reason: "an import has no reference: the secret is recorded in plain form",
      server: { users: { app: { password: "theirs", replication: null } } },
      reference: undefined,
      want: { users: { app: user({ password: "theirs" }) } },
    },
    {
      reason: "each map entry follows its own reference entry",
      server: { users: { a: { password: "x", replication: null }, b: { password: "y", replication: null } } },
      reference: { users: { a: user({ password_wo_version: 1 }), b: user({ password: "y" }) } },
      want: { users: { a: user({ password_wo_version: 1 }), b: user({ password: "y" }) } },
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      const got = carryWriteOnly(postgres.fields, c.server, c.reference) as Record<string, Plain>;
      expect(got.users).toEqual((c.want as Record<string, Plain>).users);
    });
  }

  it("a nested secret field, outside any map, works the same way", () => {
    const got = carryWriteOnly(
      postgres.fields,
      { backup: { s3_access_key: "AKIA-wo", s3_secret_key: "plain" } },
      { backup: { s3_access_key_wo_version: 1 } },
    ) as Record<string, Record<string, Plain>>;
    expect(got.backup).toMatchObject({
      s3_access_key: null,
      s3_access_key_wo: null,
      s3_access_key_wo_version: 1,
      s3_secret_key: "plain",
      s3_secret_key_wo: null,
      s3_secret_key_wo_version: null,
    });
  });
});

describe("writeOnlySecrets: what outputs must leave out", () => {
  const cases: Array<{ reason: string; server: Plain; reference: Plain; want: string[] }> = [
    {
      reason: "the server's copy of a secret sent in write-only form",
      server: { users: { app: { password: "wo-pw" } } },
      reference: { users: { app: user({ password_wo_version: 1 }) } },
      want: ["wo-pw"],
    },
    {
      reason: "not a secret given in plain form: it is in state already",
      server: { users: { app: { password: "plain-pw" } } },
      reference: { users: { app: user({ password: "plain-pw" }) } },
      want: [],
    },
    {
      reason: "not an empty value, which every output would contain",
      server: { users: { app: { password: "" } } },
      reference: { users: { app: user({ password_wo_version: 1 }) } },
      want: [],
    },
    {
      reason: "every one, wherever it is",
      server: {
        users: { a: { password: "pw-a" }, b: { password: "pw-b" } },
        backup: { s3_secret_key: "sk" },
      },
      reference: {
        users: { a: user({ password_wo_version: 1 }), b: user({ password_wo_version: 4 }) },
        backup: { s3_secret_key_wo_version: 1 },
      },
      want: ["pw-a", "pw-b", "sk"],
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect([...writeOnlySecrets(postgres.fields, c.server, c.reference)].sort()).toEqual(c.want);
    });
  }
});

describe("the version decides when a write-only secret is sent again", () => {
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
  const attributes = Object.keys(resourceSchema(postgres).block.attributes);
  const configWith = (u: Record<string, unknown>): ObjectValue => ({
    ...Object.fromEntries(attributes.map((k) => [k, null])),
    name: "db",
    namespace: "tenant-a",
    users: { app: user(u as Record<string, Plain>) },
  });
  const plan = (config: ObjectValue, prior: ObjectValue | null) =>
    kindResource(postgres, new Session()).plan!(
      {
        prior,
        proposed: prior ? { ...prior, ...config } : config,
        config,
        private: undefined,
        clientCapabilities: {} as never,
      },
      ctx,
    );
  const CONNECTION = { host: "postgres-db-rw.tenant-a.svc", port: 5432, read_host: null, passwords: null };
  /** State after applying the secret "first" in write-only form, version 1. */
  const applied = async (): Promise<ObjectValue> => {
    const { planned } = await plan(configWith({ password_wo: "first", password_wo_version: 1 }), null);
    return { ...planned!, connection: CONNECTION };
  };

  it("a plan never carries the write-only value, only its version", async () => {
    const { planned } = await plan(configWith({ password_wo: "first", password_wo_version: 1 }), null);
    expect((planned!.users as Record<string, unknown>).app).toEqual({
      password: null,
      password_wo: null,
      password_wo_version: 1,
      replication: null,
    });
  });

  const cases: Array<{
    reason: string;
    config: Record<string, unknown>;
    changes: boolean;
    version: number | null | Unknown;
  }> = [
    {
      reason: "the same version with a new value: no change, the new value is not sent",
      config: { password_wo: "second", password_wo_version: 1 },
      changes: false,
      version: 1,
    },
    {
      reason: "a new version: an update, which sends the value again",
      config: { password_wo: "second", password_wo_version: 2 },
      changes: true,
      version: 2,
    },
    {
      reason: "a version not yet known: an update, once it is known",
      config: { password_wo: "second", password_wo_version: new Unknown() },
      changes: true,
      version: new Unknown(),
    },
    {
      reason: "back to the plain form: an update that stores the secret as given",
      config: { password: "plain" },
      changes: true,
      version: null,
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const prior = await applied();
      const config = configWith(c.config);
      const result = await plan(config, prior);
      expect(result.diagnostics ?? []).toEqual([]);
      expect(result.requiresReplace).toEqual([]);
      const planned = result.planned!;
      expect((planned.users as Record<string, Record<string, unknown>>).app!.password_wo_version).toEqual(
        c.version,
      );
      // A change of the spec is what makes the host call for an update; the outputs follow it.
      expect(valuesEqual(planned.users!, prior.users!)).toBe(!c.changes);
      expect(planned.connection).toEqual(c.changes ? new Unknown() : CONNECTION);
    });
  }

  it("the update sends the value of the configuration, never state's", () => {
    const built = platformObjectOf(
      postgres,
      "db",
      "tenant-a",
      configWith({ password_wo: "second", password_wo_version: 2 }),
    );
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.object.spec.users).toEqual({ app: { password: "second" } });
  });
});
