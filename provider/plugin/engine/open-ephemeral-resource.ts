import { error, hasErrors } from "../diagnostics.ts";
import type {
  OpenEphemeralResourceRequest,
  OpenEphemeralResourceResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom, objectFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics, dynamic, timestamp } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** Open an ephemeral resource: its result, the private data to renew and close it, and when to renew. */
export function openEphemeralResource(
  engine: Engine,
  req: OpenEphemeralResourceRequest,
): Promise<OpenEphemeralResourceResponseInit> {
  const rpc = "OpenEphemeralResource";
  return guarded(engine, rpc, async () => {
    const found = lookUp("ephemeral resource", engine.def.ephemeralResources, req.type_name);
    if (!found.ok) return found.response;
    const e = found.value;
    const type = engine.typeOf(e.schema);
    const config = objectFrom(req.config, type);
    if (!config) return { diagnostics: diagnostics([error(`${rpc}: the host sent no configuration`)]) };
    const result = await e.open(
      { config, clientCapabilities: capabilitiesFrom(req.client_capabilities) },
      engine.context(rpc, { type: req.type_name }),
    );
    if (hasErrors(result.diagnostics) || !result.result)
      return { diagnostics: diagnostics(result.diagnostics) };
    return {
      result: dynamic(result.result, type),
      ...(result.private !== undefined ? { private: encodePrivate(result.private) } : {}),
      ...(result.renewAt ? { renew_at: timestamp(result.renewAt) } : {}),
      diagnostics: diagnostics(result.diagnostics),
    };
  });
}
