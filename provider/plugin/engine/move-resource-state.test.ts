import { describe, expect, it } from "vitest";
import { box1, boxType, engineFor, received, summaries } from "./engine.test-support.ts";
import { moveResourceState } from "./move-resource-state.ts";
import { encodePrivate } from "./values.ts";

describe("MoveResourceState", () => {
  const move = (source: string) =>
    moveResourceState(engineFor(), {
      source_provider_address: "registry.example/old/old",
      source_type_name: source,
      source_schema_version: 0n,
      source_state: { json: new TextEncoder().encode("{}"), flatmap: {} },
      target_type_name: "toy_box",
      source_private: new Uint8Array(),
      source_identity_schema_version: 0n,
    });

  it("gives the state the definition makes of the source", async () => {
    const answer = await move("old_box");
    expect(received(answer.target_state, boxType)).toEqual(box1("moved", { id: "moved" }));
    expect(answer.target_private).toEqual(encodePrivate({ from: "old_box" }));
  });

  it("passes the definition's refusal on, without a state", async () => {
    const answer = await move("fail");
    expect(summaries(answer.diagnostics)).toEqual(["error: refused"]);
    expect(answer.target_state).toBeUndefined();
  });
});
