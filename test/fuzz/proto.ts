import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { descriptors } from "../../provider/plugin/proto/descriptors.generated.ts";
import { ProtoCodec, type Message } from "../../provider/plugin/wire/protobuf.ts";
import { applyEdits, concat, edits, garbage, type Edit } from "./mutate.ts";
import { describe, type SyncPath } from "./property.ts";
import { MessageArbitraries, shapeProblem, withDefaults } from "./proto-messages.ts";
import { errorKind, type Tally } from "./report.ts";

/**
 * Path 2: protobuf decoding of every tfplugin6 request, the messages the router decodes
 * before any handler runs. The request types are the input types of the Provider
 * service's methods in the descriptors. Random messages must round-trip; damaged bytes
 * must decode to a message of the promised shape or be refused with a ProtobufError
 * that names the message, field or byte.
 */
export const PROVIDER_SERVICE = ".tfplugin6.Provider";

export const requestTypes: readonly string[] = [
  ...new Set(descriptors.services[PROVIDER_SERVICE]!.map((m) => m.input)),
];

const codec = new ProtoCodec(descriptors);
const messages = new MessageArbitraries(descriptors);

type ProtoCase =
  | { k: "round trip"; type: string; message: Message }
  | { k: "mutated"; type: string; message: Message; edits: Edit[] }
  | { k: "wire type"; type: string; message: Message; field: number; wire: number }
  | { k: "length"; type: string; message: Message; field: number; length: bigint }
  | { k: "truncated"; type: string; message: Message; keep: number }
  | { k: "other type"; type: string; from: string; message: Message }
  | { k: "garbage"; type: string; bytes: Uint8Array };

const requestType = fc.constantFrom(...requestTypes);
const typedMessage = requestType.chain((type) =>
  fc.record({ type: fc.constant(type), message: messages.message(type) }),
);

/** Lengths around the limits a reader could trip over: 0, one past the end, 2^31, 2^32, 2^63, 2^64-1. */
const badLength = fc.oneof(
  fc.constantFrom(
    0n,
    1n,
    127n,
    128n,
    2n ** 31n - 1n,
    2n ** 31n,
    2n ** 32n - 1n,
    2n ** 32n,
    2n ** 53n + 1n,
    2n ** 63n,
    2n ** 64n - 1n,
  ),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
);

const arbitrary: fc.Arbitrary<ProtoCase> = fc.oneof(
  { weight: 3, arbitrary: typedMessage.map((c) => ({ k: "round trip" as const, ...c })) },
  {
    weight: 5,
    arbitrary: fc
      .record({ c: typedMessage, edits })
      .map(({ c, edits }) => ({ k: "mutated" as const, ...c, edits })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ c: typedMessage, field: fc.nat(), wire: fc.integer({ min: 0, max: 7 }) })
      .map(({ c, field, wire }) => ({ k: "wire type" as const, ...c, field, wire })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ c: typedMessage, field: fc.nat(), length: badLength })
      .map(({ c, field, length }) => ({ k: "length" as const, ...c, field, length })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ c: typedMessage, keep: fc.nat() })
      .map(({ c, keep }) => ({ k: "truncated" as const, ...c, keep })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ c: typedMessage, type: requestType })
      .map(({ c, type }) => ({ k: "other type" as const, type, from: c.type, message: c.message })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant("garbage" as const), type: requestType, bytes: garbage }),
  },
);

function check(c: ProtoCase, tally: Tally): string | undefined {
  if (c.k === "round trip") return roundTrip(c.type, c.message, tally);
  return decodedProperly(c.type, bytesOf(c), tally);
}

/** The bytes a case sends: a valid encoding, damaged as the case says. */
export function bytesOf(c: Exclude<ProtoCase, { k: "round trip" }>): Uint8Array {
  switch (c.k) {
    case "mutated":
      return applyEdits(codec.encode(c.type, c.message), c.edits);
    case "wire type":
      return withField(codec.encode(c.type, c.message), c.field, (f, data) =>
        concat(varint((BigInt(f.tag) & ~7n) | BigInt(c.wire)), data.subarray(f.tagEnd)),
      );
    case "length":
      return withField(codec.encode(c.type, c.message), c.field, (f, data) =>
        f.wire === 2
          ? concat(data.subarray(f.start, f.tagEnd), varint(c.length), data.subarray(f.valueStart))
          : data.subarray(f.start),
      );
    case "truncated": {
      const bytes = codec.encode(c.type, c.message);
      return bytes.subarray(0, bytes.length === 0 ? 0 : c.keep % bytes.length);
    }
    case "other type":
      return codec.encode(c.from, c.message);
    case "garbage":
      return c.bytes;
  }
}

function roundTrip(type: string, message: Message, tally: Tally): string | undefined {
  try {
    const back = codec.decode(type, codec.encode(type, message));
    tally.accepted();
    return isDeepStrictEqual(back, withDefaults(descriptors, type, message))
      ? undefined
      : `${type} changed in a round trip`;
  } catch (error) {
    const { name, message: text } = describe(error);
    return `a round trip of ${type} threw ${name}: ${text}`;
  }
}

/** Names a message type, a field, or a byte offset. */
const LOCATED = /\.tfplugin6\.|\bfield\b|at byte \d+/;

export function decodedProperly(type: string, bytes: Uint8Array, tally: Tally): string | undefined {
  let decoded: Message;
  try {
    decoded = codec.decode(type, bytes);
  } catch (error) {
    const { name, message } = describe(error);
    if (name !== "ProtobufError") return `${name} escaped decoding ${type}: ${message}`;
    if (!LOCATED.test(message)) return `ProtobufError does not say where: ${message}`;
    tally.refused(errorKind(name, message.replace(/^.*?: (?=[a-z])/, "")));
    return undefined;
  }
  const problem = shapeProblem(descriptors, type, decoded);
  if (problem) return `decoded into the wrong shape: ${problem}`;
  tally.accepted();
  return undefined;
}

// ---- the top-level fields of an encoding -----------------------------------------------

interface FieldAt {
  tag: number;
  wire: number;
  start: number;
  tagEnd: number;
  valueStart: number;
}

/** Rewrites the field at index `n` (modulo their number) of a valid encoding; no fields, no change. */
function withField(
  data: Uint8Array,
  n: number,
  rewrite: (f: FieldAt, data: Uint8Array) => Uint8Array,
): Uint8Array {
  const fields = topLevelFields(data);
  if (fields.length === 0) return data;
  const f = fields[n % fields.length]!;
  return concat(data.subarray(0, f.start), rewrite(f, data));
}

function topLevelFields(data: Uint8Array): FieldAt[] {
  const out: FieldAt[] = [];
  let pos = 0;
  while (pos < data.length) {
    const start = pos;
    const [tag, tagEnd] = readVarint(data, pos);
    const wire = Number(tag & 7n);
    let valueStart = tagEnd;
    let end: number;
    if (wire === 0) end = readVarint(data, tagEnd)[1];
    else if (wire === 1) end = tagEnd + 8;
    else if (wire === 5) end = tagEnd + 4;
    else {
      const [len, after] = readVarint(data, tagEnd);
      valueStart = after;
      end = after + Number(len);
    }
    out.push({ tag: Number(tag), wire, start, tagEnd, valueStart });
    pos = end;
  }
  return out;
}

function readVarint(data: Uint8Array, pos: number): [bigint, number] {
  let v = 0n;
  let shift = 0n;
  for (;;) {
    const b = data[pos++]!;
    v |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [v, pos];
    shift += 7n;
  }
}

function varint(value: bigint): Uint8Array {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

export const protoPath: SyncPath<ProtoCase> = { name: "proto", arbitrary, check };
