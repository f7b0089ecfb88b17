import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { terraformFromSpec } from "../schemas/core/convert.ts";
import type { FieldNode } from "../schemas/core/ir.ts";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { withDefaults, type PlatformObject } from "../schemas/core/platform-object.ts";
import { sampleValue } from "../schemas/core/sample.ts";
import { validateObject } from "../schemas/core/validate.ts";
import { composableKinds } from "../functions/cozystack/input.ts";
import { runFunction } from "../functions/cozystack/run.ts";
import {
  inputFor,
  REMOTE,
  requestFor,
  silentLog,
  xrOf,
} from "../functions/cozystack/request.test-support.ts";
import type { ObjectValue } from "../provider/plugin/api.ts";
import { platformObjectOf } from "../provider/cozystack/resource.ts";
import { fieldValue, type Plain } from "../provider/cozystack/values.ts";
import { writeOnlyCase } from "../provider/cozystack/write-only.test-support.ts";

/**
 * The provider and the Crossplane function must put the same object on the platform
 * for the same spec. The provider's side runs its real code from a Terraform value;
 * the function's side runs RunFunction on an XR. Both are compared as the platform
 * stores them: the real server fills every default on read (cozystack-api.md §0), so
 * the provider's object is taken with its defaults filled in, and the function's
 * composes them itself.
 */

const LABELS = { team: "payments", "app.kubernetes.io/part-of": "shop" };

function requiredOnly(node: FieldNode): unknown {
  if (node.type !== "object") return sampleValue(node);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties))
    if (child.required) out[key] = requiredOnly(child);
  return out;
}

interface Sample {
  label: string;
  name: string;
  namespace: string;
  spec: Record<string, unknown>;
  /** The provider's Terraform value for the same spec. */
  config: ObjectValue;
}

/** A name the kind accepts for this spec, among the usual candidates; undefined when none fits. */
function nameFor(
  decl: KindDeclaration,
  spec: Record<string, unknown>,
  namespace: string,
): string | undefined {
  const candidates = [
    decl.example?.name,
    typeof spec.cluster === "string" ? `${spec.cluster}-pool` : undefined,
    decl.chart,
    "sample",
  ].filter((n): n is string => n !== undefined);
  return candidates.find((name) => validateObject(decl, { name, namespace, spec }).ok);
}

function samplesOf(decl: KindDeclaration): Sample[] {
  const namespace = decl.onlyIn ?? "tenant-a";
  const specs: Array<[string, Record<string, unknown>]> = [
    ["required fields only", requiredOnly(decl.fields) as Record<string, unknown>],
    ["every field set", sampleValue(decl.fields) as Record<string, unknown>],
  ];
  if (decl.example) specs.unshift(["its example", decl.example.spec as Record<string, unknown>]);
  const samples: Sample[] = [];
  for (const [label, spec] of specs) {
    const name = nameFor(decl, spec, namespace);
    if (name === undefined) continue; // a mechanical sample may break the kind's cross-field rules
    const tf = terraformFromSpec(decl.fields, spec) as Plain;
    samples.push({ label, name, namespace, spec, config: fieldValue(decl.fields, tf) as ObjectValue });
  }
  const wo = writeOnlyCase(decl, "wr1te-0nly-S3cret");
  const woName = wo && nameFor(decl, wo.spec, namespace);
  if (wo && woName) {
    // The provider's secret arrives in write-only form only; the XR carries it in the spec.
    samples.push({
      label: "a secret in write-only form",
      name: woName,
      namespace,
      spec: wo.spec,
      config: wo.attributes as ObjectValue,
    });
  }
  return samples;
}

function providerObject(decl: KindDeclaration, sample: Sample): PlatformObject {
  const built = platformObjectOf(decl, sample.name, sample.namespace, sample.config);
  if (!built.ok) throw new Error(`provider refused ${decl.kind}: ${JSON.stringify(built.problems)}`);
  return { ...built.object, metadata: { ...built.object.metadata, labels: sortedLabels() } };
}

const sortedLabels = () => Object.fromEntries(Object.entries(LABELS).sort(([a], [b]) => a.localeCompare(b)));

/** How the platform stores what the provider sends: every default filled in on read. */
function asStored(decl: KindDeclaration, object: PlatformObject): PlatformObject {
  return { ...object, spec: withDefaults(decl, object.spec) as Record<string, unknown> };
}

type Path = "in-cluster v2 XR" | "remote v2 XR" | "in-cluster claim";

function functionObject(decl: KindDeclaration, sample: Sample, path: Path): unknown {
  const overrides = { labels: LABELS };
  const rsp = runFunction(
    requestFor({
      input: inputFor(decl.kind, path === "remote v2 XR" ? REMOTE : undefined, overrides),
      xr:
        path === "in-cluster claim"
          ? xrOf(decl.kind, {
              name: `${sample.name}-x8k2p`,
              spec: sample.spec,
              legacy: { claim: { name: sample.name, namespace: sample.namespace } },
            })
          : xrOf(decl.kind, { name: sample.name, namespace: sample.namespace, spec: sample.spec }),
    }),
    silentLog,
  );
  if (rsp.results.length > 0) throw new Error(`function refused ${decl.kind}: ${rsp.results[0]!.message}`);
  const composed = rsp.desired!.resources.platform!.resource as Record<string, unknown>;
  return path === "remote v2 XR"
    ? (composed.spec as { forProvider: { manifest: unknown } }).forProvider.manifest
    : composed;
}

const paths: Path[] = ["in-cluster v2 XR", "remote v2 XR", "in-cluster claim"];

describe.each(composableKinds.map((d) => [d.kind, d] as const))("%s", (_kind, decl) => {
  const samples = samplesOf(decl);

  it("has at least its example or its required-fields sample to compare", () => {
    expect(samples.map((s) => s.label)).toEqual(
      expect.arrayContaining([decl.example ? "its example" : "required fields only"]),
    );
  });

  for (const sample of samples) {
    it.each(paths)(
      `puts the provider's object on the platform for ${sample.label}, through the %s`,
      (path) => {
        const expected = asStored(decl, providerObject(decl, sample));
        expect(functionObject(decl, sample, path)).toEqual(expected);
      },
    );
  }
});

describe("the identity check", () => {
  const decl = composableKinds.find((k) => k.kind === "Postgres")!;
  const sample = samplesOf(decl)[0]!;
  const expected = asStored(decl, providerObject(decl, sample));
  const actual = functionObject(decl, sample, "in-cluster v2 XR");

  const mutations: Array<{ reason: string; mutate: (o: PlatformObject) => void }> = [
    { reason: "a changed spec value", mutate: (o) => void (o.spec.replicas = 7) },
    { reason: "a dropped default", mutate: (o) => void delete o.spec.version },
    {
      reason: "an extra map entry",
      mutate: (o) => void ((o.spec.users as Record<string, unknown>).extra = {}),
    },
    { reason: "a label more", mutate: (o) => void (o.metadata.labels!.extra = "x") },
    { reason: "another namespace", mutate: (o) => void (o.metadata.namespace = "tenant-b") },
    { reason: "a quantity as a number instead of a string", mutate: (o) => void (o.spec.size = 20) },
  ];

  it("holds for the unchanged objects", () => {
    expect(isDeepStrictEqual(actual, expected)).toBe(true);
  });

  it.each(mutations)("fails on $reason, on either side", ({ mutate }) => {
    const changedProvider = structuredClone(expected);
    mutate(changedProvider);
    expect(isDeepStrictEqual(actual, changedProvider)).toBe(false);
    const changedFunction = structuredClone(actual) as PlatformObject;
    mutate(changedFunction);
    expect(isDeepStrictEqual(changedFunction, expected)).toBe(false);
  });
});
