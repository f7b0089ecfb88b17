import { describe, expect, it } from "vitest";
import { descriptors } from "../provider/plugin/proto/descriptors.generated.ts";
import type { FieldDescriptor, MessageDescriptor } from "../provider/plugin/proto/parse.ts";
import { ProtoCodec, type Message } from "../provider/plugin/wire/protobuf.ts";
import { alwaysDecoded, fieldType, typeName } from "./generate-proto-types.ts";

// The generated types are only worth having if they are the codec's shapes. These tests
// read the type text the generator writes for each field of every message and check it
// against what ProtoCodec.decode returns: for an empty message, and for one with every
// field set (a oneof's first member).
const codec = new ProtoCodec(descriptors);
const messages = Object.values(descriptors.messages);
const byTypeName = new Map(messages.map((m) => [typeName(m.name), m]));

/** Whether a decoded value has the generated (decoded) type named by `type`. */
function conforms(value: unknown, type: string): boolean {
  const record = /^Record<string, (.+)>$/.exec(type);
  if (record) return isPlainObject(value) && Object.values(value).every((v) => conforms(v, record[1]!));
  if (type.endsWith("[]")) return Array.isArray(value) && value.every((v) => conforms(v, type.slice(0, -2)));
  switch (type) {
    case "string":
    case "bigint":
    case "number":
    case "boolean":
      return typeof value === type;
    case "Uint8Array":
      return value instanceof Uint8Array;
  }
  const message = byTypeName.get(type);
  if (!message) throw new Error(`the generator wrote a type this test does not know: ${type}`);
  return isPlainObject(value) && messageConforms(value, message).length === 0;
}

function isPlainObject(value: unknown): value is Message {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The fields of a decoded message that do not match their generated declaration. */
function messageConforms(value: Message, message: MessageDescriptor): string[] {
  const wrong: string[] = [];
  const known = new Set(message.fields.map((f) => f.name));
  for (const key of Object.keys(value)) if (!known.has(key)) wrong.push(`${key}: not declared`);
  for (const field of message.fields) {
    const v = value[field.name];
    if (v === undefined) {
      if (alwaysDecoded(field)) wrong.push(`${field.name}: declared always present, but absent`);
    } else if (!conforms(v, fieldType(field, "decoded"))) {
      wrong.push(`${field.name}: ${String(v)} is not ${fieldType(field, "decoded")}`);
    }
  }
  return wrong;
}

/** A value with every field set (messages `depth` levels down), as the encoder takes it. */
function sample(message: MessageDescriptor, depth: number): Message {
  const out: Message = {};
  const oneofsSet = new Set<string>();
  for (const field of message.fields) {
    if (field.oneof) {
      if (oneofsSet.has(field.oneof)) continue;
      oneofsSet.add(field.oneof);
    }
    const one = () =>
      sampleValue(field.map ? field.map.value : field.type, field.map?.valueKind ?? field.kind, depth);
    if (field.kind === "message" && !field.map && depth === 0) continue;
    if (field.map) out[field.name] = depth === 0 && field.map.valueKind === "message" ? {} : { k: one() };
    else if (field.repeated) out[field.name] = [one(), one()];
    else out[field.name] = one();
  }
  return out;
}

function sampleValue(type: string, kind: FieldDescriptor["kind"], depth: number): unknown {
  if (kind === "message") return sample(descriptors.messages[type]!, depth - 1);
  if (kind === "enum") return 1;
  if (type === "string") return "s";
  if (type === "bytes") return Uint8Array.of(1, 2);
  if (type === "bool") return true;
  if (["int64", "uint64", "sint64", "fixed64", "sfixed64"].includes(type)) return 7n;
  return 7;
}

describe("the generated protocol types are the codec's shapes", () => {
  it.each(messages.map((m) => [m.name, m] as const))("%s, empty", (name, message) => {
    expect(messageConforms(codec.decode(name, new Uint8Array()), message)).toEqual([]);
  });

  it.each(messages.map((m) => [m.name, m] as const))("%s, every field set", (name, message) => {
    const decoded = codec.decode(name, codec.encode(name, sample(message, 3)));
    expect(messageConforms(decoded, message)).toEqual([]);
  });

  it.each([
    {
      scalar: "int64",
      expected: "bigint",
      reason: "the codec decodes 64-bit integers to bigint, not number",
    },
    { scalar: "int32", expected: "number", reason: "32-bit integers are numbers" },
    { scalar: "bytes", expected: "Uint8Array", reason: "bytes are Uint8Array" },
  ])("a $scalar field is typed $expected ($reason)", ({ scalar, expected }) => {
    const field: FieldDescriptor = { name: "f", number: 1, type: scalar, kind: "scalar" };
    expect(fieldType(field, "decoded")).toBe(expected);
  });

  it("a check that would see a wrong declaration", () => {
    const decoded = codec.decode(".tfplugin6.Schema", codec.encode(".tfplugin6.Schema", { version: 3n }));
    expect(conforms(decoded.version, "number")).toBe(false);
    expect(conforms(decoded.version, "bigint")).toBe(true);
  });
});
