import { typeEquals, type CtyType } from "./types.ts";

/**
 * cty values in JavaScript:
 * - null is `null`; a not-yet-known value is an `Unknown`;
 * - strings and bools are themselves;
 * - numbers are `number` when exact, `bigint` for integers beyond 2^53, and
 *   `BigDecimal` for decimals a float64 cannot hold exactly;
 * - lists, sets and tuples are arrays; maps and objects are plain objects;
 * - a value in a `dynamic` position is a `Dynamic` carrying its concrete type.
 */
export type CtyValue =
  | null
  | Unknown
  | string
  | boolean
  | number
  | bigint
  | BigDecimal
  | Dynamic
  | CtyValue[]
  | { [key: string]: CtyValue };

export interface Refinements {
  /** false: definitely not null. */
  nullable?: boolean;
  stringPrefix?: string;
  numberLower?: [number | bigint, boolean];
  numberUpper?: [number | bigint, boolean];
  lengthLower?: number;
  lengthUpper?: number;
}

export class Unknown {
  readonly refinements: Refinements | undefined;
  constructor(refinements?: Refinements) {
    this.refinements = refinements && Object.keys(refinements).length > 0 ? refinements : undefined;
  }
}

/** A plain, unrefined unknown. */
export const unknown = new Unknown();

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** A decimal number kept as its exact decimal text. */
export class BigDecimal {
  readonly text: string;
  constructor(text: string) {
    if (!/^-?(\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) throw new Error(`not a decimal number: ${text}`);
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

export class Dynamic {
  readonly type: CtyType;
  readonly value: CtyValue;
  constructor(type: CtyType, value: CtyValue) {
    this.type = type;
    this.value = value;
  }
}

/** True when the value and everything inside it is known. */
export function isWhollyKnown(value: CtyValue): boolean {
  if (value instanceof Unknown) return false;
  if (value instanceof Dynamic) return isWhollyKnown(value.value);
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (value !== null && typeof value === "object" && !(value instanceof BigDecimal))
    return Object.values(value).every(isWhollyKnown);
  return true;
}

/** A number from its decimal text, in the most exact JS form. */
export function numberFromText(text: string): number | bigint | BigDecimal {
  if (/^-?\d+$/.test(text)) {
    const big = BigInt(text);
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(big)
      : big;
  }
  const n = Number(text);
  return Number.isFinite(n) && sameDecimal(n, text) ? n : new BigDecimal(text);
}

function sameDecimal(n: number, text: string): boolean {
  // Exact when the shortest round-trip form of n denotes the same decimal as the text.
  return normalizeDecimal(String(n)) === normalizeDecimal(text);
}

function normalizeDecimal(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = "", int = "", frac = "", exp = "0"] = match;
  let digits = (int + frac).replace(/^0+/, "");
  let exponent = Number(exp) - frac.length;
  if (digits === "") return "0";
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  return `${sign}${digits}e${exponent}`;
}

/** Numeric equality across number, bigint and BigDecimal. */
export function numbersEqual(a: number | bigint | BigDecimal, b: number | bigint | BigDecimal): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  if (typeof a === "number" && typeof b === "bigint") return Number.isInteger(a) && BigInt(a) === b;
  if (typeof a === "bigint" && typeof b === "number") return Number.isInteger(b) && BigInt(b) === a;
  return normalizeDecimal(String(a)) === normalizeDecimal(String(b));
}

/** Structural equality of two values of the same type; unknowns equal only when both are unknown. */
export function valuesEqual(a: CtyValue, b: CtyValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  const isNum = (v: CtyValue) => typeof v === "number" || typeof v === "bigint" || v instanceof BigDecimal;
  if (isNum(a) && isNum(b)) return numbersEqual(a as number, b as number);
  if (a instanceof Dynamic || b instanceof Dynamic) {
    return (
      a instanceof Dynamic &&
      b instanceof Dynamic &&
      typeEquals(a.type, b.type) &&
      valuesEqual(a.value, b.value)
    );
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => valuesEqual(v, b[i]!))
    );
  }
  if (typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every(
        (k) =>
          k in (b as object) &&
          valuesEqual((a as Record<string, CtyValue>)[k]!, (b as Record<string, CtyValue>)[k]!),
      )
    );
  }
  return false;
}
