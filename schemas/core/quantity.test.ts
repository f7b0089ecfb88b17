import { describe, expect, it } from "vitest";
import { isQuantity, parseQuantity, suffixMultiplier } from "./quantity.ts";

describe("quantities", () => {
  it.each(["10Gi", "500m", "2", "1.5", "+1k", "1e3", ".5Gi", "0"])("accepts %s", (q) =>
    expect(isQuantity(q)).toBe(true),
  );
  it.each(["10GB", "", "Gi", "1..5", "ten", "1 Gi", "-"])("rejects %j", (q) =>
    expect(isQuantity(q)).toBe(false),
  );
  it("accepts integers but not fractions as numbers", () => {
    expect(isQuantity(3)).toBe(true);
    expect(isQuantity(1.5)).toBe(false);
  });
  it("parses to base units", () => {
    expect(parseQuantity("1Gi")).toBe(2 ** 30);
    expect(parseQuantity("500m")).toBeCloseTo(0.5);
    expect(parseQuantity("2k")).toBe(2000);
    expect(parseQuantity("1e3")).toBe(1000);
    expect(parseQuantity("bogus")).toBeUndefined();
  });
  it.each<[string, number | undefined, string]>([
    ["", 1, "no suffix"],
    ["Ki", 1024, "binary"],
    ["Ei", 2 ** 60, "the largest binary"],
    ["m", 1e-3, "milli"],
    ["k", 1e3, "kilo is lower-case"],
    ["e-3", 1e-3, "an exponent"],
    ["E", 1e18, "exa, not an exponent"],
    ["K", undefined, "upper-case kilo is no suffix"],
    ["Gb", undefined, "nor is Gb"],
    ["toString", undefined, "nor a name every object has"],
    ["e", undefined, "an exponent needs digits"],
  ])("multiplies by the suffix %j: %s (%s)", (suffix, multiplier) =>
    expect(suffixMultiplier(suffix)).toBe(multiplier),
  );
});
