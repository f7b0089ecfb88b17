import { describe, expect, it } from "vitest";
import { box1, boxType, engineFor, identityType, received, sent, summaries } from "./engine.test-support.ts";
import { readResource } from "./read-resource.ts";
import { encodePrivate } from "./values.ts";

const read = (state: ReturnType<typeof box1> | null) =>
  readResource(engineFor(), {
    type_name: "toy_box",
    current_state: sent(state, boxType),
    private: encodePrivate({ kept: true }),
  });

describe("ReadResource", () => {
  it("returns what the definition reads, with the identity and the private data kept", async () => {
    const answer = await read(box1("a", { id: "a", token_wo: "secret" }));
    expect(received(answer.new_state, boxType)).toEqual(box1("a", { id: "a", size: 1 }));
    expect(received(answer.new_identity?.identity_data, identityType)).toEqual({ id: "a" });
    expect(answer.private).toEqual(encodePrivate({ kept: true }));
  });

  it.each([
    { state: box1("gone"), expected: null, reason: "an object that is gone reads as null" },
    { state: null, expected: null, reason: "no state reads as null, without asking" },
  ])("$reason", async ({ state, expected }) => {
    const answer = await read(state);
    expect(received(answer.new_state, boxType)).toEqual(expected);
    expect(answer.new_identity).toBeUndefined();
  });

  it("a failed read keeps the state the host had", async () => {
    const answer = await read(box1("fail", { id: "x" }));
    expect(received(answer.new_state, boxType)).toEqual(box1("fail", { id: "x" }));
    expect(summaries(answer.diagnostics)).toEqual(["error: refused"]);
  });
});
