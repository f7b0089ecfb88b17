import fc from "fast-check";

/**
 * Byte-level mutations of a valid encoding: the damage a broken or hostile peer does.
 * Each edit picks its position relative to the input's length, so one list of edits
 * applies to any input, and shrinking removes edits one by one.
 */
export type Edit =
  | { op: "flip"; at: number; bit: number }
  | { op: "set"; at: number; byte: number }
  | { op: "insert"; at: number; bytes: Uint8Array }
  | { op: "delete"; at: number; count: number }
  | { op: "truncate"; at: number }
  | { op: "duplicate"; at: number; count: number };

/** Bytes that mean something to MessagePack, protobuf or JSON: markers, length prefixes, limits. */
const INTERESTING = [
  0x00, 0x01, 0x7f, 0x80, 0xff, 0xc0, 0xc1, 0xc4, 0xc6, 0xc7, 0xc9, 0xcf, 0xd3, 0xd4, 0xd9, 0xdb, 0xdc, 0xdd,
  0xdf, 0x08, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x22, 0x5b, 0x5d, 0x7b, 0x7d, 0x2c, 0x3a,
];

/** Byte runs that claim a huge length or nest deeply. */
const BOMBS: Uint8Array[] = [
  Uint8Array.of(0xdd, 0xff, 0xff, 0xff, 0xff), // MessagePack array of 2^32-1
  Uint8Array.of(0xdf, 0x7f, 0xff, 0xff, 0xff), // map of 2^31-1
  Uint8Array.of(0xdb, 0xff, 0xff, 0xff, 0xf0), // string of ~4 GiB
  Uint8Array.of(0xc9, 0x7f, 0xff, 0xff, 0xff, 0x0c), // extension of 2 GiB
  Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f), // protobuf field 1, length 2^32-1
  Uint8Array.of(0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), // length 2^64-1
  Uint8Array.of(0x0a, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80), // varint of 11 bytes
  Uint8Array.of(0x0b), // start group
  Uint8Array.of(0x0c), // end group
  Uint8Array.of(0x00, 0x00), // field number 0
  new Uint8Array(64).fill(0x91), // 64 nested one-element arrays
  new TextEncoder().encode("[[[[[[[[[[[[[[[[[[[["),
  new TextEncoder().encode('"\\ud800"'),
  new TextEncoder().encode("1e99999999"),
  new TextEncoder().encode("-0.0000000000000000000000000000001"),
  new TextEncoder().encode("9".repeat(400)),
];

const position = fc.nat({ max: 1 << 20 });

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: position, bit: fc.nat({ max: 7 }) }),
  fc.record({
    op: fc.constant("set" as const),
    at: position,
    byte: fc.oneof(fc.constantFrom(...INTERESTING), fc.nat({ max: 255 })),
  }),
  fc.record({
    op: fc.constant("insert" as const),
    at: position,
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.constantFrom(...BOMBS)),
  }),
  fc.record({ op: fc.constant("delete" as const), at: position, count: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: position }),
  fc.record({ op: fc.constant("duplicate" as const), at: position, count: fc.integer({ min: 1, max: 16 }) }),
);

export const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

export function applyEdits(input: Uint8Array, list: readonly Edit[]): Uint8Array {
  let data = input;
  for (const e of list) data = applyEdit(data, e);
  return data;
}

function applyEdit(data: Uint8Array, e: Edit): Uint8Array {
  const at = data.length === 0 ? 0 : e.at % (data.length + (e.op === "insert" ? 1 : 0));
  switch (e.op) {
    case "flip": {
      if (data.length === 0) return data;
      const out = data.slice();
      out[at] = out[at]! ^ (1 << e.bit);
      return out;
    }
    case "set": {
      if (data.length === 0) return Uint8Array.of(e.byte);
      const out = data.slice();
      out[at] = e.byte;
      return out;
    }
    case "insert":
      return concat(data.subarray(0, at), e.bytes, data.subarray(at));
    case "delete":
      return concat(data.subarray(0, at), data.subarray(at + e.count));
    case "truncate":
      return data.slice(0, at);
    case "duplicate":
      return concat(data.subarray(0, at + e.count), data.subarray(at));
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Random bytes, biased towards the interesting ones. */
export const garbage: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.array(fc.constantFrom(...INTERESTING), { maxLength: 64 }).map((a) => Uint8Array.from(a)),
  fc.array(fc.constantFrom(...BOMBS), { minLength: 1, maxLength: 3 }).map((a) => concat(...a)),
);
