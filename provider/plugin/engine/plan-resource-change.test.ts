import { describe, expect, it } from "vitest";
import { Unknown } from "../cty/values.ts";
import { box1, boxType, engineFor, noPrivate, received, sent, summaries } from "./engine.test-support.ts";
import { planResourceChange } from "./plan-resource-change.ts";

const plan = (prior: ReturnType<typeof box1> | null, config: ReturnType<typeof box1> | null) =>
  planResourceChange(engineFor(), {
    type_name: "toy_box",
    prior_state: sent(prior, boxType),
    proposed_new_state: sent(config && prior ? { ...config, id: prior.id ?? null } : config, boxType),
    config: sent(config, boxType),
    prior_private: noPrivate,
  });

describe("PlanResourceChange", () => {
  it("plans a create with the unset computed attributes unknown and the write-only ones null", async () => {
    const answer = await plan(null, box1("a", { token_wo: "secret" }));
    expect(answer.diagnostics).toEqual([]);
    const planned = received(answer.planned_state, boxType);
    expect(planned).toMatchObject({ name: "a", token_wo: null });
    expect(planned).toHaveProperty("id", expect.any(Unknown));
    expect(answer.requires_replace).toEqual([]);
  });

  it("passes on what the definition says needs replacing, for an update", async () => {
    const answer = await plan(box1("a", { id: "a" }), box1("b"));
    expect(answer.requires_replace).toEqual([{ steps: [{ attribute_name: "name" }] }]);
  });

  it("plans a destroy as a null state, keeping the private data", async () => {
    const answer = await plan(box1("a", { id: "a" }), null);
    expect(received(answer.planned_state, boxType)).toBeNull();
    expect(answer.planned_private).toEqual(noPrivate);
  });

  it.each([
    { name: "fail", expected: ["error: refused"], reason: "the definition's error stops the plan" },
    {
      name: "throw",
      expected: ["error: Unexpected error in PlanResourceChange"],
      reason: "a throw is a diagnostic",
    },
  ])("$reason", async ({ name, expected }) => {
    const answer = await plan(null, box1(name));
    expect(summaries(answer.diagnostics)).toEqual(expected);
    expect(answer.planned_state).toBeUndefined();
  });

  it("refuses a plan that changes what the configuration sets (the rules apply)", async () => {
    const engine = engineFor();
    const r = engine.def.resources!.toy_box!;
    r.plan = async (req) => ({ planned: { ...req.proposed, name: "other" } });
    const answer = await planResourceChange(engine, {
      type_name: "toy_box",
      proposed_new_state: sent(box1("a"), boxType),
      config: sent(box1("a"), boxType),
      prior_private: noPrivate,
    });
    expect(summaries(answer.diagnostics)).toEqual(["error: Provider produced an invalid response"]);
  });

  it("refuses a replacement path that is not an attribute", async () => {
    const engine = engineFor();
    engine.def.resources!.toy_box!.plan = async () => ({ requiresReplace: [["nope"]] });
    const answer = await planResourceChange(engine, {
      type_name: "toy_box",
      prior_state: sent(box1("a", { id: "a" }), boxType),
      proposed_new_state: sent(box1("a", { id: "a" }), boxType),
      config: sent(box1("a"), boxType),
      prior_private: noPrivate,
    });
    expect(answer.diagnostics?.[0]?.detail).toContain(
      'RequiresReplace names ["nope"], which is not an attribute of toy_box',
    );
  });
});
