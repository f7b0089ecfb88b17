import type { FieldNode } from "../core/ir.ts";
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
  const out: OpenAPISchema = {};
  if (node.description) out.description = node.description;
  switch (node.type) {
    case "string":
      out.type = "string";
      if (node.enum) out.enum = [...node.enum];
      if (node.pattern) out.pattern = node.pattern;
      if (node.minLength !== undefined) out.minLength = node.minLength;
      if (node.maxLength !== undefined) out.maxLength = node.maxLength;
      break;
    case "integer":
      out.type = "integer";
      if (node.minimum !== undefined) out.minimum = node.minimum;
      if (node.maximum !== undefined) out.maximum = node.maximum;
      break;
    case "number":
      out.type = "number";
      break;
    case "boolean":
      out.type = "boolean";
      break;
    case "quantity":
      out.anyOf = [{ type: "integer" }, { type: "string" }];
      out["x-kubernetes-int-or-string"] = true;
      out.pattern = QUANTITY_OPENAPI_PATTERN;
      break;
    case "int-or-string":
      out.anyOf = [{ type: "integer" }, { type: "string" }];
      out["x-kubernetes-int-or-string"] = true;
      break;
    case "free":
      out.type = "object";
      out["x-kubernetes-preserve-unknown-fields"] = true;
      break;
    case "list":
      out.type = "array";
      out.items = toOpenAPI(node.items, opts, `${label}[]`);
      break;
    case "map":
      out.type = "object";
      out.additionalProperties = toOpenAPI(node.values, opts, `${label}.*`);
      break;
    case "object": {
      out.type = "object";
      out.properties = {};
      const required: string[] = [];
      for (const [key, child] of Object.entries(node.properties)) {
        out.properties[key] = toOpenAPI(child, opts, key);
        if (child.required) required.push(key);
      }
      if (required.length > 0) out.required = required;
      if (opts.validations && node.exclusive) {
        const members = node.exclusive.members.map((m) => `(has(self.${m}) ? 1 : 0)`).join(" + ");
        out["x-kubernetes-validations"] = [
          {
            rule: `${members} ${node.exclusive.allowNone ? "<=" : "=="} 1`,
            message: `${node.exclusive.allowNone ? "at most" : "exactly"} one of ${node.exclusive.members.join(", ")} must be set`,
          },
        ];
      }
      break;
    }
  }
  if (node.hasDefault) out.default = node.default;
  if (opts.validations && node.immutable) {
    out["x-kubernetes-validations"] = [
      ...(out["x-kubernetes-validations"] ?? []),
      { rule: "self == oldSelf", message: `${label} is immutable` },
    ];
  }
  return out;
}

/** Kubernetes' own quantity pattern, as the platform publishes it. */
export const QUANTITY_OPENAPI_PATTERN =
  "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";
