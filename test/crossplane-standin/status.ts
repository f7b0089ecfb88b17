import { isDeepStrictEqual } from "node:util";
import type { KubeObject } from "../support/kube.ts";
import { setConditions, type NewCondition } from "./conditions.ts";
import type { StandInContext } from "./context.ts";
import { isStatus } from "./kube.ts";
import type { Condition } from "./types.ts";

/**
 * Writes an XR's or claim's conditions (and a few machinery status fields) the way core's
 * status Update does: only when something changed, keeping the transition time of unchanged
 * conditions. A merge patch of the status subresource, so that the status fields functions
 * own through server-side apply are left alone. A vanished object is not an error.
 */
export async function writeConditions(
  ctx: StandInContext,
  path: string,
  object: KubeObject,
  updates: readonly NewCondition[],
  extra: Record<string, unknown> = {},
): Promise<KubeObject> {
  const status =
    (object.status as ({ conditions?: Condition[] } & Record<string, unknown>) | undefined) ?? {};
  const existing = status.conditions ?? [];
  const conditions = setConditions(existing, updates, ctx.now().toISOString());
  const changedExtra = Object.entries(extra).some(([k, v]) => !isDeepStrictEqual(status[k], v));
  if (isDeepStrictEqual(conditions, existing) && !changedExtra) return object;
  try {
    return await ctx.client.request<KubeObject>(
      "PATCH",
      `${path}/status`,
      { status: { ...extra, conditions } },
      "application/merge-patch+json",
    );
  } catch (error) {
    if (isStatus(error, 404)) return object;
    throw error;
  }
}

export function conditionsOf(object: KubeObject): Condition[] {
  return (object.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
}
