import type { ClientCapabilities, ObjectValue, PrivateData } from "../api.ts";
import type { CtyType } from "../cty/types.ts";
import { BigDecimal, Dynamic, Unknown, type CtyValue } from "../cty/values.ts";
import type {
  ClientCapabilities as ClientCapabilitiesMessage,
  DynamicValue,
  RawState,
} from "../proto/types.generated.ts";
import { decodePrivate, fromDynamic } from "./values.ts";

/** Protocol messages to the values the definition works with. */

/** An object value (a schema's block), or null when the host sent none or a null. */
export function objectFrom(value: DynamicValue | undefined, type: CtyType): ObjectValue | null {
  const decoded = fromDynamic(value, type);
  return isObject(decoded) ? decoded : null;
}

export function isObject(value: CtyValue): value is ObjectValue {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof Dynamic) &&
    !(value instanceof BigDecimal)
  );
}

export function capabilitiesFrom(message: ClientCapabilitiesMessage | undefined): ClientCapabilities {
  return {
    deferralAllowed: message?.deferral_allowed ?? false,
    writeOnlyAttributesAllowed: message?.write_only_attributes_allowed ?? false,
  };
}

/** The JSON a stored state (or identity) holds, or undefined when it has no JSON form. */
export function rawJson(raw: RawState | undefined): unknown {
  if (!raw || raw.json.length === 0) return undefined;
  return JSON.parse(new TextDecoder().decode(raw.json));
}

export function privateFrom(bytes: Uint8Array | undefined): PrivateData {
  return decodePrivate(bytes);
}
