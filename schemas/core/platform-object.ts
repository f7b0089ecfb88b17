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
  const reshaped = { found: false };
  const object = assemble(decl, input, stripUndefined(input.spec, reshaped));
  // Validation parsed the spec as given. When the object's spec differs from it (a null
  // in a free-form map, dropped here), defaults must come from the object's spec itself.
  const defaultedSpec = reshaped.found ? withDefaults(decl, object.spec) : checked.spec;
  return { ok: true, object, defaultedSpec: defaultedSpec as Record<string, unknown> };
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

/**
 * The value without null or undefined object entries. `reshaped.found` is set when
 * the result is not the same JSON value as the input: an entry was dropped, or an
 * object that is no plain object (a Buffer, a Date) was turned into one.
 */
function stripUndefined(value: unknown, reshaped?: { found: boolean }): unknown {
  if (Array.isArray(value)) return value.map((item) => stripUndefined(item, reshaped));
  if (value && typeof value === "object") {
    if (reshaped && !isPlainObject(value)) reshaped.found = true;
    const entries = Object.entries(value);
    const kept = entries.filter(([, v]) => v !== undefined && v !== null);
    if (reshaped && kept.length !== entries.length) reshaped.found = true;
    return Object.fromEntries(kept.map(([k, v]) => [k, stripUndefined(v, reshaped)]));
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
