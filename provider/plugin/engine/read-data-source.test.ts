import { describe, expect, it } from "vitest";
import { unknown } from "../cty/values.ts";
import { box1, boxType, engineFor, received, sent, summaries } from "./engine.test-support.ts";
import { readDataSource } from "./read-data-source.ts";

describe("ReadDataSource", () => {
  it.each([
    { name: "a", expected: [], state: box1("a", { id: "found" }), reason: "a wholly known result" },
    {
      name: "fail",
      expected: ["error: refused"],
      state: undefined,
      reason: "the definition's error, no state",
    },
  ])("$reason", async ({ name, expected, state }) => {
    const answer = await readDataSource(engineFor(), {
      type_name: "toy_lookup",
      config: sent(box1(name), boxType),
    });
    expect(summaries(answer.diagnostics)).toEqual(expected);
    expect(answer.state && received(answer.state, boxType)).toEqual(state);
  });

  it("refuses a result that is not wholly known", async () => {
    const engine = engineFor();
    engine.def.dataSources!.toy_lookup!.read = async (req) => ({
      state: { ...req.config, id: unknown },
    });
    const answer = await readDataSource(engine, {
      type_name: "toy_lookup",
      config: sent(box1("a"), boxType),
    });
    expect(summaries(answer.diagnostics)).toEqual(["error: Provider produced an invalid response"]);
  });
});
