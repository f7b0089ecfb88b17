import type { ObjectValue, RequestContext } from "../api.ts";
import type { ValidateEphemeralResourceConfigRequest } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { lookUp } from "./lookup.ts";
import { validate, type Answer } from "./validate-config.ts";

/** Check an ephemeral block's configuration. */
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
