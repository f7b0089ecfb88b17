import type { NewCondition } from "../crossplane-standin/conditions.ts";
import { available } from "../crossplane-standin/conditions.ts";
import type { ReadinessPolicy } from "./types.ts";

/** The target as observed: any object, its conditions read from `status.conditions`. */
type Observed = Record<string, unknown>;

function conditionsOf(observed: Observed): Array<{ type?: unknown; status?: unknown }> {
  const conditions = (observed.status as { conditions?: unknown } | undefined)?.conditions;
  return Array.isArray(conditions) ? (conditions as Array<{ type?: unknown; status?: unknown }>) : [];
}

const unavailable = (message?: string): NewCondition => ({
  type: "Ready",
  status: "False",
  reason: "Unavailable",
  ...(message ? { message } : {}),
});

/**
 * The Object's Ready condition, by its readiness policy, as the real provider derives it:
 * - SuccessfulCreate (the default): Available once the target exists and is up to date;
 *   otherwise Ready is left as it was (undefined here).
 * - DeriveFromObject: from the target's own Ready condition.
 * - AllTrue: every condition of the target True, and at least one.
 * - DeriveFromCelQuery: this stand-in has no CEL evaluator; it says so in the message.
 */
export function readiness(
  policy: ReadinessPolicy | undefined,
  observed: Observed,
  upToDate: boolean,
): NewCondition | undefined {
  const conditions = conditionsOf(observed);
  switch (policy ?? "SuccessfulCreate") {
    case "SuccessfulCreate":
      return upToDate ? available() : undefined;
    case "DeriveFromObject":
      return conditions.find((c) => c.type === "Ready")?.status === "True" ? available() : unavailable();
    case "AllTrue":
      return conditions.length > 0 && conditions.every((c) => c.status === "True")
        ? available()
        : unavailable();
    case "DeriveFromCelQuery":
      return unavailable(
        "readiness policy DeriveFromCelQuery is not supported by the provider-kubernetes stand-in",
      );
    default:
      return unavailable(`unknown readiness policy ${JSON.stringify(policy)}`);
  }
}
