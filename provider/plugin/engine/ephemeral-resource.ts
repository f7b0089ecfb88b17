import { error, hasErrors } from "../diagnostics.ts";
import type {
  CloseEphemeralResourceRequest,
  CloseEphemeralResourceResponseInit,
  OpenEphemeralResourceRequest,
  OpenEphemeralResourceResponseInit,
  RenewEphemeralResourceRequest,
  RenewEphemeralResourceResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom, objectFrom, privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics, dynamic, timestamp } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

// Open, renew and close: the three calls of one ephemeral resource's life, in the order the host makes them.

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
