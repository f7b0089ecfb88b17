import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { OutputField } from "../../schemas/core/outputs.ts";
import { t, type CtyType } from "../plugin/cty/types.ts";
import type { AttributeSchema, Schema } from "../plugin/schema.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * A kind's Terraform schema, derived from the model: spec fields as snake_case
 * attributes (defaults planned as known values, hence optional+computed),
 * name/namespace, the typed connection outputs, and timeouts.
 */
export const SCHEMA_VERSION = 0;

export function primitiveType(node: FieldNode): CtyType | undefined {
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
    default:
      return undefined;
  }
}

/** The cty type a field's values have in Terraform. */
export function fieldType(node: FieldNode): CtyType {
  const primitive = primitiveType(node);
  if (primitive) return primitive;
  switch (node.type) {
    case "object":
      return t.object(
        Object.fromEntries(Object.values(node.properties).map((p) => [p.tfName, fieldType(p)])),
      );
    case "map":
      return t.map(fieldType(node.values));
    case "list":
      return t.list(fieldType(node.items));
    default:
      throw new Error(`no Terraform type for ${node.type}`);
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
  const base: AttributeSchema = {
    description: description(node),
    ...presence(node),
    ...(node.sensitive ? { sensitive: true } : {}),
    ...(node.deprecated ? { deprecated: node.deprecated } : {}),
  };
  if (node.type === "object") {
    return { ...base, nested: { nesting: "single", attributes: objectAttributes(node) } };
  }
  if (
    (node.type === "map" || node.type === "list") &&
    (node.type === "map" ? node.values : node.items).type === "object"
  ) {
    const item = node.type === "map" ? node.values : node.items;
    return { ...base, nested: { nesting: node.type, attributes: objectAttributes(item) } };
  }
  return { ...base, type: fieldType(node) };
}

function objectAttributes(node: FieldNode): Record<string, AttributeSchema> {
  if (node.type !== "object") throw new Error("not an object");
  const out: Record<string, AttributeSchema> = {};
  for (const p of Object.values(node.properties)) {
    out[p.tfName] = fieldAttribute(p);
    if (hasWriteOnlyForm(p)) {
      out[woName(p)] = {
        type: t.string,
        optional: true,
        writeOnly: true,
        sensitive: true,
        description: `Write-only form of \`${p.tfName}\`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).`,
      };
      out[woVersionName(p)] = {
        type: t.number,
        optional: true,
        description: `Set it with \`${woName(p)}\`; change it to send \`${woName(p)}\` again.`,
      };
    }
  }
  return out;
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
