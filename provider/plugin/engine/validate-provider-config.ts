import type { ObjectValue, RequestContext } from "../api.ts";
import type { ValidateProviderConfigRequest } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { validate, type Answer } from "./validate-config.ts";

/** Check the provider block's configuration, before it is configured. */
export function validateProviderConfig(engine: Engine, req: ValidateProviderConfigRequest): Answer {
  const rpc = "ValidateProviderConfig";
  const def = engine.def;
  const ask =
    def.validateConfig &&
    ((config: ObjectValue, ctx: RequestContext) => def.validateConfig!({ config }, ctx));
  return guarded(engine, rpc, () => validate(engine, rpc, def.schema, req.config, ask, engine.context(rpc)));
}
