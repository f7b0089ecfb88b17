import { describe, expect, it } from "vitest";
import { buildPlatformObject } from "../../schemas/core/platform-object.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { KubeObject } from "./kube/client.ts";
import {
  conflictRefusal,
  conflictWarning,
  specConflicts,
  writeConflicts,
  type Conflict,
  type ManagedFieldsEntry,
} from "./conflicts.ts";

const SELF = "cozystack-iac";
const applied = (manager: string, spec: unknown, extra: Partial<ManagedFieldsEntry> = {}) => ({
  manager,
  operation: "Apply",
  apiVersion: "apps.cozystack.io/v1alpha1",
  fieldsType: "FieldsV1",
  fieldsV1: { "f:spec": spec },
  ...extra,
});

describe("fields another manager applied that a write would change", () => {
  const cases: Array<{
    reason: string;
    entries: unknown[];
    current: unknown;
    desired: unknown;
    expected: Conflict[];
  }> = [
    {
      reason: "a scalar the other manager applied, and we set to another value",
      entries: [applied("platform-team", { "f:replicas": {} })],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [{ manager: "platform-team", path: ".spec.replicas" }],
    },
    {
      reason: "only fields whose value we would change count: the same value is shared, not taken",
      entries: [applied("platform-team", { "f:replicas": {}, "f:size": {} })],
      current: { replicas: 3, size: "2Gi" },
      desired: { replicas: 1, size: "2Gi" },
      expected: [{ manager: "platform-team", path: ".spec.replicas" }],
    },
    {
      reason:
        "a field we would remove (the configuration leaves it out, and no default puts it back) is changed too",
      entries: [applied("platform-team", { "f:storageClass": {} })],
      current: { storageClass: "fast" },
      desired: {},
      expected: [{ manager: "platform-team", path: ".spec.storageClass" }],
    },
    {
      reason: "nested objects: the path goes down to the owned leaf",
      entries: [applied("platform-team", { "f:resources": { ".": {}, "f:cpu": {}, "f:memory": {} } })],
      current: { resources: { cpu: "1", memory: "1Gi" } },
      desired: { resources: { cpu: "2", memory: "1Gi" } },
      expected: [{ manager: "platform-team", path: ".spec.resources.cpu" }],
    },
    {
      reason: "map keys are f: steps too; a key that is no plain name is shown in brackets",
      entries: [
        applied("platform-team", {
          "f:users": { "f:alice": { "f:readonly": {} }, "f:svc.reader/x": { "f:readonly": {} } },
        }),
      ],
      current: { users: { alice: { readonly: true }, "svc.reader/x": { readonly: true } } },
      desired: { users: { alice: { readonly: false }, "svc.reader/x": { readonly: false } } },
      expected: [
        { manager: "platform-team", path: ".spec.users.alice.readonly" },
        { manager: "platform-team", path: '.spec.users["svc.reader/x"].readonly' },
      ],
    },
    {
      reason: "a map entry we would drop: its '.' (the entry itself) and its fields change",
      entries: [applied("platform-team", { "f:users": { "f:bob": { ".": {}, "f:readonly": {} } } })],
      current: { users: { alice: {}, bob: { readonly: true } } },
      desired: { users: { alice: {} } },
      expected: [
        { manager: "platform-team", path: ".spec.users.bob" },
        { manager: "platform-team", path: ".spec.users.bob.readonly" },
      ],
    },
    {
      reason: "an entry of a map we keep as it is: nothing to report",
      entries: [applied("platform-team", { "f:users": { "f:bob": { ".": {} } } })],
      current: { users: { bob: {} } },
      desired: { users: { bob: {}, carol: {} } },
      expected: [],
    },
    {
      reason: "a list item by its key (k:), its field changed",
      entries: [applied("net-team", { "f:rules": { 'k:{"name":"web"}': { ".": {}, "f:port": {} } } })],
      current: {
        rules: [
          { name: "db", port: 5432 },
          { name: "web", port: 80 },
        ],
      },
      desired: {
        rules: [
          { name: "web", port: 8080 },
          { name: "db", port: 5432 },
        ],
      },
      expected: [{ manager: "net-team", path: '.spec.rules[name="web"].port' }],
    },
    {
      reason: "a list item by its key that moved but kept its value is unchanged",
      entries: [applied("net-team", { "f:rules": { 'k:{"name":"web"}': { ".": {}, "f:port": {} } } })],
      current: { rules: [{ name: "web", port: 80 }] },
      desired: {
        rules: [
          { name: "db", port: 1 },
          { name: "web", port: 80 },
        ],
      },
      expected: [],
    },
    {
      reason: "a set item by value (v:) we would remove",
      entries: [applied("net-team", { "f:hosts": { 'v:"a.example"': {}, 'v:"b.example"': {} } })],
      current: { hosts: ["a.example", "b.example"] },
      desired: { hosts: ["b.example"] },
      expected: [{ manager: "net-team", path: '.spec.hosts["a.example"]' }],
    },
    {
      reason: "an atomic list owned whole (an empty set) compares the whole list",
      entries: [applied("net-team", { "f:hosts": {} })],
      current: { hosts: ["a", "b"] },
      desired: { hosts: ["a"] },
      expected: [{ manager: "net-team", path: ".spec.hosts" }],
    },
    {
      reason: "our own manager's entries are ours to change",
      entries: [applied(SELF, { "f:replicas": {} })],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
    {
      reason:
        "Update entries (kubectl edit, another tool's PUT) claim nothing; only an apply states an intent",
      entries: [applied("kubectl-edit", { "f:replicas": {} }, { operation: "Update" })],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
    {
      reason: "a status writer's entry, even an apply to the status subresource, is not the spec's",
      entries: [applied("controller", { "f:replicas": {} }, { subresource: "status" })],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
    {
      reason: "two other managers owning the same field are both named",
      entries: [applied("a-team", { "f:replicas": {} }), applied("b-team", { "f:replicas": {} })],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [
        { manager: "a-team", path: ".spec.replicas" },
        { manager: "b-team", path: ".spec.replicas" },
      ],
    },
    {
      reason: "fields outside the spec (labels, annotations) are kept as read by our writes",
      entries: [
        {
          manager: "platform-team",
          operation: "Apply",
          fieldsType: "FieldsV1",
          fieldsV1: { "f:metadata": { "f:labels": { "f:team": {} } } },
        },
      ],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
    {
      reason: "no managedFields, as on the real Cozystack API: nothing can be seen",
      entries: [],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
    {
      reason: "a malformed entry (garbage key, bad JSON, wrong shapes) is skipped, not thrown on",
      entries: [
        { manager: "x", operation: "Apply", fieldsV1: { "f:spec": { "k:{bad": {}, "z:what": {} } } },
        { manager: "y", operation: "Apply", fieldsV1: { "f:spec": [] } },
        null,
        "text",
      ],
      current: { replicas: 3 },
      desired: { replicas: 1 },
      expected: [],
    },
  ];
  it.each(cases)("$reason", ({ entries, current, desired, expected }) => {
    expect(specConflicts(entries, current, desired, SELF)).toEqual(expected);
  });
});

describe("the spec a write leaves", () => {
  const built = (spec: Record<string, unknown>) => {
    const result = buildPlatformObject(redis, { name: "cache", namespace: "tenant-a", spec });
    if (!result.ok) throw new Error("invalid");
    return result.object;
  };
  const current = (spec: Record<string, unknown>, owned: Record<string, unknown>): KubeObject => ({
    metadata: { name: "cache", namespace: "tenant-a", managedFields: [applied("platform-team", owned)] },
    spec,
  });

  it("has the model's defaults, as the platform fills them in: a default left out is no change", () => {
    const served = current({ replicas: 2, size: "1Gi", version: "v8" }, { "f:size": {}, "f:version": {} });
    expect(writeConflicts(redis, served, built({ replicas: 2 }), SELF)).toEqual([]);
  });

  it("changes a non-default value the configuration leaves out back to its default", () => {
    const served = current({ replicas: 2, size: "5Gi" }, { "f:size": {} });
    expect(writeConflicts(redis, served, built({ replicas: 2 }), SELF)).toEqual([
      { manager: "platform-team", path: ".spec.size" },
    ]);
  });
});

describe("what the user reads", () => {
  const conflicts = [{ manager: "platform-team", path: ".spec.replicas" }];
  it("on apply: the object, the field, the manager, that nothing was written, and the way out", () => {
    const text = conflictRefusal("Redis tenant-a/cache", conflicts);
    expect(text).toContain(
      'Redis tenant-a/cache: this apply would change fields another server-side-apply manager owns: .spec.replicas (managed by "platform-team").',
    );
    expect(text).toContain("Nothing was written.");
    expect(text).toContain("force_conflicts = true");
  });
  it("on plan: the same, and what the apply will do, forced or not", () => {
    expect(conflictWarning("Redis tenant-a/cache", conflicts, false)).toContain(
      "The apply will refuse to overwrite them.",
    );
    expect(conflictWarning("Redis tenant-a/cache", conflicts, true)).toContain("the apply takes them over");
  });
});
