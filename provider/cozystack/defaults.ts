import { terraformFromSpec } from "../../schemas/core/convert.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { rewriteValue, singleFieldWrapper } from "../../schemas/core/walk.ts";
import type { Plain } from "./values.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * The model's defaults, filled into a Terraform-shaped value wherever the config
 * leaves a field unset, so plans show them as known values (and match what the
 * server fills in). Unknown values stay unknown.
 */
export function fillDefaults(node: FieldNode, value: Plain): Plain {
  return rewriteValue<Plain>(node, value, {
    from: "terraform",
    to: "terraform",
    leaf: (leaf, given) => {
      if (given !== null && given !== undefined) return given;
      return leaf.hasDefault ? fillDefaults(leaf, defaultAsTerraform(leaf)) : null;
    },
    object: (_node, fields, input) => {
      const out: Record<string, Plain> = {};
      for (const { field, result } of fields) {
        out[field.tfName] = result;
        if (hasWriteOnlyForm(field)) {
          out[woName(field)] = input[woName(field)] ?? null;
          out[woVersionName(field)] = input[woVersionName(field)] ?? null;
        }
      }
      return out;
    },
  });
}

function defaultAsTerraform(node: FieldNode): Plain {
  const wrapper = singleFieldWrapper(node);
  return (terraformFromSpec(wrapper, { v: node.default }) as Record<string, Plain>).v ?? null;
}
