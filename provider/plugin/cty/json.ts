import type { CtyType } from "./types.ts";
import { typeFromJSON, typeToJSON } from "./types.ts";
import { BigDecimal, Dynamic, numberFromText, Unknown, type CtyValue } from "./values.ts";

/**
 * cty values in their JSON form (RawState.json, DynamicValue.json). Numbers keep
 * their exact decimal text: JSON.parse hands the reviver each number's source.
 * JSON cannot hold unknowns.
 */
export class JsonValueError extends Error {
  override name = "JsonValueError";
}

const EXACT = Symbol("exact-number");
type Exact = { [EXACT]: string };

function parseExact(text: string): unknown {
  try {
    return JSON.parse(
      text,
      function (this: unknown, _key: string, value: unknown, context?: { source?: string }) {
        if (typeof value === "number" && context?.source !== undefined)
          return { [EXACT]: context.source } satisfies Exact;
        return value;
      },
    );
  } catch (error) {
    throw new JsonValueError(`invalid JSON: ${(error as Error).message}`);
  }
}

export function decodeJsonValue(text: string | Uint8Array, type: CtyType): CtyValue {
  const source = typeof text === "string" ? text : new TextDecoder().decode(text);
  return fromJson(parseExact(source), type, "");
}

/** Decode an already parsed JSON value (numbers may have lost precision). */
export function fromPlainJson(value: unknown, type: CtyType): CtyValue {
  return fromJson(value, type, "");
}

function isExact(v: unknown): v is Exact {
  return typeof v === "object" && v !== null && EXACT in v;
}

function fromJson(v: unknown, type: CtyType, path: string): CtyValue {
  const at = path || "the value";
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case "dynamic": {
      if (typeof v !== "object" || Array.isArray(v) || !("type" in v) || !("value" in v)) {
        throw new JsonValueError(`${at}: a dynamic value must be {"value": ..., "type": ...}`);
      }
      const concrete = typeFromJSON(plain((v as { type: unknown }).type));
      return new Dynamic(concrete, fromJson((v as { value: unknown }).value, concrete, path));
    }
    case "string":
      if (typeof v !== "string") throw new JsonValueError(`${at}: expected a string`);
      return v;
    case "bool":
      if (typeof v !== "boolean") throw new JsonValueError(`${at}: expected a bool`);
      return v;
    case "number":
      if (isExact(v)) return numberFromText(v[EXACT]);
      if (typeof v === "number") return v;
      if (typeof v === "string") {
        try {
          return numberFromText(v);
        } catch {
          throw new JsonValueError(`${at}: ${JSON.stringify(v)} is not a number`);
        }
      }
      throw new JsonValueError(`${at}: expected a number`);
    case "list":
    case "set":
      if (!Array.isArray(v)) throw new JsonValueError(`${at}: expected a ${type.kind}`);
      return v.map((item, i) => fromJson(item, type.element, `${path}[${i}]`));
    case "tuple":
      if (!Array.isArray(v) || v.length !== type.elements.length)
        throw new JsonValueError(`${at}: expected a tuple of ${type.elements.length}`);
      return v.map((item, i) => fromJson(item, type.elements[i]!, `${path}[${i}]`));
    case "map": {
      if (typeof v !== "object" || Array.isArray(v) || isExact(v))
        throw new JsonValueError(`${at}: expected a map`);
      return Object.fromEntries(
        Object.entries(v).map(([k, item]) => [
          k,
          fromJson(item, type.element, `${path}[${JSON.stringify(k)}]`),
        ]),
      );
    }
    case "object": {
      if (typeof v !== "object" || Array.isArray(v) || isExact(v))
        throw new JsonValueError(`${at}: expected an object`);
      const out: Record<string, CtyValue> = {};
      for (const [name, attrType] of Object.entries(type.attributes)) {
        out[name] = fromJson((v as Record<string, unknown>)[name], attrType, path ? `${path}.${name}` : name);
      }
      return out;
    }
  }
}

function plain(v: unknown): unknown {
  if (isExact(v)) return Number(v[EXACT]);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** JSON text of a wholly known value; numbers are written exactly. */
export function encodeJsonValue(value: CtyValue, type: CtyType): string {
  return write(value, type, "");
}

function write(value: CtyValue, type: CtyType, path: string): string {
  if (value instanceof Unknown)
    throw new JsonValueError(`${path || "the value"}: JSON cannot hold an unknown value`);
  if (value === null) return "null";
  switch (type.kind) {
    case "dynamic": {
      const d = value as Dynamic;
      return `{"value":${write(d.value, d.type, path)},"type":${JSON.stringify(typeToJSON(d.type))}}`;
    }
    case "number":
      if (value instanceof BigDecimal || typeof value === "bigint") return value.toString();
      // An integral double beyond 2^53 is written as its exact value, not its shortest form.
      if (typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value))
        return BigInt(value).toString();
      return JSON.stringify(value);
    case "list":
    case "set":
    case "tuple":
      return `[${(value as CtyValue[]).map((item, i) => write(item, type.kind === "tuple" ? type.elements[i]! : type.element, `${path}[${i}]`)).join(",")}]`;
    case "map":
      return `{${Object.keys(value as object)
        .sort()
        .map(
          (k) =>
            `${JSON.stringify(k)}:${write((value as Record<string, CtyValue>)[k]!, type.element, `${path}[${JSON.stringify(k)}]`)}`,
        )
        .join(",")}}`;
    case "object":
      return `{${Object.keys(type.attributes)
        .sort()
        .map(
          (k) =>
            `${JSON.stringify(k)}:${write((value as Record<string, CtyValue>)[k] ?? null, type.attributes[k]!, path ? `${path}.${k}` : k)}`,
        )
        .join(",")}}`;
    default:
      return JSON.stringify(value);
  }
}
