import { describe, expect, it } from "vitest";
import { engineFor, toyDefinition } from "./engine.test-support.ts";
import { stopProvider } from "./stop-provider.ts";

describe("StopProvider", () => {
  it("aborts the calls running now, and not the ones after", async () => {
    const engine = engineFor();
    const running = engine.context("ReadResource");
    expect(await stopProvider(engine)).toEqual({ Error: "" });
    expect(running.signal.aborted).toBe(true);
    expect(engine.context("ReadResource").signal.aborted).toBe(false);
  });

  it("reports the definition's failure to stop as the response's error text", async () => {
    const def = { ...toyDefinition(), stop: () => Promise.reject(new Error("still busy")) };
    expect(await stopProvider(engineFor(def))).toEqual({ Error: "still busy" });
  });
});
