import type { ObjectValue, RequestContext } from "../api.ts";
import type { ValidateListResourceConfigRequest } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { lookUp } from "./lookup.ts";
import { validate, type Answer } from "./validate-config.ts";

/** Check the configuration of a list block. */
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
