import type { FieldNode } from "../../schemas/core/ir.ts";
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
const isObj = (v: Plain | undefined): v is Obj =>
  v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);

/** The Terraform value the platform should receive: write-only values replace their plain fields. */
export function substituteWriteOnly(node: FieldNode, value: Plain): Plain {
  if (node.type === "object" && isObj(value)) {
    const out: Obj = { ...value };
    for (const p of Object.values(node.properties)) {
      if (hasWriteOnlyForm(p) && value[woName(p)] !== null && value[woName(p)] !== undefined)
        out[p.tfName] = value[woName(p)]!;
      else if (p.type === "object" || p.type === "map" || p.type === "list")
        out[p.tfName] = substituteWriteOnly(p, value[p.tfName] ?? null);
    }
    return out;
  }
  if (node.type === "map" && isObj(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substituteWriteOnly(node.values, v)]),
    );
  if (node.type === "list" && Array.isArray(value))
    return value.map((v) => substituteWriteOnly(node.items, v));
  return value;
}

/**
 * What state keeps of a secret given in write-only form: its version, never the
 * value, and not the server's copy of it either.
 */
export function carryWriteOnly(node: FieldNode, value: Plain, reference: Plain | undefined): Plain {
  if (node.type === "object" && isObj(value)) {
    const ref = isObj(reference) ? reference : undefined;
    const out: Obj = { ...value };
    for (const p of Object.values(node.properties)) {
      if (hasWriteOnlyForm(p)) {
        const version = ref?.[woVersionName(p)] ?? null;
        out[woName(p)] = null;
        out[woVersionName(p)] = version;
        if (version !== null) out[p.tfName] = null;
      } else if (p.type === "object" || p.type === "map" || p.type === "list") {
        out[p.tfName] = carryWriteOnly(p, value[p.tfName] ?? null, ref?.[p.tfName]);
      }
    }
    return out;
  }
  if (node.type === "map" && isObj(value)) {
    const ref = isObj(reference) ? reference : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, carryWriteOnly(node.values, v, ref?.[k])]),
    );
  }
  if (node.type === "list" && Array.isArray(value)) {
    const ref = Array.isArray(reference) ? reference : [];
    return value.map((v, i) => carryWriteOnly(node.items, v, ref[i]));
  }
  return value;
}

/** The secrets the server holds for fields given in write-only form, so outputs can leave them out too. */
export function writeOnlySecrets(
  node: FieldNode,
  value: Plain,
  reference: Plain | undefined,
  out: Set<string> = new Set(),
): Set<string> {
  if (node.type === "object" && isObj(value) && isObj(reference)) {
    for (const p of Object.values(node.properties)) {
      const v = value[p.tfName] ?? null;
      if (hasWriteOnlyForm(p)) {
        if ((reference[woVersionName(p)] ?? null) !== null && typeof v === "string" && v !== "") out.add(v);
      } else {
        writeOnlySecrets(p, v, reference[p.tfName], out);
      }
    }
  } else if (node.type === "map" && isObj(value) && isObj(reference)) {
    for (const [k, v] of Object.entries(value)) writeOnlySecrets(node.values, v, reference[k], out);
  } else if (node.type === "list" && Array.isArray(value) && Array.isArray(reference)) {
    value.forEach((v, i) => writeOnlySecrets(node.items, v, reference[i], out));
  }
  return out;
}
