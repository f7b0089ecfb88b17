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
  const metadata: PlatformObject["metadata"] = { name: input.name, namespace: input.namespace };
  if (input.labels && Object.keys(input.labels).length > 0) metadata.labels = sortKeys(input.labels);
  if (input.annotations && Object.keys(input.annotations).length > 0)
    metadata.annotations = sortKeys(input.annotations);
  return {
    ok: true,
    object: {
      apiVersion: decl.apiVersion,
      kind: decl.kind,
      metadata,
      spec: stripUndefined(input.spec) as Record<string, unknown>,
    },
  };
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
