import type { FieldNode } from "./ir.ts";
import { fieldsObject, foldFields, type LeafNode } from "./walk.ts";

/** Values tried, in order, for a string field with a pattern. */
const PATTERN_CANDIDATES = [
  "example",
  "user@example.com",
  "10%",
  "100m",
  "1",
  "a",
  "10.0.0.0/24",
  "https://example.com",
  "1.2.3.4",
];

/**
 * A valid value for every field of a schema, for examples and tests. Values differ
 * from defaults where possible, so that a sample shows every field doing something.
 */
export function sampleValue(node: FieldNode): unknown {
  return foldFields<unknown>(node, {
    leaf: sampleLeaf,
    list: (_list, item) => (item === undefined ? [] : [item]),
    map: (_map, item) => (item === undefined ? {} : { example: item }),
    object: (object, fields) => {
      // Of members that exclude each other, only the first is set.
      const skip = new Set(object.exclusive?.members.slice(1));
      return fieldsObject(
        fields.filter(({ field }) => !skip.has(field.name)),
        "platform",
      );
    },
  });
}

function sampleLeaf(node: LeafNode): unknown {
  switch (node.type) {
    case "string":
      if (node.enum) return node.enum.find((v) => v !== node.default) ?? node.enum[0];
      if (node.pattern) return PATTERN_CANDIDATES.find((c) => new RegExp(node.pattern!).test(c));
      return node.sensitive ? "s3cr3t-Example" : "example";
    case "integer": {
      const base = typeof node.default === "number" ? node.default + 1 : 1;
      return Math.min(Math.max(base, node.minimum ?? base), node.maximum ?? base);
    }
    case "number":
      return 1.5;
    case "boolean":
      return node.default === true ? false : true;
    case "quantity":
      return "3Gi";
    case "int-or-string":
      return "42";
    case "free":
      return { example: "value" };
  }
}

/** A value of the wrong type for a leaf field, and a word for what was wrong. */
export function wrongValue(node: FieldNode): unknown {
  switch (node.type) {
    case "string":
      return node.enum ? "not-one-of-the-options" : 12345;
    case "integer":
    case "number":
      return "many";
    case "boolean":
      return "yes";
    case "quantity":
      return "ten gigabytes";
    case "int-or-string":
      return true;
    case "free":
    case "map":
    case "object":
      return "not-an-object";
    case "list":
      return "not-a-list";
  }
}
