import { isWhollyKnown, Dynamic, Unknown, type CtyValue } from "../cty/values.ts";
import { error, hasErrors } from "../diagnostics.ts";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponseInit,
} from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { objectFrom, privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { checkApplyAgainstPlan, nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/** Create, update or delete, as the plan says; the new state is held to the plan. */
export function applyResourceChange(
  engine: Engine,
  req: ApplyResourceChangeRequest,
): Promise<ApplyResourceChangeResponseInit> {
  const rpc = "ApplyResourceChange";
  return guarded(engine, rpc, async () => {
    const name = req.type_name;
    const found = lookUp("resource", engine.def.resources, name);
    if (!found.ok) return found.response;
    const r = found.value;
    const type = engine.typeOf(r.schema);
    const prior = objectFrom(req.prior_state, type);
    const planned = objectFrom(req.planned_state, type);
    const config = objectFrom(req.config, type);
    const privateData = privateFrom(req.planned_private);
    const ctx = engine.context(rpc, { type: name });
    if (!planned) {
      if (!prior) return { new_state: dynamic(null, type), diagnostics: [] };
      const result = await r.delete({ prior, private: privateData }, ctx);
      if (hasErrors(result.diagnostics))
        return {
          new_state: dynamic(prior, type),
          private: req.planned_private,
          diagnostics: diagnostics(result.diagnostics),
        };
      return { new_state: dynamic(null, type), diagnostics: diagnostics(result.diagnostics) };
    }
    const result = prior
      ? await r.update({ prior, planned, config: config ?? planned, private: privateData }, ctx)
      : await r.create({ planned, config: config ?? planned, private: privateData }, ctx);
    const diags = [...(result.diagnostics ?? [])];
    if (!result.state) {
      // Failed before anything exists (create) or before anything changed (update): keep what there was.
      if (!hasErrors(diags))
        diags.push(
          error(
            "Provider produced an invalid response",
            `${name}: apply returned no state and no error. This is a bug in the provider.`,
          ),
        );
      return {
        new_state: dynamic(prior, type),
        private: req.planned_private,
        diagnostics: diagnostics(diags),
      };
    }
    const state = nullWriteOnly(r.schema.block, result.state);
    if (!hasErrors(diags)) diags.push(...checkApplyAgainstPlan(r.schema.block, planned, state));
    return {
      // A broken result is still recorded, unknowns as null, so nothing created is orphaned.
      new_state: dynamic(isWhollyKnown(state) ? state : unknownsToNull(state), type),
      private: encodePrivate(result.private ?? privateData),
      ...(r.identity && result.identity
        ? { new_identity: identityData(result.identity, engine.identityType(r)) }
        : {}),
      diagnostics: diagnostics(diags),
    };
  });
}

function unknownsToNull(value: CtyValue): CtyValue {
  if (value instanceof Unknown) return null;
  if (value instanceof Dynamic) return new Dynamic(value.type, unknownsToNull(value.value));
  if (Array.isArray(value)) return value.map(unknownsToNull);
  if (value !== null && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unknownsToNull(v)]));
  }
  return value;
}
