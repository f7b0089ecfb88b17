import { error, hasErrors } from "../diagnostics.ts";
import { pathMessage } from "../diagnostics.ts";
import type { PlanResourceChangeRequest, PlanResourceChangeResponseInit } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom, objectFrom, privateFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { checkPathExists, checkPlanAgainstConfig, markComputedNullsUnknown, nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";
import { encodePrivate } from "./values.ts";

/**
 * The planned new state: the definition's plan, held to the protocol's rules (a plan must
 * keep what the configuration sets, and only name attributes that exist to replace).
 */
export function planResourceChange(
  engine: Engine,
  req: PlanResourceChangeRequest,
): Promise<PlanResourceChangeResponseInit> {
  const rpc = "PlanResourceChange";
  return guarded(engine, rpc, async () => {
    const name = req.type_name;
    const found = lookUp("resource", engine.def.resources, name);
    if (!found.ok) return found.response;
    const r = found.value;
    const type = engine.typeOf(r.schema);
    const prior = objectFrom(req.prior_state, type);
    const proposed = objectFrom(req.proposed_new_state, type);
    const config = objectFrom(req.config, type);
    if (!proposed || !config) {
      // Destroy: nothing to decide, the host deletes on apply.
      return { planned_state: dynamic(null, type), planned_private: req.prior_private, diagnostics: [] };
    }
    const priorPrivate = privateFrom(req.prior_private);
    const base = prior ? proposed : markComputedNullsUnknown(r.schema.block, config, proposed);
    const result = r.plan
      ? await r.plan(
          {
            prior,
            proposed: base,
            config,
            private: priorPrivate,
            clientCapabilities: capabilitiesFrom(req.client_capabilities),
          },
          engine.context(rpc, { type: name }),
        )
      : {};
    const diags = [...(result.diagnostics ?? [])];
    if (hasErrors(diags)) return { diagnostics: diagnostics(diags) };
    const planned = nullWriteOnly(r.schema.block, result.planned ?? base);
    diags.push(...checkPlanAgainstConfig(r.schema.block, config, planned, prior));
    for (const path of result.requiresReplace ?? []) {
      if (!checkPathExists(r.schema.block, path)) {
        diags.push(
          error(
            "Provider produced an invalid response",
            `RequiresReplace names ${JSON.stringify(path)}, which is not an attribute of ${name}. This is a bug in the provider.`,
          ),
        );
      }
    }
    if (hasErrors(diags)) return { diagnostics: diagnostics(diags) };
    return {
      planned_state: dynamic(planned, type),
      requires_replace: prior ? (result.requiresReplace ?? []).map(pathMessage) : [],
      planned_private: encodePrivate(result.private ?? priorPrivate),
      ...(r.identity && result.identity
        ? { planned_identity: identityData(result.identity, engine.identityType(r)) }
        : {}),
      diagnostics: diagnostics(diags),
    };
  });
}
