import { describe, expect, it } from "vitest";
import { findResource, targetPath } from "./discovery.ts";

const core = {
  resources: [
    { name: "pods", kind: "Pod", namespaced: true },
    { name: "pods/log", kind: "Pod", namespaced: true },
    { name: "namespaces", kind: "Namespace", namespaced: false },
  ],
};

describe("findResource", () => {
  it("takes the resource, not a subresource of the same kind", () => {
    expect(findResource(core, "Pod")).toEqual({ plural: "pods", namespaced: true });
  });
  it("finds nothing for an unknown kind", () => {
    expect(findResource(core, "Widget")).toBeUndefined();
  });
});

describe("targetPath", () => {
  const cases = [
    {
      ref: { apiVersion: "v1", kind: "Secret", name: "s", namespace: "ns" },
      info: { plural: "secrets", namespaced: true },
      want: "/api/v1/namespaces/ns/secrets/s",
      reason: "core group, namespaced",
    },
    {
      ref: { apiVersion: "apps.example.org/v1", kind: "Thing", name: "t", namespace: "ns" },
      info: { plural: "things", namespaced: false },
      want: "/apis/apps.example.org/v1/things/t",
      reason: "a cluster-scoped kind ignores a namespace",
    },
    {
      ref: { apiVersion: "v1", kind: "Secret", name: "s" },
      info: { plural: "secrets", namespaced: true },
      want: { error: "Secret is namespaced: spec.forProvider.manifest.metadata.namespace is required" },
      reason: "a namespaced kind without a namespace",
    },
  ];
  it.each(cases)("$reason", ({ ref, info, want }) => {
    expect(targetPath(ref, info)).toEqual(want);
  });
});
