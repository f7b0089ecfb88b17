import { isDeepStrictEqual } from "node:util";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { withDefaults, type PlatformObject } from "../../schemas/core/platform-object.ts";
import type { KubeObject } from "./kube/client.ts";

/**
 * Fields another server-side-apply manager owns that a write of ours would change.
 * The provider writes with PUT, which Kubernetes never checks for conflicts: it would
 * silently take the field from the other manager. So before a write (and at plan) the
 * object's managedFields are read, and a field counts when another manager's `Apply`
 * entry owns it and the value we would leave there differs from the value it holds.
 * Update entries (kubectl edit, controllers writing status, our own PUTs) claim
 * nothing: only an apply states an intent to keep a value.
 *
 * The real Cozystack API keeps no managedFields (cozystack-api.md §0), so there the
 * list is always empty: conflicts can only be seen on an API that keeps them.
 */

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsType?: string;
  fieldsV1?: unknown;
}

export interface Conflict {
  /** The other manager's name, as it wrote it. */
  manager: string;
  /** The field in Kubernetes notation, e.g. `.spec.users.alice.password` or `.spec.hosts[name="a"]`. */
  path: string;
}

type FieldSet = Record<string, unknown>;

/**
 * The conflicts between what `current` holds and what a write would leave (`desired`,
 * with the defaults the platform fills in), over the spec only: our writes keep
 * metadata as read, and status is not ours to write.
 */
export function specConflicts(
  managedFields: readonly unknown[] | undefined,
  current: unknown,
  desired: unknown,
  self: string,
): Conflict[] {
  const found: Conflict[] = [];
  for (const entry of managedFields ?? []) {
    if (!claims(entry, self)) continue;
    const spec = asFieldSet((entry.fieldsV1 as FieldSet | undefined)?.["f:spec"]);
    if (!spec) continue;
    for (const path of changedPaths(spec, current, desired, ".spec"))
      found.push({ manager: entry.manager, path });
  }
  return dedupe(found);
}

/** Whether an entry states another manager's intent: its `Apply` on the object itself. */
function claims(entry: unknown, self: string): entry is ManagedFieldsEntry & { manager: string } {
  if (!asFieldSet(entry)) return false;
  const e = entry as ManagedFieldsEntry;
  return (
    e.operation === "Apply" &&
    typeof e.manager === "string" &&
    e.manager !== self &&
    !e.subresource &&
    (e.fieldsType ?? "FieldsV1") === "FieldsV1"
  );
}

/**
 * The owned paths under `set` whose value differs between `current` and `desired`.
 * A set maps `f:<field>` (object field or map key), `k:<json>` (list item by its key
 * fields), `v:<json>` (set item by value) and `i:<n>` (list item by index) to the set
 * below it; `.` marks the node itself as owned. An empty set owns the whole value.
 */
function changedPaths(set: FieldSet, current: unknown, desired: unknown, path: string): string[] {
  const steps = Object.entries(set);
  if (steps.length === 0) return isDeepStrictEqual(current, desired) ? [] : [path];
  return steps.flatMap(([step, below]): string[] => {
    if (step === ".") return (current === undefined) === (desired === undefined) ? [] : [path];
    const child = asFieldSet(below) ?? {};
    const [kind, text] = [step.slice(0, 2), step.slice(2)];
    if (kind === "f:")
      return changedPaths(child, field(current, text), field(desired, text), fieldPath(path, text));
    if (kind === "i:") {
      const index = Number(text);
      return changedPaths(child, item(current, index), item(desired, index), `${path}[${index}]`);
    }
    const parsed = parseJson(text);
    if (parsed === undefined) return [];
    if (kind === "k:") {
      const keys = asFieldSet(parsed) ?? {};
      const at = `${path}[${Object.entries(keys)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(",")}]`;
      return changedPaths(child, keyed(current, keys), keyed(desired, keys), at);
    }
    if (kind === "v:") {
      const has = (list: unknown) => Array.isArray(list) && list.some((x) => isDeepStrictEqual(x, parsed));
      return has(current) === has(desired) ? [] : [`${path}[${JSON.stringify(parsed)}]`];
    }
    return [];
  });
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function item(value: unknown, index: number): unknown {
  return Array.isArray(value) ? value[index] : undefined;
}

/** The list item whose key fields all equal `keys`. */
function keyed(value: unknown, keys: FieldSet): unknown {
  if (!Array.isArray(value)) return undefined;
  return value.find((x) => Object.entries(keys).every(([k, v]) => isDeepStrictEqual(field(x, k), v)));
}

/** `.a.b` for plain names; a map key that is no plain name (dots, slashes) in brackets, as JSON. */
function fieldPath(path: string, name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

function asFieldSet(value: unknown): FieldSet | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as FieldSet) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function dedupe(conflicts: Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return conflicts.filter((c) => {
    const key = `${c.manager}\n${c.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The conflicts as one sentence fragment: `.spec.replicas (managed by "platform-team"), …`. */
export function describeConflicts(conflicts: readonly Conflict[]): string {
  return conflicts.map((c) => `${c.path} (managed by ${JSON.stringify(c.manager)})`).join(", ");
}

const FORCE_HINT =
  "Set force_conflicts = true in the provider configuration (or COZYSTACK_FORCE_CONFLICTS=true) to take these fields over, or make this configuration agree with the values the other manager set.";

/** The apply's refusal: what would have been overwritten, by whom it is managed, and the way out. */
export function conflictRefusal(where: string, conflicts: readonly Conflict[]): string {
  return (
    `${where}: this apply would change fields another server-side-apply manager owns: ${describeConflicts(conflicts)}. ` +
    `Nothing was written. ${FORCE_HINT}`
  );
}

/** The plan's warning: what the apply will refuse, or take over when forced. */
export function conflictWarning(where: string, conflicts: readonly Conflict[], forced: boolean): string {
  return (
    `${where}: this plan changes fields another server-side-apply manager owns: ${describeConflicts(conflicts)}. ` +
    (forced
      ? "force_conflicts is set, so the apply takes them over."
      : `The apply will refuse to overwrite them. ${FORCE_HINT}`)
  );
}

/**
 * The conflicts a PUT of `object` over `current` would cause: the spec it leaves is
 * the object's spec with the model's defaults, which the platform fills in on read.
 */
export function writeConflicts(
  decl: KindDeclaration,
  current: KubeObject,
  object: PlatformObject,
  self: string,
): Conflict[] {
  return specConflicts(current.metadata.managedFields, current.spec, specAfterWrite(decl, object), self);
}

function specAfterWrite(decl: KindDeclaration, object: PlatformObject): unknown {
  try {
    return withDefaults(decl, object.spec);
  } catch {
    // A spec the model refuses never reaches a write; compare it as sent.
    return object.spec;
  }
}
