import { terraformFromSpec } from "../../schemas/core/convert.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { sampleValue } from "../../schemas/core/sample.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * For tests: a kind's configuration that gives one secret in write-only form only,
 * derived from the model. The secret sits at the first field that has a write-only
 * form; every object on the way gets its required fields from the model's samples,
 * a map its first entry (or a new one) and a list one item.
 */
export interface WriteOnlyCase {
  /** The secret's field, in spec names, e.g. ["users", "app", "password"]. */
  specPath: string[];
  /** The same in Terraform attribute names, e.g. ["users", "app", "password"]. */
  tfPath: string[];
  field: FieldNode;
  /** The spec the platform should receive, secret included. */
  spec: Record<string, unknown>;
  /** The Terraform attributes: the secret only as `<name>_wo`, with `<name>_wo_version = 1`. */
  attributes: Record<string, unknown>;
}

const PLACEHOLDER = "\u0000write-only\u0000";

/** The first field with a write-only form, as spec and Terraform paths; `*` stands for a map key. */
export function firstWriteOnlyField(
  node: FieldNode,
  spec: string[] = [],
  tf: string[] = [],
): { specPath: string[]; tfPath: string[]; field: FieldNode } | undefined {
  if (node.type === "object") {
    for (const [key, p] of Object.entries(node.properties)) {
      if (hasWriteOnlyForm(p)) return { specPath: [...spec, key], tfPath: [...tf, p.tfName], field: p };
      const found = firstWriteOnlyField(p, [...spec, key], [...tf, p.tfName]);
      if (found) return found;
    }
  }
  if (node.type === "map") return firstWriteOnlyField(node.values, [...spec, "*"], [...tf, "*"]);
  if (node.type === "list") return firstWriteOnlyField(node.items, [...spec, "0"], [...tf, "0"]);
  return undefined;
}

function requiredSamples(node: FieldNode): Record<string, unknown> {
  if (node.type !== "object") return {};
  return Object.fromEntries(
    Object.entries(node.properties)
      .filter(([, p]) => p.required)
      .map(([k, p]) => [k, sampleValue(p)]),
  );
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * Put `value` at `path` in `base`, filling what is missing on the way from the model.
 * A map step `*` takes the base's first entry (so that rules tying entries together
 * still hold), else a new entry `wo`. Returns the value and the keys it chose.
 */
function place(
  node: FieldNode,
  base: unknown,
  path: string[],
  value: unknown,
): { value: unknown; keys: string[] } {
  if (path.length === 0) return { value, keys: [] };
  const [step, ...rest] = path as [string, ...string[]];
  if (node.type === "object") {
    const current = { ...(asRecord(base) ?? requiredSamples(node)) };
    const inner = place(node.properties[step]!, current[step], rest, value);
    return { value: { ...current, [step]: inner.value }, keys: [step, ...inner.keys] };
  }
  if (node.type === "map") {
    const current = { ...(asRecord(base) ?? {}) };
    const key = Object.keys(current)[0] ?? "wo";
    const inner = place(node.values, current[key], rest, value);
    return { value: { ...current, [key]: inner.value }, keys: [key, ...inner.keys] };
  }
  if (node.type === "list") {
    const inner = place(node.items, Array.isArray(base) ? base[0] : undefined, rest, value);
    return { value: [inner.value], keys: ["0", ...inner.keys] };
  }
  throw new Error(`cannot place a value under a ${node.type} field`);
}

/** Replace the placeholder's attribute by its write-only pair, wherever it is. */
function toWriteOnly(value: unknown, field: FieldNode, secret: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toWriteOnly(v, field, secret));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === PLACEHOLDER) {
      out[woName(field)] = secret;
      out[woVersionName(field)] = 1;
    } else out[k] = toWriteOnly(v, field, secret);
  }
  return out;
}

export function writeOnlyCase(decl: KindDeclaration, secret: string): WriteOnlyCase | undefined {
  const found = firstWriteOnlyField(decl.fields);
  if (!found) return undefined;
  const base = (decl.example?.spec as Record<string, unknown> | undefined) ?? requiredSamples(decl.fields);
  const marked = place(decl.fields, base, found.specPath, PLACEHOLDER);
  const spec = place(decl.fields, base, found.specPath, secret).value as Record<string, unknown>;
  const attributes = toWriteOnly(
    terraformFromSpec(decl.fields, marked.value as Record<string, unknown>),
    found.field,
    secret,
  );
  const resolve = (path: string[]) => path.map((step, i) => (step === "*" ? marked.keys[i]! : step));
  return {
    field: found.field,
    specPath: resolve(found.specPath),
    tfPath: resolve(found.tfPath),
    spec,
    attributes: attributes as Record<string, unknown>,
  };
}
