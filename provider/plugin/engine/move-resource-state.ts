import { error, hasErrors } from "../diagnostics.ts";
import type { MoveResourceStateRequest, MoveResourceStateResponseInit } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { privateFrom, rawJson } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** State moved from another resource type (`moved` blocks), turned into this type's. */
export function moveResourceState(
  engine: Engine,
  req: MoveResourceStateRequest,
): Promise<MoveResourceStateResponseInit> {
  const rpc = "MoveResourceState";
  return guarded(engine, rpc, async () => {
    const name = req.target_type_name;
    const found = lookUp("resource", engine.def.resources, name);
    if (!found.ok) return found.response;
    const r = found.value;
    if (!r.move) {
      const detail = `${name} cannot take state moved from ${req.source_type_name}.`;
      return { diagnostics: diagnostics([error("Move not supported", detail)]) };
    }
    const result = await r.move(
      {
        sourceProvider: req.source_provider_address,
        sourceType: req.source_type_name,
        sourceVersion: Number(req.source_schema_version),
        sourceJson: rawJson(req.source_state) ?? null,
        sourcePrivate: privateFrom(req.source_private),
        sourceIdentityJson: rawJson(req.source_identity),
      },
      engine.context(rpc, { type: name }),
    );
    if (hasErrors(result.diagnostics) || !result.state)
      return { diagnostics: diagnostics(result.diagnostics) };
    return {
      target_state: dynamic(nullWriteOnly(r.schema.block, result.state), engine.typeOf(r.schema)),
      target_private: encodePrivate(result.private),
      ...(r.identity && result.identity
        ? { target_identity: identityData(result.identity, engine.identityType(r)) }
        : {}),
      diagnostics: diagnostics(result.diagnostics),
    };
  });
}
