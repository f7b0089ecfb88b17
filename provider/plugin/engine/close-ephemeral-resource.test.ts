import { describe, expect, it } from "vitest";
import { closeEphemeralResource } from "./close-ephemeral-resource.ts";
import { engineFor, summaries, toyDefinition, type Recorded } from "./engine.test-support.ts";
import { encodePrivate } from "./values.ts";

describe("CloseEphemeralResource", () => {
  it("hands the private data back to the definition", async () => {
    const recorded: Recorded = { calls: [] };
    const answer = await closeEphemeralResource(engineFor(toyDefinition(recorded)), {
      type_name: "toy_token",
      private: encodePrivate({ n: 2 }),
    });
    expect(answer.diagnostics).toEqual([]);
    expect(recorded.calls).toEqual([{ name: "close", req: { private: { n: 2 } } }]);
  });

  it("refuses an unknown type", async () => {
    const answer = await closeEphemeralResource(engineFor(), { type_name: "toy_x" });
    expect(summaries(answer.diagnostics)).toEqual(["error: Unknown ephemeral resource type"]);
  });
});
