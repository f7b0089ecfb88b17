import type { FieldNode } from "../../schemas/core/ir.ts";
import { rewriteValue, type PathSegment } from "../../schemas/core/walk.ts";
import { hasWriteOnlyForm } from "../../provider/cozystack/write-only.ts";
import { Expression, type HclValue } from "./hcl-format.ts";

/** A secret an export leaves out: where it was, and the variable that stands in its place. */
export interface SecretReference {
  /** Terraform path under the resource, e.g. ["users", "alice", "password"]. */
  path: PathSegment[];
  variable: string;
}

/**
 * Secrets are never written: every secret field the object sets (the fields that
 * have a write-only form in the provider's schema) becomes a reference to a
 * sensitive variable named after the resource and the field's path. The user
 * supplies the value (TF_VAR_…); the plan after import then matches what the
 * platform holds, where a `*_wo` form would plan a write of the secret.
 */
export function withSecretVariables(
  root: FieldNode,
  value: Record<string, unknown>,
  stem: string,
  taken: Set<string> = new Set(),
): { value: Record<string, HclValue>; secrets: SecretReference[] } {
  const secrets: SecretReference[] = [];
  const rewritten = rewriteValue<unknown>(root, value, {
    from: "terraform",
    to: "terraform",
    object: (_node, fields, _input, path) => {
      const out: Record<string, unknown> = {};
      for (const { field, result } of fields) {
        if (result === undefined || result === null) continue;
        if (hasWriteOnlyForm(field) && typeof result === "string" && result !== "") {
          const at = [...path, field.tfName];
          const variable = unique(variableName(stem, at), taken);
          secrets.push({ path: at, variable });
          out[field.tfName] = new Expression(`var.${variable}`);
        } else {
          out[field.tfName] = result;
        }
      }
      return out;
    },
  }) as Record<string, HclValue> | undefined;
  return { value: rewritten ?? {}, secrets };
}

/** An identifier made of the stem and the path, every other character an underscore. */
export function variableName(stem: string, path: readonly PathSegment[]): string {
  return [stem, ...path.map(String)]
    .join("_")
    .replace(/[^A-Za-z0-9_]/g, "_")
    .toLowerCase();
}

/** The name, or the name with the first free numeric suffix: two paths may spell the same identifier. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}_${i}`;
  taken.add(candidate);
  return candidate;
}
