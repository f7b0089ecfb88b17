import type { FieldNode } from "../../schemas/core/ir.ts";
import {
  fieldsObject,
  foldFields,
  type FieldResult,
  type LeafNode,
  type ListNode,
  type MapNode,
} from "../../schemas/core/walk.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { OutputField } from "../../schemas/core/outputs.ts";
import { t, type CtyType, type AttributeSchema, type Schema } from "../plugin/index.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * A kind's Terraform schema, derived from the model: spec fields as snake_case
 * attributes (defaults planned as known values, hence optional+computed),
 * name/namespace, the typed connection outputs, and timeouts.
 */
export const SCHEMA_VERSION = 0;

/** The cty type a field's values have in Terraform. */
export function fieldType(node: FieldNode): CtyType {
  return foldFields<CtyType>(node, {
    object: (_node, fields) => t.object(fieldsObject(fields, "terraform")),
    map: (_node, values) => t.map(values),
    list: (_node, items) => t.list(items),
    leaf: leafType,
  });
}

function leafType(node: LeafNode): CtyType {
  switch (node.type) {
    case "string":
    case "quantity":
    case "int-or-string":
      return t.string;
    case "integer":
    case "number":
      return t.number;
    case "boolean":
      return t.bool;
    case "free":
      return t.dynamic;
  }
}

function description(node: FieldNode): string {
  const notes: string[] = [];
  if (node.type === "string" && node.enum)
    notes.push(`One of ${node.enum.map((v) => `\`${v}\``).join(", ")}.`);
  if (node.hasDefault && node.default !== undefined && typeof node.default !== "object")
    notes.push(`Defaults to \`${String(node.default)}\`.`);
  if (node.immutable) notes.push("Changing it replaces the object.");
  const either = eitherFormNote(node);
  if (either) notes.push(either);
  return [node.description, ...notes].join(" ");
}

/**
 * Whether Terraform itself requires the attribute. A required secret may come in
 * write-only form instead: the host must accept either, and validation asks for
 * exactly one (see writeOnlyProblems).
 */
export function requiredInTerraform(node: FieldNode): boolean {
  return node.required && !hasWriteOnlyForm(node);
}

/** The note on a required secret that has a write-only form, or undefined. */
export function eitherFormNote(node: FieldNode): string | undefined {
  return node.required && hasWriteOnlyForm(node)
    ? `Required unless \`${woName(node)}\` is set; set exactly one of them.`
    : undefined;
}

function presence(node: FieldNode): Pick<AttributeSchema, "required" | "optional" | "computed"> {
  if (requiredInTerraform(node)) return { required: true };
  if (node.required) return { optional: true };
  // Defaults are planned as known values; the server fills the same ones in.
  return node.hasDefault ? { optional: true, computed: true } : { optional: true };
}

export function fieldAttribute(node: FieldNode): AttributeSchema {
  return foldFields<AttributeSchema>(node, {
    object: (object, fields) => ({
      ...common(object),
      nested: { nesting: "single", attributes: withWriteOnlyForms(fields) },
    }),
    map: (map, values) => collection(map, "map", map.values, values),
    list: (list, items) => collection(list, "list", list.items, items),
    leaf: (leaf) => ({ ...common(leaf), type: leafType(leaf) }),
  });
}

function common(node: FieldNode): AttributeSchema {
  return {
    description: description(node),
    ...presence(node),
    ...(node.sensitive ? { sensitive: true } : {}),
    ...(node.deprecated ? { deprecated: node.deprecated } : {}),
  };
}

/** A map or list of objects nests the objects' attributes; of anything else it is one typed attribute. */
function collection(
  node: MapNode | ListNode,
  nesting: "map" | "list",
  item: FieldNode,
  itemAttribute: AttributeSchema,
): AttributeSchema {
  const nested = item.type === "object" ? itemAttribute.nested : undefined;
  return nested
    ? { ...common(node), nested: { nesting, attributes: nested.attributes } }
    : { ...common(node), type: fieldType(node) };
}

/** An object's attributes: each field, and next to each secret its write-only pair. */
function withWriteOnlyForms(fields: Array<FieldResult<AttributeSchema>>): Record<string, AttributeSchema> {
  const out: Record<string, AttributeSchema> = {};
  for (const { field, result } of fields) {
    out[field.tfName] = result;
    if (hasWriteOnlyForm(field)) {
      out[woName(field)] = {
        type: t.string,
        optional: true,
        writeOnly: true,
        sensitive: true,
        description: `Write-only form of \`${field.tfName}\`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).`,
      };
      out[woVersionName(field)] = {
        type: t.number,
        optional: true,
        description: `Set it with \`${woName(field)}\`; change it to send \`${woName(field)}\` again.`,
      };
    }
  }
  return out;
}

/** The attributes of an object field, write-only forms included. */
function objectAttributes(node: FieldNode): Record<string, AttributeSchema> {
  const nested = fieldAttribute(node).nested;
  if (node.type !== "object" || !nested) throw new Error("not an object");
  return nested.attributes;
}

function outputType(field: OutputField): CtyType {
  switch (field.type) {
    case "string":
      return t.string;
    case "number":
      return t.number;
    case "map":
      return t.map(t.string);
    case "object-map":
      return t.map(t.object(Object.fromEntries(field.attributes.map((a) => [a, t.string]))));
  }
}

export const TIMEOUTS_ATTRIBUTE: AttributeSchema = {
  optional: true,
  description: "How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.",
  nested: {
    nesting: "single",
    attributes: {
      create: { type: t.string, optional: true, description: "Wait for a new object to become ready." },
      update: {
        type: t.string,
        optional: true,
        description: "Wait for a changed object to become ready again.",
      },
      delete: { type: t.string, optional: true, description: "Wait for the object to be gone." },
    },
  },
};

export function connectionAttribute(decl: KindDeclaration): AttributeSchema {
  return {
    computed: true,
    description:
      "How to reach the service, read from what the platform publishes (TenantSecret and Service).",
    nested: {
      nesting: "single",
      attributes: Object.fromEntries(
        Object.entries(decl.outputs.fields).map(([name, field]) => [
          name,
          {
            type: outputType(field),
            computed: true,
            description: field.description,
            ...(field.sensitive ? { sensitive: true } : {}),
          },
        ]),
      ),
    },
  };
}

export function resourceSchema(decl: KindDeclaration): Schema {
  return {
    version: SCHEMA_VERSION,
    block: {
      description: `${decl.summary} (\`${decl.apiVersion}\` \`${decl.kind}\`).`,
      attributes: {
        id: { type: t.string, computed: true, description: "`<namespace>/<name>`." },
        name: {
          type: t.string,
          required: true,
          description: "Object name; changing it replaces the object.",
        },
        namespace: {
          type: t.string,
          optional: true,
          computed: true,
          description:
            "Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.",
        },
        ...objectAttributes(decl.fields),
        connection: connectionAttribute(decl),
        timeouts: TIMEOUTS_ATTRIBUTE,
      },
    },
  };
}
