import { describe, expect, it } from "vitest";
import { selectComposition, type CompositionChoice } from "./selection.ts";
import type { Composition, Xrd } from "./types.ts";

const TYPE = { apiVersion: "example.org/v1", kind: "XBucket" };

function composition(name: string, labels: Record<string, string> = {}, type = TYPE): Composition {
  return { metadata: { name, labels }, spec: { compositeTypeRef: type, mode: "Pipeline", pipeline: [] } };
}

function xrd(spec: Partial<Xrd["spec"]> = {}): Xrd {
  return {
    metadata: { name: "xbuckets.example.org" },
    spec: { group: "example.org", names: { kind: "XBucket", plural: "xbuckets" }, versions: [], ...spec },
  };
}

const all = [
  composition("eu", { region: "eu" }),
  composition("us", { region: "us" }),
  composition("other-type", { region: "eu" }, { apiVersion: "example.org/v1", kind: "XQueue" }),
];

describe("Composition selection", () => {
  const cases: Array<{ reason: string; xr: CompositionChoice; xrd: Xrd; want: unknown; random?: number }> = [
    {
      reason: "the XRD's enforced Composition wins over the XR's ref",
      xr: { ref: "us" },
      xrd: xrd({ enforcedCompositionRef: { name: "enforced" } }),
      want: { ok: true, name: "enforced" },
    },
    {
      reason: "an existing ref is kept",
      xr: { ref: "us" },
      xrd: xrd({ defaultCompositionRef: { name: "eu" } }),
      want: { ok: true, name: "us" },
    },
    {
      reason: "no ref and no selector takes the XRD's default",
      xr: {},
      xrd: xrd({ defaultCompositionRef: { name: "eu" } }),
      want: { ok: true, name: "eu" },
    },
    {
      reason: "a selector ignores the default and matches labels among compatible Compositions",
      xr: { selector: { region: "eu" } },
      xrd: xrd({ defaultCompositionRef: { name: "us" } }),
      want: { ok: true, name: "eu" },
      random: 0.99,
    },
    {
      reason: "no ref, selector or default: any compatible Composition, picked at random",
      xr: {},
      xrd: xrd(),
      want: { ok: true, name: "us" },
      random: 0.99,
    },
    {
      reason: "nothing compatible is an error",
      xr: { selector: { region: "mars" } },
      xrd: xrd(),
      want: { ok: false, error: "no compatible Compositions found" },
    },
  ];
  it.each(cases)("$reason", ({ xr, xrd: definition, want, random }) => {
    expect(selectComposition(xr, definition, TYPE, all, () => random ?? 0)).toEqual(want);
  });
});
