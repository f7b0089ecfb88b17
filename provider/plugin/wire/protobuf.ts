import type { FieldDescriptor, MessageDescriptor, ProtoDescriptors } from "../proto/parse.ts";

/**
 * Protocol Buffers wire format, driven by descriptors. Messages are plain
 * objects keyed by the .proto field names. int64 family values are bigint;
 * bytes are Uint8Array; enums are numbers; absent messages are undefined.
 */
export type Message = Record<string, unknown>;

export class ProtobufError extends Error {
  override name = "ProtobufError";
}

// ---- encoding ----------------------------------------------------------------

class Writer {
  private chunks: Uint8Array[] = [];
  private buf = new Uint8Array(256);
  private pos = 0;

  private ensure(n: number) {
    if (this.pos + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(Math.max(256, n * 2));
    this.pos = 0;
  }

  varint(value: bigint | number) {
    let v = BigInt.asUintN(64, BigInt(value));
    this.ensure(10);
    while (v > 0x7fn) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  smallVarint(value: number) {
    if (value < 0 || value > 0x7fffffff) return this.varint(value);
    this.ensure(5);
    while (value > 0x7f) {
      this.buf[this.pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buf[this.pos++] = value;
  }

  bytes(data: Uint8Array) {
    this.smallVarint(data.length);
    this.ensure(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  fixed64(view: (dv: DataView) => void) {
    this.ensure(8);
    view(new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8));
    this.pos += 8;
  }

  fixed32(view: (dv: DataView) => void) {
    this.ensure(4);
    view(new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4));
    this.pos += 4;
  }

  finish(): Uint8Array {
    const all = [...this.chunks, this.buf.subarray(0, this.pos)];
    const total = all.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of all) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export class ProtoCodec {
  private readonly descriptors: ProtoDescriptors;

  constructor(descriptors: ProtoDescriptors) {
    this.descriptors = descriptors;
  }

  message(name: string): MessageDescriptor {
    const m = this.descriptors.messages[name];
    if (!m) throw new ProtobufError(`unknown message ${name}`);
    return m;
  }

  encode(name: string, value: Message): Uint8Array {
    const w = new Writer();
    this.write(w, this.message(name), value);
    return w.finish();
  }

  /**
   * Decodes one message. Malformed input raises a ProtobufError naming the message type,
   * the field (when one was being read) and the byte offset from the start of `data`.
   */
  decode(name: string, data: Uint8Array): Message {
    try {
      return this.read(this.message(name), data, 0, data.length);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      const where = error.where ? ` in ${error.where}` : "";
      throw new ProtobufError(
        `malformed ${name} (${data.length} bytes): ${error.message}${where} at byte ${error.at - data.byteOffset}`,
      );
    }
  }

  private write(w: Writer, desc: MessageDescriptor, value: Message): void {
    for (const field of desc.fields) {
      const v = value[field.name];
      if (v === undefined || v === null) continue;
      if (field.map) {
        for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
          const entry = new Writer();
          this.writeValue(entry, { name: "key", number: 1, type: field.map.key, kind: "scalar" }, key, true);
          this.writeValue(
            entry,
            { name: "value", number: 2, type: field.map.value, kind: field.map.valueKind },
            item,
            true,
          );
          w.smallVarint((field.number << 3) | 2);
          w.bytes(entry.finish());
        }
      } else if (field.repeated) {
        for (const item of v as unknown[]) this.writeValue(w, field, item, true);
      } else {
        this.writeValue(w, field, v, Boolean(field.optional || field.oneof));
      }
    }
  }

  private writeValue(w: Writer, field: FieldDescriptor, v: unknown, always: boolean): void {
    if (field.kind === "message") {
      const inner = new Writer();
      this.write(inner, this.message(field.type), v as Message);
      w.smallVarint((field.number << 3) | 2);
      w.bytes(inner.finish());
      return;
    }
    if (field.kind === "enum") {
      if (!always && v === 0) return;
      w.smallVarint(field.number << 3);
      w.varint(v as number);
      return;
    }
    switch (field.type) {
      case "string": {
        if (!always && v === "") return;
        w.smallVarint((field.number << 3) | 2);
        w.bytes(utf8.encode(v as string));
        return;
      }
      case "bytes": {
        if (!always && (v as Uint8Array).length === 0) return;
        w.smallVarint((field.number << 3) | 2);
        w.bytes(v as Uint8Array);
        return;
      }
      case "bool":
        if (!always && v === false) return;
        w.smallVarint(field.number << 3);
        w.smallVarint(v ? 1 : 0);
        return;
      case "int32":
      case "int64":
      case "uint32":
      case "uint64":
        if (!always && (v === 0 || v === 0n)) return;
        w.smallVarint(field.number << 3);
        w.varint(v as number | bigint);
        return;
      case "sint32":
      case "sint64": {
        if (!always && (v === 0 || v === 0n)) return;
        const n = BigInt(v as number | bigint);
        w.smallVarint(field.number << 3);
        w.varint(n >= 0n ? n << 1n : (-n << 1n) - 1n);
        return;
      }
      case "double":
        if (!always && v === 0) return;
        w.smallVarint((field.number << 3) | 1);
        w.fixed64((dv) => dv.setFloat64(0, v as number, true));
        return;
      case "float":
        if (!always && v === 0) return;
        w.smallVarint((field.number << 3) | 5);
        w.fixed32((dv) => dv.setFloat32(0, v as number, true));
        return;
      case "fixed64":
      case "sfixed64":
        if (!always && (v === 0 || v === 0n)) return;
        w.smallVarint((field.number << 3) | 1);
        w.fixed64((dv) => dv.setBigUint64(0, BigInt.asUintN(64, BigInt(v as bigint)), true));
        return;
      case "fixed32":
      case "sfixed32":
        if (!always && v === 0) return;
        w.smallVarint((field.number << 3) | 5);
        w.fixed32((dv) => dv.setUint32(0, (v as number) >>> 0, true));
        return;
      default:
        throw new ProtobufError(`cannot encode field ${field.name} of type ${field.type}`);
    }
  }

  // ---- decoding --------------------------------------------------------------

  private read(desc: MessageDescriptor, data: Uint8Array, start: number, end: number): Message {
    const out: Message = {};
    for (const field of desc.fields) {
      if (field.map) out[field.name] = {};
      else if (field.repeated) out[field.name] = [];
      else if (field.kind === "message" || field.optional || field.oneof) continue;
      else out[field.name] = defaultFor(field);
    }
    const byNumber = fieldsByNumber(desc);
    let pos = start;
    while (pos < end) {
      const [tag, afterTag] = readVarint(data, pos, end);
      pos = afterTag;
      const number = Number(tag >> 3n);
      const wire = Number(tag & 7n);
      const field = byNumber.get(number);
      const [raw, next] = readRaw(data, pos, end, wire);
      pos = next;
      // Unknown fields are skipped, as proto3 requires; so is a known field sent with a wire
      // type it cannot have, as Go's protobuf does (it keeps both as unknown fields).
      if (!field || !wireTypeFits(field, wire)) continue;
      try {
        this.readField(out, desc, field, wire, raw);
      } catch (error) {
        throw located(error, `${desc.name}.${field.name}`);
      }
    }
    return out;
  }

  private readField(
    out: Message,
    owner: MessageDescriptor,
    field: FieldDescriptor,
    wire: number,
    raw: bigint | Uint8Array,
  ): void {
    if (field.map) {
      const entry = raw as Uint8Array;
      const keyField: FieldDescriptor = { name: "key", number: 1, type: field.map.key, kind: "scalar" };
      const valueField: FieldDescriptor = {
        name: "value",
        number: 2,
        type: field.map.value,
        kind: field.map.valueKind,
      };
      // The entry is named after its map field, so that a failure inside it names the map.
      const entryDesc = { name: `${owner.name}.${field.name}`, fields: [keyField, valueField] };
      const kv = this.read(entryDesc, entry, 0, entry.length);
      const value =
        kv.value ??
        (valueField.kind === "message"
          ? this.read(this.message(valueField.type), new Uint8Array(), 0, 0)
          : undefined);
      // defineProperty, not assignment: "__proto__" is a valid map key, and assigning it
      // would set the map object's prototype (or, for a string value, drop the key).
      Object.defineProperty(out[field.name], String(kv.key), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    }
    if (
      field.repeated &&
      wire === 2 &&
      field.kind !== "message" &&
      field.type !== "string" &&
      field.type !== "bytes"
    ) {
      // packed repeated scalars
      const packed = raw as Uint8Array;
      let p = 0;
      while (p < packed.length) {
        const [item, after] = readRaw(packed, p, packed.length, scalarWireType(field));
        (out[field.name] as unknown[]).push(this.convert(field, item));
        p = after;
      }
      return;
    }
    const value = this.convert(field, raw);
    if (field.repeated) (out[field.name] as unknown[]).push(value);
    else out[field.name] = value;
  }

  private convert(field: FieldDescriptor, raw: bigint | Uint8Array): unknown {
    if (field.kind === "message") {
      const bytes = raw as Uint8Array;
      return this.read(this.message(field.type), bytes, 0, bytes.length);
    }
    if (field.kind === "enum") return Number(BigInt.asIntN(32, raw as bigint));
    switch (field.type) {
      case "string":
        try {
          return utf8Decoder.decode(raw as Uint8Array);
        } catch {
          throw new ReadError("invalid UTF-8 in a string", raw as Uint8Array, 0);
        }
      case "bytes":
        return raw as Uint8Array;
      case "bool":
        return (raw as bigint) !== 0n;
      case "int32":
        return Number(BigInt.asIntN(32, raw as bigint));
      case "uint32":
        return Number(BigInt.asUintN(32, raw as bigint));
      case "int64":
        return BigInt.asIntN(64, raw as bigint);
      case "uint64":
      case "fixed64":
        return BigInt.asUintN(64, raw as bigint);
      case "sfixed64":
        return BigInt.asIntN(64, raw as bigint);
      case "sint32":
      case "sint64": {
        const n = raw as bigint;
        const v = n & 1n ? -(n >> 1n) - 1n : n >> 1n;
        return field.type === "sint32" ? Number(v) : v;
      }
      case "fixed32":
        return Number(BigInt.asUintN(32, raw as bigint));
      case "sfixed32":
        return Number(BigInt.asIntN(32, raw as bigint));
      case "double": {
        const b = new ArrayBuffer(8);
        new DataView(b).setBigUint64(0, raw as bigint, true);
        return new DataView(b).getFloat64(0, true);
      }
      case "float": {
        const b = new ArrayBuffer(4);
        new DataView(b).setUint32(0, Number(raw as bigint), true);
        return new DataView(b).getFloat32(0, true);
      }
      default:
        throw new ProtobufError(`cannot decode field ${field.name} of type ${field.type}`);
    }
  }
}

const numberMaps = new WeakMap<MessageDescriptor, Map<number, FieldDescriptor>>();
function fieldsByNumber(desc: MessageDescriptor): Map<number, FieldDescriptor> {
  let map = numberMaps.get(desc);
  if (!map) {
    map = new Map(desc.fields.map((f) => [f.number, f]));
    numberMaps.set(desc, map);
  }
  return map;
}

function defaultFor(field: FieldDescriptor): unknown {
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

function scalarWireType(field: FieldDescriptor): number {
  if (field.type === "double" || field.type === "fixed64" || field.type === "sfixed64") return 1;
  if (field.type === "float" || field.type === "fixed32" || field.type === "sfixed32") return 5;
  return 0;
}

/**
 * What went wrong while reading, and where: `at` is the offset in the underlying
 * ArrayBuffer (nested messages are subarrays of one buffer), `where` the innermost field
 * being read. `decode` turns it into a ProtobufError with the offset from its input's start.
 */
class ReadError extends Error {
  at: number;
  where: string | undefined;
  constructor(message: string, data: Uint8Array, pos: number) {
    super(message);
    this.at = data.byteOffset + pos;
  }
}

/** Names the field a failure happened in, unless a field inside it already did. */
function located(error: unknown, where: string): unknown {
  if (error instanceof ReadError) error.where ??= where;
  return error;
}

/** The wire type a field is written with; repeated scalars may also come packed (2). */
function wireTypeFits(field: FieldDescriptor, wire: number): boolean {
  if (field.map || field.kind === "message" || field.type === "string" || field.type === "bytes")
    return wire === 2;
  const scalar = scalarWireType(field);
  return wire === scalar || (field.repeated === true && wire === 2);
}

function readVarint(data: Uint8Array, pos: number, end: number): [bigint, number] {
  const start = pos;
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new ReadError("truncated varint", data, start);
    const byte = data[pos++]!;
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
  throw new ReadError("varint longer than 10 bytes", data, start);
}

function readRaw(data: Uint8Array, pos: number, end: number, wire: number): [bigint | Uint8Array, number] {
  switch (wire) {
    case 0:
      return readVarint(data, pos, end);
    case 1: {
      if (pos + 8 > end) throw new ReadError("truncated fixed64", data, pos);
      const v = new DataView(data.buffer, data.byteOffset + pos, 8).getBigUint64(0, true);
      return [v, pos + 8];
    }
    case 2: {
      const [len, after] = readVarint(data, pos, end);
      if (len > BigInt(end - after))
        throw new ReadError(`length-delimited field of ${len} bytes runs past the end`, data, pos);
      const n = Number(len);
      return [data.subarray(after, after + n), after + n];
    }
    case 5: {
      if (pos + 4 > end) throw new ReadError("truncated fixed32", data, pos);
      return [BigInt(new DataView(data.buffer, data.byteOffset + pos, 4).getUint32(0, true)), pos + 4];
    }
    default:
      throw new ReadError(`unsupported wire type ${wire}`, data, pos);
  }
}
