import type { FieldNode } from "../../schemas/core/ir.ts";
import { gatherValues, rewriteValue, valueAt } from "../../schemas/core/walk.ts";
import type { Plain } from "./values.ts";

/**
 * Write-only companions of secret fields: next to every sensitive string the
 * user may set (a password, an S3 key), `<name>_wo` carries the value to the
 * platform without it ever entering state, and `<name>_wo_version` says when
 * to send it again (OpenTofu/Terraform >= 1.11).
 */
export function hasWriteOnlyForm(node: FieldNode): boolean {
  return node.sensitive && node.type === "string";
}

export const woName = (node: FieldNode) => `${node.tfName}_wo`;
export const woVersionName = (node: FieldNode) => `${node.tfName}_wo_version`;

type Obj = Record<string, Plain>;
const isObj = (v: unknown): v is Obj =>
  v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);

/** The Terraform value the platform should receive: write-only values replace their plain fields. */
export function substituteWriteOnly(node: FieldNode, value: Plain): Plain {
  return rewriteValue<Plain>(node, value, {
    from: "terraform",
    to: "terraform",
    object: (_node, fields, input) => {
      const out: Obj = { ...input };
      for (const { field, result } of fields) {
        const writeOnly = hasWriteOnlyForm(field) ? (input[woName(field)] ?? null) : null;
        if (writeOnly !== null) out[field.tfName] = writeOnly;
        else if (result !== undefined) out[field.tfName] = result;
      }
      return out;
    },
  });
}

/**
 * What state keeps of a secret given in write-only form: its version, never the
 * value, and not the server's copy of it either. `reference` is the state or plan
 * whose versions say which secrets were given that way.
 */
export function carryWriteOnly(node: FieldNode, value: Plain, reference: Plain | undefined): Plain {
  return rewriteValue<Plain>(node, value, {
    from: "terraform",
    to: "terraform",
    object: (_node, fields, input, path) => {
      const ref = valueAt(reference, path);
      const out: Obj = { ...input };
      for (const { field, result } of fields) {
        if (hasWriteOnlyForm(field)) {
          const version = (isObj(ref) ? ref[woVersionName(field)] : undefined) ?? null;
          out[woName(field)] = null;
          out[woVersionName(field)] = version;
          if (version !== null) out[field.tfName] = null;
        } else if (result !== undefined) {
          out[field.tfName] = result;
        }
      }
      return out;
    },
  });
}

/** The secrets the server holds for fields given in write-only form, so outputs can leave them out too. */
export function writeOnlySecrets(node: FieldNode, value: Plain, reference: Plain | undefined): Set<string> {
  const secrets = gatherValues<string, Plain>(node, value, {
    naming: "terraform",
    object: (_node, fields, input, path) => {
      const ref = valueAt(reference, path);
      if (!isObj(ref)) return [];
      return fields.flatMap(({ field, result }) => {
        if (!hasWriteOnlyForm(field)) return result;
        const secret = input[field.tfName];
        const sent = (ref[woVersionName(field)] ?? null) !== null;
        return sent && typeof secret === "string" && secret !== "" ? [secret] : [];
      });
    },
  });
  return new Set(secrets);
}
