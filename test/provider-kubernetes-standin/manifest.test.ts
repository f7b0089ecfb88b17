import { describe, expect, it } from "vitest";
import { desiredOf, isSubset, isUpToDate } from "./manifest.ts";
import type { KubernetesObject } from "./types.ts";

const object = (manifest: Record<string, unknown>): KubernetesObject => ({
  apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
  kind: "Object",
  metadata: { name: "obj", namespace: "ns" },
  spec: { forProvider: { manifest } },
});

describe("desiredOf", () => {
  it("reads the target and keeps the manifest's own name", () => {
    const got = desiredOf(
      object({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm", namespace: "a" }, data: {} }),
    );
    expect(got).toEqual({
      ref: { apiVersion: "v1", kind: "ConfigMap", name: "cm", namespace: "a" },
      manifest: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm", namespace: "a" }, data: {} },
    });
  });

  it("names the target after the Object when the manifest has no name, as the real provider does", () => {
    const got = desiredOf(object({ apiVersion: "v1", kind: "Namespace" }));
    expect(got).toEqual({
      ref: { apiVersion: "v1", kind: "Namespace", name: "obj" },
      manifest: { apiVersion: "v1", kind: "Namespace", metadata: { name: "obj" } },
    });
  });

  const broken = [
    { manifest: { kind: "ConfigMap" }, error: "spec.forProvider.manifest.apiVersion is missing" },
    { manifest: { apiVersion: "v1" }, error: "spec.forProvider.manifest.kind is missing" },
  ];
  it.each(broken)("refuses a manifest without what it needs: $error", ({ manifest, error }) => {
    expect(desiredOf(object(manifest))).toEqual({ error });
  });
});

describe("isSubset", () => {
  const observed = {
    metadata: { name: "x", labels: { a: "1" }, resourceVersion: "7" },
    data: { k: "v" },
    list: [{ n: 1, extra: true }, { n: 2 }],
  };
  const cases = [
    { desired: { metadata: { name: "x" }, data: { k: "v" } }, subset: true, reason: "server fields ignored" },
    { desired: { data: { k: "other" } }, subset: false, reason: "a changed value" },
    { desired: { data: { k: "v", k2: "v2" } }, subset: false, reason: "a key the target lacks" },
    { desired: { list: [{ n: 1 }, { n: 2 }] }, subset: true, reason: "list items compared as subsets" },
    { desired: { list: [{ n: 1 }] }, subset: false, reason: "a list of another length" },
    { desired: { metadata: { labels: null } }, subset: false, reason: "null is a value, not a wildcard" },
  ];
  it.each(cases)("$reason", ({ desired, subset }) => {
    expect(isSubset(desired, observed)).toBe(subset);
  });
});

describe("isUpToDate", () => {
  it("ignores the manifest's status, which an apply never writes", () => {
    const manifest = { kind: "Thing", spec: { a: 1 }, status: { phase: "Ready" } };
    expect(isUpToDate(manifest, { kind: "Thing", spec: { a: 1 }, status: { phase: "Pending" } })).toBe(true);
    expect(isUpToDate(manifest, { kind: "Thing", spec: { a: 2 }, status: { phase: "Ready" } })).toBe(false);
  });
});
