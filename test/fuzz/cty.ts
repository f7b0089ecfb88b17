import fc from "fast-check";
import { arbType, arbValue } from "../../provider/plugin/cty/arbitraries.test-support.ts";
import { decodeJsonValue, encodeJsonValue } from "../../provider/plugin/cty/json.ts";
import { decodeMsgpack, encodeMsgpack } from "../../provider/plugin/cty/msgpack.ts";
import { typeFromJSON, type CtyType } from "../../provider/plugin/cty/types.ts";
import { valuesEqual, type CtyValue } from "../../provider/plugin/cty/values.ts";
import { applyEdits, edits, garbage, type Edit } from "./mutate.ts";
import { describe, type SyncPath } from "./property.ts";
import { errorKind, type Tally } from "./report.ts";

/**
 * Path 1: the cty MessagePack and JSON codecs. Random types and values must round-trip;
 * mutated, truncated and random bytes must decode to a value or be refused with one of
 * the codecs' own errors, whose message says where (a value path, a byte offset or a
 * JSON position) and what was wrong.
 */
type CtyCase =
  | { k: "msgpack round trip"; type: CtyType; value: CtyValue }
  | { k: "json round trip"; type: CtyType; value: CtyValue }
  | { k: "msgpack mutated"; type: CtyType; decodeAs: CtyType; value: CtyValue; edits: Edit[] }
  | { k: "json mutated"; type: CtyType; decodeAs: CtyType; value: CtyValue; edits: Edit[] }
  | { k: "msgpack garbage"; type: CtyType; bytes: Uint8Array }
  | { k: "json garbage"; type: CtyType; text: string }
  | { k: "deep"; codec: "msgpack" | "json"; depth: number; dynamic: boolean }
  | { k: "type json"; json: unknown };

/** The errors the codecs mean to throw. */
const TYPED = new Set(["MsgpackError", "JsonValueError", "CtyTypeError"]);

/** A message says where: a value path before ": ", a byte offset, or a JSON position. */
const LOCATED =
  /^(the value|\[|[^\s:]+: )|at byte \d+|from byte \d+|position \d+|invalid JSON: |nested too deeply|nested more than|^(invalid|unknown( primitive)?) type|type needs|optional attributes/;

const typed = arbType.chain((type) =>
  fc.record({ type: fc.constant(type), value: arbValue(type, { unknowns: true }) }),
);
const known = arbType.chain((type) =>
  fc.record({ type: fc.constant(type), value: arbValue(type, { unknowns: false }) }),
);

const jsonType = fc.jsonValue({ maxDepth: 4 });

const arbitrary: fc.Arbitrary<CtyCase> = fc.oneof(
  { weight: 2, arbitrary: typed.map((c) => ({ k: "msgpack round trip" as const, ...c })) },
  { weight: 2, arbitrary: known.map((c) => ({ k: "json round trip" as const, ...c })) },
  {
    weight: 6,
    arbitrary: fc
      .record({ c: typed, other: arbType, same: fc.boolean(), edits })
      .map(({ c, other, same, edits }) => ({
        k: "msgpack mutated" as const,
        ...c,
        decodeAs: same ? c.type : other,
        edits,
      })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ c: known, other: arbType, same: fc.boolean(), edits })
      .map(({ c, other, same, edits }) => ({
        k: "json mutated" as const,
        ...c,
        decodeAs: same ? c.type : other,
        edits,
      })),
  },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant("msgpack garbage" as const), type: arbType, bytes: garbage }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("json garbage" as const),
      type: arbType,
      text: fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 40 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("deep" as const),
      codec: fc.constantFrom("msgpack" as const, "json" as const),
      depth: fc.integer({ min: 1, max: 20_000 }),
      dynamic: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("type json" as const), json: jsonType }) },
);

function check(c: CtyCase, tally: Tally): string | undefined {
  switch (c.k) {
    case "msgpack round trip":
      return roundTrip(c, tally, () => decodeMsgpack(encodeMsgpack(c.value, c.type), c.type));
    case "json round trip":
      return roundTrip(c, tally, () => decodeJsonValue(encodeJsonValue(c.value, c.type), c.type));
    case "msgpack mutated":
      return refusedProperly(tally, () =>
        decodeMsgpack(applyEdits(encodeMsgpack(c.value, c.type), c.edits), c.decodeAs),
      );
    case "json mutated": {
      const text = new TextEncoder().encode(encodeJsonValue(c.value, c.type));
      return refusedProperly(tally, () => decodeJsonValue(applyEdits(text, c.edits), c.decodeAs));
    }
    case "msgpack garbage":
      return refusedProperly(tally, () => decodeMsgpack(c.bytes, c.type));
    case "json garbage":
      return refusedProperly(tally, () => decodeJsonValue(c.text, c.type));
    case "deep":
      return refusedProperly(tally, () => deep(c.codec, c.depth, c.dynamic));
    case "type json":
      return refusedProperly(tally, () => typeFromJSON(c.json));
  }
}

/** A value encoded and decoded again must equal itself, and never throw. */
function roundTrip(
  c: { type: CtyType; value: CtyValue },
  tally: Tally,
  run: () => CtyValue,
): string | undefined {
  try {
    const back = run();
    tally.accepted();
    return valuesEqual(back, c.value) ? undefined : "the value changed in a round trip";
  } catch (error) {
    const { name, message } = describe(error);
    return `a round trip threw ${name}: ${message}`;
  }
}

/** Decoding may return anything; if it throws, it must be a codec error that says where and what. */
function refusedProperly(tally: Tally, run: () => unknown): string | undefined {
  try {
    run();
    tally.accepted();
    return undefined;
  } catch (error) {
    const { name, message } = describe(error);
    if (!TYPED.has(name)) return `${name} escaped: ${message}`;
    if (!LOCATED.test(message)) return `${name} does not say where: ${message}`;
    tally.refused(errorKind(name, message));
    return undefined;
  }
}

/**
 * A value nested `depth` levels: one-element arrays in MessagePack, or a dynamic value
 * whose type is as deep as the value in JSON, where the type says how deep to go.
 */
function deep(codec: "msgpack" | "json", depth: number, dynamic: boolean): CtyValue {
  if (codec === "msgpack") {
    const bytes = new Uint8Array(depth + 1).fill(0x91);
    bytes[depth] = 0xa0;
    return decodeMsgpack(
      bytes,
      dynamic ? { kind: "dynamic" } : { kind: "list", element: { kind: "dynamic" } },
    );
  }
  const value = `${"[".repeat(depth)}""${"]".repeat(depth)}`;
  if (!dynamic) return decodeJsonValue(value, { kind: "list", element: { kind: "dynamic" } });
  const typeText = `${'["list",'.repeat(depth)}"string"${"]".repeat(depth)}`;
  return decodeJsonValue(`{"value":${value},"type":${typeText}}`, { kind: "dynamic" });
}

export const ctyPath: SyncPath<CtyCase> = { name: "cty", arbitrary, check };
