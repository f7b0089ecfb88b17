import { canonicalJson } from "../../schemas/core/canonical-json.ts";
import { canonicalSpec, terraformFromSpec } from "../../schemas/core/convert.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { rewriteValue, singleFieldWrapper } from "../../schemas/core/walk.ts";
import { fillDefaults } from "../../provider/cozystack/defaults.ts";
import type { Plain } from "../../provider/cozystack/values.ts";

/**
 * The part of a spec as the server returns it (every default filled in, §0 of
 * cozystack-api.md) that a declaration must say: fields equal to the model's
 * default are left out, as the provider plans the same defaults back in. A map
 * entry or list item keeps its own non-default fields.
 */
export function minimalSpec(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  const dropped = rewriteValue<unknown>(root, spec, {
    from: "platform",
    to: "platform",
    object: (_node, fields) => {
      const out: Record<string, unknown> = {};
      for (const { field, result } of fields) {
        if (result === undefined || result === null) continue;
        if (field.hasDefault && sameValue(field, result, field.default)) continue;
        out[field.name] = result;
      }
      return out;
    },
  }) as Record<string, unknown> | undefined;
  const minimal = dropped ?? {};
  // What the provider plans from the minimal spec must be what it reads from the full one;
  // should the model's defaults not fill it back exactly, the whole spec is kept.
  return plannedEqual(root, minimal, spec) ? minimal : spec;
}

/** Whether a value is a field's default, in the form the model compares specs. */
function sameValue(field: FieldNode, value: unknown, fallback: unknown): boolean {
  const wrap = (v: unknown) => canonicalSpec(singleFieldWrapper(field), { v });
  return canonicalJson(wrap(value)) === canonicalJson(wrap(fallback));
}

/** The Terraform value the provider plans for a spec: snake_case, defaults filled in. */
function planned(root: FieldNode, spec: Record<string, unknown>): string {
  return canonicalJson(fillDefaults(root, terraformFromSpec(root, spec) as Plain));
}

function plannedEqual(root: FieldNode, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return planned(root, a) === planned(root, b);
}
