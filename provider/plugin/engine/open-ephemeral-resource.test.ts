import { describe, expect, it } from "vitest";
import { configType, engineFor, received, sent, summaries } from "./engine.test-support.ts";
import { openEphemeralResource } from "./open-ephemeral-resource.ts";
import { encodePrivate } from "./values.ts";

describe("OpenEphemeralResource", () => {
  it("gives the result, the private data and when to renew", async () => {
    const answer = await openEphemeralResource(engineFor(), {
      type_name: "toy_token",
      config: sent({ region: "eu" }, configType),
    });
    expect(received(answer.result, configType)).toEqual({ region: "opened" });
    expect(answer.private).toEqual(encodePrivate({ n: 1 }));
    expect(answer.renew_at).toEqual({ seconds: 1n, nanos: 500_000_000 });
  });

  it("refuses an unknown type", async () => {
    const answer = await openEphemeralResource(engineFor(), { type_name: "toy_x" });
    expect(summaries(answer.diagnostics)).toEqual(["error: Unknown ephemeral resource type"]);
  });
});
