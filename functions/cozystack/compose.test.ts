import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { withDefaults } from "../../schemas/core/platform-object.ts";
import { sampleValue } from "../../schemas/core/sample.ts";
import { bootbox } from "../../schemas/kinds/bootbox.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { composePlatformObject, placePlatformObject, type Placement } from "./compose.ts";
import { composableKinds, inputSchema } from "./input.ts";
import { readComposite, type Composite } from "./request.ts";
import { inputFor, REMOTE, xrOf, type XrOptions } from "./request.test-support.ts";

const input = (target?: Record<string, unknown>, overrides?: Record<string, unknown>) =>
  inputSchema.parse(inputFor("Redis", target, overrides));

function xr(opts: XrOptions): Composite {
  const read = readComposite(xrOf("Redis", opts));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe("placePlatformObject", () => {
  const claim = { name: "cache", namespace: "tenant-b" };
  const cases: Array<{
    reason: string;
    decl?: KindDeclaration;
    input: ReturnType<typeof input>;
    xr: Composite;
    expected: Partial<Placement> | { fails: string };
  }> = [
    {
      reason: "a v2 XR in-cluster: its own name and namespace",
      input: input(),
      xr: xr({ name: "db", namespace: "tenant-a" }),
      expected: { name: "db", namespace: "tenant-a", namePath: "metadata.name" },
    },
    {
      reason: "an override name wins, and problems with it point at the input",
      input: input(undefined, { name: "other" }),
      xr: xr({ name: "db" }),
      expected: { name: "other", namePath: "input.overrides.name" },
    },
    {
      reason: "a claim-backed legacy XR: the claim's name and namespace, not the generated XR name",
      input: input(),
      xr: xr({ name: "cache-x7k2p", legacy: { claim } }),
      expected: { name: "cache", namespace: "tenant-b", namePath: "spec.claimRef.name" },
    },
    {
      reason: "a legacy XR without a claim has no namespace in-cluster",
      input: input(),
      xr: xr({ legacy: {} }),
      expected: { fails: "spec.claimRef" },
    },
    {
      reason: "a legacy XR without a claim, remote, needs the target namespace",
      input: input(REMOTE),
      xr: xr({ legacy: {} }),
      expected: { fails: "input.target.namespace" },
    },
    {
      reason: "remote: the target namespace wins over the XR's",
      input: input({ ...REMOTE, namespace: "tenant-z" }),
      xr: xr({ namespace: "team-a" }),
      expected: { namespace: "tenant-z", namespacePath: "input.target.namespace" },
    },
    {
      reason: "remote without a target namespace: the XR's namespace on the Cozystack cluster",
      input: input(REMOTE),
      xr: xr({ namespace: "tenant-a" }),
      expected: { namespace: "tenant-a", namespacePath: "metadata.namespace" },
    },
    {
      reason: "a kind that only installs in one namespace needs no claim",
      decl: bootbox,
      input: input(),
      xr: xr({ name: "bootbox", legacy: {} }),
      expected: { namespace: "tenant-root", namespacePath: "input.platformKind" },
    },
  ];
  it.each(cases)("$reason", ({ decl, input, xr, expected }) => {
    const result = placePlatformObject(decl ?? redis, input, xr);
    if ("fails" in expected) {
      expect(!result.ok && result.problems.map((p) => p.where)).toEqual([expected.fails]);
    } else {
      expect(result.ok && result.value).toMatchObject(expected);
    }
  });
});

describe("composePlatformObject", () => {
  const at = (name: string, namePath = "metadata.name"): Placement => ({
    name,
    namespace: "tenant-a",
    namePath,
    namespacePath: "metadata.namespace",
  });

  it("builds the object with every default filled in, the labels and annotations sorted", () => {
    const result = composePlatformObject(
      redis,
      at("cache"),
      { replicas: 3 },
      {
        labels: { team: "b", app: "a" },
        annotations: { note: "x" },
      },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        apiVersion: "apps.cozystack.io/v1alpha1",
        kind: "Redis",
        metadata: {
          name: "cache",
          namespace: "tenant-a",
          labels: { app: "a", team: "b" },
          annotations: { note: "x" },
        },
        spec: withDefaults(redis, { replicas: 3 }),
      },
    });
    expect(result.ok && Object.keys(result.value.metadata.labels!)).toEqual(["app", "team"]);
    // The full spec: a field the user dropped comes back explicitly as its default.
    expect(result.ok && result.value.spec).toMatchObject({ size: "1Gi", version: "v8", authEnabled: true });
  });

  const refused: Array<{
    reason: string;
    decl?: KindDeclaration;
    placement?: Placement;
    spec: unknown;
    where: string[];
  }> = [
    {
      reason: "a wrong type at a nested field",
      spec: { resources: { cpu: "lots" } },
      where: ["spec.resources.cpu"],
    },
    { reason: "an unknown field", spec: { replcas: 3 }, where: ["spec.replcas"] },
    { reason: "an unknown field that is no plain name, quoted", spec: { "a]b": 1 }, where: ['spec["a]b"]'] },
    {
      reason: "an unknown field inside a nested object",
      spec: { resources: { gpu: 1 } },
      where: ["spec.resources.gpu"],
    },
    { reason: "a value out of its enum", spec: { version: "v6" }, where: ["spec.version"] },
    { reason: "a name the kind refuses", placement: at("Cache"), spec: {}, where: ["metadata.name"] },
    {
      reason: "a name too long for the Helm release, set through the override",
      placement: at("a".repeat(50), "input.overrides.name"),
      spec: {},
      where: ["input.overrides.name"],
    },
    {
      reason: "a tenant name with a dash",
      decl: tenant,
      placement: at("team-a"),
      spec: {},
      where: ["metadata.name"],
    },
    {
      reason: "a cross-field rule, at its map key",
      decl: postgres,
      spec: { postgresql: { parameters: { archive_command: "x" } } },
      where: ['spec.postgresql.parameters["archive_command"]'],
    },
    {
      reason: "a kind installed in the wrong namespace",
      decl: bootbox,
      placement: at("bootbox"),
      spec: {},
      where: ["metadata.namespace"],
    },
  ];
  it.each(refused)("refuses $reason, naming $where", ({ decl, placement, spec, where }) => {
    const result = composePlatformObject(
      decl ?? redis,
      placement ?? at("cache"),
      spec as Record<string, unknown>,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.where)).toEqual(where);
  });

  it("never echoes a sensitive value it refuses", () => {
    const result = composePlatformObject(postgres, at("db"), {
      users: { app: { password: 123456789 } },
    });
    expect(!result.ok && result.problems.map((p) => p.where)).toEqual(['spec.users["app"].password']);
    expect(JSON.stringify(result)).not.toContain("123456789");
  });
});

describe("the composed spec, for every kind", () => {
  const requiredOnly = (node: FieldNode): unknown => {
    if (node.type !== "object") return sampleValue(node);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties))
      if (child.required) out[key] = requiredOnly(child);
    return out;
  };
  const cases = composableKinds.flatMap((decl) =>
    [decl.example?.spec, requiredOnly(decl.fields), sampleValue(decl.fields)]
      .filter((spec): spec is Record<string, unknown> => spec !== undefined)
      .map((spec, i) => ({
        kind: decl.kind,
        which: ["example", "required", "every field"][decl.example ? i : i + 1],
        decl,
        spec,
      })),
  );
  const place = (decl: KindDeclaration): Placement => ({
    name: decl.example?.name ?? decl.chart,
    namespace: decl.onlyIn ?? "tenant-a",
    namePath: "metadata.name",
    namespacePath: "metadata.namespace",
  });

  // Users may copy the composed spec back into an XR; the defaults must neither move nor break it.
  it.each(cases)("$kind ($which) composes to itself when given back", ({ decl, spec }) => {
    const first = composePlatformObject(decl, place(decl), spec);
    if (!first.ok) return; // a mechanical sample may break the kind's own cross-field rules
    expect(composePlatformObject(decl, place(decl), first.value.spec)).toEqual(first);
  });

  it("covers every kind with at least one spec the kind accepts", () => {
    const accepted = new Set(
      cases.filter((c) => composePlatformObject(c.decl, place(c.decl), c.spec).ok).map((c) => c.kind),
    );
    expect([...accepted].sort()).toEqual(composableKinds.map((k) => k.kind).sort());
  });
});
