import { describe, expect, it } from "vitest";
import { engineFor, summaries, toyDefinition, type Recorded } from "./engine.test-support.ts";
import { renewEphemeralResource } from "./renew-ephemeral-resource.ts";
import { encodePrivate } from "./values.ts";

describe("RenewEphemeralResource", () => {
  it("hands the private data to the definition and returns the renewed one", async () => {
    const recorded: Recorded = { calls: [] };
    const answer = await renewEphemeralResource(engineFor(toyDefinition(recorded)), {
      type_name: "toy_token",
      private: encodePrivate({ n: 1 }),
    });
    expect(answer.private).toEqual(encodePrivate({ n: 2 }));
    expect(recorded.calls).toEqual([{ name: "renew", req: { private: { n: 1 } } }]);
  });

  it("refuses an unknown type", async () => {
    const answer = await renewEphemeralResource(engineFor(), { type_name: "toy_x" });
    expect(summaries(answer.diagnostics)).toEqual(["error: Unknown ephemeral resource type"]);
  });
});
