import { describe, expect, it } from "vitest";
import { assessReadiness, currentConditions, type AfterWrite, type Condition } from "./readiness.ts";

const T0 = "2026-12-01T10:00:00Z";
const T1 = "2026-12-01T10:00:05Z";
const ready = (extra: Partial<Condition> = {}): Condition => ({
  type: "Ready",
  status: "True",
  reason: "ReconciliationSucceeded",
  message: "Helm upgrade succeeded",
  lastTransitionTime: T0,
  ...extra,
});

describe("currentConditions: which conditions speak for the current spec", () => {
  const cases: Array<{
    reason: string;
    conditions: Condition[];
    generation?: number;
    afterWrite?: AfterWrite;
    status: string;
  }> = [
    {
      reason: "a condition of an older generation is stale (Kubernetes-style servers)",
      conditions: [ready({ observedGeneration: 1 })],
      generation: 2,
      status: "Unknown",
    },
    {
      reason: "a condition of the current generation counts",
      conditions: [ready({ observedGeneration: 2 })],
      generation: 2,
      status: "True",
    },
    {
      reason: "the real API right after an update: the previous Ready=True, unmoved, is not news",
      conditions: [ready()],
      afterWrite: { before: [ready()], elapsedMs: 200 },
      status: "Unknown",
    },
    {
      reason: "a new transition after the write counts",
      conditions: [ready({ lastTransitionTime: T1 })],
      afterWrite: { before: [ready()], elapsedMs: 3000 },
      status: "True",
    },
    {
      reason: "a new message counts, even within the same second",
      conditions: [ready({ message: "Helm upgrade succeeded for release 2" })],
      afterWrite: { before: [ready()], elapsedMs: 300 },
      status: "True",
    },
    {
      reason: "nothing moved for the settle time: the platform had nothing to do",
      conditions: [ready()],
      afterWrite: { before: [ready()], elapsedMs: 10_000 },
      status: "True",
    },
    {
      reason: "a shorter settle time is honoured",
      conditions: [ready()],
      afterWrite: { before: [ready()], elapsedMs: 600, settleMs: 500 },
      status: "True",
    },
    {
      reason: "a condition that did not exist before the write is news",
      conditions: [ready()],
      afterWrite: { before: [], elapsedMs: 10 },
      status: "True",
    },
    {
      reason: "no write, no generation: the condition stands",
      conditions: [ready()],
      status: "True",
    },
    {
      reason: "a failure after the write is reported as it is",
      conditions: [ready({ status: "False", reason: "UpgradeFailed", lastTransitionTime: T1 })],
      afterWrite: { before: [ready()], elapsedMs: 100 },
      status: "False",
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(currentConditions(c.conditions, c.generation, c.afterWrite)[0]!.status).toBe(c.status);
    });
  }

  it("keeps an update pending while Ready has not moved, then ready once it has", () => {
    const decl = { conditions: ["Ready"] };
    const before = [ready()];
    const stale = currentConditions([ready()], undefined, { before, elapsedMs: 100 });
    expect(assessReadiness(decl, { conditions: stale })).toEqual({
      state: "pending",
      waitingFor: "condition Ready",
    });
    const moved = currentConditions([ready({ lastTransitionTime: T1 })], undefined, {
      before,
      elapsedMs: 900,
    });
    expect(assessReadiness(decl, { conditions: moved })).toEqual({ state: "ready" });
  });
});
