import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbType, arbValue } from "./arbitraries.test-support.ts";
import { decodeJsonValue, encodeJsonValue } from "./json.ts";
import { decodeMsgpack, encodeMsgpack, MsgpackError } from "./msgpack.ts";
import { t, typeFromJSON, typeToJSON, type CtyType } from "./types.ts";
import { BigDecimal, Dynamic, isWhollyKnown, Unknown, valuesEqual, type CtyValue } from "./values.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("cty types in JSON form", () => {
  it("round-trip for random types", () => {
    fc.assert(
      fc.property(arbType, (type) => {
        expect(typeToJSON(typeFromJSON(typeToJSON(type)))).toEqual(typeToJSON(type));
      }),
    );
  });
  it("read the documented forms", () => {
    expect(typeFromJSON(["object", { a: "string", b: ["list", "number"] }, ["b"]])).toEqual({
      kind: "object",
      attributes: { a: t.string, b: t.list(t.number) },
      optional: ["b"],
    });
    expect(() => typeFromJSON(["blob", "x"])).toThrow(/unknown type kind/);
  });
});

describe("MessagePack values", () => {
  it("round-trip random values of random types, unknowns included", () => {
    fc.assert(
      fc.property(
        arbType.chain((type) => fc.tuple(fc.constant(type), arbValue(type, { unknowns: true }))),
        ([type, value]) => {
          const decoded = decodeMsgpack(encodeMsgpack(value, type), type);
          expect(valuesEqual(decoded, value)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("writes every object attribute, null as nil", () => {
    const type = t.object({ a: t.string, b: t.number });
    expect(hex(encodeMsgpack({ a: "x" }, type))).toBe("82a161a178a162c0");
  });

  it("writes the plain unknown as fixext1 type 0", () => {
    expect(hex(encodeMsgpack(new Unknown(), t.string))).toBe("d40000");
  });

  it("writes and reads refined unknowns (extension 12)", () => {
    const refined = new Unknown({ nullable: false, stringPrefix: "https://" });
    const bytes = encodeMsgpack(refined, t.string);
    expect(bytes[0]).toBe(0xc7);
    expect(bytes[2]).toBe(12);
    const back = decodeMsgpack(bytes, t.string) as Unknown;
    expect(back.refinements).toEqual({ nullable: false, stringPrefix: "https://" });
  });

  it("keeps integers above 2^53 and decimals exact", () => {
    const big = 2n ** 64n + 1n;
    expect(decodeMsgpack(encodeMsgpack(big, t.number), t.number)).toBe(big);
    const int64 = 2n ** 62n + 3n;
    expect(hex(encodeMsgpack(int64, t.number)).slice(0, 2)).toBe("d3");
    expect(decodeMsgpack(encodeMsgpack(int64, t.number), t.number)).toBe(int64);
    const dec = new BigDecimal("0.1000000000000000000000001");
    expect((decodeMsgpack(encodeMsgpack(dec, t.number), t.number) as BigDecimal).text).toBe(dec.text);
    expect(
      decodeMsgpack(Uint8Array.from([0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), t.number),
    ).toBe(2n ** 64n - 1n);
  });

  it("encodes dynamic values as [type JSON, value]", () => {
    const bytes = encodeMsgpack(new Dynamic(t.string, "hi"), t.dynamic);
    expect(hex(bytes)).toBe(`92c408${Buffer.from('"string"').toString("hex")}a26869`);
    expect(decodeMsgpack(bytes, t.dynamic)).toEqual(new Dynamic(t.string, "hi"));
  });

  it("reports malformed bytes as errors, never crashes", () => {
    const types: CtyType[] = [
      t.string,
      t.number,
      t.dynamic,
      t.object({ a: t.list(t.string) }),
      t.map(t.bool),
    ];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...types), (bytes, type) => {
        try {
          decodeMsgpack(bytes, type);
        } catch (error) {
          expect(error).toBeInstanceOf(MsgpackError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("names what is wrong in a type mismatch", () => {
    const bytes = encodeMsgpack({ a: ["x"] }, t.object({ a: t.list(t.string) }));
    expect(() => decodeMsgpack(bytes, t.object({ a: t.list(t.number) }))).toThrow(
      `a[0]: "x" is not a number`,
    );
    expect(() => decodeMsgpack(Uint8Array.from([0x80]), t.object({ a: t.string }))).toThrow(
      'attribute "a" is required',
    );
  });
});

describe("MessagePack map keys", () => {
  it("keeps a map key named __proto__ as a key, not a prototype", () => {
    const type = t.map(t.string);
    const value = Object.defineProperty({ a: "1" } as Record<string, CtyValue>, "__proto__", {
      value: "2",
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const decoded = decodeMsgpack(encodeMsgpack(value, type), type) as Record<string, CtyValue>;
    expect(Object.keys(decoded).sort()).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
  });

  it("refuses an attribute named after an Object.prototype member that the type lacks", () => {
    const type = t.object({ a: t.string });
    const bytes = encodeMsgpack({ a: "x" }, type);
    // Re-encode with an extra "constructor" key through a map type of the same shape.
    const extra = encodeMsgpack({ a: "x", constructor: "y" } as Record<string, CtyValue>, t.map(t.string));
    expect(() => decodeMsgpack(bytes, type)).not.toThrow();
    expect(() => decodeMsgpack(extra, type)).toThrow(MsgpackError);
  });
});

describe("JSON values", () => {
  it("round-trip random known values", () => {
    fc.assert(
      fc.property(
        arbType.chain((type) => fc.tuple(fc.constant(type), arbValue(type, { unknowns: false }))),
        ([type, value]) => {
          fc.pre(isWhollyKnown(value));
          expect(valuesEqual(decodeJsonValue(encodeJsonValue(value, type), type), value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps big numbers exact when reading RawState JSON", () => {
    const type = t.object({ n: t.number, d: t.number });
    const value = decodeJsonValue(
      '{"n": 123456789012345678901234567890, "d": 0.30000000000000000001}',
      type,
    ) as Record<string, CtyValue>;
    expect(value.n).toBe(123456789012345678901234567890n);
    expect((value.d as BigDecimal).text).toBe("0.30000000000000000001");
  });

  it("fills attributes missing from stored JSON with null", () => {
    expect(decodeJsonValue('{"a":"x"}', t.object({ a: t.string, b: t.string }))).toEqual({ a: "x", b: null });
  });
});

describe("JSON numbers found by fuzzing", () => {
  it("writes an integral double beyond 2^53 as its exact value", () => {
    const n = 18189210694166630; // the double's exact value is 18189210694166632
    const text = encodeJsonValue(n, t.number);
    expect(text).toBe("18189210694166632");
    expect(valuesEqual(decodeJsonValue(text, t.number), n)).toBe(true);
  });
});
