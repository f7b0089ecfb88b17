import { hash } from "node:crypto";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import {
  assessReadiness,
  currentConditions,
  type AfterWrite,
  type Condition,
  type Readiness,
} from "../../schemas/core/readiness.ts";
import { isRecord } from "./request.ts";
import { redact } from "./results.ts";

/**
 * Readiness of the platform object, with the model's rules and the same stale-condition
 * check as the provider. The real API has no generations, so after a spec change the
 * conditions seen just before it are not news until they move or a settle time passes.
 * The XR's own status carries that bookkeeping from one call to the next.
 */

/** What the function keeps in the XR's `status.platform`. */
export interface PlatformStatus {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  ready: "True" | "False" | "Unknown";
  reason: string;
  message: string;
  /** Hash of the composed object (metadata and spec); a new one marks a write. */
  specHash: string;
  /** When the function first composed this specHash (RFC 3339). */
  changedAt: string;
  /** The platform's conditions as observed at that moment. */
  conditionsAtChange: Condition[];
}

export type Bookkeeping = Pick<PlatformStatus, "specHash" | "changedAt" | "conditionsAtChange">;

/**
 * A hash of what the function writes, independent of key order: SHA-256 of the JSON with
 * every object's keys sorted. The XR's status keeps it from one call to the next, so the
 * form must not change between releases (a new hash reads as a write).
 */
export function specHash(object: PlatformObject): string {
  const { metadata, spec } = object;
  return hash("sha256", canonicalJson({ metadata, spec }), "hex").slice(0, 32);
}

/** JSON with every object's keys sorted (by UTF-16 code units), undefined entries left out. */
function canonicalJson(value: object): string {
  const digitKeys = { found: false };
  const sorted = keySorted(value, digitKeys);
  // An object lists integer-like keys first, in numeric order, whatever order they were
  // added in, so JSON.stringify cannot write "10" before "9": such values go the slow way.
  return digitKeys.found ? canonicalJsonByHand(value) : JSON.stringify(sorted);
}

/**
 * A copy with every object's keys in sorted order, for the native JSON.stringify: much
 * cheaper than building the JSON by hand. Every object, plain or not, is copied as a
 * plain one (a Date becomes `{}`, never its toJSON), and a function or symbol becomes
 * null, as the canonical form has always written them.
 */
function keySorted(value: unknown, digitKeys: { found: boolean }): unknown {
  if (typeof value === "function" || typeof value === "symbol") return null;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => keySorted(item, digitKeys));
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57) digitKeys.found = true;
    const item = keySorted(record[key], digitKeys);
    // Assigning "__proto__" would set the prototype instead of adding the key.
    if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true });
    else out[key] = item;
  }
  return out;
}

function canonicalJsonByHand(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByHand).join(",")}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort())
    if (record[key] !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJsonByHand(record[key])}`);
  return `{${members.join(",")}}`;
}

/** The bookkeeping of the last call, when the XR's status holds a readable one. */
export function previousStatus(status: Record<string, unknown>): Partial<PlatformStatus> | undefined {
  const p = status.platform;
  if (!isRecord(p)) return undefined;
  const text = (key: string) => (typeof p[key] === "string" ? (p[key] as string) : undefined);
  const ready = text("ready");
  return {
    ...(ready === "True" || ready === "False" || ready === "Unknown" ? { ready } : {}),
    ...optional("reason", text("reason")),
    ...optional("message", text("message")),
    ...optional("specHash", text("specHash")),
    ...optional("changedAt", text("changedAt")),
    conditionsAtChange: readConditions(p.conditionsAtChange),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Conditions as the platform reports them; malformed entries are skipped. */
export function readConditions(value: unknown): Condition[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((c): c is Record<string, unknown> => isRecord(c) && typeof c.type === "string")
    .map((c) => ({
      type: c.type as string,
      status: typeof c.status === "string" ? c.status : "Unknown",
      ...optional("reason", typeof c.reason === "string" ? c.reason : undefined),
      ...optional("message", typeof c.message === "string" ? c.message : undefined),
      ...optional(
        "observedGeneration",
        typeof c.observedGeneration === "number" ? c.observedGeneration : undefined,
      ),
      ...optional(
        "lastTransitionTime",
        typeof c.lastTransitionTime === "string" ? c.lastTransitionTime : undefined,
      ),
    }));
}

/**
 * Carry the bookkeeping on, or start it anew when the composed object changed: this
 * call's desired state is what gets written, so the conditions observed now are the
 * ones from before the write.
 */
export function keepBooks(
  previous: Partial<PlatformStatus> | undefined,
  hash: string,
  observed: readonly Condition[],
  now: Date,
): { books: Bookkeeping; afterWrite: AfterWrite } {
  const changedAt = previous?.changedAt ? Date.parse(previous.changedAt) : NaN;
  if (previous?.specHash === hash && Number.isFinite(changedAt)) {
    const before = previous.conditionsAtChange ?? [];
    return {
      books: { specHash: hash, changedAt: previous.changedAt!, conditionsAtChange: before },
      afterWrite: { before, elapsedMs: Math.max(0, now.getTime() - changedAt) },
    };
  }
  const books = { specHash: hash, changedAt: now.toISOString(), conditionsAtChange: [...observed] };
  // No earlier hash: the first call for this XR, or a status the XRD does not keep. Nothing
  // is known to have been written, and holding conditions back every call would never end.
  if (previous?.specHash === undefined) return { books, afterWrite: { before: [], elapsedMs: 0 } };
  return { books, afterWrite: { before: observed, elapsedMs: 0 } };
}

/** What readiness reads of the observed platform object. */
export interface Observed {
  conditions: Condition[];
  generation?: number;
}

/** The platform object's conditions and generation, when it has been observed. */
export function observedState(object: Record<string, unknown> | undefined): Observed | undefined {
  if (!object) return undefined;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const conditions = readConditions(isRecord(object.status) ? object.status.conditions : undefined);
  return typeof metadata.generation === "number"
    ? { conditions, generation: metadata.generation }
    : { conditions };
}

/** A condition with every known secret taken out of its reason and message. */
export function redactCondition(condition: Condition, secrets: ReadonlySet<string>): Condition {
  return {
    ...condition,
    ...(condition.reason !== undefined ? { reason: redact(condition.reason, secrets) } : {}),
    ...(condition.message !== undefined ? { message: redact(condition.message, secrets) } : {}),
  };
}

/** Ready, pending or failed, by the kind's readiness rules. */
export function platformReadiness(
  decl: KindDeclaration,
  observed: Observed | undefined,
  afterWrite: AfterWrite,
  secret: Record<string, string> | undefined,
): Readiness {
  if (!observed) return { state: "pending", waitingFor: `the ${decl.kind} object to be created` };
  const conditions = currentConditions(observed.conditions, observed.generation, afterWrite);
  return assessReadiness(decl.readiness, { conditions, ...(secret ? { secret } : {}) });
}

/** The summary the XR's status shows for a readiness. */
export function readinessSummary(
  decl: KindDeclaration,
  object: PlatformObject,
  readiness: Readiness,
): Pick<PlatformStatus, "ready" | "reason" | "message"> {
  const { namespace, name } = object.metadata;
  switch (readiness.state) {
    case "ready":
      return { ready: "True", reason: "Ready", message: `${decl.kind} ${namespace}/${name} is ready` };
    case "pending":
      return { ready: "Unknown", reason: "Pending", message: `waiting for ${readiness.waitingFor}` };
    case "failed":
      return { ready: "False", reason: readiness.reason, message: readiness.message };
  }
}

/** A failure is news only when it differs from the one already on the XR. */
export function isNewFailure(
  previous: Partial<PlatformStatus> | undefined,
  summary: Pick<PlatformStatus, "ready" | "reason" | "message">,
): boolean {
  return (
    summary.ready === "False" &&
    (previous?.ready !== "False" ||
      previous.reason !== summary.reason ||
      previous.message !== summary.message)
  );
}

/**
 * Whether this call changes what the XR shows: its first bookkeeping, a new spec written,
 * or another ready state, reason or message. Steady calls (most of them) are not news.
 */
export function isTransition(
  previous: Partial<PlatformStatus> | undefined,
  summary: Pick<PlatformStatus, "ready" | "reason" | "message">,
  hash: string,
): boolean {
  return (
    previous?.specHash !== hash ||
    previous.ready !== summary.ready ||
    previous.reason !== summary.reason ||
    previous.message !== summary.message
  );
}

/** Re-read soon while not ready: nothing watches the platform for this XR. */
export const TTL_READY_SECONDS = 60;
export const TTL_NOT_READY_SECONDS = 10;
