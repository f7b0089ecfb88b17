import fc from "fast-check";
import type {
  FieldDescriptor,
  MessageDescriptor,
  ProtoDescriptors,
} from "../../provider/plugin/proto/parse.ts";
import type { Message } from "../../provider/plugin/wire/protobuf.ts";

/**
 * Random protobuf messages of any type in a descriptor set, built from the descriptors
 * alone, and the checks that a decoded message has the shape its descriptor promises.
 * Recursive types stop at `maxDepth` by leaving message fields out.
 */
export class MessageArbitraries {
  private readonly descriptors: ProtoDescriptors;
  private readonly cache = new Map<string, fc.Arbitrary<Message>>();

  constructor(descriptors: ProtoDescriptors) {
    this.descriptors = descriptors;
  }

  message(name: string, depth = 0, maxDepth = 4): fc.Arbitrary<Message> {
    const key = `${name}@${depth}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const desc = this.descriptor(name);
    const singles: Record<string, fc.Arbitrary<unknown>> = {};
    const oneofs = new Map<string, FieldDescriptor[]>();
    for (const field of desc.fields) {
      if (field.kind === "message" && !field.map && depth >= maxDepth) continue;
      if (field.oneof) oneofs.set(field.oneof, [...(oneofs.get(field.oneof) ?? []), field]);
      else singles[field.name] = this.field(field, depth, maxDepth);
    }
    const groups = [...oneofs.values()].map((members) =>
      fc.option(
        fc.oneof(...members.map((f) => this.value(f, depth, maxDepth).map((v) => ({ [f.name]: v })))),
        { nil: {} },
      ),
    );
    const arb = fc
      .tuple(fc.record(singles, { requiredKeys: [] }), ...groups)
      .map(([base, ...chosen]) => Object.assign({}, base, ...chosen) as Message);
    this.cache.set(key, arb);
    return arb;
  }

  descriptor(name: string): MessageDescriptor {
    const desc = this.descriptors.messages[name];
    if (!desc) throw new Error(`no message ${name} in the descriptors`);
    return desc;
  }

  private field(field: FieldDescriptor, depth: number, maxDepth: number): fc.Arbitrary<unknown> {
    if (field.map) {
      const value = this.value(
        { name: "value", number: 2, type: field.map.value, kind: field.map.valueKind },
        depth,
        maxDepth,
      );
      return fc.dictionary(keyOf(field.map.key), value, { maxKeys: 3 });
    }
    const one = this.value(field, depth, maxDepth);
    return field.repeated ? fc.array(one, { maxLength: 3 }) : one;
  }

  private value(field: FieldDescriptor, depth: number, maxDepth: number): fc.Arbitrary<unknown> {
    if (field.kind === "message")
      return fc.constant(null).chain(() => this.message(field.type, depth + 1, maxDepth));
    if (field.kind === "enum") return fc.oneof(fc.constantFrom(...this.enumValues(field.type)), fc.integer());
    return scalar(field.type);
  }

  private enumValues(name: string): number[] {
    const values = Object.values(this.descriptors.enums[name] ?? {});
    return values.length > 0 ? values : [0];
  }
}

/** Map keys print as strings whatever their protobuf type; the codec keys maps by String(key). */
function keyOf(type: string): fc.Arbitrary<string> {
  if (type === "string")
    return fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "toString"));
  if (type === "bool") return fc.constantFrom("true", "false");
  return fc.integer({ min: 0, max: 1000 }).map(String);
}

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

function scalar(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return fc.string({ unit: "grapheme", maxLength: 12 });
    case "bytes":
      return fc.uint8Array({ maxLength: 24 });
    case "bool":
      return fc.boolean();
    case "int32":
    case "sint32":
    case "sfixed32":
      return fc.integer();
    case "uint32":
    case "fixed32":
      return fc.integer({ min: 0, max: 0xffffffff });
    case "int64":
    case "sint64":
    case "sfixed64":
      return int64;
    case "uint64":
    case "fixed64":
      return uint64;
    case "double":
      return fc.double();
    case "float":
      return fc.float();
    default:
      throw new Error(`no generator for protobuf type ${type}`);
  }
}

/** What the codec promises about a decoded message: every field's value has its type's JS form. */
export function shapeProblem(
  descriptors: ProtoDescriptors,
  name: string,
  message: unknown,
  path = name,
): string | undefined {
  const desc = descriptors.messages[name];
  if (!desc) return `${path}: no descriptor ${name}`;
  if (typeof message !== "object" || message === null || Array.isArray(message))
    return `${path}: a message decoded as ${typeof message}`;
  const m = message as Message;
  for (const key of Object.keys(m))
    if (!desc.fields.some((f) => f.name === key))
      return `${path}: a field ${key} the descriptor does not have`;
  for (const field of desc.fields) {
    const v = m[field.name];
    const at = `${path}.${field.name}`;
    if (field.map) {
      if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype)
        return `${at}: a map decoded as ${describeValue(v)}`;
      for (const [key, item] of Object.entries(v)) {
        const problem = valueProblem(
          descriptors,
          { name: "value", number: 2, type: field.map.value, kind: field.map.valueKind },
          item,
          `${at}[${JSON.stringify(key)}]`,
        );
        if (problem) return problem;
      }
    } else if (field.repeated) {
      if (!Array.isArray(v)) return `${at}: a repeated field decoded as ${describeValue(v)}`;
      for (const [i, item] of v.entries()) {
        const problem = valueProblem(descriptors, field, item, `${at}[${i}]`);
        if (problem) return problem;
      }
    } else if (v === undefined) {
      if (field.kind !== "message" && !field.optional && !field.oneof)
        return `${at}: missing, not its default`;
    } else {
      const problem = valueProblem(descriptors, field, v, at);
      if (problem) return problem;
    }
  }
  return undefined;
}

function valueProblem(
  descriptors: ProtoDescriptors,
  field: FieldDescriptor,
  v: unknown,
  at: string,
): string | undefined {
  if (field.kind === "message") return shapeProblem(descriptors, field.type, v, at);
  const ok = (() => {
    if (field.kind === "enum")
      return Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31;
    switch (field.type) {
      case "string":
        return typeof v === "string";
      case "bytes":
        return v instanceof Uint8Array;
      case "bool":
        return typeof v === "boolean";
      case "int32":
      case "sint32":
      case "sfixed32":
        return Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31;
      case "uint32":
      case "fixed32":
        return Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32;
      case "int64":
      case "sint64":
      case "sfixed64":
        return typeof v === "bigint" && v >= -(2n ** 63n) && v < 2n ** 63n;
      case "uint64":
      case "fixed64":
        return typeof v === "bigint" && v >= 0n && v < 2n ** 64n;
      case "double":
      case "float":
        return typeof v === "number";
      default:
        return false;
    }
  })();
  return ok
    ? undefined
    : `${at}: a ${field.kind === "enum" ? "enum" : field.type} decoded as ${describeValue(v)}`;
}

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v instanceof Uint8Array) return "bytes";
  if (Array.isArray(v)) return "an array";
  return typeof v;
}

/**
 * The message as decoding must give it back: every field present with its default when
 * unset (proto3 scalars), absent message fields left out, maps and repeated fields empty.
 */
export function withDefaults(descriptors: ProtoDescriptors, name: string, message: Message): Message {
  const desc = descriptors.messages[name]!;
  const out: Message = {};
  for (const field of desc.fields) {
    const v = message[field.name];
    const element: FieldDescriptor = field.map
      ? { name: "value", number: 2, type: field.map.value, kind: field.map.valueKind }
      : field;
    const normal = (x: unknown) =>
      element.kind === "message"
        ? withDefaults(descriptors, element.type, x as Message)
        : normalScalar(element, x);
    if (field.map) {
      const entries = Object.entries((v ?? {}) as Record<string, unknown>).map(
        ([k, x]) => [k, normal(x)] as const,
      );
      const map: Record<string, unknown> = {};
      for (const [k, x] of entries)
        Object.defineProperty(map, k, { value: x, enumerable: true, writable: true, configurable: true });
      out[field.name] = map;
    } else if (field.repeated) out[field.name] = ((v ?? []) as unknown[]).map(normal);
    // A -0 in a field without presence is a default, and defaults are not written.
    else if (v !== undefined && !(Object.is(v, -0) && !field.optional && !field.oneof))
      out[field.name] = normal(v);
    else if (field.kind !== "message" && !field.optional && !field.oneof) out[field.name] = defaultOf(field);
  }
  return out;
}

/** An enum or int keeps its 32-bit value; a float what float32 makes of it. */
function normalScalar(field: FieldDescriptor, v: unknown): unknown {
  if (field.kind === "enum") return v;
  if (field.type === "float") return Math.fround(v as number);
  return v;
}

function defaultOf(field: FieldDescriptor): unknown {
  if (field.kind === "enum") return 0;
  switch (field.type) {
    case "string":
      return "";
    case "bytes":
      return new Uint8Array();
    case "bool":
      return false;
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      return 0n;
    default:
      return 0;
  }
}
