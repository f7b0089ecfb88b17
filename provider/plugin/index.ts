/**
 * The plugin bridge: serve any provider written against ./api.ts over the
 * Terraform plugin protocol 6, to OpenTofu and Terraform. No Cozystack here.
 */
import type { ProviderDefinition } from "./api.ts";
import { createHandlers } from "./engine/handlers.ts";
import { serve } from "./serve.ts";

export type * from "./api.ts";
export { FunctionError } from "./api.ts";
export * as diag from "./diagnostics.ts";
export { t } from "./cty/types.ts";
export type { CtyType } from "./cty/types.ts";
export {
  BigDecimal,
  Dynamic,
  Unknown,
  isUnknown,
  isWhollyKnown,
  unknown,
  valuesEqual,
} from "./cty/values.ts";
export type { CtyValue } from "./cty/values.ts";
export type { AttributeSchema, BlockSchema, Schema } from "./schema.ts";

export function servePlugin(def: ProviderDefinition | (() => ProviderDefinition)): Promise<void> {
  return serve({
    name: typeof def === "function" ? "provider" : def.name,
    provider: (log) => createHandlers(typeof def === "function" ? def() : def, log),
  });
}
