import type { ObjectValue, RequestContext, Result } from "../api.ts";
import { error } from "../diagnostics.ts";
import type {
  DiagnosticInit,
  DynamicValue,
  ValidateDataResourceConfigRequest,
  ValidateEphemeralResourceConfigRequest,
  ValidateListResourceConfigRequest,
  ValidateProviderConfigRequest,
  ValidateResourceConfigRequest,
} from "../proto/types.generated.ts";
import type { Schema } from "../schema.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom, objectFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics } from "./toproto.ts";

type Answer = Promise<{ diagnostics: DiagnosticInit[] }>;

/**
 * The five Validate*Config calls differ only in where the definition is and what it is
 * given, so they share this: decode the configuration, ask, return the diagnostics.
 */
async function validate(
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

export function validateProviderConfig(engine: Engine, req: ValidateProviderConfigRequest): Answer {
  const rpc = "ValidateProviderConfig";
  const def = engine.def;
  const ask =
    def.validateConfig &&
    ((config: ObjectValue, ctx: RequestContext) => def.validateConfig!({ config }, ctx));
  return guarded(engine, rpc, () => validate(engine, rpc, def.schema, req.config, ask, engine.context(rpc)));
}

export function validateResourceConfig(engine: Engine, req: ValidateResourceConfigRequest): Answer {
  const rpc = "ValidateResourceConfig";
  return guarded(engine, rpc, async () => {
    const found = lookUp("resource", engine.def.resources, req.type_name);
    if (!found.ok) return found.response;
    const r = found.value;
    const clientCapabilities = capabilitiesFrom(req.client_capabilities);
    const ask =
      r.validate &&
      ((config: ObjectValue, ctx: RequestContext) => r.validate!({ config, clientCapabilities }, ctx));
    return validate(engine, rpc, r.schema, req.config, ask, engine.context(rpc, { type: req.type_name }));
  });
}

export function validateDataResourceConfig(engine: Engine, req: ValidateDataResourceConfigRequest): Answer {
  const rpc = "ValidateDataResourceConfig";
  return guarded(engine, rpc, async () => {
    const found = lookUp("data source", engine.def.dataSources, req.type_name);
    if (!found.ok) return found.response;
    const d = found.value;
    const ask = d.validate && ((config: ObjectValue, ctx: RequestContext) => d.validate!({ config }, ctx));
    return validate(engine, rpc, d.schema, req.config, ask, engine.context(rpc, { type: req.type_name }));
  });
}

export function validateEphemeralResourceConfig(
  engine: Engine,
  req: ValidateEphemeralResourceConfigRequest,
): Answer {
  const rpc = "ValidateEphemeralResourceConfig";
  return guarded(engine, rpc, async () => {
    const found = lookUp("ephemeral resource", engine.def.ephemeralResources, req.type_name);
    if (!found.ok) return found.response;
    const e = found.value;
    const ask = e.validate && ((config: ObjectValue, ctx: RequestContext) => e.validate!({ config }, ctx));
    return validate(engine, rpc, e.schema, req.config, ask, engine.context(rpc, { type: req.type_name }));
  });
}

export function validateListResourceConfig(engine: Engine, req: ValidateListResourceConfigRequest): Answer {
  const rpc = "ValidateListResourceConfig";
  return guarded(engine, rpc, async () => {
    const found = lookUp("list resource", engine.def.listResources, req.type_name);
    if (!found.ok) return found.response;
    const l = found.value;
    const ask = l.validate && ((config: ObjectValue, ctx: RequestContext) => l.validate!({ config }, ctx));
    return validate(engine, rpc, l.schema, req.config, ask, engine.context(rpc, { type: req.type_name }));
  });
}
