import type { ObjectValue, RequestContext } from "../api.ts";
import type { ValidateResourceConfigRequest } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { validate, type Answer } from "./validate-config.ts";

/** Check a resource block's configuration; the client's capabilities say what it may contain. */
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
