import type { FieldNode } from "./ir.ts";
import { rewriteValue } from "./walk.ts";

/**
 * Terraform values <-> platform spec. Terraform objects carry every attribute,
 * with null for unset ones, and use snake_case; the platform spec leaves unset
 * fields out and uses camelCase. Map keys and free-form values pass untouched.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isUnset = (value: unknown) => value === null || value === undefined;

/** Terraform models quantities as strings; the platform accepts 2 and "2" alike. */
const isStringly = (node: FieldNode) => node.type === "quantity" || node.type === "int-or-string";

/** A platform map: an unset entry is an entry with nothing set. */
function platformMap(entries: ReadonlyArray<[string, unknown]>): Record<string, unknown> {
  return Object.fromEntries(entries.map(([key, value]) => [key, value ?? {}]));
}

/** A Terraform object value (snake_case, nulls for unset) to a platform spec (camelCase, unset left out). */
export function specFromTerraform(root: FieldNode, value: Record<string, unknown>): Record<string, unknown> {
  const spec = rewriteValue<unknown>(root, value, {
    from: "terraform",
    to: "platform",
    map: (_node, entries) => platformMap(entries),
    leaf: (node, leaf) => {
      if (isUnset(leaf)) return undefined;
      // Exact integers from the wire; the model's numbers are plain numbers.
      if ((node.type === "integer" || node.type === "number") && typeof leaf === "bigint")
        return Number(leaf);
      return leaf;
    },
  });
  return (spec as Record<string, unknown> | undefined) ?? {};
}

/** A platform spec to a Terraform object value: every attribute present, null where unset. */
export function terraformFromSpec(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  return rewriteValue<unknown>(root, spec, {
    from: "platform",
    to: "terraform",
    leaf: (node, leaf) => (isUnset(leaf) ? null : isStringly(node) ? String(leaf) : leaf),
  }) as Record<string, unknown>;
}

/**
 * Canonical form for comparing specs: quantities as strings, no empty optional
 * leftovers, map keys in order. Used to tell real drift from representation noise.
 */
export function canonicalSpec(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  const canonical = rewriteValue<unknown>(root, spec, {
    from: "platform",
    to: "platform",
    map: (_node, entries) => platformMap([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    leaf: (node, leaf) => (isUnset(leaf) ? undefined : isStringly(node) ? String(leaf) : leaf),
  });
  return (canonical as Record<string, unknown> | undefined) ?? {};
}
