import type { CtyType } from "./types.ts";
import { MAX_TYPE_DEPTH, typeFromJSON, typeToJSON } from "./types.ts";
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

/**
 * Levels a value may nest. A dynamic value can hold another without end, so its depth is
 * not bounded by any type; past this it is refused rather than left to the JS stack.
 */
const MAX_VALUE_DEPTH = 512;
type Exact = { [EXACT]: string };

/**
 * A number JSON.parse may not read exactly: 16 or more digits and points in a row (a double
 * holds every decimal of up to 15 significant digits), an exponent, or a minus zero. Matches
 * inside strings only cost the slower exact parse.
 */
const MAYBE_INEXACT = /[\d.]{16}|\d[eE]|-0/;

function parseExact(text: string): unknown {
  try {
    // Most states hold only short numbers; the reviver, called for every value, is then
    // most of the cost of reading a state (OpenTofu sends one per resource on every plan).
    if (!MAYBE_INEXACT.test(text)) return JSON.parse(text);
    return JSON.parse(
      text,
      function (this: unknown, _key: string, value: unknown, context?: { source?: string }) {
        if (typeof value === "number" && context?.source !== undefined)
          return { [EXACT]: context.source } satisfies Exact;
        return value;
      },
    );
  } catch (error) {
    // The reviver walks the parsed value recursively: a deep enough value exhausts the stack.
    if (error instanceof RangeError) throw new JsonValueError("JSON nested too deeply to read");
    throw new JsonValueError(`invalid JSON: ${(error as Error).message}`);
  }
}

export function decodeJsonValue(text: string | Uint8Array, type: CtyType): CtyValue {
  const source = typeof text === "string" ? text : new TextDecoder().decode(text);
  return fromJson(parseExact(source), type, "", 0);
}

/** Decode an already parsed JSON value (numbers may have lost precision). */
export function fromPlainJson(value: unknown, type: CtyType): CtyValue {
  return fromJson(value, type, "", 0);
}

function isExact(v: unknown): v is Exact {
  return typeof v === "object" && v !== null && EXACT in v;
}

function fromJson(v: unknown, type: CtyType, path: string, depth: number): CtyValue {
  const at = path || "the value";
  if (v === null || v === undefined) return null;
  if (depth > MAX_VALUE_DEPTH)
    throw new JsonValueError(`${at}: value nested more than ${MAX_VALUE_DEPTH} levels deep`);
  switch (type.kind) {
    case "dynamic": {
      if (typeof v !== "object" || Array.isArray(v) || !("type" in v) || !("value" in v)) {
        throw new JsonValueError(`${at}: a dynamic value must be {"value": ..., "type": ...}`);
      }
      let concrete: CtyType;
      try {
        concrete = typeFromJSON(plain((v as { type: unknown }).type, 0));
      } catch (error) {
        throw new JsonValueError(`${at}: invalid dynamic type: ${(error as Error).message}`);
      }
      return new Dynamic(concrete, fromJson((v as { value: unknown }).value, concrete, path, depth + 1));
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
      return v.map((item, i) => fromJson(item, type.element, `${path}[${i}]`, depth + 1));
    case "tuple":
      if (!Array.isArray(v) || v.length !== type.elements.length)
        throw new JsonValueError(`${at}: expected a tuple of ${type.elements.length}`);
      return v.map((item, i) => fromJson(item, type.elements[i]!, `${path}[${i}]`, depth + 1));
    case "map": {
      if (typeof v !== "object" || Array.isArray(v) || isExact(v))
        throw new JsonValueError(`${at}: expected a map`);
      return Object.fromEntries(
        Object.entries(v).map(([k, item]) => [
          k,
          fromJson(item, type.element, `${path}[${JSON.stringify(k)}]`, depth + 1),
        ]),
      );
    }
    case "object": {
      if (typeof v !== "object" || Array.isArray(v) || isExact(v))
        throw new JsonValueError(`${at}: expected an object`);
      const out: Record<string, CtyValue> = {};
      for (const [name, attrType] of Object.entries(type.attributes)) {
        // An absent attribute is null; hasOwn, so that one named "constructor" is not Object's.
        out[name] = fromJson(
          Object.hasOwn(v, name) ? (v as Record<string, unknown>)[name] : null,
          attrType,
          path ? `${path}.${name}` : name,
          depth + 1,
        );
      }
      return out;
    }
  }
}

/** A dynamic value's type as plain JSON; deeper than any type may be, it is refused here. */
function plain(v: unknown, depth: number): unknown {
  if (depth > MAX_TYPE_DEPTH) throw new JsonValueError(`type nested more than ${MAX_TYPE_DEPTH} levels deep`);
  if (isExact(v)) return Number(v[EXACT]);
  if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, depth + 1)]));
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
