import type {
  UpgradeResourceIdentityRequest,
  UpgradeResourceIdentityResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { lookUp } from "./lookup.ts";
import { identityData } from "./toproto.ts";
import { decodeLenient } from "./upgrade-resource-state.ts";

/** A stored identity to the current identity schema's value. */
export function upgradeResourceIdentity(
  engine: Engine,
  req: UpgradeResourceIdentityRequest,
): Promise<UpgradeResourceIdentityResponseInit> {
  const rpc = "UpgradeResourceIdentity";
  return guarded(engine, rpc, async () => {
    const withIdentity = Object.fromEntries(
      Object.entries(engine.def.resources ?? {}).filter(([, r]) => r.identity),
    );
    const found = lookUp("resource identity", withIdentity, req.type_name);
    if (!found.ok) return found.response;
    const type = engine.identityType(found.value);
    const raw = req.raw_identity?.json;
    const identity = raw && raw.length > 0 ? decodeLenient(raw, type) : null;
    return { upgraded_identity: identityData(identity, type), diagnostics: [] };
  });
}
