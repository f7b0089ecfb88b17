import { z } from "zod";

/**
 * What the model knows about a field beyond its zod type. Kept in a registry of
 * our own rather than zod's global one so that nothing else can write into it.
 */
export interface FieldMeta {
  /** One line, in our own words; shown in Terraform, XRDs and docs. */
  description: string;
  /** Changing the value after creation is refused by the platform, so plans replace. */
  immutable?: boolean;
  /** The value is a credential and must be masked in plans, logs and docs. */
  sensitive?: boolean;
  /** Still accepted by the platform but on its way out; the text says what to use. */
  deprecated?: string;
  /** Terraform attribute name, when the automatic snake_case is not what users expect. */
  tfName?: string;
  /** Semantic type that zod's structure alone does not reveal. */
  format?: "quantity" | "int-or-string" | "free";
  /** For objects whose members exclude each other: at most (or exactly) one may be set. */
  exclusive?: { members: readonly string[]; allowNone: boolean };
  /** Source of choices the platform offers for this field (x-cozystack-options). */
  options?: string;
}

export const fieldMeta = z.registry<FieldMeta>();

/** Attach model metadata to a schema and hand the same schema back. */
export function annotate<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}

export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  return fieldMeta.get(schema);
}
