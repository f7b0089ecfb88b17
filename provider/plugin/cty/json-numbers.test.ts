import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeJsonValue } from "./json.ts";
import { t } from "./types.ts";
import { BigDecimal, numberFromText } from "./values.ts";

// decodeJsonValue reads JSON without the exact-number reviver when no number in the text can
// be inexact as a double; these pin that both paths give the same numbers.
const read = (text: string) => decodeJsonValue(`{"n":${text}}`, t.object({ n: t.number })) as { n: unknown };

describe("JSON numbers read exactly, on the fast path and off it", () => {
  it.each([
    ["0", 0, "the smallest integer"],
    ["123456789012345", 123456789012345, "15 digits: a double holds it (fast path)"],
    ["1234567890123456789", 1234567890123456789n, "beyond 2^53: a bigint (exact path)"],
    ["0.1", 0.1, "a short decimal is the double that prints the same"],
    ["12345678.123456789", new BigDecimal("12345678.123456789"), "17 significant digits split by the point"],
    ["1e400", new BigDecimal("1e400"), "an exponent beyond a double's range"],
    ["-0.5", -0.5, "a minus zero prefix is only a hint for the exact path"],
  ])("%s", (text, expected, _why) => {
    expect(read(text).n).toEqual(expected);
  });

  it("give what numberFromText gives for any decimal text", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,19}$/), fc.option(fc.stringMatching(/^\d{1,12}$/)))
      .map(([minus, int, frac]) => `${minus ? "-" : ""}${int}${frac === null ? "" : `.${frac}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        expect(read(text).n).toEqual(numberFromText(text));
      }),
    );
  });
});
