import { describe, expect, it } from "vitest";
import {
  deletesTarget,
  nextStep,
  policiesOf,
  releasesUnobserved,
  type Observation,
  type Step,
} from "./policy.ts";
import type { ManagementAction } from "./types.ts";

describe("deletesTarget", () => {
  const cases: Array<{
    actions?: ManagementAction[];
    deletionPolicy?: "Orphan" | "Delete";
    deletes: boolean;
    reason: string;
  }> = [
    { deletes: true, reason: "modern, default policies [*]" },
    { actions: ["Observe", "Delete"], deletes: true, reason: "modern, Delete allowed" },
    { actions: ["Observe"], deletes: false, reason: "modern, observe-only" },
    { actions: ["Observe", "Create", "Update"], deletes: false, reason: "modern, no Delete action" },
    { deletionPolicy: "Delete", deletes: true, reason: "legacy, Delete with [*]" },
    { deletionPolicy: "Orphan", deletes: false, reason: "legacy, Orphan with the default [*] orphans" },
    {
      actions: ["Observe", "Delete"],
      deletionPolicy: "Orphan",
      deletes: true,
      reason: "legacy, an explicit Delete action in non-default policies wins over Orphan",
    },
    { actions: ["Observe"], deletionPolicy: "Delete", deletes: false, reason: "legacy, observe-only" },
  ];
  it.each(cases)("$reason", ({ actions, deletionPolicy, deletes }) => {
    expect(deletesTarget(policiesOf(actions, deletionPolicy))).toBe(deletes);
  });
});

describe("releasesUnobserved", () => {
  it.each([
    {
      actions: ["Observe"] as ManagementAction[],
      deleting: true,
      releases: true,
      reason: "observe-only, being deleted",
    },
    {
      deletionPolicy: "Orphan" as const,
      deleting: true,
      releases: true,
      reason: "legacy Orphan, being deleted",
    },
    { deleting: true, releases: false, reason: "default policies delete the target: observe first" },
    {
      actions: ["Observe"] as ManagementAction[],
      deleting: false,
      releases: false,
      reason: "not being deleted",
    },
  ])("$reason", ({ actions, deletionPolicy, deleting, releases }) => {
    expect(releasesUnobserved(policiesOf(actions, deletionPolicy), deleting)).toBe(releases);
  });
});

describe("nextStep", () => {
  const live: Observation = { deleting: false, exists: true, upToDate: true };
  const cases: Array<{ actions?: ManagementAction[]; o: Observation; step: Step; reason: string }> = [
    { o: { ...live, exists: false, upToDate: false }, step: "create", reason: "absent target is created" },
    { o: { ...live, upToDate: false }, step: "update", reason: "a drifted target is applied again" },
    { o: live, step: "observe", reason: "an up-to-date target is only read" },
    {
      actions: ["Observe"],
      o: { ...live, exists: false, upToDate: false },
      step: "missing",
      reason: "observe-only and absent is an error",
    },
    {
      actions: ["Observe"],
      o: { ...live, upToDate: false },
      step: "observe",
      reason: "observe-only never writes, drifted or not",
    },
    {
      actions: ["Observe", "Create"],
      o: { ...live, upToDate: false },
      step: "observe",
      reason: "without Update a drifted target is left alone",
    },
    {
      actions: ["Observe", "Delete"],
      o: { ...live, exists: false, upToDate: false },
      step: "wait",
      reason: "without Create an absent target is not created",
    },
    { o: { ...live, deleting: true }, step: "delete", reason: "deletion deletes an existing target" },
    {
      o: { deleting: true, exists: false, upToDate: false },
      step: "release",
      reason: "deletion releases once the target is gone",
    },
    {
      actions: ["Observe"],
      o: { ...live, deleting: true },
      step: "release",
      reason: "observe-only deletion leaves the target",
    },
  ];
  it.each(cases)("$reason", ({ actions, o, step }) => {
    expect(nextStep(policiesOf(actions), o)).toBe(step);
  });
});
