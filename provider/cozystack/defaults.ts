import { terraformFromSpec } from "../../schemas/core/convert.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { UNKNOWN, type Plain } from "./values.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * The model's defaults, filled into a Terraform-shaped value wherever the config
 * leaves a field unset, so plans show them as known values (and match what the
 * server fills in). Unknown values stay unknown.
 */
export function fillDefaults(node: FieldNode, value: Plain): Plain {
  if (value === UNKNOWN) return value;
  if (value === null || value === undefined) {
    if (!node.hasDefault) return null;
    return fillDefaults(node, defaultAsTerraform(node));
  }
  switch (node.type) {
    case "object": {
      const input = value as Record<string, Plain>;
      const out: Record<string, Plain> = {};
      for (const p of Object.values(node.properties)) {
        out[p.tfName] = fillDefaults(p, input[p.tfName] ?? null);
        if (hasWriteOnlyForm(p)) {
          out[woName(p)] = input[woName(p)] ?? null;
          out[woVersionName(p)] = input[woVersionName(p)] ?? null;
        }
      }
      return out;
    }
    case "map":
      return Object.fromEntries(
        Object.entries(value as Record<string, Plain>).map(([k, v]) => [k, fillDefaults(node.values, v)]),
      );
    case "list":
      return (value as Plain[]).map((v) => fillDefaults(node.items, v));
    default:
      return value;
  }
}

function defaultAsTerraform(node: FieldNode): Plain {
  // Reuse the model's own camel -> snake conversion through a one-field wrapper.
  const wrapper: FieldNode = {
    ...node,
    name: "",
    tfName: "",
    type: "object",
    properties: { v: { ...node, name: "v", tfName: "v" } },
  } as FieldNode;
  return (terraformFromSpec(wrapper, { v: node.default }) as Record<string, Plain>).v ?? null;
}
