import type { CtyType } from "../cty/types.ts";
import { typeToJSON } from "../cty/types.ts";
import type { CtyValue } from "../cty/values.ts";
import { diagnosticMessage, type Diagnostic } from "../diagnostics.ts";
import type {
  DiagnosticInit,
  DynamicValueInit,
  GoogleProtobufTimestampInit,
  ResourceIdentityDataInit,
} from "../proto/types.generated.ts";
import { toDynamic } from "./values.ts";

/** The definition's values to protocol messages. */

export function diagnostics(diags: readonly Diagnostic[] | undefined): DiagnosticInit[] {
  return (diags ?? []).map(diagnosticMessage);
}

export function dynamic(value: CtyValue, type: CtyType): DynamicValueInit {
  return toDynamic(value, type);
}

export function identityData(value: CtyValue, type: CtyType): ResourceIdentityDataInit {
  return { identity_data: toDynamic(value, type) };
}

export function timestamp(date: Date): GoogleProtobufTimestampInit {
  const ms = date.getTime();
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
}

const utf8 = new TextEncoder();

/** A cty type as the protocol carries it: its JSON form, as bytes. */
export function typeBytes(type: CtyType): Uint8Array {
  return utf8.encode(JSON.stringify(typeToJSON(type)));
}
