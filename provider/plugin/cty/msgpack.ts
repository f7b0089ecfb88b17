import { Buffer } from "node:buffer";
import type { CtyType } from "./types.ts";
import { typeFromJSON, typeToJSON } from "./types.ts";
import { BigDecimal, Dynamic, numberFromText, Unknown, type CtyValue, type Refinements } from "./values.ts";

/**
 * cty values in MessagePack, as Terraform and OpenTofu exchange them.
 * Decoding is type-directed; malformed input raises a MsgpackError, never a crash.
 */
export class MsgpackError extends Error {
  override name = "MsgpackError";
}

const REFINED_UNKNOWN_EXT = 12;
const MAX_DEPTH = 512;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

// ---- a small neutral MessagePack reader ------------------------------------------

type Raw =
  | { t: "nil" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: bigint }
  | { t: "float"; v: number }
  | { t: "str"; v: string }
  | { t: "bin"; v: Uint8Array }
  | { t: "array"; v: Raw[] }
  | { t: "map"; v: Array<[Raw, Raw]> }
  | { t: "ext"; type: number; data: Uint8Array };

class Reader {
  pos = 0;
  private readonly view: DataView;
  private readonly data: Uint8Array;
  constructor(data: Uint8Array) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  private need(n: number) {
    if (this.pos + n > this.data.length)
      throw new MsgpackError(`unexpected end of MessagePack data at byte ${this.pos}: ${n} bytes needed`);
  }
  u8() {
    this.need(1);
    return this.data[this.pos++]!;
  }
  u16() {
    this.need(2);
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }
  u32() {
    this.need(4);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }
  bytes(n: number) {
    this.need(n);
    const v = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  str(n: number): string {
    const at = this.pos;
    const bytes = this.bytes(n);
    try {
      return utf8Decoder.decode(bytes);
    } catch {
      throw new MsgpackError(`string at byte ${at} is not valid UTF-8`);
    }
  }
  read(depth = 0): Raw {
    if (depth > MAX_DEPTH)
      throw new MsgpackError(`value nested more than ${MAX_DEPTH} levels deep at byte ${this.pos}`);
    const b = this.u8();
    if (b <= 0x7f) return { t: "int", v: BigInt(b) };
    if (b >= 0xe0) return { t: "int", v: BigInt(b - 0x100) };
    if (b >= 0xa0 && b <= 0xbf) return { t: "str", v: this.str(b & 0x1f) };
    if (b >= 0x90 && b <= 0x9f) return this.array(b & 0x0f, depth);
    if (b >= 0x80 && b <= 0x8f) return this.map(b & 0x0f, depth);
    switch (b) {
      case 0xc0:
        return { t: "nil" };
      case 0xc2:
        return { t: "bool", v: false };
      case 0xc3:
        return { t: "bool", v: true };
      case 0xcc:
        return { t: "int", v: BigInt(this.u8()) };
      case 0xcd:
        return { t: "int", v: BigInt(this.u16()) };
      case 0xce:
        return { t: "int", v: BigInt(this.u32()) };
      case 0xcf: {
        this.need(8);
        const v = this.view.getBigUint64(this.pos);
        this.pos += 8;
        return { t: "int", v };
      }
      case 0xd0:
        return { t: "int", v: BigInt((this.u8() << 24) >> 24) };
      case 0xd1:
        return { t: "int", v: BigInt((this.u16() << 16) >> 16) };
      case 0xd2:
        return { t: "int", v: BigInt(this.u32() | 0) };
      case 0xd3: {
        this.need(8);
        const v = this.view.getBigInt64(this.pos);
        this.pos += 8;
        return { t: "int", v };
      }
      case 0xca: {
        this.need(4);
        const v = this.view.getFloat32(this.pos);
        this.pos += 4;
        return { t: "float", v };
      }
      case 0xcb: {
        this.need(8);
        const v = this.view.getFloat64(this.pos);
        this.pos += 8;
        return { t: "float", v };
      }
      case 0xd9:
        return { t: "str", v: this.str(this.u8()) };
      case 0xda:
        return { t: "str", v: this.str(this.u16()) };
      case 0xdb:
        return { t: "str", v: this.str(this.u32()) };
      case 0xc4:
        return { t: "bin", v: this.bytes(this.u8()) };
      case 0xc5:
        return { t: "bin", v: this.bytes(this.u16()) };
      case 0xc6:
        return { t: "bin", v: this.bytes(this.u32()) };
      case 0xdc:
        return this.array(this.u16(), depth);
      case 0xdd:
        return this.array(this.u32(), depth);
      case 0xde:
        return this.map(this.u16(), depth);
      case 0xdf:
        return this.map(this.u32(), depth);
      case 0xd4:
        return this.ext(1);
      case 0xd5:
        return this.ext(2);
      case 0xd6:
        return this.ext(4);
      case 0xd7:
        return this.ext(8);
      case 0xd8:
        return this.ext(16);
      case 0xc7:
        return this.ext(this.u8());
      case 0xc8:
        return this.ext(this.u16());
      case 0xc9:
        return this.ext(this.u32());
      default:
        throw new MsgpackError(`invalid MessagePack byte 0x${b.toString(16)} at byte ${this.pos - 1}`);
    }
  }
  private ext(n: number): Raw {
    const type = (this.u8() << 24) >> 24;
    return { t: "ext", type, data: this.bytes(n) };
  }
  private array(n: number, depth: number): Raw {
    if (n > this.data.length - this.pos)
      throw new MsgpackError(`array of ${n} items at byte ${this.pos} is longer than the data`);
    const v: Raw[] = [];
    for (let i = 0; i < n; i++) v.push(this.read(depth + 1));
    return { t: "array", v };
  }
  private map(n: number, depth: number): Raw {
    if (n * 2 > this.data.length - this.pos)
      throw new MsgpackError(`map of ${n} entries at byte ${this.pos} is longer than the data`);
    const v: Array<[Raw, Raw]> = [];
    for (let i = 0; i < n; i++) v.push([this.read(depth + 1), this.read(depth + 1)]);
    return { t: "map", v };
  }
}

// ---- decoding cty values -------------------------------------------------------------

export function decodeMsgpack(data: Uint8Array, type: CtyType): CtyValue {
  const reader = new Reader(data);
  const raw = reader.read();
  if (reader.pos !== data.length)
    throw new MsgpackError(
      `${data.length - reader.pos} extra bytes after the value, from byte ${reader.pos}`,
    );
  return fromRaw(raw, type, []);
}

function where(path: string[]): string {
  return path.length === 0 ? "the value" : path.join("");
}

function fromRaw(raw: Raw, type: CtyType, path: string[]): CtyValue {
  if (raw.t === "ext") return unknownFromExt(raw, path);
  if (raw.t === "nil") return null;
  switch (type.kind) {
    case "dynamic": {
      if (raw.t !== "array" || raw.v.length !== 2)
        throw new MsgpackError(`${where(path)}: a dynamic value must be [type, value]`);
      const [typeRaw, valueRaw] = raw.v as [Raw, Raw];
      if (typeRaw.t !== "bin" && typeRaw.t !== "str")
        throw new MsgpackError(`${where(path)}: a dynamic value's type must be JSON bytes`);
      let concrete: CtyType;
      try {
        // The fatal decoder throws a plain TypeError on invalid UTF-8; it is reported like bad JSON.
        const typeText = typeRaw.t === "bin" ? utf8Decoder.decode(typeRaw.v) : typeRaw.v;
        concrete = typeFromJSON(JSON.parse(typeText));
      } catch (error) {
        throw new MsgpackError(`${where(path)}: invalid dynamic type: ${(error as Error).message}`);
      }
      return new Dynamic(concrete, fromRaw(valueRaw, concrete, path));
    }
    case "string":
      if (raw.t !== "str") throw new MsgpackError(`${where(path)}: expected a string`);
      return raw.v.normalize("NFC");
    case "bool":
      if (raw.t !== "bool") throw new MsgpackError(`${where(path)}: expected a bool`);
      return raw.v;
    case "number":
      if (raw.t === "int") {
        return raw.v >= BigInt(Number.MIN_SAFE_INTEGER) && raw.v <= BigInt(Number.MAX_SAFE_INTEGER)
          ? Number(raw.v)
          : raw.v;
      }
      if (raw.t === "float") return raw.v;
      if (raw.t === "str") {
        try {
          return numberFromText(raw.v);
        } catch {
          throw new MsgpackError(`${where(path)}: ${JSON.stringify(raw.v)} is not a number`);
        }
      }
      throw new MsgpackError(`${where(path)}: expected a number`);
    case "list":
    case "set":
      if (raw.t !== "array") throw new MsgpackError(`${where(path)}: expected a ${type.kind}`);
      return raw.v.map((item, i) => fromRaw(item, type.element, [...path, `[${i}]`]));
    case "tuple":
      if (raw.t !== "array" || raw.v.length !== type.elements.length) {
        throw new MsgpackError(`${where(path)}: expected a tuple of ${type.elements.length} elements`);
      }
      return raw.v.map((item, i) => fromRaw(item, type.elements[i]!, [...path, `[${i}]`]));
    case "map": {
      if (raw.t !== "map") throw new MsgpackError(`${where(path)}: expected a map`);
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of raw.v) {
        if (k.t !== "str") throw new MsgpackError(`${where(path)}: map keys must be strings`);
        // defineProperty, not assignment: "__proto__" is a legal cty map key, and assigning it
        // would set the object's prototype instead of adding the key.
        Object.defineProperty(out, k.v, {
          value: fromRaw(v, type.element, [...path, `[${JSON.stringify(k.v)}]`]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case "object": {
      if (raw.t !== "map") throw new MsgpackError(`${where(path)}: expected an object`);
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of raw.v) {
        if (k.t !== "str") throw new MsgpackError(`${where(path)}: attribute names must be strings`);
        const attrType = Object.hasOwn(type.attributes, k.v) ? type.attributes[k.v] : undefined;
        if (!attrType) throw new MsgpackError(`${where(path)}: unsupported attribute "${k.v}"`);
        out[k.v] = fromRaw(v, attrType, [...path, path.length === 0 ? k.v : `.${k.v}`]);
      }
      for (const name of Object.keys(type.attributes)) {
        if (!(name in out)) {
          if (type.optional?.includes(name)) out[name] = null;
          else throw new MsgpackError(`${where(path)}: attribute "${name}" is required`);
        }
      }
      return out;
    }
  }
}

function unknownFromExt(raw: Extract<Raw, { t: "ext" }>, path: string[]): Unknown {
  if (raw.data.length <= 1) return new Unknown();
  if (raw.type !== REFINED_UNKNOWN_EXT)
    throw new MsgpackError(`${where(path)}: unknown extension type ${raw.type}`);
  if (raw.data.length > 1024) throw new MsgpackError(`${where(path)}: refinements longer than 1 KiB`);
  const body = refinementsOf(raw.data, path);
  if (body.t !== "map") throw new MsgpackError(`${where(path)}: refinements must be a map`);
  const r: Refinements = {};
  const bound = (v: Raw): [number | bigint, boolean] | undefined => {
    if (v.t !== "array" || v.v.length !== 2) return undefined;
    const [n, inclusive] = v.v as [Raw, Raw];
    const num =
      n.t === "int"
        ? n.v >= BigInt(Number.MIN_SAFE_INTEGER) && n.v <= BigInt(Number.MAX_SAFE_INTEGER)
          ? Number(n.v)
          : n.v
        : n.t === "float"
          ? n.v
          : undefined;
    return num !== undefined && inclusive.t === "bool" ? [num, inclusive.v] : undefined;
  };
  for (const [k, v] of body.v) {
    if (k.t !== "int") continue;
    switch (Number(k.v)) {
      case 1:
        if (v.t === "bool") r.nullable = v.v;
        break;
      case 2:
        if (v.t === "str") r.stringPrefix = v.v;
        break;
      case 3:
        r.numberLower = bound(v);
        break;
      case 4:
        r.numberUpper = bound(v);
        break;
      case 5:
        if (v.t === "int") r.lengthLower = Number(v.v);
        break;
      case 6:
        if (v.t === "int") r.lengthUpper = Number(v.v);
        break;
      default:
        break; // unknown refinements are ignored, as cty does
    }
  }
  for (const key of Object.keys(r) as (keyof Refinements)[]) if (r[key] === undefined) delete r[key];
  return new Unknown(r);
}

/** The refinements map inside an extension; damage in it is reported at the value's path. */
function refinementsOf(data: Uint8Array, path: string[]): Raw {
  try {
    return new Reader(data).read();
  } catch (error) {
    throw new MsgpackError(`${where(path)}: refinements: ${(error as Error).message}`);
  }
}

// ---- encoding -------------------------------------------------------------------------

/**
 * One growing buffer, written in place: a plan encodes thousands of values, and a small
 * array per string or header byte (then copied together) was most of the encoder's cost.
 */
class Writer {
  private buf = Buffer.allocUnsafe(256);
  private len = 0;
  private reserve(n: number) {
    if (this.len + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(grown, 0, 0, this.len);
    this.buf = grown;
  }
  byte(b: number) {
    this.reserve(1);
    this.buf[this.len++] = b;
  }
  bytes(data: Uint8Array) {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }
  u16(n: number) {
    this.reserve(2);
    this.buf.writeUInt16BE(n, this.len);
    this.len += 2;
  }
  u32(n: number) {
    this.reserve(4);
    this.buf.writeUInt32BE(n >>> 0, this.len);
    this.len += 4;
  }
  /** UTF-8 of `s` (lone surrogates as U+FFFD, as TextEncoder), `byteLength` bytes long. */
  utf8(s: string, byteLength: number) {
    this.reserve(byteLength);
    this.len += this.buf.write(s, this.len, byteLength, "utf8");
  }
  finish(): Uint8Array {
    const out = new Uint8Array(this.len);
    out.set(this.buf.subarray(0, this.len));
    return out;
  }
}

function writeNil(w: Writer) {
  w.byte(0xc0);
}

function writeInt(w: Writer, n: bigint) {
  if (n >= 0n && n <= 0x7fn) return w.byte(Number(n));
  if (n < 0n && n >= -32n) return w.byte(Number(n) & 0xff);
  if (n >= -(2n ** 63n) && n < 2n ** 63n) {
    if (n >= -(2n ** 31n) && n < 2n ** 31n) {
      w.byte(0xd2);
      return w.u32(Number(BigInt.asUintN(32, n)));
    }
    w.byte(0xd3);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, n);
    return w.bytes(b);
  }
  if (n >= 0n && n < 2n ** 64n) {
    w.byte(0xcf);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, n);
    return w.bytes(b);
  }
  writeStr(w, n.toString()); // beyond 64 bits: cty's decimal-string form
}

function writeFloat(w: Writer, n: number) {
  w.byte(0xcb);
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, n);
  w.bytes(b);
}

function writeStr(w: Writer, s: string) {
  const length = Buffer.byteLength(s, "utf8");
  if (length < 32) w.byte(0xa0 | length);
  else if (length < 0x100) {
    w.byte(0xd9);
    w.byte(length);
  } else if (length < 0x10000) {
    w.byte(0xda);
    w.u16(length);
  } else {
    w.byte(0xdb);
    w.u32(length);
  }
  w.utf8(s, length);
}

function writeBin(w: Writer, data: Uint8Array) {
  if (data.length < 0x100) {
    w.byte(0xc4);
    w.byte(data.length);
  } else if (data.length < 0x10000) {
    w.byte(0xc5);
    w.u16(data.length);
  } else {
    w.byte(0xc6);
    w.u32(data.length);
  }
  w.bytes(data);
}

function writeArrayHeader(w: Writer, n: number) {
  if (n < 16) w.byte(0x90 | n);
  else if (n < 0x10000) {
    w.byte(0xdc);
    w.u16(n);
  } else {
    w.byte(0xdd);
    w.u32(n);
  }
}

function writeMapHeader(w: Writer, n: number) {
  if (n < 16) w.byte(0x80 | n);
  else if (n < 0x10000) {
    w.byte(0xde);
    w.u16(n);
  } else {
    w.byte(0xdf);
    w.u32(n);
  }
}

function writeUnknown(w: Writer, u: Unknown) {
  const r = u.refinements;
  if (!r) {
    w.byte(0xd4);
    w.byte(0);
    w.byte(0);
    return;
  }
  const body = new Writer();
  const entries: Array<[number, (bw: Writer) => void]> = [];
  if (r.nullable !== undefined) entries.push([1, (bw) => bw.byte(r.nullable ? 0xc3 : 0xc2)]);
  if (r.stringPrefix !== undefined) entries.push([2, (bw) => writeStr(bw, r.stringPrefix!)]);
  const bound = (b: [number | bigint, boolean]) => (bw: Writer) => {
    writeArrayHeader(bw, 2);
    if (typeof b[0] === "bigint" || Number.isInteger(b[0])) writeInt(bw, BigInt(b[0]));
    else writeFloat(bw, b[0]);
    bw.byte(b[1] ? 0xc3 : 0xc2);
  };
  if (r.numberLower) entries.push([3, bound(r.numberLower)]);
  if (r.numberUpper) entries.push([4, bound(r.numberUpper)]);
  if (r.lengthLower !== undefined) entries.push([5, (bw) => writeInt(bw, BigInt(r.lengthLower!))]);
  if (r.lengthUpper !== undefined) entries.push([6, (bw) => writeInt(bw, BigInt(r.lengthUpper!))]);
  writeMapHeader(body, entries.length);
  for (const [key, write] of entries) {
    writeInt(body, BigInt(key));
    write(body);
  }
  const data = body.finish();
  if (data.length < 0x100) {
    w.byte(0xc7);
    w.byte(data.length);
  } else {
    w.byte(0xc8);
    w.u16(data.length);
  }
  w.byte(REFINED_UNKNOWN_EXT);
  w.bytes(data);
}

export class EncodeError extends Error {
  override name = "CtyEncodeError";
}

export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  const w = new Writer();
  writeValue(w, value, type, undefined);
  return w.finish();
}

/**
 * Where a value sits, built as the encoder descends and spelled out only for an error: a
 * plan encodes every attribute of every resource, and a path string for each was most of
 * the encoder's work.
 */
interface Path {
  up: Path | undefined;
  /** An attribute's name, a list index, or a map key. */
  step: string | number;
  map?: true;
}

function spell(path: Path | undefined): string {
  let text = "";
  for (let p = path; p; p = p.up) {
    const step =
      typeof p.step === "number" ? `[${p.step}]` : p.map ? `[${JSON.stringify(p.step)}]` : `.${p.step}`;
    text = step + text;
  }
  return text.startsWith(".") ? text.slice(1) : text || "the value";
}

/** An object type's attribute names in MessagePack order (sorted), worked out once per type. */
const sortedNames = new WeakMap<object, string[]>();
function attributeNames(attributes: Record<string, CtyType>): string[] {
  let names = sortedNames.get(attributes);
  if (!names) sortedNames.set(attributes, (names = Object.keys(attributes).sort()));
  return names;
}

function writeValue(w: Writer, value: CtyValue, type: CtyType, path: Path | undefined): void {
  if (value instanceof Unknown) return writeUnknown(w, value);
  if (value === null) return writeNil(w);
  switch (type.kind) {
    case "dynamic": {
      if (!(value instanceof Dynamic))
        throw new EncodeError(`${spell(path)}: a dynamic value needs its concrete type`);
      writeArrayHeader(w, 2);
      writeBin(w, utf8.encode(JSON.stringify(typeToJSON(value.type))));
      return writeValue(w, value.value, value.type, path);
    }
    case "string":
      if (typeof value !== "string") throw new EncodeError(`${spell(path)}: expected a string`);
      return writeStr(w, value);
    case "bool":
      if (typeof value !== "boolean") throw new EncodeError(`${spell(path)}: expected a bool`);
      w.byte(value ? 0xc3 : 0xc2);
      return;
    case "number":
      if (typeof value === "bigint") return writeInt(w, value);
      if (value instanceof BigDecimal) return writeStr(w, value.text);
      if (typeof value !== "number") throw new EncodeError(`${spell(path)}: expected a number`);
      if (Number.isInteger(value)) return writeInt(w, BigInt(value));
      return writeFloat(w, value);
    case "list":
    case "set":
    case "tuple": {
      if (!Array.isArray(value)) throw new EncodeError(`${spell(path)}: expected a ${type.kind}`);
      if (type.kind === "tuple" && value.length !== type.elements.length)
        throw new EncodeError(`${spell(path)}: wrong tuple length`);
      writeArrayHeader(w, value.length);
      value.forEach((item, i) =>
        writeValue(w, item, type.kind === "tuple" ? type.elements[i]! : type.element, { up: path, step: i }),
      );
      return;
    }
    case "map": {
      if (
        typeof value !== "object" ||
        Array.isArray(value) ||
        value instanceof Dynamic ||
        value instanceof BigDecimal
      ) {
        throw new EncodeError(`${spell(path)}: expected a map`);
      }
      const keys = Object.keys(value).sort();
      writeMapHeader(w, keys.length);
      for (const k of keys) {
        writeStr(w, k);
        writeValue(w, value[k]!, type.element, { up: path, step: k, map: true });
      }
      return;
    }
    case "object": {
      if (
        typeof value !== "object" ||
        Array.isArray(value) ||
        value instanceof Dynamic ||
        value instanceof BigDecimal
      ) {
        throw new EncodeError(`${spell(path)}: expected an object`);
      }
      const names = attributeNames(type.attributes);
      for (const k of Object.keys(value))
        if (!(k in type.attributes)) throw new EncodeError(`${spell(path)}: unexpected attribute "${k}"`);
      writeMapHeader(w, names.length);
      for (const name of names) {
        writeStr(w, name);
        // Every attribute is present; a missing one is written as null.
        writeValue(w, value[name] ?? null, type.attributes[name]!, { up: path, step: name });
      }
      return;
    }
  }
}
