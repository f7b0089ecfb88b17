import type { FieldNode } from "../../schemas/core/ir.ts";
import { foldValue } from "../../schemas/core/walk.ts";
import { t, type CtyType, BigDecimal, Dynamic, Unknown, type CtyValue } from "../plugin/index.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "./write-only.ts";

/**
 * cty values <-> plain JSON-like values the model works with. Unknowns stay as
 * the UNKNOWN marker so that model code can tell "not yet known" from "unset".
 */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type Plain = null | boolean | number | string | typeof UNKNOWN | Plain[] | { [key: string]: Plain };

export function toPlain(value: CtyValue | undefined): Plain {
  if (value === undefined || value === null) return null;
  if (value instanceof Unknown) return UNKNOWN;
  if (value instanceof Dynamic) return toPlain(value.value);
  if (typeof value === "bigint") return Number(value);
  if (value instanceof BigDecimal) return Number(value.text);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

export function containsUnknown(value: Plain): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
}

/** The cty type of a plain JSON value, for `dynamic` attributes. */
export function inferType(value: Plain): CtyType {
  if (value === null || value === UNKNOWN) return t.dynamic;
  if (typeof value === "string") return t.string;
  if (typeof value === "number") return t.number;
  if (typeof value === "boolean") return t.bool;
  if (Array.isArray(value)) return t.tuple(value.map(inferType));
  return t.object(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inferType(v)])));
}

function dynamicValue(value: Plain): CtyValue {
  if (value === UNKNOWN) return new Unknown();
  if (value === null) return null;
  const type = inferType(value);
  return new Dynamic(type, fromPlainTyped(value, type));
}

function fromPlainTyped(value: Plain, type: CtyType): CtyValue {
  if (value === UNKNOWN) return new Unknown();
  if (value === null) return null;
  if (Array.isArray(value)) {
    return value.map((v, i) =>
      fromPlainTyped(
        v,
        type.kind === "tuple"
          ? type.elements[i]!
          : type.kind === "list" || type.kind === "set"
            ? type.element
            : t.dynamic,
      ),
    );
  }
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        fromPlainTyped(
          v,
          type.kind === "object"
            ? (type.attributes[k] ?? t.dynamic)
            : type.kind === "map"
              ? type.element
              : t.dynamic,
        ),
      ]),
    );
  }
  return value;
}

/** A Terraform-shaped plain value of a model field (snake_case keys) as a cty value. */
export function fieldValue(node: FieldNode, value: Plain): CtyValue {
  return foldValue<CtyValue, Plain>(node, value, {
    naming: "terraform",
    object: (_node, fields, input) => {
      const out: Record<string, CtyValue> = {};
      for (const { field, result } of fields) {
        out[field.tfName] = result;
        if (hasWriteOnlyForm(field)) {
          // The write-only value never enters state; its version does.
          out[woName(field)] = null;
          const version = input[woVersionName(field)] ?? null;
          out[woVersionName(field)] = version === UNKNOWN ? new Unknown() : (version as CtyValue);
        }
      }
      return out;
    },
    map: (_node, entries) => Object.fromEntries(entries),
    list: (_node, items) => items,
    leaf: leafValue,
  });
}

function leafValue(node: FieldNode, value: Plain | undefined): CtyValue {
  if (value === UNKNOWN) return new Unknown();
  if (value === null || value === undefined) return null;
  switch (node.type) {
    case "free":
      return dynamicValue(value);
    case "quantity":
    case "int-or-string":
      return String(value);
    case "integer":
    case "number":
      return typeof value === "number" ? value : Number(value);
    default:
      return value as CtyValue;
  }
}
