import type { ObjectValue } from "../api.ts";
import { decodeJsonValue, fromPlainJson } from "../cty/json.ts";
import type { CtyType } from "../cty/types.ts";
import type { CtyValue } from "../cty/values.ts";
import { error, hasErrors, type Diagnostic } from "../diagnostics.ts";
import type {
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { isObject } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic } from "./toproto.ts";

/** Stored state (JSON, of some schema version) to the current schema's value. */
export function upgradeResourceState(
  engine: Engine,
  req: UpgradeResourceStateRequest,
): Promise<UpgradeResourceStateResponseInit> {
  const rpc = "UpgradeResourceState";
  return guarded(engine, rpc, async () => {
    const found = lookUp("resource", engine.def.resources, req.type_name);
    if (!found.ok) return found.response;
    const r = found.value;
    const type = engine.typeOf(r.schema);
    const version = Number(req.version);
    const raw = req.raw_state?.json;
    if (!raw || raw.length === 0) {
      const detail = "The stored state has no JSON form (flatmap state is not supported).";
      return { diagnostics: diagnostics([error("Cannot upgrade state", detail)]) };
    }
    if (version > r.schema.version) {
      const detail = `The state was written by schema version ${version}; this provider knows version ${r.schema.version}. Upgrade the provider.`;
      return { diagnostics: diagnostics([error("State is newer than this provider", detail)]) };
    }
    let state: ObjectValue | null | undefined;
    let diags: Diagnostic[] = [];
    if (version < r.schema.version && r.upgradeState) {
      const result = await r.upgradeState(
        { version, json: JSON.parse(new TextDecoder().decode(raw)) },
        engine.context(rpc, { type: req.type_name }),
      );
      state = result.state;
      diags = result.diagnostics ?? [];
    } else {
      const decoded = decodeLenient(raw, type);
      state = isObject(decoded) ? decoded : null;
    }
    if (hasErrors(diags) || !state) return { diagnostics: diagnostics(diags) };
    return {
      upgraded_state: dynamic(nullWriteOnly(r.schema.block, state), type),
      diagnostics: diagnostics(diags),
    };
  });
}

/** Read stored JSON, dropping attributes the schema no longer has, as hosts do at an equal version. */
export function decodeLenient(raw: Uint8Array, type: CtyType): CtyValue {
  try {
    return decodeJsonValue(raw, type);
  } catch {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(raw));
    return fromPlainJson(prune(parsed, type), type);
  }
}

function prune(value: unknown, type: CtyType): unknown {
  if (value === null || typeof value !== "object") return value;
  if (type.kind === "object" && !Array.isArray(value)) {
    const record: Record<string, unknown> = { ...value };
    return Object.fromEntries(
      Object.entries(type.attributes).map(([k, attrType]) => [k, prune(record[k] ?? null, attrType)]),
    );
  }
  if ((type.kind === "list" || type.kind === "set") && Array.isArray(value))
    return value.map((v) => prune(v, type.element));
  if (type.kind === "map" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prune(v, type.element)]));
  }
  return value;
}
