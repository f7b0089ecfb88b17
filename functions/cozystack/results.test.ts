import { Severity, Status, Target } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { condition, fatal, internalError, joinPath, problem, redact, warning } from "./results.ts";

describe("joinPath", () => {
  it.each([
    { reason: "plain names joined by dots", path: ["input", "target", "type"], text: "input.target.type" },
    { reason: "list indexes in brackets", path: ["spec", "items", 0, "name"], text: "spec.items[0].name" },
    {
      reason: "keys that are no plain names quoted",
      path: ["input", "overrides", "labels", "app.kubernetes.io/name"],
      text: 'input.overrides.labels["app.kubernetes.io/name"]',
    },
    { reason: "an empty key quoted", path: ["input", ""], text: 'input[""]' },
  ])("renders $reason", ({ path, text }) => {
    expect(joinPath(path)).toBe(text);
  });
});

describe("results", () => {
  it("puts every problem, with its path, in one FATAL for the XR", () => {
    expect(
      fatal([problem("spec.replicas", "must be at least 0"), problem("spec.size", "must be a quantity")]),
    ).toEqual({
      severity: Severity.SEVERITY_FATAL,
      message: "spec.replicas: must be at least 0; spec.size: must be a quantity",
      reason: "InvalidInput",
      target: Target.TARGET_COMPOSITE,
    });
  });

  it("says nothing of an internal failure but where to look", () => {
    expect(internalError()).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InternalError" });
    expect(internalError().message).toMatch(/log/);
  });

  it("warns the XR and its claim", () => {
    expect(warning("PlatformNotReady", "m")).toEqual({
      severity: Severity.SEVERITY_WARNING,
      message: "m",
      reason: "PlatformNotReady",
      target: Target.TARGET_COMPOSITE_AND_CLAIM,
    });
  });
});

describe("condition", () => {
  it.each([
    { reason: "a PascalCase reason is kept", given: "InstallFailed", kept: "InstallFailed" },
    {
      reason: "a reason with a colon and comma is kept",
      given: "Error:Helm,Render",
      kept: "Error:Helm,Render",
    },
    { reason: "a reason with spaces is replaced", given: "install failed", kept: "PlatformNotReady" },
    { reason: "an empty reason is replaced", given: "", kept: "PlatformNotReady" },
  ])("$reason", ({ given, kept }) => {
    expect(condition("PlatformReady", "False", given, "m", "PlatformNotReady")).toEqual({
      type: "PlatformReady",
      status: Status.STATUS_CONDITION_FALSE,
      reason: kept,
      message: "m",
      target: Target.TARGET_COMPOSITE_AND_CLAIM,
    });
  });
});

describe("redact", () => {
  it.each([
    {
      reason: "a secret inside a message",
      text: "bad password hunter22 given",
      out: "bad password (a secret value, not shown) given",
    },
    {
      reason: "every occurrence",
      text: "hunter22/hunter22",
      out: "(a secret value, not shown)/(a secret value, not shown)",
    },
    {
      reason: "the longer secret first, so no part of it is left",
      text: "key hunter22-long",
      out: "key (a secret value, not shown)",
    },
    { reason: "nothing when no secret occurs", text: "all fine", out: "all fine" },
    { reason: "not values too short to mean anything", text: "a b c", out: "a b c" },
  ])("removes $reason", ({ text, out }) => {
    expect(redact(text, new Set(["hunter22", "hunter22-long", "b"]))).toBe(out);
  });
});
