import { describe, expect, it } from "vitest";
import {
  readyCondition,
  reconcileError,
  setConditions,
  syncedCondition,
  unknownAfterFatal,
  type ComposedReadiness,
} from "./conditions.ts";
import type { Condition } from "./types.ts";

const T0 = "2026-01-01T00:00:00Z";
const T1 = "2026-01-01T00:01:00Z";

describe("setConditions", () => {
  const existing: Condition[] = [
    { type: "Synced", status: "True", reason: "ReconcileSuccess", lastTransitionTime: T0 },
    { type: "Custom", status: "False", reason: "Waiting", message: "m", lastTransitionTime: T0 },
  ];

  it("keeps the transition time of an unchanged condition", () => {
    const out = setConditions(existing, [{ type: "Synced", status: "True", reason: "ReconcileSuccess" }], T1);
    expect(out[0]!.lastTransitionTime).toBe(T0);
  });

  it("stamps a changed message as a transition, even with the same status", () => {
    const out = setConditions(
      existing,
      [{ type: "Custom", status: "False", reason: "Waiting", message: "other" }],
      T1,
    );
    expect(out[1]).toEqual({
      type: "Custom",
      status: "False",
      reason: "Waiting",
      message: "other",
      lastTransitionTime: T1,
    });
  });

  it("replaces in place and appends new types, leaving the input alone", () => {
    const out = setConditions(
      existing,
      [reconcileError("boom"), { type: "Ready", status: "True", reason: "Available" }],
      T1,
    );
    expect(out.map((c) => c.type)).toEqual(["Synced", "Custom", "Ready"]);
    expect(out[0]).toEqual({
      type: "Synced",
      status: "False",
      reason: "ReconcileError",
      message: "boom",
      lastTransitionTime: T1,
    });
    expect(existing[0]!.status).toBe("True");
  });
});

describe("readiness of the XR", () => {
  const r = (name: string, ready: boolean, synced = true): ComposedReadiness => ({ name, ready, synced });
  const cases: Array<{
    reason: string;
    composed: ComposedReadiness[];
    override?: "True" | "False";
    want: object;
  }> = [
    {
      reason: "no composed resources is Available",
      composed: [],
      want: { status: "True", reason: "Available" },
    },
    {
      reason: "all READY_TRUE is Available",
      composed: [r("a", true)],
      want: { status: "True", reason: "Available" },
    },
    {
      reason: "unready resources are named, sorted, three at most",
      composed: [r("e", false), r("a", true), r("d", false), r("c", false), r("b", false)],
      want: { status: "False", reason: "Creating", message: "Unready resources: b, c, d, and 1 more" },
    },
    {
      reason: "a composite ready TRUE overrides unready resources",
      composed: [r("a", false)],
      override: "True",
      want: { status: "True", reason: "Available" },
    },
    {
      reason: "a composite ready FALSE overrides, with no message",
      composed: [r("a", true)],
      override: "False",
      want: { status: "False", reason: "Creating" },
    },
  ];
  it.each(cases)("$reason", ({ composed, override, want }) => {
    expect(readyCondition(composed, override)).toEqual({ type: "Ready", ...want });
  });

  it("is not synced when the apiserver refused a composed resource as invalid", () => {
    expect(syncedCondition([r("a", true, false), r("b", true)])).toEqual(
      reconcileError("Unsynced resources: a"),
    );
    expect(syncedCondition([r("a", true)]).status).toBe("True");
  });
});

describe("after a FATAL result", () => {
  it("marks unreported custom conditions Unknown and leaves system and reported ones", () => {
    const existing: Condition[] = [
      { type: "Ready", status: "True", reason: "Available", lastTransitionTime: T0 },
      { type: "DatabaseReady", status: "True", reason: "Available", lastTransitionTime: T0 },
      { type: "Reported", status: "True", reason: "Fine", lastTransitionTime: T0 },
    ];
    expect(unknownAfterFatal(existing, new Set(["Reported"]))).toEqual([
      {
        type: "DatabaseReady",
        status: "Unknown",
        reason: "FatalError",
        message: "A fatal error occurred before the status of this condition could be determined.",
      },
    ]);
  });
});
