import { describe, expect, it } from "vitest";
import { available, reconcileSuccess } from "../crossplane-standin/conditions.ts";
import { nextStatus } from "./status.ts";
import type { KubernetesObject } from "./types.ts";

const T0 = "2026-01-01T00:00:00Z";
const T1 = "2026-01-01T00:01:00Z";

const object = (status?: KubernetesObject["status"]): KubernetesObject => ({
  metadata: { name: "o", generation: 3 },
  spec: { forProvider: { manifest: { apiVersion: "v1", kind: "ConfigMap" } } },
  status,
});

describe("nextStatus", () => {
  it("mirrors the observed target whole and stamps conditions with the generation", () => {
    const observed = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "o" }, data: { k: "v" } };
    const status = nextStatus(object(), { conditions: [reconcileSuccess(), available()], observed }, T0);
    expect(status.atProvider?.manifest).toEqual(observed);
    expect(status.conditions).toEqual([
      {
        type: "Synced",
        status: "True",
        reason: "ReconcileSuccess",
        observedGeneration: 3,
        lastTransitionTime: T0,
      },
      { type: "Ready", status: "True", reason: "Available", observedGeneration: 3, lastTransitionTime: T0 },
    ]);
  });

  it("keeps the last observed target and Ready when this reconcile read neither", () => {
    const before = nextStatus(
      object(),
      { conditions: [reconcileSuccess(), available()], observed: { kind: "ConfigMap" } },
      T0,
    );
    const after = nextStatus(
      object(before),
      { conditions: [{ type: "Synced", status: "False", reason: "ReconcileError", message: "gone" }] },
      T1,
    );
    expect(after.atProvider?.manifest).toEqual({ kind: "ConfigMap" });
    expect(after.conditions?.find((c) => c.type === "Ready")?.lastTransitionTime).toBe(T0);
    expect(after.conditions?.find((c) => c.type === "Synced")).toMatchObject({
      status: "False",
      lastTransitionTime: T1,
    });
  });
});
