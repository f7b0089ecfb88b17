import type { ObjectValue, RequestContext } from "../api.ts";
import type { ValidateDataResourceConfigRequest } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { lookUp } from "./lookup.ts";
import { validate, type Answer } from "./validate-config.ts";

/** Check a data block's configuration. */
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
