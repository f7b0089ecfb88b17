import type { FieldNode } from "../core/ir.ts";
import { fieldsObject, foldFields, type FieldResult, type LeafNode, type ObjectNode } from "../core/walk.ts";
import type { KindDeclaration } from "../core/kind.ts";

/**
 * The model as a Kubernetes structural OpenAPI v3 schema: what CRDs and XRDs
 * embed. The apiserver then defaults, validates and guards immutability exactly
 * as the model says.
 */
export interface OpenAPISchema {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: readonly unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, OpenAPISchema>;
  additionalProperties?: OpenAPISchema;
  items?: OpenAPISchema;
  required?: string[];
  anyOf?: OpenAPISchema[];
  "x-kubernetes-int-or-string"?: true;
  "x-kubernetes-preserve-unknown-fields"?: true;
  "x-kubernetes-validations"?: Array<{ rule: string; message: string }>;
}

export interface OpenAPIOptions {
  /** Emit CEL rules for the model's immutable fields and exclusive members. */
  validations?: boolean;
}

export function specSchema(decl: KindDeclaration, opts: OpenAPIOptions = {}): OpenAPISchema {
  return toOpenAPI(decl.fields, opts, "spec");
}

export function toOpenAPI(node: FieldNode, opts: OpenAPIOptions = {}, label = node.name): OpenAPISchema {
  return foldFields<OpenAPISchema>(node, {
    leaf: (leaf, path) => withCommon(leaf, leafSchema(leaf), opts, labelAt(label, path)),
    list: (list, items, path) => withCommon(list, { type: "array", items }, opts, labelAt(label, path)),
    map: (map, values, path) =>
      withCommon(map, { type: "object", additionalProperties: values }, opts, labelAt(label, path)),
    object: (object, fields, path) =>
      withCommon(object, objectSchema(object, fields, opts), opts, labelAt(label, path)),
  });
}

function leafSchema(node: LeafNode): OpenAPISchema {
  switch (node.type) {
    case "string":
      return {
        type: "string",
        ...(node.enum ? { enum: [...node.enum] } : {}),
        ...(node.pattern ? { pattern: node.pattern } : {}),
        ...(node.minLength !== undefined ? { minLength: node.minLength } : {}),
        ...(node.maxLength !== undefined ? { maxLength: node.maxLength } : {}),
      };
    case "integer":
      return {
        type: "integer",
        ...(node.minimum !== undefined ? { minimum: node.minimum } : {}),
        ...(node.maximum !== undefined ? { maximum: node.maximum } : {}),
      };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "quantity":
      return {
        anyOf: [{ type: "integer" }, { type: "string" }],
        "x-kubernetes-int-or-string": true,
        pattern: QUANTITY_OPENAPI_PATTERN,
      };
    case "int-or-string":
      return { anyOf: [{ type: "integer" }, { type: "string" }], "x-kubernetes-int-or-string": true };
    case "free":
      return { type: "object", "x-kubernetes-preserve-unknown-fields": true };
  }
}

function objectSchema(
  node: ObjectNode,
  fields: Array<FieldResult<OpenAPISchema>>,
  opts: OpenAPIOptions,
): OpenAPISchema {
  const out: OpenAPISchema = { type: "object", properties: fieldsObject(fields, "platform") };
  const required = fields.filter(({ field }) => field.required).map(({ field }) => field.name);
  if (required.length > 0) out.required = required;
  if (opts.validations && node.exclusive) {
    const { members, allowNone } = node.exclusive;
    const count = members.map((m) => `(has(self.${m}) ? 1 : 0)`).join(" + ");
    out["x-kubernetes-validations"] = [
      {
        rule: `${count} ${allowNone ? "<=" : "=="} 1`,
        message: `${allowNone ? "at most" : "exactly"} one of ${members.join(", ")} must be set`,
      },
    ];
  }
  return out;
}

/** What every field's schema carries besides its type: description, default and immutability. */
function withCommon(
  node: FieldNode,
  body: OpenAPISchema,
  opts: OpenAPIOptions,
  label: string,
): OpenAPISchema {
  const out: OpenAPISchema = { ...(node.description ? { description: node.description } : {}), ...body };
  if (node.hasDefault) out.default = node.default;
  if (opts.validations && node.immutable) {
    out["x-kubernetes-validations"] = [
      ...(out["x-kubernetes-validations"] ?? []),
      { rule: "self == oldSelf", message: `${label} is immutable` },
    ];
  }
  return out;
}

/**
 * How CEL messages name a field: by its own name, followed by `.*` and `[]` for
 * the map values and list items it leads to (`users.*`, `hosts[]`); the root by `root`.
 */
function labelAt(root: string, path: readonly string[]): string {
  const named = path.findLastIndex((segment) => segment !== "*" && segment !== "[]");
  const head = named < 0 ? root : path[named]!;
  return (
    head +
    path
      .slice(named + 1)
      .map((segment) => (segment === "*" ? ".*" : segment))
      .join("")
  );
}

/** Kubernetes' own quantity pattern, as the platform publishes it. */
export const QUANTITY_OPENAPI_PATTERN =
  "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

/** A Kubernetes status condition, as the platform's and Crossplane's status schemas declare it. */
export const conditionSchema: OpenAPISchema = {
  type: "object",
  required: ["type", "status"],
  properties: {
    type: { type: "string" },
    status: { type: "string" },
    reason: { type: "string" },
    message: { type: "string" },
    observedGeneration: { type: "integer" },
    lastTransitionTime: { type: "string" },
  },
};
