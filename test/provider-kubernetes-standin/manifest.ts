import type { KubernetesObject } from "./types.ts";

/** What an Object's manifest names: the target's API version, kind, name and namespace. */
export interface TargetRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface Desired {
  ref: TargetRef;
  /** The manifest to write, its name defaulted as the real provider defaults it. */
  manifest: Record<string, unknown>;
}

/**
 * Read the target from `spec.forProvider.manifest`. As in the real provider, a manifest
 * without `metadata.name` takes the Object's name. Errors name the field.
 */
export function desiredOf(object: KubernetesObject): Desired | { error: string } {
  const manifest = object.spec?.forProvider?.manifest;
  if (!manifest || typeof manifest !== "object") return { error: "spec.forProvider.manifest is missing" };
  const { apiVersion, kind } = manifest as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== "string" || apiVersion === "")
    return { error: "spec.forProvider.manifest.apiVersion is missing" };
  if (typeof kind !== "string" || kind === "") return { error: "spec.forProvider.manifest.kind is missing" };
  const metadata = (manifest.metadata ?? {}) as { name?: string; namespace?: string };
  const name = metadata.name || object.metadata.name;
  const withName = { ...manifest, metadata: { ...metadata, name } };
  return {
    ref: { apiVersion, kind, name, ...(metadata.namespace ? { namespace: metadata.namespace } : {}) },
    manifest: withName,
  };
}

/**
 * Whether the target is up to date: every field the manifest sets, except its status, has
 * that value in the observed object. This stands in for the real provider's comparison of the
 * fields it owns; an apply never writes status, so status is not one of them. Extra fields on
 * the observed side (defaults, status, metadata the server adds) do not count.
 */
export function isUpToDate(manifest: Record<string, unknown>, observed: unknown): boolean {
  const { status: _status, ...written } = manifest;
  return isSubset(written, observed);
}

/** Whether `desired` is contained in `observed`: objects key by key, lists item by item. */
export function isSubset(desired: unknown, observed: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(observed) &&
      desired.length === observed.length &&
      desired.every((item, i) => isSubset(item, observed[i]))
    );
  }
  if (desired !== null && typeof desired === "object") {
    if (observed === null || typeof observed !== "object" || Array.isArray(observed)) return false;
    const seen = observed as Record<string, unknown>;
    return Object.entries(desired).every(([key, value]) => isSubset(value, seen[key]));
  }
  return desired === observed;
}
