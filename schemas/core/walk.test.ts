import { describe, expect, it } from "vitest";
import * as f from "./fields.ts";
import { describeSchema } from "./ir.ts";
import {
  childNode,
  foldFields,
  foldValue,
  gatherValues,
  nodeAt,
  rewriteValue,
  valueAt,
  type FieldFold,
  type Naming,
  type PathSegment,
} from "./walk.ts";

const tree = describeSchema(
  f.spec("A spec with every kind of container.", {
    replicas: f.int("How many.", { default: 1 }),
    storageClass: f.string("Where."),
    users: f.map(
      "Users by name.",
      f.object("One user.", {
        password: f.string("Secret.", { sensitive: true }),
        readOnly: f.bool("No writes."),
      }),
    ),
    hosts: f.list("Hosts.", f.string("One host.")),
    extra: f.free("Anything."),
  }),
);

/** Every node's path, in the order the fold reaches its handler. */
const pathsOf = (naming: Naming): string[] => {
  const seen: string[] = [];
  const note = (path: readonly string[]) => void seen.push(path.join("."));
  const fold: FieldFold<void> = {
    naming,
    object: (_node, _fields, path) => note(path),
    map: (_node, _values, path) => note(path),
    list: (_node, _items, path) => note(path),
    leaf: (_node, path) => note(path),
  };
  foldFields(tree, fold);
  return seen;
};

describe("foldFields", () => {
  const cases = [
    {
      reason: "children come before their parent, map values at * and list items at []",
      naming: "platform" as const,
      paths: [
        "replicas",
        "storageClass",
        "users.*.password",
        "users.*.readOnly",
        "users.*",
        "users",
        "hosts.[]",
        "hosts",
        "extra",
        "",
      ],
    },
    {
      reason: "Terraform naming spells fields snake_case and leaves map and list steps alone",
      naming: "terraform" as const,
      paths: [
        "replicas",
        "storage_class",
        "users.*.password",
        "users.*.read_only",
        "users.*",
        "users",
        "hosts.[]",
        "hosts",
        "extra",
        "",
      ],
    },
  ];
  for (const c of cases) it(c.reason, () => expect(pathsOf(c.naming)).toEqual(c.paths));

  it("hands each handler its children's results, in declaration order", () => {
    const shape = foldFields<string>(tree, {
      object: (_node, fields) => `{${fields.map((x) => `${x.field.name}:${x.result}`).join(",")}}`,
      map: (_node, values) => `map(${values})`,
      list: (_node, items) => `list(${items})`,
      leaf: (node) => node.type,
    });
    expect(shape).toBe(
      "{replicas:integer,storageClass:string,users:map({password:string,readOnly:boolean}),hosts:list(string),extra:free}",
    );
  });
});

describe("childNode", () => {
  const users = childNode(tree, "users")!;
  const cases: Array<{ reason: string; from: () => unknown; to: unknown }> = [
    { reason: "an object field by platform name", from: () => childNode(tree, "storageClass"), to: "Where." },
    {
      reason: "an object field by Terraform name",
      from: () => childNode(tree, "storage_class", "terraform"),
      to: "Where.",
    },
    {
      reason: "a Terraform name is not a platform name",
      from: () => childNode(tree, "storage_class"),
      to: undefined,
    },
    {
      reason: "any key of a map leads to its values",
      from: () => childNode(users, "alice"),
      to: "One user.",
    },
    {
      reason: "any index of a list leads to its items",
      from: () => childNode(childNode(tree, "hosts"), 3),
      to: "One host.",
    },
    { reason: "an index does not name an object field", from: () => childNode(tree, 0), to: undefined },
    {
      reason: "nothing lies below a free value",
      from: () => childNode(childNode(tree, "extra"), "a"),
      to: undefined,
    },
    { reason: "past the model stays past it", from: () => childNode(undefined, "a"), to: undefined },
  ];
  for (const c of cases)
    it(c.reason, () => expect((c.from() as { description?: string } | undefined)?.description).toBe(c.to));
});

describe("nodeAt", () => {
  const cases: Array<{ reason: string; path: PathSegment[]; naming?: Naming; to: string | undefined }> = [
    { reason: "the empty path is the root", path: [], to: "A spec with every kind of container." },
    { reason: "a field of a map entry", path: ["users", "alice", "readOnly"], to: "No writes." },
    {
      reason: "the same in Terraform names",
      path: ["users", "alice", "read_only"],
      naming: "terraform",
      to: "No writes.",
    },
    { reason: "an unknown field is past the model", path: ["users", "alice", "admin"], to: undefined },
    { reason: "so is anything below it", path: ["nope", "x", 0], to: undefined },
  ];
  for (const c of cases) it(c.reason, () => expect(nodeAt(tree, c.path, c.naming)?.description).toBe(c.to));
});

describe("foldValue", () => {
  /** Every leaf the walk reaches, as "path=value" in the value's own spelling. */
  const leaves = (naming: Naming, value: unknown): string[] => {
    const out: string[] = [];
    foldValue<void>(tree, value, {
      naming,
      object: () => {},
      map: () => {},
      list: () => {},
      leaf: (node, v, path) => void out.push(`${path.join(".")}:${node.type}=${JSON.stringify(v)}`),
    });
    return out;
  };
  const cases: Array<{ reason: string; naming: Naming; value: unknown; leaves: string[] }> = [
    {
      reason: "fields are read by platform name; absent ones reach the leaf as undefined",
      naming: "platform",
      value: { replicas: 2, storageClass: "fast", storage_class: "ignored" },
      leaves: [
        "replicas:integer=2",
        'storageClass:string="fast"',
        "users:map=undefined",
        "hosts:list=undefined",
        "extra:free=undefined",
      ],
    },
    {
      reason: "fields are read by Terraform name, map keys and list indexes become path steps",
      naming: "terraform",
      value: {
        storage_class: "fast",
        users: { alice: { read_only: true } },
        hosts: ["a", "b"],
        extra: { x: [1] },
      },
      leaves: [
        "replicas:integer=undefined",
        'storage_class:string="fast"',
        "users.alice.password:string=undefined",
        "users.alice.read_only:boolean=true",
        'hosts.0:string="a"',
        'hosts.1:string="b"',
        'extra:free={"x":[1]}',
      ],
    },
    {
      reason: "a container holding a value of another shape is a leaf, so nothing is read through it",
      naming: "platform",
      value: { users: ["alice"], hosts: { a: 1 }, replicas: null },
      leaves: [
        "replicas:integer=null",
        "storageClass:string=undefined",
        'users:map=["alice"]',
        'hosts:list={"a":1}',
        "extra:free=undefined",
      ],
    },
    {
      reason: "a root that is no object is one leaf",
      naming: "platform",
      value: null,
      leaves: [":object=null"],
    },
  ];
  for (const c of cases) it(c.reason, () => expect(leaves(c.naming, c.value)).toEqual(c.leaves));
});

describe("rewriteValue", () => {
  const cases: Array<{ reason: string; run: () => unknown; expected: unknown }> = [
    {
      reason: "by default it renames fields and keeps map keys, list items and leaves",
      run: () =>
        rewriteValue<unknown>(
          tree,
          { storageClass: "fast", users: { alice: { readOnly: true } }, hosts: ["a"], extra: { k: 1 } },
          { from: "platform", to: "terraform" },
        ),
      expected: {
        storage_class: "fast",
        users: { alice: { read_only: true } },
        hosts: ["a"],
        extra: { k: 1 },
      },
    },
    {
      reason: "fields that come out undefined are left out, list items that do become null",
      run: () =>
        rewriteValue<unknown>(
          tree,
          { replicas: null, hosts: ["a", null], users: { bob: {} } },
          { from: "platform", to: "platform", leaf: (_n, v) => v ?? undefined },
        ),
      expected: { hosts: ["a", null], users: { bob: {} } },
    },
    {
      reason: "a handler replaces the default for its kind of node only",
      run: () =>
        rewriteValue<unknown>(
          tree,
          { replicas: 1, hosts: ["a", "b"] },
          {
            from: "platform",
            to: "platform",
            leaf: (node, v) => (node.type === "integer" ? v : undefined),
            list: (_n, items) => items.length,
          },
        ),
      expected: { replicas: 1, hosts: 2 },
    },
  ];
  for (const c of cases) it(c.reason, () => expect(c.run()).toEqual(c.expected));
});

describe("gatherValues", () => {
  const value = { users: { alice: { password: "a1" }, bob: { password: "b2" } }, hosts: ["h"] };
  const cases: Array<{ reason: string; run: () => unknown[]; expected: unknown[] }> = [
    {
      reason: "leaves gather nothing unless told",
      run: () => gatherValues(tree, value, { naming: "platform" }),
      expected: [],
    },
    {
      reason: "containers pass on what their children gathered, in order, with the paths to it",
      run: () =>
        gatherValues<string>(tree, value, {
          naming: "platform",
          leaf: (node, v, path) =>
            node.sensitive && v !== undefined ? [`${path.join(".")}=${String(v)}`] : [],
        }),
      expected: ["users.alice.password=a1", "users.bob.password=b2"],
    },
    {
      reason: "a container's handler may gather for itself instead",
      run: () =>
        gatherValues<PathSegment>(tree, value, {
          naming: "platform",
          map: (_n, entries) => entries.map(([key]) => key),
        }),
      expected: ["alice", "bob"],
    },
  ];
  for (const c of cases) it(c.reason, () => expect(c.run()).toEqual(c.expected));
});

describe("valueAt", () => {
  const value = { users: { alice: { hosts: ["a", "b"] } } };
  const cases: Array<{ reason: string; path: PathSegment[]; expected: unknown }> = [
    { reason: "the empty path is the value itself", path: [], expected: value },
    { reason: "keys then an index", path: ["users", "alice", "hosts", 1], expected: "b" },
    { reason: "a missing key", path: ["users", "bob", "hosts"], expected: undefined },
    { reason: "an index into an object", path: ["users", 0], expected: undefined },
    { reason: "a key into a list", path: ["users", "alice", "hosts", "0"], expected: undefined },
    { reason: "a step past a scalar", path: ["users", "alice", "hosts", 0, "x"], expected: undefined },
  ];
  for (const c of cases) it(c.reason, () => expect(valueAt(value, c.path)).toEqual(c.expected));
});
