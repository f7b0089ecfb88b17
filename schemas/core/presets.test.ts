import { describe, expect, it } from "vitest";
import { DEPRECATED_PRESET_ALIASES, presetSizing, RESOURCES_PRESETS, smallestPresetFor } from "./presets.ts";

describe("resources presets", () => {
  it("has the platform's 47 values: 40 current and 7 deprecated aliases", () => {
    expect(RESOURCES_PRESETS).toHaveLength(47);
    expect(new Set(RESOURCES_PRESETS).size).toBe(47);
    expect(RESOURCES_PRESETS.slice(0, 3)).toEqual(["t1.nano", "t1.micro", "t1.small"]);
    expect(RESOURCES_PRESETS.slice(-7)).toEqual(Object.keys(DEPRECATED_PRESET_ALIASES));
  });
  it("sizes a preset from its series and size", () => {
    expect(presetSizing("u1.medium")).toEqual({ preset: "u1.medium", cpu: 2, memory: 8 * 2 ** 30 });
    expect(presetSizing("t1.nano")).toEqual({ preset: "t1.nano", cpu: 0.25, memory: 0.125 * 2 ** 30 });
  });
  it("resolves deprecated aliases to their current presets", () => {
    expect(presetSizing("medium").preset).toBe("c1.small");
    expect(presetSizing("2xlarge").preset).toBe("c1.xlarge");
  });
  it("finds the smallest preset that fits", () => {
    expect(smallestPresetFor(1, 2 ** 30)?.preset).toBe("c1.small");
    expect(smallestPresetFor(0.1, 100 * 2 ** 20)?.preset).toBe("t1.nano");
    expect(smallestPresetFor(2, 16 * 2 ** 30)?.preset).toBe("m1.medium");
    expect(smallestPresetFor(3, 4 * 2 ** 30)?.preset).toBe("c1.large");
    expect(smallestPresetFor(64, 1)).toBeUndefined();
  });
});
