import { t, typeToJSON, type CtyType } from "./cty/types.ts";
import type { SchemaAttributeInit, SchemaBlockInit, SchemaInit } from "./proto/types.generated.ts";

/**
 * Schemas as a provider declares them, and their two derived forms: the
 * tfplugin6 Schema message and the cty type of the values they describe.
 */
export type Nesting = "single" | "list" | "set" | "map";

export interface AttributeSchema {
  /** The value type; give this or `nested`. */
  type?: CtyType;
  /** Nested attributes (protocol 6), e.g. a map of objects. */
  nested?: { nesting: Nesting; attributes: Record<string, AttributeSchema> };
  description?: string;
  markdown?: boolean;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  /** Sent in config, never stored in state (Terraform/OpenTofu >= 1.11). */
  writeOnly?: boolean;
  /** Deprecation message; non-empty marks the attribute deprecated. */
  deprecated?: string;
}

export interface BlockSchema {
  attributes: Record<string, AttributeSchema>;
  blocks?: Record<string, NestedBlockSchema>;
  description?: string;
  markdown?: boolean;
  deprecated?: string;
}

export interface NestedBlockSchema {
  nesting: Nesting | "group";
  block: BlockSchema;
  minItems?: number;
  maxItems?: number;
}

export interface Schema {
  version: number;
  block: BlockSchema;
}

export function attributeType(attr: AttributeSchema): CtyType {
  if (attr.type) return attr.type;
  if (!attr.nested) throw new Error("attribute needs a type or nested attributes");
  const object = t.object(
    Object.fromEntries(Object.entries(attr.nested.attributes).map(([k, a]) => [k, attributeType(a)])),
  );
  switch (attr.nested.nesting) {
    case "single":
      return object;
    case "list":
      return t.list(object);
    case "set":
      return t.set(object);
    case "map":
      return t.map(object);
  }
}

/** The object type of a block's values. */
export function blockType(block: BlockSchema): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [name, attr] of Object.entries(block.attributes)) attributes[name] = attributeType(attr);
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const inner = blockType(nested.block);
    attributes[name] =
      nested.nesting === "single" || nested.nesting === "group"
        ? inner
        : nested.nesting === "list"
          ? t.list(inner)
          : nested.nesting === "set"
            ? t.set(inner)
            : t.map(inner);
  }
  return t.object(attributes);
}

const utf8 = new TextEncoder();
const NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;

function attributeMessage(name: string, attr: AttributeSchema): SchemaAttributeInit {
  return {
    name,
    description: attr.description ?? "",
    description_kind: attr.markdown ? 1 : 0,
    required: Boolean(attr.required),
    optional: Boolean(attr.optional),
    computed: Boolean(attr.computed),
    sensitive: Boolean(attr.sensitive),
    write_only: Boolean(attr.writeOnly),
    deprecated: Boolean(attr.deprecated),
    deprecation_message: attr.deprecated ?? "",
    ...(attr.nested
      ? {
          nested_type: {
            attributes: Object.entries(attr.nested.attributes)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([n, a]) => attributeMessage(n, a)),
            nesting: NESTING[attr.nested.nesting],
          },
        }
      : { type: utf8.encode(JSON.stringify(typeToJSON(attr.type!))) }),
  };
}

function blockMessage(block: BlockSchema, version: number): SchemaBlockInit {
  return {
    version: BigInt(version),
    attributes: Object.entries(block.attributes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([n, a]) => attributeMessage(n, a)),
    block_types: Object.entries(block.blocks ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([n, b]) => ({
        type_name: n,
        block: blockMessage(b.block, 0),
        nesting: NESTING[b.nesting],
        min_items: BigInt(b.minItems ?? 0),
        max_items: BigInt(b.maxItems ?? 0),
      })),
    description: block.description ?? "",
    description_kind: block.markdown ? 1 : 0,
    deprecated: Boolean(block.deprecated),
    deprecation_message: block.deprecated ?? "",
  };
}

export function schemaMessage(schema: Schema): SchemaInit {
  return { version: BigInt(schema.version), block: blockMessage(schema.block, schema.version) };
}

/** Every attribute path of a schema, for checks that walk values alongside it. */
export function walkAttributes(
  block: BlockSchema,
  visit: (attr: AttributeSchema, path: string[]) => void,
  path: string[] = [],
): void {
  for (const [name, attr] of Object.entries(block.attributes)) {
    visit(attr, [...path, name]);
    if (attr.nested) walkAttributes({ attributes: attr.nested.attributes }, visit, [...path, name]);
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {}))
    walkAttributes(nested.block, visit, [...path, name]);
}
