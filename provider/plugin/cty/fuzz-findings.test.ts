import { describe, expect, it } from "vitest";
import { decodeJsonValue, JsonValueError } from "./json.ts";
import { decodeMsgpack, MsgpackError } from "./msgpack.ts";
import { t, typeFromJSON, TypeError_ } from "./types.ts";
import { Dynamic } from "./values.ts";

/** What `npm run fuzz` found in the cty codecs, kept as regressions (test/fuzz/cty.ts). */

describe("MessagePack errors say where", () => {
  const cases = [
    {
      reason: "a dynamic value's type that is not UTF-8 (a plain TypeError escaped)",
      bytes: [0x92, 0xc4, 0x01, 0xff, 0xc0],
      type: t.dynamic,
      message: /^the value: invalid dynamic type: /,
    },
    {
      reason: "data that ends inside a value",
      bytes: [0x91, 0xa2, 0x61],
      type: t.list(t.string),
      message: "unexpected end of MessagePack data at byte 2: 2 bytes needed",
    },
    {
      reason: "bytes after the value",
      bytes: [0xc0, 0xc0],
      type: t.string,
      message: "1 extra bytes after the value, from byte 1",
    },
    {
      reason: "a byte MessagePack never uses",
      bytes: [0x91, 0xc1],
      type: t.list(t.string),
      message: "invalid MessagePack byte 0xc1 at byte 1",
    },
    {
      reason: "an array claiming more items than there are bytes",
      bytes: [0xdd, 0xff, 0xff, 0xff, 0xff],
      type: t.list(t.string),
      message: "array of 4294967295 items at byte 5 is longer than the data",
    },
    {
      reason: "a string that is not UTF-8",
      bytes: [0x91, 0xa1, 0xff],
      type: t.list(t.string),
      message: "string at byte 2 is not valid UTF-8",
    },
    {
      reason: "damaged refinements of an unknown, at the value's path",
      bytes: [0x81, 0xa1, 0x61, 0xc7, 0x03, 0x0c, 0x81, 0x01, 0xcc],
      type: t.object({ a: t.string }),
      message: "a: refinements: unexpected end of MessagePack data at byte 3: 1 bytes needed",
    },
  ];
  it.each(cases)("$reason", ({ bytes, type, message }) => {
    const decode = () => decodeMsgpack(Uint8Array.from(bytes), type);
    expect(decode).toThrow(MsgpackError);
    expect(decode).toThrow(message);
  });
});

describe("deeply nested input is refused with the codec's own error", () => {
  const listType = (depth: number) => `${'["list",'.repeat(depth)}"string"${"]".repeat(depth)}`;
  const listValue = (depth: number) => `${"[".repeat(depth)}""${"]".repeat(depth)}`;
  const cases = [
    {
      reason: "a JSON dynamic value whose type nests 600 levels (a RangeError escaped at about 2,000)",
      text: `{"value":${listValue(600)},"type":${listType(600)}}`,
      message: "the value: invalid dynamic type: type nested more than 512 levels deep",
    },
    {
      reason: "the same at 2,000 levels",
      text: `{"value":${listValue(2000)},"type":${listType(2000)}}`,
      message: /nested (more than 512 levels deep|too deeply to read)/,
    },
    {
      reason: "JSON dynamic values nested inside each other 600 times",
      text: `${'{"type":"dynamic","value":'.repeat(600)}"x"${"}".repeat(600)}`,
      message: /value nested more than 512 levels deep$/,
    },
  ];
  it.each(cases)("$reason", ({ text, message }) => {
    const decode = () => decodeJsonValue(text, t.dynamic);
    expect(decode).toThrow(JsonValueError);
    expect(decode).toThrow(message);
  });

  it("a type nested 600 levels, as typeFromJSON reads it", () => {
    expect(() => typeFromJSON(JSON.parse(listType(600)))).toThrow(TypeError_);
    expect(() => typeFromJSON(JSON.parse(listType(600)))).toThrow("type nested more than 512 levels deep");
  });

  it("still reads dynamic values 100 levels deep", () => {
    const value = decodeJsonValue(`{"value":${listValue(100)},"type":${listType(100)}}`, t.dynamic);
    expect(value).toBeInstanceOf(Dynamic);
  });
});

describe("JSON objects", () => {
  it('read an absent attribute named "constructor" as null, not as Object', () => {
    expect(decodeJsonValue("{}", t.object({ constructor: t.string, toString: t.dynamic }))).toEqual({
      constructor: null,
      toString: null,
    });
  });
});
