import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { OutputField } from "../../schemas/core/outputs.ts";
import { conditionSchema, type OpenAPISchema } from "../../schemas/derive/openapi.ts";

/**
 * The XR status the function writes (functions/DESIGN.md, "The XR"). Crossplane prunes
 * whatever the XRD does not declare, so every field the function sets is declared here;
 * Crossplane adds `conditions` (and, for legacy XRs, `connectionDetails`) itself.
 */

const platformSchema: OpenAPISchema = {
  type: "object",
  description: "The apps.cozystack.io object this XR composes, as the function last read it.",
  properties: {
    apiVersion: { type: "string", description: "API version of the platform object." },
    kind: { type: "string", description: "Kind of the platform object." },
    name: { type: "string", description: "Name of the platform object." },
    namespace: { type: "string", description: "Tenant namespace of the platform object." },
    ready: {
      type: "string",
      enum: ["True", "False", "Unknown"],
      description: "Whether the platform object is ready, by the model's readiness rules.",
    },
    reason: { type: "string", description: "The platform's reason when it is not ready." },
    message: { type: "string", description: "The platform's message when it is not ready." },
    specHash: { type: "string", description: "Hash of the composed spec, to notice a new write." },
    changedAt: {
      type: "string",
      description: "When the composed spec last changed; conditions older than that are not yet news.",
    },
    conditionsAtChange: {
      type: "array",
      description: "The platform object's conditions when the composed spec last changed.",
      items: conditionSchema,
    },
  },
};

/** Outputs that may appear in status: anything not sensitive. */
export function publicOutputs(decl: KindDeclaration): Array<[string, OutputField]> {
  return Object.entries(decl.outputs.fields).filter(([, field]) => !field.sensitive);
}

function outputSchema(field: OutputField): OpenAPISchema {
  const description = field.description;
  switch (field.type) {
    case "string":
      return { type: "string", description };
    case "number":
      return { type: "number", description };
    case "map":
      return { type: "object", description, additionalProperties: { type: "string" } };
    case "object-map":
      return {
        type: "object",
        description,
        additionalProperties: {
          type: "object",
          properties: Object.fromEntries(field.attributes.map((a) => [a, { type: "string" }])),
        },
      };
  }
}

export function statusSchema(decl: KindDeclaration): OpenAPISchema {
  return {
    type: "object",
    properties: {
      platform: platformSchema,
      outputs: {
        type: "object",
        description: `What ${decl.kind} publishes that is not secret; secrets go to the connection details only.`,
        properties: Object.fromEntries(publicOutputs(decl).map(([key, field]) => [key, outputSchema(field)])),
      },
    },
  };
}

export interface PrinterColumn {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  jsonPath: string;
  description?: string;
  priority?: number;
}

/**
 * Columns shown before Crossplane's own SYNCED, READY and COMPOSITION: the platform
 * object's readiness and reason, and the host when the kind publishes one.
 */
export function printerColumns(decl: KindDeclaration): PrinterColumn[] {
  const columns: PrinterColumn[] = [
    {
      name: "PLATFORM-READY",
      type: "string",
      jsonPath: ".status.platform.ready",
      description: "Readiness of the apps.cozystack.io object.",
    },
    {
      name: "REASON",
      type: "string",
      jsonPath: ".status.platform.reason",
      description: "The platform's reason when it is not ready.",
      priority: 1,
    },
  ];
  if (publicOutputs(decl).some(([key]) => key === "host")) {
    columns.push({ name: "HOST", type: "string", jsonPath: ".status.outputs.host" });
  }
  return columns;
}
