import { describe, expect, it } from "vitest";
import type { KubeObject } from "../support/kube.ts";
import { composedName } from "./names.ts";
import { garbage, renderComposed, resourceRefs, type Rendered } from "./render.ts";

const xr = (
  labels: Record<string, string> = { "crossplane.io/composite": "db" },
  namespace?: string,
): KubeObject => ({
  apiVersion: "example.org/v1",
  kind: "XDatabase",
  metadata: { name: "db", uid: "xr-uid", labels, ...(namespace ? { namespace } : {}) },
});

const configMap = (metadata: Record<string, unknown> = {}) => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata,
  data: { a: "b" },
});

function rendered(result: Rendered | string): Rendered {
  if (typeof result === "string") throw new Error(result);
  return result;
}

describe("rendering a composed resource", () => {
  it("names an unnamed resource deterministically and adds the label, annotation and controller reference", () => {
    const { object, events } = rendered(
      renderComposed({
        xr: xr(undefined, "team-a"),
        key: "config",
        desired: configMap(),
        namespacedKind: true,
      }),
    );
    expect(object.metadata).toEqual({
      name: composedName("db-", "xr-uid", "config"),
      generateName: "db-",
      namespace: "team-a",
      labels: { "crossplane.io/composite": "db" },
      annotations: { "crossplane.io/composition-resource-name": "config" },
      ownerReferences: [
        {
          apiVersion: "example.org/v1",
          kind: "XDatabase",
          name: "db",
          uid: "xr-uid",
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    });
    expect(object.data).toEqual({ a: "b" });
    expect(events).toEqual([]);
  });

  const cases: Array<{
    reason: string;
    xr: KubeObject;
    desired: Record<string, unknown>;
    observed?: KubeObject;
    namespacedKind?: boolean;
    check: (r: Rendered) => void;
  }> = [
    {
      reason: "an observed resource keeps its name and namespace",
      xr: xr(),
      desired: configMap({ name: "ignored", namespace: "elsewhere" }),
      observed: {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "kept", namespace: "ns", generateName: "db-" } as KubeObject["metadata"],
      },
      check: ({ object }) => {
        expect(object.metadata.name).toBe("kept");
        expect(object.metadata.namespace).toBe("ns");
      },
    },
    {
      reason: "a name the function set is kept, with no generateName",
      xr: xr(),
      desired: configMap({ name: "chosen" }),
      check: ({ object }) => {
        expect(object.metadata.name).toBe("chosen");
        expect((object.metadata as { generateName?: string }).generateName).toBeUndefined();
      },
    },
    {
      reason: "a namespaced XR forces its namespace and warns",
      xr: xr(undefined, "team-a"),
      desired: configMap({ namespace: "team-b" }),
      check: ({ object, events }) => {
        expect(object.metadata.namespace).toBe("team-a");
        expect(events.map((e) => [e.type, e.reason])).toEqual([["Warning", "NamespaceOverridden"]]);
      },
    },
    {
      reason: "a nested XR's resources are prefixed with the root's composite label",
      xr: xr({ "crossplane.io/composite": "root" }),
      desired: configMap(),
      check: ({ object }) => {
        expect(object.metadata.name).toBe(composedName("root-", "xr-uid", "k"));
        expect(object.metadata.labels).toEqual({ "crossplane.io/composite": "root" });
      },
    },
    {
      reason: "claim labels are copied only when the XR has both",
      xr: xr({
        "crossplane.io/composite": "db",
        "crossplane.io/claim-name": "c",
        "crossplane.io/claim-namespace": "ns",
      }),
      desired: configMap({ labels: { own: "x" } }),
      check: ({ object }) =>
        expect(object.metadata.labels).toEqual({
          own: "x",
          "crossplane.io/composite": "db",
          "crossplane.io/claim-name": "c",
          "crossplane.io/claim-namespace": "ns",
        }),
    },
    {
      reason: "owner references the function set are kept next to the controller reference",
      xr: xr(),
      desired: configMap({
        ownerReferences: [{ apiVersion: "v1", kind: "ConfigMap", name: "other", uid: "u2" }],
      }),
      check: ({ object }) =>
        expect(object.metadata.ownerReferences!.map((r) => (r as { uid: string }).uid)).toEqual([
          "u2",
          "xr-uid",
        ]),
    },
  ];
  it.each(cases)("$reason", ({ xr: composite, desired, observed, namespacedKind, check }) => {
    check(
      rendered(
        renderComposed({
          xr: composite,
          key: "k",
          desired,
          observed,
          namespacedKind: namespacedKind ?? true,
        }),
      ),
    );
  });

  const refusals: Array<{
    reason: string;
    xr: KubeObject;
    desired: Record<string, unknown>;
    namespacedKind: boolean;
    error: string;
  }> = [
    {
      reason: "a cluster scoped kind under a namespaced XR",
      xr: xr(undefined, "team-a"),
      desired: { apiVersion: "v1", kind: "Namespace", metadata: {} },
      namespacedKind: false,
      error:
        'cannot render composed resource "k": a namespaced composite resource cannot compose the cluster scoped Namespace',
    },
    {
      reason: "a resource another controller owns",
      xr: xr(),
      desired: configMap({
        ownerReferences: [{ apiVersion: "v1", kind: "XOther", name: "o", uid: "u9", controller: true }],
      }),
      namespacedKind: true,
      error: 'cannot render composed resource "k": it is already controlled by XOther o (UID u9)',
    },
    {
      reason: "a name that is not a DNS-1123 subdomain",
      xr: xr(),
      desired: configMap({ name: "Bad_Name" }),
      namespacedKind: true,
      error: expect.stringContaining(
        'cannot render composed resource "k": invalid name "Bad_Name"',
      ) as unknown as string,
    },
  ];
  it.each(refusals)("refuses $reason", ({ xr: composite, desired, namespacedKind, error }) => {
    expect(renderComposed({ xr: composite, key: "k", desired, namespacedKind })).toEqual(error);
  });
});

describe("garbage collection of composed resources", () => {
  const owned = (name: string, uid = "xr-uid"): KubeObject => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name, ownerReferences: [{ kind: "XDatabase", name: "db", uid, controller: true }] },
  });

  it("deletes observed resources that are no longer desired", () => {
    const observed = new Map([
      ["keep", owned("a")],
      ["drop", owned("b")],
    ]);
    expect(garbage("xr-uid", observed, new Set(["keep"]))).toEqual({
      delete: [{ key: "drop", object: owned("b") }],
    });
  });

  it("refuses to delete what another XR controls", () => {
    const observed = new Map([["drop", owned("b", "someone-else")]]);
    expect(garbage("xr-uid", observed, new Set())).toEqual({
      error: 'refusing to delete composed resource "drop" that is controlled by XDatabase "db"',
    });
  });
});

describe("resource references", () => {
  const objects: KubeObject[] = [
    { apiVersion: "v1", kind: "Secret", metadata: { name: "b", namespace: "ns" } },
    { apiVersion: "apps.example.org/v1", kind: "App", metadata: { name: "a", namespace: "ns" } },
  ];
  it("are sorted, and carry no namespace for a namespaced XR", () => {
    expect(resourceRefs(objects, true)).toEqual([
      { apiVersion: "apps.example.org/v1", kind: "App", name: "a" },
      { apiVersion: "v1", kind: "Secret", name: "b" },
    ]);
    expect(resourceRefs(objects, false)[0]).toEqual({
      apiVersion: "apps.example.org/v1",
      kind: "App",
      name: "a",
      namespace: "ns",
    });
  });
});
