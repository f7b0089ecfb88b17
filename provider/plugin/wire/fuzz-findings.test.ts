import { describe, expect, it } from "vitest";
import { descriptors } from "../proto/descriptors.generated.ts";
import { ProtoCodec, ProtobufError } from "./protobuf.ts";

/** What `npm run fuzz` found in the request decoding, kept as regressions (test/fuzz/proto.ts). */
const codec = new ProtoCodec(descriptors);
const VALIDATE = ".tfplugin6.ValidateResourceConfig.Request";
const UPGRADE = ".tfplugin6.UpgradeResourceState.Request";

describe("decoding a known field sent with a wire type it cannot have", () => {
  const cases = [
    {
      reason: "a message field (config) as a varint was an empty DynamicValue",
      bytes: [0x10, 0x05],
      expected: { type_name: "" },
    },
    {
      reason: "a string field (type_name) as a varint was refused as invalid UTF-8",
      bytes: [0x08, 0x01],
      expected: { type_name: "" },
    },
    {
      reason: "a string field as fixed32 was refused as invalid UTF-8",
      bytes: [0x0d, 0x01, 0x02, 0x03, 0x04, 0x0a, 0x01, 0x41],
      expected: { type_name: "A" },
    },
  ];
  it.each(cases)("skips it, as Go's protobuf does: $reason", ({ bytes, expected }) => {
    expect(codec.decode(VALIDATE, Uint8Array.from(bytes))).toEqual(expected);
  });

  it("still takes a bytes field that is a message's wire type (2)", () => {
    const bytes = codec.encode(VALIDATE, { type_name: "x", config: { msgpack: Uint8Array.of(0xc0) } });
    expect(codec.decode(VALIDATE, bytes)).toEqual({
      type_name: "x",
      config: { msgpack: Uint8Array.of(0xc0), json: new Uint8Array() },
    });
  });
});

describe("map keys", () => {
  it('keeps a flatmap key named "__proto__" (assigning it dropped the key)', () => {
    const bytes = codec.encode(UPGRADE, { raw_state: { flatmap: { ["__proto__"]: "x", a: "b" } } });
    const flatmap = (codec.decode(UPGRADE, bytes).raw_state as { flatmap: Record<string, string> }).flatmap;
    expect(Object.keys(flatmap).sort()).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(flatmap, "__proto__")?.value).toBe("x");
    expect(Object.getPrototypeOf(flatmap)).toBe(Object.prototype);
  });

  it("names the map when a value in it is not UTF-8", () => {
    const bytes = Uint8Array.from([0x12, 0x06, 0x0a, 0x01, 0x6b, 0x12, 0x01, 0xff]);
    expect(() => codec.decode(".tfplugin6.RawState", bytes)).toThrow(
      /in \.tfplugin6\.RawState\.flatmap\.value at byte/,
    );
  });
});

describe("decoding errors name the message, the field and the byte", () => {
  const cases = [
    {
      reason: "a length inside a nested message runs past its end",
      bytes: [0x12, 0x02, 0x0a, 0x05],
      message: `malformed ${VALIDATE} (4 bytes): length-delimited field of 5 bytes runs past the end in ${VALIDATE}.config at byte 3`,
    },
    {
      reason: "invalid UTF-8 in a string field",
      bytes: [0x0a, 0x01, 0xff],
      message: `malformed ${VALIDATE} (3 bytes): invalid UTF-8 in a string in ${VALIDATE}.type_name at byte 2`,
    },
    {
      reason: "a tag cut short at the top level",
      bytes: [0x0a, 0x01, 0x41, 0x80],
      message: `malformed ${VALIDATE} (4 bytes): truncated varint at byte 3`,
    },
    {
      reason: "a group wire type",
      bytes: [0x0b],
      message: `malformed ${VALIDATE} (1 bytes): unsupported wire type 3 at byte 1`,
    },
    {
      reason: "a map entry's value is cut short",
      bytes: [0x12, 0x03, 0x12, 0x09, 0x41],
      message: `malformed .tfplugin6.RawState (5 bytes): length-delimited field of 9 bytes runs past the end in .tfplugin6.RawState.flatmap at byte 3`,
      type: ".tfplugin6.RawState",
    },
  ];
  it.each(cases)("$reason", ({ bytes, message, type }) => {
    const decode = () => codec.decode(type ?? VALIDATE, Uint8Array.from(bytes));
    expect(decode).toThrow(ProtobufError);
    expect(decode).toThrow(message);
  });

  it("counts offsets from the start of the input even when it is a view into a larger buffer", () => {
    const buffer = Uint8Array.from([0xff, 0xff, 0x0a, 0x01, 0x41, 0x80]);
    expect(() => codec.decode(VALIDATE, buffer.subarray(2))).toThrow(/truncated varint at byte 3$/);
  });
});
