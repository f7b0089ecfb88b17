import type { FieldNode } from "./ir.ts";

/**
 * The one walk of the model's field tree. Conversions, checks and derivations
 * (Terraform values, OpenAPI, samples, write-only forms) say only what they do at
 * each kind of node; how a container leads to its children, how a value is matched
 * against its node and how paths are spelled lives here, once.
 */

/** How object fields are named: the platform's camelCase or Terraform's snake_case. */
export type Naming = "platform" | "terraform";

/** One step of a path: a field name or map key, or a list index. */
export type PathSegment = string | number;

type NodeOf<T extends FieldNode["type"]> = Extract<FieldNode, { type: T }>;
export type ObjectNode = NodeOf<"object">;
export type MapNode = NodeOf<"map">;
export type ListNode = NodeOf<"list">;
export type LeafNode = Exclude<FieldNode, { type: "object" | "map" | "list" }>;

/** An object's field with what the walk made of it. */
export interface FieldResult<R> {
  field: FieldNode;
  result: R;
}

/** A field's name in the given naming. */
export function fieldName(field: FieldNode, naming: Naming): string {
  return naming === "platform" ? field.name : field.tfName;
}

/** The child node a path segment leads to, or undefined past the model (free values, unknown fields). */
export function childNode(
  node: FieldNode | undefined,
  segment: PathSegment,
  naming: Naming = "platform",
): FieldNode | undefined {
  if (!node) return undefined;
  if (node.type === "object" && typeof segment === "string") {
    return naming === "platform"
      ? node.properties[segment]
      : Object.values(node.properties).find((p) => p.tfName === segment);
  }
  if (node.type === "map") return node.values;
  if (node.type === "list") return node.items;
  return undefined;
}

/** The node a path leads to, or undefined past the model. */
export function nodeAt(
  root: FieldNode,
  path: readonly PathSegment[],
  naming: Naming = "platform",
): FieldNode | undefined {
  return path.reduce<FieldNode | undefined>((node, segment) => childNode(node, segment, naming), root);
}

/**
 * What a walk of the tree alone does at each kind of node, given what it made of
 * the node's children. Paths name fields in `naming` (platform names unless said);
 * a map's values sit at "*" and a list's items at "[]".
 */
export interface FieldFold<R> {
  naming?: Naming;
  object(node: ObjectNode, fields: Array<FieldResult<R>>, path: readonly string[]): R;
  map(node: MapNode, values: R, path: readonly string[]): R;
  list(node: ListNode, items: R, path: readonly string[]): R;
  leaf(node: LeafNode, path: readonly string[]): R;
}

/** Fold the tree bottom-up: every child is folded before its parent's handler sees the results. */
export function foldFields<R>(node: FieldNode, fold: FieldFold<R>, path: readonly string[] = []): R {
  switch (node.type) {
    case "object": {
      const naming = fold.naming ?? "platform";
      const fields = Object.values(node.properties).map((field) => ({
        field,
        result: foldFields(field, fold, [...path, fieldName(field, naming)]),
      }));
      return fold.object(node, fields, path);
    }
    case "map":
      return fold.map(node, foldFields(node.values, fold, [...path, "*"]), path);
    case "list":
      return fold.list(node, foldFields(node.items, fold, [...path, "[]"]), path);
    default:
      return fold.leaf(node, path);
  }
}

/**
 * What a walk of a value along the tree does at each kind of node, given what it
 * made of the value's children. Object fields are read under their `naming` names;
 * paths are the keys and indexes that lead to the value, as the value spells them.
 */
export interface ValueFold<R, V = unknown> {
  naming: Naming;
  object(
    node: ObjectNode,
    fields: Array<FieldResult<R>>,
    value: Readonly<Record<string, V>>,
    path: readonly PathSegment[],
  ): R;
  map(
    node: MapNode,
    entries: Array<[string, R]>,
    value: Readonly<Record<string, V>>,
    path: readonly PathSegment[],
  ): R;
  list(node: ListNode, items: R[], value: readonly V[], path: readonly PathSegment[]): R;
  /**
   * Everything that is not a container holding a value of its shape: scalars, free
   * values, unset values, and a value of the wrong shape (a list where an object belongs).
   */
  leaf(node: FieldNode, value: V, path: readonly PathSegment[]): R;
}

/** Fold a value bottom-up along the tree: a map's entries and a list's items are each walked. */
export function foldValue<R, V = unknown>(
  node: FieldNode,
  value: V,
  fold: ValueFold<R, V>,
  path: readonly PathSegment[] = [],
): R {
  if (node.type === "object" && isRecord(value)) {
    const record = value as Readonly<Record<string, V>>;
    const fields = Object.values(node.properties).map((field) => {
      const key = fieldName(field, fold.naming);
      return { field, result: foldValue(field, record[key] as V, fold, [...path, key]) };
    });
    return fold.object(node, fields, record, path);
  }
  if (node.type === "map" && isRecord(value)) {
    const record = value as Readonly<Record<string, V>>;
    const entries = Object.entries(record).map(([key, item]): [string, R] => [
      key,
      foldValue(node.values, item, fold, [...path, key]),
    ]);
    return fold.map(node, entries, record, path);
  }
  if (node.type === "list" && Array.isArray(value)) {
    const items = value as readonly V[];
    return fold.list(
      node,
      items.map((item, i) => foldValue(node.items, item, fold, [...path, i])),
      items,
      path,
    );
  }
  return fold.leaf(node, value, path);
}

/**
 * A rewrite of a value into another of the same shape. Unless a handler says
 * otherwise, a leaf stays as it is, a list keeps every item (an undefined one
 * becoming null, as JSON has no holes), a map keeps its keys, and an object
 * takes its fields under their `to` names, leaving out those that came out undefined.
 */
export interface Rewrite<V = unknown> extends Partial<Omit<ValueFold<V, V>, "naming">> {
  from: Naming;
  to: Naming;
}

export function rewriteValue<V = unknown>(node: FieldNode, value: V, rewrite: Rewrite<V>): V {
  const { from, to, ...handlers } = rewrite;
  return foldValue<V, V>(node, value, {
    naming: from,
    object: (_node, fields) => fieldsObject(fields, to) as V,
    map: (_node, entries) => Object.fromEntries(entries) as V,
    list: (_node, items) => items.map((item) => (item === undefined ? null : item)) as V,
    leaf: (_node, leaf) => leaf,
    ...handlers,
  });
}

/** An object of fields' results under their names in `naming`; undefined results are left out. */
export function fieldsObject<R>(fields: ReadonlyArray<FieldResult<R>>, naming: Naming): Record<string, R> {
  const out: Record<string, R> = {};
  for (const { field, result } of fields) if (result !== undefined) out[fieldName(field, naming)] = result;
  return out;
}

/**
 * A walk that gathers things from a value. Unless a handler says otherwise,
 * containers gather what their children gathered, in order, and leaves nothing.
 */
export interface Gather<T, V = unknown> extends Partial<Omit<ValueFold<T[], V>, "naming">> {
  naming: Naming;
}

export function gatherValues<T, V = unknown>(node: FieldNode, value: V, gather: Gather<T, V>): T[] {
  return foldValue<T[], V>(node, value, {
    object: (_node, fields) => fields.flatMap((f) => f.result),
    map: (_node, entries) => entries.flatMap(([, found]) => found),
    list: (_node, items) => items.flat(),
    leaf: () => [],
    ...gather,
  });
}

/** The value at a path of keys and indexes, or undefined where the path leaves the value. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === "number" && Array.isArray(current)) current = current[segment];
    else if (typeof segment === "string" && isRecord(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A one-field object holding `node` as `v`: the spec-level conversions then apply to a
 * single field's value, so nothing converts a bare value a second way.
 */
export function singleFieldWrapper(node: FieldNode): FieldNode {
  return {
    ...node,
    name: "",
    tfName: "",
    type: "object",
    properties: { v: { ...node, name: "v", tfName: "v" } },
  } as FieldNode;
}
