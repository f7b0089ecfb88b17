/**
 * When an object counts as ready, read from its status conditions and, for some
 * kinds, from a Secret the platform publishes after the release is applied.
 */
export interface ReadinessDeclaration {
  /** Conditions that must all be True; Ready is copied from the Helm release. */
  conditions: readonly string[];
  /** Also wait until the credentials Secret exists and holds these keys. */
  secretKeys?: readonly string[];
}

export interface Condition {
  type: string;
  status: "True" | "False" | "Unknown" | string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

export type Readiness =
  | { state: "ready" }
  | { state: "pending"; waitingFor: string }
  | { state: "failed"; condition: string; reason: string; message: string };

export function assessReadiness(
  decl: ReadinessDeclaration,
  observed: { conditions?: readonly Condition[]; secret?: Record<string, string> },
): Readiness {
  const conditions = observed.conditions ?? [];
  for (const type of decl.conditions) {
    const condition = conditions.find((c) => c.type === type);
    if (!condition || condition.status === "Unknown") {
      return { state: "pending", waitingFor: `condition ${type}` };
    }
    if (condition.status !== "True") {
      return {
        state: "failed",
        condition: type,
        reason: condition.reason ?? "Unknown",
        message: condition.message ?? `${type} is ${condition.status}`,
      };
    }
  }
  for (const key of decl.secretKeys ?? []) {
    if (!observed.secret?.[key]) return { state: "pending", waitingFor: `credentials key ${key}` };
  }
  return { state: "ready" };
}
