import { error } from "../diagnostics.ts";
import type {
  ImportResourceStateRequest,
  ImportResourceStateResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { objectFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** The state of an existing object, found by import ID or identity; the host reads it next. */
export function importResourceState(
  engine: Engine,
  req: ImportResourceStateRequest,
): Promise<ImportResourceStateResponseInit> {
  const rpc = "ImportResourceState";
  return guarded(engine, rpc, async () => {
    const name = req.type_name;
    const found = lookUp("resource", engine.def.resources, name);
    if (!found.ok) return found.response;
    const r = found.value;
    if (!r.import)
      return { diagnostics: diagnostics([error("Import not supported", `${name} cannot be imported.`)]) };
    const identityType = engine.identityType(r);
    const identity = r.identity ? objectFrom(req.identity?.identity_data, identityType) : null;
    const result = await r.import(
      { id: req.id, identity: identity ?? undefined },
      engine.context(rpc, { type: name }),
    );
    const type = engine.typeOf(r.schema);
    return {
      imported_resources: (result.resources ?? []).map((res) => ({
        type_name: name,
        state: dynamic(nullWriteOnly(r.schema.block, res.state), type),
        private: encodePrivate(res.private),
        ...(r.identity && res.identity ? { identity: identityData(res.identity, identityType) } : {}),
      })),
      diagnostics: diagnostics(result.diagnostics),
    };
  });
}
