import { describe, expect, it } from "vitest";
import { t } from "../cty/types.ts";
import { callFunction } from "./call-function.ts";
import { engineFor, received, sent } from "./engine.test-support.ts";

describe("CallFunction", () => {
  it("returns the function's result", async () => {
    const answer = await callFunction(engineFor(), { name: "double", arguments: [sent(21, t.number)] });
    expect(received(answer.result, t.number)).toBe(42);
    expect(answer.error).toBeUndefined();
  });

  it.each([
    {
      name: "double",
      args: [null],
      error: { text: "argument n must not be null", function_argument: 0n },
      reason: "a null where none is allowed",
    },
    {
      name: "double",
      args: [1, 2],
      error: { text: "too many arguments: double takes 1", function_argument: 1n },
      reason: "an argument too many",
    },
    {
      name: "nothing",
      args: [],
      error: { text: "unknown function nothing" },
      reason: "a function the provider lacks",
    },
  ])("answers with an error for $reason", async ({ name, args, error }) => {
    const answer = await callFunction(engineFor(), { name, arguments: args.map((a) => sent(a, t.number)) });
    expect(answer.error).toEqual(error);
  });
});
