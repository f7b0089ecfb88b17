import fc from "fast-check";
import type { CtyType } from "./types.ts";
import { BigDecimal, Dynamic, Unknown, type CtyValue } from "./values.ts";

/** Random cty types, nested a few levels. */
export const arbType: fc.Arbitrary<CtyType> = fc.letrec<{ type: CtyType }>((tie) => ({
  type: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<CtyType>({ kind: "string" }, { kind: "number" }, { kind: "bool" }, { kind: "dynamic" }),
    tie("type").map((element): CtyType => ({ kind: "list", element })),
    tie("type").map((element): CtyType => ({ kind: "set", element })),
    tie("type").map((element): CtyType => ({ kind: "map", element })),
    fc
      .dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), tie("type"), { maxKeys: 4 })
      .map((attributes): CtyType => ({ kind: "object", attributes })),
    fc.array(tie("type"), { maxLength: 3 }).map((elements): CtyType => ({ kind: "tuple", elements })),
  ),
})).type;

const arbNumber: fc.Arbitrary<CtyValue> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc
    .bigInt({ min: -(2n ** 200n), max: 2n ** 200n })
    .filter((b) => b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)),
  fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: 1, max: 30 }))
    .map(([digits, scale]) => new BigDecimal(`${digits}.${"0".repeat(scale)}1`)),
);

/** Random known or unknown values of a type. */
export function arbValue(type: CtyType, opts: { unknowns: boolean }, depth = 0): fc.Arbitrary<CtyValue> {
  const leaf = (arb: fc.Arbitrary<CtyValue>): fc.Arbitrary<CtyValue> => {
    const choices: fc.Arbitrary<CtyValue>[] = [arb, arb, arb, fc.constant(null)];
    if (opts.unknowns) {
      choices.push(
        fc.constant(new Unknown()),
        fc
          .record(
            {
              nullable: fc.constant(false),
              stringPrefix: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
            },
            { requiredKeys: ["nullable"] },
          )
          .map((r) => new Unknown(type.kind === "string" ? r : { nullable: r.nullable })),
      );
    }
    return fc.oneof(...choices);
  };
  switch (type.kind) {
    case "string":
      return leaf(fc.string({ unit: "grapheme", maxLength: 10 }).map((s) => s.normalize("NFC")));
    case "bool":
      return leaf(fc.boolean());
    case "number":
      return leaf(arbNumber);
    case "dynamic":
      return depth > 2
        ? leaf(fc.string({ maxLength: 4 }).map((s) => new Dynamic({ kind: "string" }, s)))
        : leaf(
            arbType.chain((concrete) =>
              arbValue(concrete, opts, depth + 1).map((v) => new Dynamic(concrete, v)),
            ),
          );
    case "list":
    case "set":
      return leaf(fc.array(arbValue(type.element, opts, depth + 1), { maxLength: 3 }));
    case "tuple":
      return leaf(
        fc.tuple(...type.elements.map((e) => arbValue(e, opts, depth + 1))) as fc.Arbitrary<CtyValue>,
      );
    case "map":
      return leaf(
        fc.dictionary(
          fc.string({ maxLength: 5 }).filter((k) => k !== "__proto__"),
          arbValue(type.element, opts, depth + 1),
          { maxKeys: 3 },
        ),
      );
    case "object": {
      const shape = Object.fromEntries(
        Object.entries(type.attributes).map(([k, t]) => [k, arbValue(t, opts, depth + 1)]),
      );
      return leaf(fc.record(shape) as fc.Arbitrary<CtyValue>);
    }
  }
}
