import { describe, expect, it } from "vitest";
import { pollingPause } from "./platform.ts";

describe("polling while waiting", () => {
  it("starts short and doubles up to a second", () => {
    const pause = pollingPause();
    expect(Array.from({ length: 7 }, pause)).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
  });
});
