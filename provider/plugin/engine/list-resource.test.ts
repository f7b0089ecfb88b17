import { describe, expect, it } from "vitest";
import { configType, engineFor, identityType, received, sent, summaries } from "./engine.test-support.ts";
import { listResource } from "./list-resource.ts";

async function events(typeName: string, region: string) {
  const out = [];
  const call = { signal: new AbortController().signal, onFinished: () => {} };
  for await (const e of listResource(
    engineFor(),
    { type_name: typeName, config: sent({ region }, configType), include_resource_object: true, limit: 10n },
    call,
  ))
    out.push(e);
  return out;
}

describe("ListResource", () => {
  it("streams one event per object, a diagnostic as its own event", async () => {
    const [a, b] = await events("toy_box", "eu");
    expect(received(a?.identity?.identity_data, identityType)).toEqual({ id: "a" });
    expect(a?.display_name).toBe("A");
    expect(a?.resource_object).toBeDefined();
    expect(summaries(b?.diagnostic ? [b.diagnostic] : [])).toEqual(["error: b is odd"]);
  });

  it.each([
    {
      type: "toy_box",
      region: "throw",
      last: "error: Listing toy_box failed",
      reason: "a failure ends the stream with a diagnostic",
    },
    {
      type: "toy_nothing",
      region: "eu",
      last: "error: Unknown list resource type",
      reason: "an unknown type is one diagnostic",
    },
  ])("$reason", async ({ type, region, last }) => {
    const all = await events(type, region);
    const end = all.at(-1);
    expect(summaries(end?.diagnostic ? [end.diagnostic] : [])).toEqual([last]);
  });
});
