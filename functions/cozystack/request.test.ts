import { describe, expect, it } from "vitest";
import { decodeInput, readComposite } from "./request.ts";
import { inputFor, REMOTE, xrOf } from "./request.test-support.ts";

describe("decodeInput", () => {
  const cases: Array<{ reason: string; input: unknown; where: string[] }> = [
    { reason: "no input at all", input: undefined, where: ["input"] },
    { reason: "input of the wrong type", input: "Postgres", where: ["input"] },
    {
      reason: "a kind the model does not have",
      input: inputFor("Postgress"),
      where: ["input.platformKind"],
    },
    {
      reason: "a kind the platform manages itself",
      input: inputFor("Info"),
      where: ["input.platformKind"],
    },
    {
      reason: "another API group",
      input: { ...inputFor("Redis"), apiVersion: "fn.example.org/v1" },
      where: ["input.apiVersion"],
    },
    {
      reason: "a target type that does not exist",
      input: inputFor("Redis", { type: "Elsewhere" }),
      where: ["input.target.type"],
    },
    {
      reason: "Remote without its provider config",
      input: inputFor("Redis", { type: "Remote" }),
      where: ["input.target.providerConfigRef"],
    },
    {
      reason: "an empty provider config name",
      input: inputFor("Redis", { type: "Remote", providerConfigRef: { name: "" } }),
      where: ["input.target.providerConfigRef.name"],
    },
    {
      reason: "a provider config kind that does not exist",
      input: inputFor("Redis", { type: "Remote", providerConfigRef: { name: "a", kind: "Config" } }),
      where: ["input.target.providerConfigRef.kind"],
    },
    {
      reason: "a namespace with InCluster, where it means nothing",
      input: inputFor("Redis", { type: "InCluster", namespace: "x" }),
      where: ["input.target.namespace"],
    },
    {
      reason: "an override name that is no DNS label, and an unknown override",
      input: inputFor("Redis", undefined, { name: "Bad_Name", nmae: "x" }),
      where: ["input.overrides.name", "input.overrides.nmae"],
    },
    {
      reason: "labels that are not strings",
      input: inputFor("Redis", undefined, { labels: { team: 7 } }),
      where: ["input.overrides.labels.team"],
    },
    {
      reason: "a label whose key is no plain name, quoted",
      input: inputFor("Redis", undefined, { labels: { "app.kubernetes.io/name": 7 } }),
      where: ['input.overrides.labels["app.kubernetes.io/name"]'],
    },
  ];
  it.each(cases)("refuses $reason, naming the field", ({ input, where }) => {
    const result = decodeInput(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.where)).toEqual(where);
    for (const p of result.problems) expect(p.message.length).toBeGreaterThan(3);
  });

  it("says why a platform-managed kind is refused", () => {
    const result = decodeInput(inputFor("Info"));
    expect(!result.ok && result.problems[0]!.message).toMatch(/managed by the platform/);
  });

  it("defaults the target to InCluster and the provider config kind to ClusterProviderConfig", () => {
    const bare = decodeInput({
      apiVersion: "fn.cozystack-iac.dev/v1beta1",
      kind: "Input",
      platformKind: "Redis",
    });
    expect(bare.ok && bare.value.target).toEqual({ type: "InCluster" });
    const remote = decodeInput(inputFor("Redis", REMOTE));
    expect(remote.ok && remote.value.target).toEqual({
      type: "Remote",
      providerConfigRef: { name: "cozystack", kind: "ClusterProviderConfig" },
    });
  });
});

describe("readComposite", () => {
  it("takes a v2 XR by spec.crossplane and strips only that from the platform spec", () => {
    const result = readComposite(xrOf("Redis", { spec: { replicas: 3, size: "2Gi" } }));
    expect(result).toEqual({
      ok: true,
      value: {
        modern: true,
        name: "db",
        namespace: "tenant-a",
        spec: { replicas: 3, size: "2Gi" },
        status: {},
      },
    });
  });

  it("takes a namespaced XR without spec.crossplane as v2, as `crossplane render` passes it", () => {
    const xr = xrOf("Redis", { spec: { replicas: 3 } }) as { spec: Record<string, unknown> };
    delete xr.spec.crossplane;
    const result = readComposite(xr);
    expect(result.ok && result.value.modern).toBe(true);
  });

  it("takes a legacy XR without spec.crossplane and strips Crossplane's fields under spec", () => {
    const xr = xrOf("Redis", {
      spec: { replicas: 3 },
      legacy: { claim: { name: "cache", namespace: "tenant-b" } },
      status: { platform: { ready: "True" } },
    });
    const result = readComposite(xr);
    expect(result).toEqual({
      ok: true,
      value: {
        modern: false,
        name: "db",
        claim: { name: "cache", namespace: "tenant-b" },
        spec: { replicas: 3 },
        status: { platform: { ready: "True" } },
      },
    });
  });

  const broken: Array<{ reason: string; xr: unknown; where: string }> = [
    { reason: "no XR", xr: undefined, where: "observed.composite" },
    { reason: "an XR without a name", xr: { metadata: {}, spec: {} }, where: "metadata.name" },
    {
      reason: "a name that is not a string",
      xr: { metadata: { name: 5 }, spec: {} },
      where: "metadata.name",
    },
    {
      reason: "a namespace that is not a string",
      xr: { metadata: { name: "a", namespace: [] }, spec: {} },
      where: "metadata.namespace",
    },
    { reason: "a spec that is not an object", xr: { metadata: { name: "a" }, spec: [1] }, where: "spec" },
    {
      reason: "a v2 XR without a namespace (cluster-scoped)",
      xr: { metadata: { name: "a" }, spec: { crossplane: {} } },
      where: "metadata.namespace",
    },
    {
      reason: "a claimRef without a namespace",
      xr: { metadata: { name: "a" }, spec: { claimRef: { name: "c" } } },
      where: "spec.claimRef.namespace",
    },
    {
      reason: "a claimRef that is not an object",
      xr: { metadata: { name: "a" }, spec: { claimRef: "c" } },
      where: "spec.claimRef",
    },
  ];
  it.each(broken)("refuses $reason, naming $where", ({ xr, where }) => {
    const result = readComposite(xr);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.where)).toEqual([where]);
  });
});
