import type { z } from "zod";
import type { KindDeclaration } from "./kind.ts";
import { validateObject, type Problem } from "./validate.ts";

/**
 * The one function that turns a user's declaration into the platform object.
 * The provider and the Crossplane function both call it, so a spec gives the
 * same object whichever way it was declared.
 */
export interface PlatformObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

export interface PlatformObjectInput {
  name: string;
  namespace: string;
  /** The user's spec in platform (camelCase) form, before defaults. */
  spec: Record<string, unknown>;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export type BuildResult = { ok: true; object: PlatformObject } | { ok: false; problems: Problem[] };

/**
 * Validate, then build. The spec sent is what the user set, not the defaulted
 * form: the platform fills its own defaults on read, so a field the user drops
 * returns to its default, and the object carries only the user's intent.
 */
export function buildPlatformObject<S extends z.ZodObject>(
  decl: KindDeclaration<S>,
  input: PlatformObjectInput,
): BuildResult {
  const checked = validateObject(decl, input);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  return { ok: true, object: assemble(decl, input, stripUndefined(input.spec)) };
}

export type DefaultedBuildResult =
  | { ok: true; object: PlatformObject; defaultedSpec: Record<string, unknown> }
  | { ok: false; problems: Problem[] };

/**
 * `buildPlatformObject` and `withDefaults` of the object's spec, with one parse of the
 * spec instead of two: validation already yields the defaulted spec. For a caller that
 * needs both on every call (the Crossplane function).
 */
export function buildDefaultedPlatformObject<S extends z.ZodObject>(
  decl: KindDeclaration<S>,
  input: PlatformObjectInput,
): DefaultedBuildResult {
  const checked = validateObject(decl, input);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  // Validation parsed the spec as given. When the object's spec differs from it (a null
  // in a free-form map, dropped), defaults must come from the object's spec itself.
  if (needsStripping(input.spec)) {
    const object = assemble(decl, input, stripUndefined(input.spec));
    return { ok: true, object, defaultedSpec: withDefaults(decl, object.spec) as Record<string, unknown> };
  }
  // Nothing to strip: the spec given is already the object's (no copy made).
  const object = assemble(decl, input, input.spec);
  return { ok: true, object, defaultedSpec: checked.spec as Record<string, unknown> };
}

function assemble(decl: KindDeclaration, input: PlatformObjectInput, spec: unknown): PlatformObject {
  const metadata: PlatformObject["metadata"] = { name: input.name, namespace: input.namespace };
  if (input.labels && Object.keys(input.labels).length > 0) metadata.labels = sortKeys(input.labels);
  if (input.annotations && Object.keys(input.annotations).length > 0)
    metadata.annotations = sortKeys(input.annotations);
  return { apiVersion: decl.apiVersion, kind: decl.kind, metadata, spec: spec as Record<string, unknown> };
}

/** Apply the model's defaults, as the platform would when it reads the object back. */
export function withDefaults<S extends z.ZodObject>(decl: KindDeclaration<S>, spec: unknown): z.output<S> {
  return decl.spec.parse(spec ?? {});
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, stripUndefined(v)]),
    );
  }
  return value;
}

/**
 * Whether stripUndefined would give another JSON value than its input: an object entry
 * to drop, or an object that is no plain one (a Buffer, a Date) to turn into one.
 */
function needsStripping(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(needsStripping);
  if (!value || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || item === null || needsStripping(item)) return true;
  }
  return false;
}
