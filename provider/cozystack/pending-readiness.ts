import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { assessReadiness, currentConditions, type Condition } from "../../schemas/core/readiness.ts";
import type { PrivateData } from "../plugin/index.ts";
import type { KubeObject } from "./kube/client.ts";

/**
 * The mark an object carries in the host's private data while its readiness is not
 * confirmed: an apply wrote it, then stopped waiting (the host asked it to stop, or
 * time ran out). The host keeps private data with the state and hands it back to
 * refresh, plan and apply, so the next run picks the wait up where it was left: a
 * refresh that finds the object ready drops the mark; otherwise the plan turns the
 * wait into an in-place update, which writes nothing when the spec is unchanged.
 * Without the mark, a stopped create would have to be an error, and an error on
 * create makes OpenTofu and Terraform taint the object: the next apply would destroy
 * and re-create it instead of waiting.
 */
const KEY = "readinessPending";

type Record_ = Record<string, unknown>;
const fields = (data: PrivateData): Record_ =>
  data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record_) : {};

export function readinessPending(data: PrivateData): boolean {
  return fields(data)[KEY] === true;
}

/** The private data with the mark set; whatever else it held is kept. */
export function markReadinessPending(data: PrivateData): PrivateData {
  return { ...fields(data), [KEY]: true };
}

/** The private data without the mark; whatever else it held is kept. */
export function clearReadinessPending(data: PrivateData): PrivateData {
  const { [KEY]: _dropped, ...rest } = fields(data);
  return rest;
}

/**
 * Whether an object read by a refresh is ready as the wait after a write would judge
 * it: its conditions for its current generation and, where the kind needs them, the
 * keys of its credentials secret.
 */
export function readyNow(
  decl: KindDeclaration,
  object: KubeObject,
  secret: Record<string, string> | undefined,
): boolean {
  const conditions = currentConditions(
    (object.status as { conditions?: Condition[] } | undefined)?.conditions ?? [],
    object.metadata.generation,
  );
  return assessReadiness(decl.readiness, { conditions, secret }).state === "ready";
}

/** What the user is told when the host stopped the provider while it waited for readiness. */
export function stoppedWaitingDetail(where: string): string {
  return (
    `${where} was created or updated, but the apply was interrupted before it became ready. ` +
    "It is saved in state as it is now, not tainted: the next apply waits for it again, " +
    "without writing it when the configuration is unchanged, and a refresh that finds it ready ends the wait."
  );
}

/** What the plan says when it continues a wait an earlier apply left off. */
export function resumedWaitDetail(where: string): string {
  return `An earlier apply stopped waiting for ${where} to become ready. This apply waits for it again (shown as an update of connection); nothing is written unless its configuration changed.`;
}

/**
 * Said after a create that failed or timed out waiting: the host taints the object, which
 * the provider cannot prevent with an error, and the mark alone would not undo.
 */
export const TAINTED_AFTER_CREATE =
  "OpenTofu and Terraform mark an object whose create ended in an error as tainted, so the next apply replaces it. " +
  "To keep this object and have the next apply continue waiting for it instead, run `tofu untaint <address>` (or `terraform untaint <address>`) first.";
