import type { FieldNode } from "./ir.ts";

/**
 * Terraform values <-> platform spec. Terraform objects carry every attribute,
 * with null for unset ones, and use snake_case; the platform spec leaves unset
 * fields out and uses camelCase. Map keys and free-form values pass untouched.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A Terraform object value (snake_case, nulls for unset) to a platform spec (camelCase, unset left out). */
export function specFromTerraform(root: FieldNode, value: Record<string, unknown>): Record<string, unknown> {
  return (fromTf(root, value) as Record<string, unknown> | undefined) ?? {};
}

function fromTf(node: FieldNode, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const input = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(node.properties)) {
        const converted = fromTf(child, input[child.tfName]);
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    }
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const converted = fromTf(node.values, item);
        out[key] = converted === undefined ? {} : converted;
      }
      return out;
    }
    case "list":
      return (value as unknown[]).map((item) => fromTf(node.items, item) ?? null);
    case "integer":
    case "number":
      return typeof value === "bigint" ? Number(value) : value;
    default:
      return value;
  }
}

/** A platform spec to a Terraform object value: every attribute present, null where unset. */
export function terraformFromSpec(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  return toTf(root, spec) as Record<string, unknown>;
}

function toTf(node: FieldNode, value: unknown): unknown {
  if (node.type === "object") {
    if (value === null || value === undefined) return null;
    const out: Record<string, unknown> = {};
    const input = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(node.properties)) out[child.tfName] = toTf(child, input[key]);
    return out;
  }
  if (value === null || value === undefined) return null;
  switch (node.type) {
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        out[key] = toTf(node.values, item);
      return out;
    }
    case "list":
      return (value as unknown[]).map((item) => toTf(node.items, item));
    case "int-or-string":
    case "quantity":
      // Terraform models quantities as strings; the platform accepts 2 and "2" alike.
      return String(value);
    default:
      return value;
  }
}

/**
 * Canonical form for comparing specs: quantities as strings, no empty optional
 * leftovers. Used to tell real drift from representation noise.
 */
export function canonicalSpec(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  return (canonical(root, spec) as Record<string, unknown>) ?? {};
}

function canonical(node: FieldNode, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties)) {
        const v = canonical(child, (value as Record<string, unknown>)[key]);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case "map": {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value as object).sort())
        out[key] = canonical(node.values, (value as Record<string, unknown>)[key]) ?? {};
      return out;
    }
    case "list":
      return (value as unknown[]).map((item) => canonical(node.items, item) ?? null);
    case "int-or-string":
    case "quantity":
      return String(value);
    default:
      return value;
  }
}
