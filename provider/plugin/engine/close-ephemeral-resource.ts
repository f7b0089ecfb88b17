import type {
  CloseEphemeralResourceRequest,
  CloseEphemeralResourceResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics } from "./toproto.ts";

/** Close an ephemeral resource when the host is done with it. */
export function closeEphemeralResource(
  engine: Engine,
  req: CloseEphemeralResourceRequest,
): Promise<CloseEphemeralResourceResponseInit> {
  const rpc = "CloseEphemeralResource";
  return guarded(engine, rpc, async () => {
    const found = lookUp("ephemeral resource", engine.def.ephemeralResources, req.type_name);
    if (!found.ok) return found.response;
    const e = found.value;
    const result = e.close
      ? await e.close({ private: privateFrom(req.private) }, engine.context(rpc, { type: req.type_name }))
      : {};
    return { diagnostics: diagnostics(result.diagnostics) };
  });
}
