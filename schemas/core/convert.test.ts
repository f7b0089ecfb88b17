import { describe, expect, it } from "vitest";
import { canonicalSpec, specFromTerraform, terraformFromSpec } from "./convert.ts";
import * as f from "./fields.ts";
import { describeSchema } from "./ir.ts";

const tree = describeSchema(
  f.spec("A spec.", {
    replicas: f.int("How many.", { default: 1 }),
    size: f.quantity("How big."),
    port: f.intOrString("Where."),
    storageClass: f.string("On what."),
    backup: f.object("Backups.", { enabled: f.bool("On."), schedule: f.string("When.") }),
    users: f.map("Users.", f.object("One user.", { readOnly: f.bool("No writes.") })),
    hosts: f.list("Hosts.", f.string("One host.")),
    extra: f.free("Anything."),
  }),
);

/** The Terraform value of an empty spec: every attribute there, all null. */
const EMPTY_TF = {
  replicas: null,
  size: null,
  port: null,
  storage_class: null,
  backup: null,
  users: null,
  hosts: null,
  extra: null,
};

describe("specFromTerraform", () => {
  const cases: Array<{ reason: string; tf: Record<string, unknown>; spec: Record<string, unknown> }> = [
    {
      reason: "snake_case becomes camelCase and unset attributes are left out",
      tf: { ...EMPTY_TF, storage_class: "fast", backup: { enabled: true, schedule: null } },
      spec: { storageClass: "fast", backup: { enabled: true } },
    },
    {
      reason: "exact integers from the wire become numbers",
      tf: { ...EMPTY_TF, replicas: 3n },
      spec: { replicas: 3 },
    },
    {
      reason: "a map entry with nothing set, or set to null, is an empty object",
      tf: { ...EMPTY_TF, users: { alice: { read_only: null }, bob: null } },
      spec: { users: { alice: {}, bob: {} } },
    },
    {
      reason: "a list keeps its length: an unset item is null",
      tf: { ...EMPTY_TF, hosts: ["a", null] },
      spec: { hosts: ["a", null] },
    },
    {
      reason: "map keys and free values pass untouched",
      tf: { ...EMPTY_TF, users: { read_only: { read_only: true } }, extra: { max_conn: { a_b: 1 } } },
      spec: { users: { read_only: { readOnly: true } }, extra: { max_conn: { a_b: 1 } } },
    },
  ];
  for (const c of cases) it(c.reason, () => expect(specFromTerraform(tree, c.tf)).toStrictEqual(c.spec));

  it("reads a null root as an empty spec", () => {
    expect(specFromTerraform(tree, null as never)).toStrictEqual({});
  });
});

describe("terraformFromSpec", () => {
  const cases: Array<{ reason: string; spec: Record<string, unknown>; tf: Record<string, unknown> }> = [
    { reason: "every attribute is there, null where unset", spec: {}, tf: EMPTY_TF },
    {
      reason: "camelCase becomes snake_case, down nested objects and map entries",
      spec: { storageClass: "fast", backup: { enabled: true }, users: { alice: { readOnly: false } } },
      tf: {
        ...EMPTY_TF,
        storage_class: "fast",
        backup: { enabled: true, schedule: null },
        users: { alice: { read_only: false } },
      },
    },
    {
      reason: "quantities and int-or-strings are strings in Terraform",
      spec: { size: 2, port: 5432 },
      tf: { ...EMPTY_TF, size: "2", port: "5432" },
    },
    {
      reason: "list items, map keys and free values pass as they are",
      spec: { hosts: ["a"], users: { read_only: {} }, extra: { someKey: 1 } },
      tf: { ...EMPTY_TF, hosts: ["a"], users: { read_only: { read_only: null } }, extra: { someKey: 1 } },
    },
  ];
  for (const c of cases) it(c.reason, () => expect(terraformFromSpec(tree, c.spec)).toStrictEqual(c.tf));
});

describe("canonicalSpec", () => {
  const cases: Array<{ reason: string; spec: Record<string, unknown>; canonical: Record<string, unknown> }> =
    [
      {
        reason: "quantities and int-or-strings compare as strings",
        spec: { size: 2, port: 80, replicas: 2 },
        canonical: { replicas: 2, size: "2", port: "80" },
      },
      {
        reason: "null and undefined fields are left out",
        spec: { storageClass: null, backup: { enabled: undefined, schedule: "daily" } },
        canonical: { backup: { schedule: "daily" } },
      },
      {
        reason: "map keys are sorted and a null entry is an empty object",
        spec: { users: { zed: { readOnly: true }, amy: null } },
        canonical: { users: { amy: {}, zed: { readOnly: true } } },
      },
      {
        reason: "a list keeps its length: an unset item is null",
        spec: { hosts: [null, "b"] },
        canonical: { hosts: [null, "b"] },
      },
    ];
  for (const c of cases)
    it(c.reason, () => {
      const out = canonicalSpec(tree, c.spec);
      expect(out).toStrictEqual(c.canonical);
      // Fields follow the model's order and map keys are sorted, so serialisations compare too.
      expect(JSON.stringify(out)).toBe(JSON.stringify(c.canonical));
    });
});
