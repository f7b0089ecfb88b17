import { describe, expect, it } from "vitest";
import { encodeJsonValue } from "../cty/json.ts";
import { box1, boxType, engineFor, received, summaries } from "./engine.test-support.ts";
import { upgradeResourceState } from "./upgrade-resource-state.ts";

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const upgrade = (version: bigint, raw: Uint8Array) =>
  upgradeResourceState(engineFor(), { type_name: "toy_box", version, raw_state: { json: raw, flatmap: {} } });

describe("UpgradeResourceState", () => {
  it("reads state of the current version as it is, with write-only attributes null", async () => {
    const raw = new TextEncoder().encode(encodeJsonValue(box1("a", { id: "a", token_wo: "x" }), boxType));
    const answer = await upgrade(2n, raw);
    expect(received(answer.upgraded_state, boxType)).toEqual(box1("a", { id: "a" }));
  });

  it("drops attributes the schema no longer has, as hosts do", async () => {
    const answer = await upgrade(2n, json({ name: "a", size: null, id: "a", token_wo: null, gone: 1 }));
    expect(received(answer.upgraded_state, boxType)).toEqual(box1("a", { id: "a" }));
  });

  it("hands older state to the definition's upgrade", async () => {
    const answer = await upgrade(1n, json({ label: "old" }));
    expect(received(answer.upgraded_state, boxType)).toEqual(box1("old", { id: "old" }));
  });

  it.each([
    {
      version: 3n,
      raw: json({}),
      expected: ["error: State is newer than this provider"],
      reason: "a newer version",
    },
    {
      version: 2n,
      raw: new Uint8Array(),
      expected: ["error: Cannot upgrade state"],
      reason: "no JSON (flatmap)",
    },
  ])("refuses $reason", async ({ version, raw, expected }) => {
    const answer = await upgrade(version, raw);
    expect(summaries(answer.diagnostics)).toEqual(expected);
    expect(answer.upgraded_state).toBeUndefined();
  });
});
