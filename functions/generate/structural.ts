import { isDeepStrictEqual } from "node:util";
import type { OpenAPISchema } from "../../schemas/derive/openapi.ts";
import { GenerateError } from "./options.ts";

type JsonSchema = Record<string, unknown>;

/** Keywords with the same meaning in JSON Schema and in a CRD's OpenAPI v3 subset. */
const COPIED = [
  "description",
  "default",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
] as const;
/** Keywords with nothing to say in a structural schema (a CRD prunes unknown fields anyway). */
const DROPPED = new Set(["$schema", "propertyNames", "additionalProperties"]);

/**
 * A Kubernetes structural schema from the JSON Schema zod emits for the step input, so the
 * input CRD is generated from the same declaration the function validates with.
 * Structural schemas have no `oneOf` of differently shaped objects; a discriminated union
 * becomes one object holding every member's fields, with CEL rules that say which fields
 * go with which discriminator value. An unknown keyword is an error, never dropped.
 */
export function structuralSchema(schema: JsonSchema, path = "input"): OpenAPISchema {
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) return mergeVariants(schema, variants, path);
  const out: OpenAPISchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((COPIED as readonly string[]).includes(key)) (out as Record<string, unknown>)[key] = value;
    else if (key === "const") out.enum = [value];
    else if (key === "type") out.type = value as string;
    else if (key === "required") out.required = [...(value as string[])];
    else if (key === "properties") out.properties = mapProperties(value as Record<string, JsonSchema>, path);
    else if (key === "items") out.items = structuralSchema(value as JsonSchema, `${path}[]`);
    else if (!DROPPED.has(key))
      throw new GenerateError(`${path}: JSON Schema keyword "${key}" has no CRD form`);
  }
  const extra = schema.additionalProperties;
  if (extra && typeof extra === "object") {
    if (Object.keys(extra).length === 0) out["x-kubernetes-preserve-unknown-fields"] = true;
    else out.additionalProperties = structuralSchema(extra as JsonSchema, `${path}.*`);
  }
  return out;
}

function mapProperties(properties: Record<string, JsonSchema>, path: string): Record<string, OpenAPISchema> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, child]) => [key, structuralSchema(child, `${path}.${key}`)]),
  );
}

/** The property every member fixes to a constant: the union's discriminator. */
function discriminator(variants: JsonSchema[], path: string): string {
  const first = (variants[0]?.properties ?? {}) as Record<string, JsonSchema>;
  const key = Object.keys(first).find((k) =>
    variants.every((v) => ((v.properties ?? {}) as Record<string, JsonSchema>)[k]?.const !== undefined),
  );
  if (!key) throw new GenerateError(`${path}: a union without a constant discriminator has no CRD form`);
  return key;
}

function variantProperties(variant: JsonSchema): Record<string, JsonSchema> {
  return (variant.properties ?? {}) as Record<string, JsonSchema>;
}

/** One CEL rule per member: with its discriminator value, its required fields and no others. */
function memberRule(
  tag: string,
  variant: JsonSchema,
  allKeys: string[],
): { rule: string; message: string } | undefined {
  const own = variantProperties(variant);
  const value = own[tag]!.const;
  const required = ((variant.required ?? []) as string[]).filter((k) => k !== tag);
  const absent = allKeys.filter((k) => !(k in own));
  const conditions = [...required.map((k) => `has(self.${k})`), ...absent.map((k) => `!has(self.${k})`)];
  if (conditions.length === 0) return undefined;
  const words = [
    ...(required.length ? [`requires ${required.join(", ")}`] : []),
    ...(absent.length ? [`does not take ${absent.join(", ")}`] : []),
  ];
  return {
    rule: `self.${tag} != ${JSON.stringify(value)} || (${conditions.join(" && ")})`,
    message: `${tag} ${String(value)} ${words.join(" and ")}`,
  };
}

function mergeVariants(outer: JsonSchema, variants: JsonSchema[], path: string): OpenAPISchema {
  if (variants.some((v) => v.type !== "object")) {
    throw new GenerateError(`${path}: only unions of objects have a CRD form`);
  }
  const tag = discriminator(variants, path);
  const properties: Record<string, OpenAPISchema> = {};
  for (const variant of variants) {
    for (const [key, child] of Object.entries(variantProperties(variant))) {
      if (key === tag) continue;
      const converted = structuralSchema(child, `${path}.${key}`);
      if (properties[key] && !isDeepStrictEqual(properties[key], converted)) {
        throw new GenerateError(`${path}.${key}: members of the union declare it differently`);
      }
      properties[key] = converted;
    }
  }
  const allKeys = Object.keys(properties);
  const rules = variants.flatMap((v) => memberRule(tag, v, allKeys) ?? []);
  const tags = variants.map((v) => variantProperties(v)[tag]!);
  const out: OpenAPISchema = {
    type: "object",
    required: [tag],
    properties: {
      [tag]: {
        type: "string",
        enum: tags.map((t) => t.const),
        description: tags.map((t) => `${String(t.const)}: ${String(t.description ?? "")}`).join(" "),
      },
      ...properties,
    },
  };
  if (rules.length > 0) out["x-kubernetes-validations"] = rules;
  if (outer.description) out.description = outer.description as string;
  if (outer.default !== undefined) out.default = outer.default;
  return out;
}
