import { describe, expect, it } from "vitest";
import { t } from "../cty/types.ts";
import { typeBytes } from "./toproto.ts";
import { engineFor } from "./engine.test-support.ts";
import { getFunctions } from "./get-functions.ts";

describe("GetFunctions", () => {
  const engine = engineFor();

  it("GetFunctions gives each function's parameters and return type as JSON type bytes", async () => {
    const answer = await getFunctions(engine);
    const double = answer.functions?.double;
    expect(double?.parameters?.map((p) => p.name)).toEqual(["n"]);
    expect(double?.return?.type).toEqual(typeBytes(t.number));
  });
});
