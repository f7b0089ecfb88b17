import { describe, expect, it } from "vitest";
import {
  configType,
  engineFor,
  received,
  sent,
  summaries,
  toyDefinition,
  type Recorded,
} from "./engine.test-support.ts";
import {
  closeEphemeralResource,
  openEphemeralResource,
  renewEphemeralResource,
} from "./ephemeral-resource.ts";
import { encodePrivate } from "./values.ts";

describe("the ephemeral resource calls", () => {
  it("open gives the result, the private data and when to renew", async () => {
    const answer = await openEphemeralResource(engineFor(), {
      type_name: "toy_token",
      config: sent({ region: "eu" }, configType),
    });
    expect(received(answer.result, configType)).toEqual({ region: "opened" });
    expect(answer.private).toEqual(encodePrivate({ n: 1 }));
    expect(answer.renew_at).toEqual({ seconds: 1n, nanos: 500_000_000 });
  });

  it("renew and close hand the private data back to the definition", async () => {
    const recorded: Recorded = { calls: [] };
    const engine = engineFor(toyDefinition(recorded));
    const renewed = await renewEphemeralResource(engine, {
      type_name: "toy_token",
      private: encodePrivate({ n: 1 }),
    });
    expect(renewed.private).toEqual(encodePrivate({ n: 2 }));
    await closeEphemeralResource(engine, { type_name: "toy_token", private: encodePrivate({ n: 2 }) });
    expect(recorded.calls).toEqual([
      { name: "renew", req: { private: { n: 1 } } },
      { name: "close", req: { private: { n: 2 } } },
    ]);
  });

  it.each([
    { call: "open", run: () => openEphemeralResource(engineFor(), { type_name: "toy_x" }) },
    { call: "renew", run: () => renewEphemeralResource(engineFor(), { type_name: "toy_x" }) },
    { call: "close", run: () => closeEphemeralResource(engineFor(), { type_name: "toy_x" }) },
  ])("$call refuses an unknown type", async ({ run }) => {
    expect(summaries((await run()).diagnostics)).toEqual(["error: Unknown ephemeral resource type"]);
  });
});
