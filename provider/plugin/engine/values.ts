import { decodeJsonValue } from "../cty/json.ts";
import { decodeMsgpack, encodeMsgpack } from "../cty/msgpack.ts";
import type { CtyType } from "../cty/types.ts";
import type { CtyValue } from "../cty/values.ts";
import type { Message } from "../wire/protobuf.ts";

/** DynamicValue messages <-> cty values; hosts send msgpack, we always answer in msgpack. */
export function fromDynamic(msg: Message | undefined, type: CtyType): CtyValue {
  if (!msg) return null;
  const msgpack = msg.msgpack as Uint8Array | undefined;
  const json = msg.json as Uint8Array | undefined;
  if (msgpack && msgpack.length > 0) return decodeMsgpack(msgpack, type);
  if (json && json.length > 0) return decodeJsonValue(json, type);
  return null;
}

export function toDynamic(value: CtyValue, type: CtyType): { msgpack: Uint8Array } {
  return { msgpack: encodeMsgpack(value, type) };
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export function encodePrivate(data: unknown): Uint8Array {
  return data === undefined || data === null ? new Uint8Array() : utf8.encode(JSON.stringify(data));
}

export function decodePrivate(bytes: Uint8Array | undefined): unknown {
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return JSON.parse(utf8Decoder.decode(bytes));
  } catch {
    return undefined;
  }
}
