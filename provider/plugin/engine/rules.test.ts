import { describe, expect, it } from "vitest";
import { t } from "../cty/types.ts";
import { Unknown, type CtyValue } from "../cty/values.ts";
import type { AttributePath, Diagnostic } from "../diagnostics.ts";
import type { BlockSchema } from "../schema.ts";
import {
  checkApplyAgainstPlan,
  checkPathExists,
  checkPlanAgainstConfig,
  markComputedNullsUnknown,
  nullWriteOnly,
} from "./rules.ts";

/**
 * The rules hosts reject a provider for, each made to fire with its exact message,
 * next to the case that passes. A rule that fires wrongly breaks every plan; one
 * that stays silent lets the host report "inconsistent result" instead.
 */
type Obj = Record<string, CtyValue>;

const block: BlockSchema = {
  attributes: {
    name: { type: t.string, required: true },
    count: { type: t.number, optional: true },
    size: { type: t.string, optional: true, computed: true },
    password: { type: t.string, optional: true, sensitive: true },
    password_wo: { type: t.string, optional: true, writeOnly: true, sensitive: true },
    tags: { type: t.list(t.string), optional: true },
    settings: {
      optional: true,
      computed: true,
      nested: {
        nesting: "single",
        attributes: {
          mode: { type: t.string, optional: true },
          port: { type: t.number, optional: true, computed: true },
        },
      },
    },
    disks: {
      optional: true,
      nested: { nesting: "list", attributes: { size: { type: t.string, optional: true } } },
    },
    users: {
      optional: true,
      nested: {
        nesting: "map",
        attributes: {
          role: { type: t.string, optional: true },
          id: { type: t.string, computed: true },
          secret_wo: { type: t.string, optional: true, writeOnly: true },
        },
      },
    },
    labels: {
      optional: true,
      nested: { nesting: "set", attributes: { key: { type: t.string, optional: true } } },
    },
  },
  blocks: {
    rule: { nesting: "list", block: { attributes: { port: { type: t.number, required: true } } } },
    timeouts: {
      nesting: "single",
      block: {
        attributes: {
          create: { type: t.string, optional: true },
          token_wo: { type: t.string, optional: true, writeOnly: true },
        },
      },
    },
  },
};

/** Every attribute null, as a host sends an object with nothing set. */
const value = (set: Obj = {}): Obj => ({
  name: null,
  count: null,
  size: null,
  password: null,
  password_wo: null,
  tags: null,
  settings: null,
  disks: null,
  users: null,
  labels: null,
  rule: null,
  timeouts: null,
  ...set,
});

const SUFFIX = ". This is a bug in the provider; please report it.";
/** The one diagnostic every rule produces: the attribute's path and what is wrong with it. */
const invalid = (path: AttributePath, detail: string): Diagnostic => ({
  severity: "error",
  summary: "Provider produced an invalid response",
  detail: detail + SUFFIX,
  path,
});

describe("checkPlanAgainstConfig: a plan may not contradict the configuration", () => {
  const cases: Array<{ reason: string; config: Obj; planned: Obj; prior?: Obj; want: Diagnostic[] }> = [
    {
      reason: "a plan equal to the configuration passes",
      config: value({ name: "a", tags: ["x"], disks: [{ size: "1Gi" }] }),
      planned: value({ name: "a", tags: ["x"], disks: [{ size: "1Gi" }] }),
      want: [],
    },
    {
      reason: "a computed attribute the configuration leaves unset may be planned with any value",
      config: value({ name: "a" }),
      planned: value({ name: "a", size: "1Gi" }),
      want: [],
    },
    {
      reason: "numbers compare by value, whatever their JavaScript form",
      config: value({ name: "a", count: 3 }),
      planned: value({ name: "a", count: 3n }),
      want: [],
    },
    {
      reason: "keeping the prior value is allowed when config and prior are both set (semantic equality)",
      config: value({ name: "A" }),
      planned: value({ name: "a" }),
      prior: value({ name: "a" }),
      want: [],
    },
    {
      reason: "dropping an attribute from the configuration must plan null, not keep the prior value",
      config: value({ name: "a", count: null }),
      planned: value({ name: "a", count: 2 }),
      prior: value({ name: "a", count: 2 }),
      want: [
        invalid(
          ["count"],
          "count planned 2 for an attribute that is not computed, but the configuration says null",
        ),
      ],
    },
    {
      reason: "a value the configuration does not set is planned null",
      config: value({ name: "a" }),
      planned: value({ name: "a", tags: ["x"] }),
      want: [
        invalid(
          ["tags"],
          'tags planned ["x"] for an attribute that is not computed, but the configuration says null',
        ),
      ],
    },
    {
      reason: "a set value may not be planned away",
      config: value({ name: "a", count: 9007199254740993n }),
      planned: value({ name: "a" }),
      want: [
        invalid(
          ["count"],
          "count planned null for an attribute that is not computed, but the configuration says 9007199254740993",
        ),
      ],
    },
    {
      reason: "a non-computed attribute planned differently names both values",
      config: value({ name: "a" }),
      planned: value({ name: "b" }),
      want: [
        invalid(
          ["name"],
          'name planned "b" for an attribute that is not computed, but the configuration says "a"',
        ),
      ],
    },
    {
      reason: "a known non-computed value may not be planned unknown",
      config: value({ name: "a" }),
      planned: value({ name: new Unknown() }),
      want: [
        invalid(
          ["name"],
          'name planned (known after apply) for an attribute that is not computed, but the configuration says "a"',
        ),
      ],
    },
    {
      reason: "a sensitive attribute's values are never shown",
      config: value({ name: "a", password: "hunter2" }),
      planned: value({ name: "a", password: "hunter3" }),
      want: [
        invalid(
          ["password"],
          "password planned (sensitive value) for an attribute that is not computed, but the configuration says (sensitive value)",
        ),
      ],
    },
    {
      reason: "long strings are cut to 80 characters",
      config: value({ name: "a" }),
      planned: value({ name: "x".repeat(100) }),
      want: [
        invalid(
          ["name"],
          `name planned "${"x".repeat(77)}..." for an attribute that is not computed, but the configuration says "a"`,
        ),
      ],
    },
    {
      reason: "long structured values are cut to 120 characters",
      config: value({ name: "a", tags: [] }),
      planned: value({ name: "a", tags: Array.from({ length: 40 }, (_, i) => `t${i}`) }),
      want: [
        invalid(
          ["tags"],
          `tags planned ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `t${i}`)).slice(0, 117)}... for an attribute that is not computed, but the configuration says []`,
        ),
      ],
    },
    {
      reason: "an unknown configuration value is planned unknown",
      config: value({ name: new Unknown() }),
      planned: value({ name: new Unknown() }),
      want: [],
    },
    {
      reason: "a configuration value not yet known may not be planned as known",
      config: value({ name: new Unknown() }),
      planned: value({ name: "guess" }),
      want: [invalid(["name"], "name planned a known value although the configuration is not yet known")],
    },
    {
      reason: "a write-only attribute is planned null even when the configuration sets it",
      config: value({ name: "a", password_wo: "s3cret" }),
      planned: value({ name: "a" }),
      want: [],
    },
    {
      reason: "a write-only attribute planned with a value",
      config: value({ name: "a", password_wo: "s3cret" }),
      planned: value({ name: "a", password_wo: "s3cret" }),
      want: [
        invalid(
          ["password_wo"],
          "password_wo planned a value for a write-only attribute; write-only attributes are always null in plans and state",
        ),
      ],
    },
    {
      reason: "inside an optional+computed object, computed attributes may be filled in",
      config: value({ name: "a", settings: { mode: "fast", port: null } }),
      planned: value({ name: "a", settings: { mode: "fast", port: 5432 } }),
      want: [],
    },
    {
      reason: "inside an optional+computed object, what the configuration set still binds",
      config: value({ name: "a", settings: { mode: "fast", port: null } }),
      planned: value({ name: "a", settings: { mode: "slow", port: 5432 } }),
      want: [
        invalid(
          ["settings", "mode"],
          'settings.mode planned "slow" for an attribute that is not computed, but the configuration says "fast"',
        ),
      ],
    },
    {
      reason: "a list of objects compares element by element",
      config: value({ name: "a", disks: [{ size: "1Gi" }, { size: "2Gi" }] }),
      planned: value({ name: "a", disks: [{ size: "1Gi" }, { size: "3Gi" }] }),
      want: [
        invalid(
          ["disks", 1, "size"],
          'disks[1].size planned "3Gi" for an attribute that is not computed, but the configuration says "2Gi"',
        ),
      ],
    },
    {
      reason: "a list element keeps its prior value (semantic equality), by index",
      config: value({ name: "a", disks: [{ size: "1024Mi" }] }),
      planned: value({ name: "a", disks: [{ size: "1Gi" }] }),
      prior: value({ name: "a", disks: [{ size: "1Gi" }] }),
      want: [],
    },
    {
      reason: "a list of objects may not gain or lose elements",
      config: value({ name: "a", disks: [{ size: "1Gi" }] }),
      planned: value({ name: "a", disks: [] }),
      want: [invalid(["disks"], "disks planned 0 elements where the configuration has 1")],
    },
    {
      reason: "a map of objects fills computed attributes in each entry",
      config: value({ name: "a", users: { app: { role: "admin", id: null, secret_wo: null } } }),
      planned: value({ name: "a", users: { app: { role: "admin", id: "u-1", secret_wo: null } } }),
      want: [],
    },
    {
      reason: "a map entry of the configuration may not be planned away",
      config: value({ name: "a", users: { app: { role: "admin", id: null, secret_wo: null } } }),
      planned: value({ name: "a", users: {} }),
      want: [
        invalid(["users", { key: "app" }], 'users["app"] is in the configuration but missing from the plan'),
      ],
    },
    {
      reason: "a map entry may not be planned into being",
      config: value({ name: "a", users: {} }),
      planned: value({ name: "a", users: { ops: { role: null, id: null, secret_wo: null } } }),
      want: [invalid(["users", { key: "ops" }], 'users["ops"] is in the plan but not in the configuration')],
    },
    {
      reason: "a map entry compares attribute by attribute",
      config: value({ name: "a", users: { app: { role: "admin", id: null, secret_wo: null } } }),
      planned: value({ name: "a", users: { app: { role: "reader", id: null, secret_wo: null } } }),
      want: [
        invalid(
          ["users", { key: "app" }, "role"],
          'users["app"].role planned "reader" for an attribute that is not computed, but the configuration says "admin"',
        ),
      ],
    },
    {
      reason: "a map entry keeps its prior value by key",
      config: value({ name: "a", users: { app: { role: "Admin", id: null, secret_wo: null } } }),
      planned: value({ name: "a", users: { app: { role: "admin", id: "u-1", secret_wo: null } } }),
      prior: value({ name: "a", users: { app: { role: "admin", id: "u-1", secret_wo: null } } }),
      want: [],
    },
    {
      // Only an entry that differs from the configuration is walked; the engine nulls
      // write-only values (nullWriteOnly) before this check, so an equal one never reaches it.
      reason: "a write-only attribute inside a map entry is held to null too",
      config: value({ name: "a", users: { app: { role: null, id: null, secret_wo: "s" } } }),
      planned: value({ name: "a", users: { app: { role: null, id: "u-1", secret_wo: "s" } } }),
      want: [
        invalid(
          ["users", { key: "app" }, "secret_wo"],
          'users["app"].secret_wo planned a value for a write-only attribute; write-only attributes are always null in plans and state',
        ),
      ],
    },
    {
      reason: "sets of objects are not compared (elements have no stable address)",
      config: value({ name: "a", labels: [{ key: "x" }] }),
      planned: value({ name: "a", labels: [{ key: "y" }] }),
      want: [],
    },
    {
      reason: "a single nested block compares attribute by attribute",
      config: value({ name: "a", timeouts: { create: "10m", token_wo: null } }),
      planned: value({ name: "a", timeouts: { create: "20m", token_wo: null } }),
      want: [
        invalid(
          ["timeouts", "create"],
          'timeouts.create planned "20m" for an attribute that is not computed, but the configuration says "10m"',
        ),
      ],
    },
    {
      reason: "list blocks compare element by element",
      config: value({ name: "a", rule: [{ port: 80 }, { port: 443 }] }),
      planned: value({ name: "a", rule: [{ port: 80 }, { port: 8443 }] }),
      want: [
        invalid(
          ["rule", 1, "port"],
          "rule[1].port planned 8443 for an attribute that is not computed, but the configuration says 443",
        ),
      ],
    },
    {
      reason: "list blocks may not gain or lose blocks",
      config: value({ name: "a", rule: [{ port: 80 }] }),
      planned: value({ name: "a", rule: [{ port: 80 }, { port: 443 }] }),
      want: [invalid(["rule"], "rule planned 2 blocks where the configuration has 1")],
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(checkPlanAgainstConfig(block, c.config, c.planned, c.prior ?? null)).toEqual(c.want);
    });
  }

  it("never quotes a sensitive value, wherever it is", () => {
    const diags = checkPlanAgainstConfig(
      block,
      value({ name: "a", password: "hunter2" }),
      value({ name: "a", password: null }),
      null,
    );
    expect(diags).toHaveLength(1);
    expect(JSON.stringify(diags)).not.toContain("hunter2");
  });
});

describe("markComputedNullsUnknown: on create, what the provider will compute is unknown", () => {
  const cases: Array<{ reason: string; config: Obj; planned: Obj; want: Obj }> = [
    {
      reason: "a computed attribute the configuration leaves unset becomes unknown",
      config: value({ name: "a" }),
      planned: value({ name: "a" }),
      want: value({ name: "a", size: new Unknown(), settings: new Unknown() }),
    },
    {
      reason: "a computed attribute the provider planned with a final value keeps it",
      config: value({ name: "a" }),
      planned: value({ name: "a", size: "1Gi" }),
      want: value({ name: "a", size: "1Gi", settings: new Unknown() }),
    },
    {
      reason: "a computed attribute the configuration sets stays as set",
      config: value({ name: "a", size: "2Gi" }),
      planned: value({ name: "a", size: "2Gi" }),
      want: value({ name: "a", size: "2Gi", settings: new Unknown() }),
    },
    {
      reason: "inside a single nested object, unset computed attributes become unknown too",
      config: value({ name: "a", settings: { mode: "fast", port: null } }),
      planned: value({ name: "a", settings: { mode: "fast", port: null } }),
      want: value({ name: "a", size: new Unknown(), settings: { mode: "fast", port: new Unknown() } }),
    },
    {
      reason: "entries of a map are left alone (their computed attributes are the provider's to fill)",
      config: value({ name: "a", users: { app: { role: null, id: null, secret_wo: null } } }),
      planned: value({ name: "a", users: { app: { role: null, id: null, secret_wo: null } } }),
      want: value({
        name: "a",
        size: new Unknown(),
        settings: new Unknown(),
        users: { app: { role: null, id: null, secret_wo: null } },
      }),
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(markComputedNullsUnknown(block, c.config, c.planned)).toEqual(c.want);
    });
  }

  it("leaves its input as it was", () => {
    const planned = value({ name: "a" });
    markComputedNullsUnknown(block, value({ name: "a" }), planned);
    expect(planned.size).toBeNull();
  });
});

describe("checkApplyAgainstPlan: an apply must keep every promise its plan made", () => {
  const cases: Array<{ reason: string; planned: Obj; applied: Obj; want: Diagnostic[] }> = [
    {
      reason: "an apply equal to the plan passes",
      planned: value({ name: "a", size: "1Gi" }),
      applied: value({ name: "a", size: "1Gi" }),
      want: [],
    },
    {
      reason: "an unknown planned value may become any known value",
      planned: value({ name: "a", size: new Unknown() }),
      applied: value({ name: "a", size: "1Gi" }),
      want: [],
    },
    {
      reason: "nothing may stay unknown after apply",
      planned: value({ name: "a", size: new Unknown() }),
      applied: value({ name: "a", size: new Unknown() }),
      want: [invalid(["size"], "size is still unknown after apply; every value must be known once applied")],
    },
    {
      reason: "an unknown deep inside a value is reported at its top attribute",
      planned: value({ name: "a", settings: { mode: "fast", port: new Unknown() } }),
      applied: value({ name: "a", settings: { mode: "fast", port: new Unknown() } }),
      want: [
        invalid(
          ["settings"],
          "settings is still unknown after apply; every value must be known once applied",
        ),
      ],
    },
    {
      reason: "a known planned value must come back unchanged",
      planned: value({ name: "a", size: "1Gi" }),
      applied: value({ name: "a", size: "2Gi" }),
      want: [invalid(["size"], 'size was planned as "1Gi" but apply produced "2Gi"')],
    },
    {
      reason: "a planned null must stay null",
      planned: value({ name: "a" }),
      applied: value({ name: "a", tags: [] }),
      want: [invalid(["tags"], "tags was planned as null but apply produced []")],
    },
    {
      reason: "a sensitive value is not shown when it changed",
      planned: value({ name: "a", password: "hunter2" }),
      applied: value({ name: "a", password: "hunter3" }),
      want: [
        invalid(
          ["password"],
          "password was planned as (sensitive value) but apply produced (sensitive value)",
        ),
      ],
    },
    {
      reason: "a value refined as not null may not come back null",
      planned: value({ name: "a", size: new Unknown({ nullable: false }) }),
      applied: value({ name: "a" }),
      want: [invalid(["size"], "size was planned as definitely not null, but apply produced null")],
    },
    {
      reason: "a value refined as not null passes with a value",
      planned: value({ name: "a", size: new Unknown({ nullable: false }) }),
      applied: value({ name: "a", size: "1Gi" }),
      want: [],
    },
    {
      reason: "a string refined with a prefix must start with it",
      planned: value({ name: "a", size: new Unknown({ stringPrefix: "tenant-a/" }) }),
      applied: value({ name: "a", size: "tenant-b/x" }),
      want: [
        invalid(["size"], 'size was planned to start with "tenant-a/", but apply produced "tenant-b/x"'),
      ],
    },
    {
      reason: "a string with the planned prefix passes",
      planned: value({ name: "a", size: new Unknown({ stringPrefix: "tenant-a/" }) }),
      applied: value({ name: "a", size: "tenant-a/x" }),
      want: [],
    },
    {
      reason: "a sensitive string's prefix is not shown either",
      planned: value({ name: "a", password: new Unknown({ stringPrefix: "pw-" }) }),
      applied: value({ name: "a", password: "hunter2" }),
      want: [
        invalid(
          ["password"],
          "password was planned to start with a known prefix, but apply produced (sensitive value)",
        ),
      ],
    },
    {
      reason: "a partly known object: its known attributes must come back unchanged",
      planned: value({ name: "a", settings: { mode: "fast", port: new Unknown() } }),
      applied: value({ name: "a", settings: { mode: "slow", port: 5432 } }),
      want: [invalid(["settings", "mode"], 'settings.mode was planned as "fast" but apply produced "slow"')],
    },
    {
      reason: "a partly known list: element by element",
      planned: value({ name: "a", disks: [{ size: "1Gi" }, { size: new Unknown() }] }),
      applied: value({ name: "a", disks: [{ size: "5Gi" }, { size: "2Gi" }] }),
      want: [invalid(["disks", 0, "size"], 'disks[0].size was planned as "1Gi" but apply produced "5Gi"')],
    },
    {
      reason: "a partly known map: a planned entry may not vanish",
      planned: value({ name: "a", users: { app: { role: "admin", id: new Unknown(), secret_wo: null } } }),
      applied: value({ name: "a", users: {} }),
      want: [invalid(["users", { key: "app" }], 'users["app"] was planned but is missing after apply')],
    },
    {
      reason: "a partly known map: entry by entry",
      planned: value({ name: "a", users: { app: { role: "admin", id: new Unknown(), secret_wo: null } } }),
      applied: value({ name: "a", users: { app: { role: "reader", id: "u-1", secret_wo: null } } }),
      want: [
        invalid(
          ["users", { key: "app" }, "role"],
          'users["app"].role was planned as "admin" but apply produced "reader"',
        ),
      ],
    },
    {
      reason: "partly known list blocks: block by block",
      planned: value({ name: "a", rule: [{ port: new Unknown() }, { port: 443 }] }),
      applied: value({ name: "a", rule: [{ port: 80 }, { port: 8443 }] }),
      want: [invalid(["rule", 1, "port"], "rule[1].port was planned as 443 but apply produced 8443")],
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(checkApplyAgainstPlan(block, c.planned, c.applied)).toEqual(c.want);
    });
  }
});

describe("nullWriteOnly: write-only attributes never reach state", () => {
  const cases: Array<{ reason: string; value: Obj; want: Obj }> = [
    {
      reason: "a top-level write-only attribute becomes null",
      value: value({ name: "a", password_wo: "s" }),
      want: value({ name: "a" }),
    },
    {
      reason: "inside every entry of a map of objects",
      value: value({
        users: { app: { role: "r", id: "1", secret_wo: "s" }, ops: { role: null, id: null, secret_wo: "t" } },
      }),
      want: value({
        users: {
          app: { role: "r", id: "1", secret_wo: null },
          ops: { role: null, id: null, secret_wo: null },
        },
      }),
    },
    {
      reason: "inside a single nested block",
      value: value({ timeouts: { create: "1m", token_wo: "s" } }),
      want: value({ timeouts: { create: "1m", token_wo: null } }),
    },
    {
      reason: "a value with no write-only attribute set is returned as it was",
      value: value({ name: "a", tags: ["x"], disks: [{ size: "1Gi" }], settings: { mode: "m", port: 1 } }),
      want: value({ name: "a", tags: ["x"], disks: [{ size: "1Gi" }], settings: { mode: "m", port: 1 } }),
    },
    {
      reason: "unknown and null nested values are left as they are",
      value: value({ users: new Unknown(), timeouts: null }),
      want: value({ users: new Unknown(), timeouts: null }),
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(nullWriteOnly(block, c.value)).toEqual(c.want);
    });
  }

  it("works on a copy, leaving the host's value intact", () => {
    const given = value({ password_wo: "s" });
    nullWriteOnly(block, given);
    expect(given.password_wo).toBe("s");
  });

  it("nulls write-only attributes in list-nested objects and list blocks", () => {
    const listBlock: BlockSchema = {
      attributes: {
        keys: {
          optional: true,
          nested: {
            nesting: "list",
            attributes: { key_wo: { type: t.string, optional: true, writeOnly: true } },
          },
        },
      },
      blocks: {
        auth: { nesting: "list", block: { attributes: { token_wo: { type: t.string, writeOnly: true } } } },
      },
    };
    expect(nullWriteOnly(listBlock, { keys: [{ key_wo: "a" }, null], auth: [{ token_wo: "b" }] })).toEqual({
      keys: [{ key_wo: null }, null],
      auth: [{ token_wo: null }],
    });
  });
});

describe("checkPathExists: a RequiresReplace path must name an attribute", () => {
  const cases: Array<{ reason: string; path: AttributePath; want: boolean }> = [
    { reason: "a top-level attribute", path: ["name"], want: true },
    { reason: "an attribute the schema lacks", path: ["nope"], want: false },
    { reason: "an attribute of a single nested object", path: ["settings", "mode"], want: true },
    { reason: "a nested object's attribute it lacks", path: ["settings", "nope"], want: false },
    { reason: "an element of a single nested object is no path", path: ["settings", 0], want: false },
    { reason: "an element of a list of strings", path: ["tags", 0], want: true },
    { reason: "an attribute of a list element", path: ["disks", 0, "size"], want: true },
    { reason: "an attribute a list element lacks", path: ["disks", 0, "nope"], want: false },
    { reason: "an attribute of a map entry", path: ["users", { key: "app" }, "role"], want: true },
    { reason: "an attribute of a single block", path: ["timeouts", "create"], want: true },
    { reason: "an element of a single block is no path", path: ["timeouts", 0], want: false },
    { reason: "an attribute of a list block element", path: ["rule", 1, "port"], want: true },
    { reason: "nothing lies under a primitive attribute", path: ["name", "inner"], want: false },
    { reason: "the empty path is the whole object", path: [], want: true },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(checkPathExists(block, c.path)).toBe(c.want);
    });
  }
});
