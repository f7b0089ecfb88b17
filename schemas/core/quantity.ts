/**
 * Kubernetes resource.Quantity syntax: a signed decimal or exponent number with an
 * optional binary (Ki..Ei) or decimal (n, u, m, k, M..E) suffix.
 */
export const QUANTITY_PATTERN =
  /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?(\d+(\.\d*)?|\.\d+)))?$/;

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

export function isQuantity(value: string | number): boolean {
  if (typeof value === "number") return Number.isInteger(value);
  return QUANTITY_PATTERN.test(value);
}

/** The numeric value of a quantity, in base units (cores, bytes); undefined when malformed. */
export function parseQuantity(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (!QUANTITY_PATTERN.test(value)) return undefined;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(value);
  if (!match) return undefined;
  const [, num, suffix = ""] = match;
  const multiplier = suffixMultiplier(suffix);
  return multiplier === undefined ? undefined : Number(num) * multiplier;
}

/**
 * What a quantity's suffix multiplies its number by: Ki is 1024, m is 0.001, e3
 * is 1000, no suffix is 1; undefined for a suffix Kubernetes does not know.
 */
export function suffixMultiplier(suffix: string): number | undefined {
  if (Object.hasOwn(BINARY, suffix)) return BINARY[suffix];
  if (Object.hasOwn(DECIMAL, suffix)) return DECIMAL[suffix];
  if (/^[eE][+-]?(\d+(\.\d*)?|\.\d+)$/.test(suffix)) return 10 ** Number(suffix.slice(1));
  return undefined;
}
