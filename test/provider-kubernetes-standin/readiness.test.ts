import { describe, expect, it } from "vitest";
import { readiness } from "./readiness.ts";
import type { ReadinessPolicy } from "./types.ts";

const target = (...conditions: Array<[string, string]>) => ({
  apiVersion: "example.org/v1",
  kind: "Thing",
  status: { conditions: conditions.map(([type, status]) => ({ type, status })) },
});

describe("readiness", () => {
  const cases: Array<{
    policy?: ReadinessPolicy;
    observed: Record<string, unknown>;
    upToDate?: boolean;
    want: { status: string; reason: string } | undefined;
    reason: string;
  }> = [
    {
      observed: target(),
      want: { status: "True", reason: "Available" },
      reason: "default: created is ready",
    },
    {
      observed: target(),
      upToDate: false,
      want: undefined,
      reason: "default: not up to date leaves Ready alone",
    },
    {
      policy: "DeriveFromObject",
      observed: target(["Ready", "True"]),
      want: { status: "True", reason: "Available" },
      reason: "DeriveFromObject: the target's Ready=True",
    },
    {
      policy: "DeriveFromObject",
      observed: target(["Ready", "False"], ["Synced", "True"]),
      want: { status: "False", reason: "Unavailable" },
      reason: "DeriveFromObject: the target's Ready=False",
    },
    {
      policy: "DeriveFromObject",
      observed: { kind: "ConfigMap" },
      want: { status: "False", reason: "Unavailable" },
      reason: "DeriveFromObject: a target without conditions is not ready",
    },
    {
      policy: "AllTrue",
      observed: target(["Ready", "True"], ["Synced", "True"]),
      want: { status: "True", reason: "Available" },
      reason: "AllTrue: every condition True",
    },
    {
      policy: "AllTrue",
      observed: target(["Ready", "True"], ["Degraded", "False"]),
      want: { status: "False", reason: "Unavailable" },
      reason: "AllTrue: one condition not True",
    },
    {
      policy: "AllTrue",
      observed: target(),
      want: { status: "False", reason: "Unavailable" },
      reason: "AllTrue: no conditions at all",
    },
    {
      policy: "DeriveFromCelQuery",
      observed: target(["Ready", "True"]),
      want: { status: "False", reason: "Unavailable" },
      reason: "DeriveFromCelQuery: not evaluated by the stand-in",
    },
  ];
  it.each(cases)("$reason", ({ policy, observed, upToDate, want }) => {
    const got = readiness(policy, observed, upToDate ?? true);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject({ type: "Ready", ...want });
  });
});
