import type { z } from "zod";
import { metaOf, type FieldMeta } from "./meta.ts";
import { snakeCase } from "./naming.ts";
import { foldFields } from "./walk.ts";

/**
 * The model's own view of a spec schema, read off the zod declaration once.
 * Terraform schemas, OpenAPI for CRDs and XRDs, docs and the conformance check
 * are all generated from this tree, so they cannot disagree with validation.
 */
export type FieldType =
  | { type: "string"; enum?: readonly string[]; pattern?: string; minLength?: number; maxLength?: number }
  | { type: "integer"; minimum?: number; maximum?: number }
  | { type: "number" }
  | { type: "boolean" }
  | { type: "quantity" }
  | { type: "int-or-string" }
  | { type: "object"; properties: Record<string, FieldNode>; exclusive?: FieldMeta["exclusive"] }
  | { type: "map"; values: FieldNode; keyPattern?: string }
  | { type: "list"; items: FieldNode }
  | { type: "free" };

export type FieldNode = FieldType & {
  /** Platform (camelCase) name; "" for the root, "*" for map values, "[]" for list items. */
  name: string;
  /** Terraform attribute name. */
  tfName: string;
  description: string;
  /** The user must give a value: required and without a default. */
  required: boolean;
  hasDefault: boolean;
  default?: unknown;
  immutable: boolean;
  sensitive: boolean;
  deprecated?: string;
  options?: string;
};

export class ModelError extends Error {
  override name = "ModelError";
}

interface Wrappers {
  optional: boolean;
  hasDefault: boolean;
  default?: unknown;
  meta: FieldMeta | undefined;
}

/** Peel optional/default/prefault wrappers, collecting presence and the nearest metadata. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; wrappers: Wrappers } {
  const wrappers: Wrappers = { optional: false, hasDefault: false, meta: metaOf(schema) };
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
    if (def.type === "optional" || def.type === "nullable") {
      wrappers.optional = true;
    } else if (def.type === "default" || def.type === "prefault") {
      wrappers.hasDefault = true;
      wrappers.default = structuredClone(def.defaultValue);
    } else {
      break;
    }
    current = def.innerType!;
    wrappers.meta ??= metaOf(current);
  }
  return { inner: current, wrappers };
}

export function describeSchema(schema: z.ZodType, name = "", path = ""): FieldNode {
  const { inner, wrappers } = unwrap(schema);
  const meta = wrappers.meta;
  if (!meta?.description && name !== "" && name !== "*" && name !== "[]") {
    throw new ModelError(`field ${path || name} has no description`);
  }
  const node: FieldNode = {
    ...describeType(inner, meta, path),
    name,
    tfName: meta?.tfName ?? (name === "" || name === "*" || name === "[]" ? name : snakeCase(name)),
    description: meta?.description ?? "",
    required: !wrappers.optional && !wrappers.hasDefault,
    hasDefault: wrappers.hasDefault,
    immutable: meta?.immutable ?? false,
    sensitive: meta?.sensitive ?? false,
  };
  if (wrappers.hasDefault) node.default = wrappers.default;
  if (meta?.deprecated) node.deprecated = meta.deprecated;
  if (meta?.options) node.options = meta.options;
  return node;
}

function describeType(schema: z.ZodType, meta: FieldMeta | undefined, path: string): FieldType {
  if (meta?.format === "quantity") return { type: "quantity" };
  if (meta?.format === "free") return { type: "free" };
  if (meta?.format === "int-or-string") return { type: "int-or-string" };
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "string":
      return { type: "string", ...stringChecks(schema) };
    case "enum":
      return { type: "string", enum: Object.values(def.entries as Record<string, string>) };
    case "number": {
      const checks = numberChecks(schema);
      return checks.integer ? { type: "integer", ...checks.bounds } : { type: "number" };
    }
    case "boolean":
      return { type: "boolean" };
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const properties: Record<string, FieldNode> = {};
      for (const [key, child] of Object.entries(shape)) {
        properties[key] = describeSchema(child, key, path ? `${path}.${key}` : key);
      }
      assertDistinctTfNames(properties, path);
      return meta?.exclusive
        ? { type: "object", properties, exclusive: meta.exclusive }
        : { type: "object", properties };
    }
    case "record": {
      const keyChecks = stringChecks(def.keyType as z.ZodType);
      const values = describeSchema(def.valueType as z.ZodType, "*", `${path}.*`);
      return keyChecks.pattern
        ? { type: "map", values, keyPattern: keyChecks.pattern }
        : { type: "map", values };
    }
    case "array":
      return { type: "list", items: describeSchema(def.element as z.ZodType, "[]", `${path}[]`) };
    default:
      throw new ModelError(
        `field ${path}: zod type "${def.type}" has no model meaning; use the builders in schemas/core/fields.ts`,
      );
  }
}

function checksOf(schema: z.ZodType): Array<Record<string, unknown>> {
  const checks =
    (schema._zod.def as { checks?: Array<{ _zod: { def: Record<string, unknown> } }> }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

function stringChecks(schema: z.ZodType) {
  const out: { pattern?: string; minLength?: number; maxLength?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === "string_format" && check.format === "regex")
      out.pattern = (check.pattern as RegExp).source;
    if (check.check === "min_length") out.minLength = check.minimum as number;
    if (check.check === "max_length") out.maxLength = check.maximum as number;
  }
  return out;
}

function numberChecks(schema: z.ZodType) {
  const def = schema._zod.def as { format?: string };
  let integer = def.format === "safeint" || def.format === "int32";
  const bounds: { minimum?: number; maximum?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === "number_format" && (check.format === "safeint" || check.format === "int32"))
      integer = true;
    if (check.check === "greater_than") bounds.minimum = (check.value as number) + (check.inclusive ? 0 : 1);
    if (check.check === "less_than") bounds.maximum = (check.value as number) - (check.inclusive ? 0 : 1);
  }
  return { integer, bounds };
}

/**
 * Names a top-level spec field cannot take in Terraform: the meta-arguments of every
 * resource block, and the attributes every kind's resource has besides its spec.
 */
export const RESERVED_TOP_LEVEL_NAMES: readonly string[] = [
  "count",
  "depends_on",
  "for_each",
  "lifecycle",
  "provider",
  "provisioner",
  "connection",
  "id",
  "name",
  "namespace",
  "timeouts",
];

function assertDistinctTfNames(properties: Record<string, FieldNode>, path: string): void {
  const seen = new Map<string, string>();
  for (const [key, node] of Object.entries(properties)) {
    if (path === "" && RESERVED_TOP_LEVEL_NAMES.includes(node.tfName))
      throw new ModelError(
        `spec: field ${key} maps to Terraform name ${node.tfName}, which Terraform reserves; give it a tfName`,
      );
    const other = seen.get(node.tfName);
    if (other)
      throw new ModelError(
        `${path || "spec"}: fields ${other} and ${key} both map to Terraform name ${node.tfName}`,
      );
    seen.set(node.tfName, key);
  }
}

/** Visit every field with its platform path (e.g. ["users", "*", "password"]), parents before children. */
export function walkFields(node: FieldNode, visit: (node: FieldNode, path: readonly string[]) => void): void {
  type Visits = Array<[FieldNode, readonly string[]]>;
  const visits = foldFields<Visits>(node, {
    object: (object, fields, path) => [[object, path], ...fields.flatMap((f) => f.result)],
    map: (map, values, path) => [[map, path], ...values],
    list: (list, items, path) => [[list, path], ...items],
    leaf: (leaf, path) => [[leaf, path]],
  });
  // The root has no path and is no field.
  for (const [field, path] of visits.slice(1)) visit(field, path);
}
