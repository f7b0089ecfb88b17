import type { ObjectValue, RequestContext, Result } from "../api.ts";
import { error } from "../diagnostics.ts";
import type { DiagnosticInit, DynamicValue } from "../proto/types.generated.ts";
import type { Schema } from "../schema.ts";
import type { Engine } from "./engine.ts";
import { objectFrom } from "./fromproto.ts";
import { diagnostics } from "./toproto.ts";

export type Answer = Promise<{ diagnostics: DiagnosticInit[] }>;

/**
 * The five Validate*Config calls differ only in where the definition is and what it is
 * given, so they share this: decode the configuration, ask, return the diagnostics.
 */
export async function validate(
  engine: Engine,
  rpc: string,
  schema: Schema,
  config: DynamicValue | undefined,
  ask: ((config: ObjectValue, ctx: RequestContext) => Result | Promise<Result>) | undefined,
  ctx: RequestContext,
): Answer {
  const value = objectFrom(config, engine.typeOf(schema));
  if (!value) return { diagnostics: diagnostics([error(`${rpc}: the host sent no configuration`)]) };
  const result = ask ? await ask(value, ctx) : {};
  return { diagnostics: diagnostics(result.diagnostics) };
}
