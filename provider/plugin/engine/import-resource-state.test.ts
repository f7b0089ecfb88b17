import { describe, expect, it } from "vitest";
import { box1, boxType, engineFor, identityType, received, sent, summaries } from "./engine.test-support.ts";
import { importResourceState } from "./import-resource-state.ts";

describe("ImportResourceState", () => {
  it.each([
    { id: "a", identity: undefined, reason: "by import ID" },
    { id: "", identity: { identity_data: sent({ id: "a" }, identityType) }, reason: "by identity" },
  ])("imports $reason, write-only attributes null", async ({ id, identity }) => {
    const answer = await importResourceState(engineFor(), { type_name: "toy_box", id, identity });
    const [imported] = answer.imported_resources ?? [];
    expect(imported?.type_name).toBe("toy_box");
    expect(received(imported?.state, boxType)).toEqual(box1("a", { id: "a" }));
    expect(received(imported?.identity?.identity_data, identityType)).toEqual({ id: "a" });
  });

  it("refuses a resource that cannot be imported", async () => {
    const engine = engineFor();
    delete engine.def.resources!.toy_box!.import;
    const answer = await importResourceState(engine, { type_name: "toy_box", id: "a" });
    expect(summaries(answer.diagnostics)).toEqual(["error: Import not supported"]);
  });
});
