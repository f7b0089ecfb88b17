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
  lastTransitionTime?: string;
}

/**
 * How long conditions that have not moved since a write are taken as stale. The real
 * API (cozystack-api v1.6.2) has neither metadata.generation nor observedGeneration,
 * and right after an update still shows the previous Ready=True; Flux then moves Ready
 * through a new transition. If no condition moves within this time, the platform had
 * nothing to do, and the unchanged conditions stand.
 */
export const SETTLE_AFTER_WRITE_MS = 10_000;

/** Conditions as read just before a write, and how long ago that write was. */
export interface AfterWrite {
  before: readonly Condition[];
  elapsedMs: number;
  settleMs?: number;
}

const sameCondition = (a: Condition, b: Condition) =>
  a.status === b.status &&
  a.reason === b.reason &&
  a.message === b.message &&
  a.lastTransitionTime === b.lastTransitionTime;

/**
 * The conditions that speak for the object's current spec. A condition stamped with
 * an older observedGeneration says nothing about the current one; after a write, a
 * condition with no generation that has not moved since the write is not yet news.
 * Either is reported as Unknown.
 */
export function currentConditions(
  conditions: readonly Condition[],
  generation: number | undefined,
  afterWrite?: AfterWrite,
): Condition[] {
  return conditions.map((c) => {
    if (c.observedGeneration !== undefined && generation !== undefined)
      return c.observedGeneration < generation ? { ...c, status: "Unknown" } : c;
    const before = afterWrite?.before.find((b) => b.type === c.type);
    const settled = (afterWrite?.elapsedMs ?? 0) >= (afterWrite?.settleMs ?? SETTLE_AFTER_WRITE_MS);
    if (afterWrite && before && sameCondition(before, c) && !settled)
      return {
        ...c,
        status: "Unknown",
        reason: "NotYetUpdated",
        message: "no new transition since the change",
      };
    return c;
  });
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
