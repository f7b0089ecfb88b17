import { describe, expect, it } from "vitest";
import { applyResourceChange } from "./apply-resource-change.ts";
import {
  box1,
  boxType,
  engineFor,
  identityType,
  noPrivate,
  received,
  sent,
  summaries,
  toyDefinition,
  type Recorded,
} from "./engine.test-support.ts";
import { encodePrivate } from "./values.ts";
import { unknown } from "../cty/values.ts";

const apply = (
  prior: ReturnType<typeof box1> | null,
  planned: ReturnType<typeof box1> | null,
  recorded?: Recorded,
) =>
  applyResourceChange(engineFor(toyDefinition(recorded)), {
    type_name: "toy_box",
    prior_state: sent(prior, boxType),
    planned_state: sent(planned, boxType),
    config: sent(planned, boxType),
    planned_private: noPrivate,
  });

describe("ApplyResourceChange", () => {
  it("creates: the new state, the private data and the identity the definition returns", async () => {
    const answer = await apply(null, box1("a", { id: unknown }));
    expect(answer.diagnostics).toEqual([]);
    expect(received(answer.new_state, boxType)).toEqual(box1("a", { id: "a" }));
    expect(answer.private).toEqual(encodePrivate({ v: 1 }));
    expect(received(answer.new_identity?.identity_data, identityType)).toEqual({ id: "a" });
  });

  it.each([
    { prior: box1("a", { id: "a" }), planned: box1("a", { size: 2, id: "a" }), call: "update" },
    { prior: box1("a", { id: "a" }), planned: null, call: "delete" },
    { prior: null, planned: box1("a"), call: "create" },
  ])("calls $call for a plan from $prior.name to $planned.name", async ({ prior, planned, call }) => {
    const recorded: Recorded = { calls: [] };
    await apply(prior, planned, recorded);
    expect(recorded.calls.map((c) => c.name)).toEqual([call]);
  });

  it("a failed create keeps the prior (null) state and passes the error on", async () => {
    const answer = await apply(null, box1("fail"));
    expect(received(answer.new_state, boxType)).toBeNull();
    expect(summaries(answer.diagnostics)).toEqual(["error: refused"]);
  });

  it("a failed delete keeps the state it could not delete", async () => {
    const answer = await apply(box1("fail", { id: "x" }), null);
    expect(received(answer.new_state, boxType)).toEqual(box1("fail", { id: "x" }));
    expect(summaries(answer.diagnostics)).toEqual(["error: refused"]);
  });

  it("a state that differs from the plan is recorded and reported", async () => {
    const engine = engineFor();
    engine.def.resources!.toy_box!.create = async (req) => ({ state: { ...req.planned, id: "a", size: 9 } });
    const answer = await applyResourceChange(engine, {
      type_name: "toy_box",
      planned_state: sent(box1("a", { size: 1, id: "a" }), boxType),
      config: sent(box1("a", { size: 1 }), boxType),
      planned_private: noPrivate,
    });
    expect(received(answer.new_state, boxType)).toMatchObject({ size: 9 });
    expect(summaries(answer.diagnostics)).toEqual(["error: Provider produced an invalid response"]);
  });
});
