import type {
  RenewEphemeralResourceRequest,
  RenewEphemeralResourceResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics, timestamp } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** Renew an ephemeral resource before it expires (nothing to do for one without renew). */
export function renewEphemeralResource(
  engine: Engine,
  req: RenewEphemeralResourceRequest,
): Promise<RenewEphemeralResourceResponseInit> {
  const rpc = "RenewEphemeralResource";
  return guarded(engine, rpc, async () => {
    const found = lookUp("ephemeral resource", engine.def.ephemeralResources, req.type_name);
    if (!found.ok) return found.response;
    const e = found.value;
    if (!e.renew) return { diagnostics: [] };
    const result = await e.renew(
      { private: privateFrom(req.private) },
      engine.context(rpc, { type: req.type_name }),
    );
    return {
      ...(result.private !== undefined ? { private: encodePrivate(result.private) } : {}),
      ...(result.renewAt ? { renew_at: timestamp(result.renewAt) } : {}),
      diagnostics: diagnostics(result.diagnostics),
    };
  });
}
