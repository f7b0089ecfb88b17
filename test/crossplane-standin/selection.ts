import type { Composition, Xrd } from "./types.ts";

export interface CompositionChoice {
  /** The XR's current `compositionRef.name`, if any. */
  ref?: string;
  /** The XR's `compositionSelector.matchLabels`, if any. */
  selector?: Record<string, string>;
}

export type Selected = { ok: true; name: string } | { ok: false; error: string };

const matches = (labels: Record<string, string> | undefined, selector: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/**
 * Which Composition an XR uses, in Crossplane's order: the XRD's enforced Composition
 * always; an existing ref is kept; with neither ref nor selector, the XRD's default; else a
 * Composition whose labels match the selector (every one when there is none) and whose
 * compositeTypeRef is the XR's type, picked at random as Crossplane does.
 */
export function selectComposition(
  xr: CompositionChoice,
  xrd: Xrd,
  compositeType: { apiVersion: string; kind: string },
  compositions: readonly Composition[],
  random: () => number = Math.random,
): Selected {
  if (xrd.spec.enforcedCompositionRef) return { ok: true, name: xrd.spec.enforcedCompositionRef.name };
  if (xr.ref) return { ok: true, name: xr.ref };
  if (!xr.selector && xrd.spec.defaultCompositionRef)
    return { ok: true, name: xrd.spec.defaultCompositionRef.name };
  const candidates = compositions.filter(
    (c) =>
      matches(c.metadata.labels, xr.selector ?? {}) &&
      c.spec.compositeTypeRef.apiVersion === compositeType.apiVersion &&
      c.spec.compositeTypeRef.kind === compositeType.kind,
  );
  if (candidates.length === 0) return { ok: false, error: "no compatible Compositions found" };
  return { ok: true, name: candidates[Math.floor(random() * candidates.length)]!.metadata.name };
}
