import { hasErrors } from "../diagnostics.ts";
import type { ReadResourceRequest, ReadResourceResponseInit } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { objectFrom, privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** Refresh: the resource as it is now, or null when it is gone. */
export function readResource(engine: Engine, req: ReadResourceRequest): Promise<ReadResourceResponseInit> {
  const rpc = "ReadResource";
  return guarded(engine, rpc, async () => {
    const found = lookUp("resource", engine.def.resources, req.type_name);
    if (!found.ok) return found.response;
    const r = found.value;
    const type = engine.typeOf(r.schema);
    const state = objectFrom(req.current_state, type);
    if (!state) return { new_state: dynamic(null, type), diagnostics: [] };
    const identity = r.identity
      ? objectFrom(req.current_identity?.identity_data, engine.identityType(r))
      : null;
    const result = await r.read(
      { state, private: privateFrom(req.private), identity: identity ?? undefined },
      engine.context(rpc, { type: req.type_name }),
    );
    // A failed read keeps the state and private data the host had.
    if (hasErrors(result.diagnostics))
      return {
        new_state: dynamic(state, type),
        private: req.private,
        diagnostics: diagnostics(result.diagnostics),
      };
    const newState = result.state ? nullWriteOnly(r.schema.block, result.state) : null;
    return {
      new_state: dynamic(newState, type),
      private: encodePrivate(result.private ?? privateFrom(req.private)),
      ...(r.identity && result.identity && newState
        ? { new_identity: identityData(result.identity, engine.identityType(r)) }
        : {}),
      diagnostics: diagnostics(result.diagnostics),
    };
  });
}
