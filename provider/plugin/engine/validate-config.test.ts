import { describe, expect, it } from "vitest";
import {
  boxType,
  configType,
  engineFor,
  summaries,
  sent,
  toyDefinition,
  type Recorded,
} from "./engine.test-support.ts";
import {
  validateDataResourceConfig,
  validateEphemeralResourceConfig,
  validateListResourceConfig,
  validateProviderConfig,
  validateResourceConfig,
} from "./validate-config.ts";

const box = (name: string) => sent({ name, size: null, id: null, token_wo: null }, boxType);

describe("the Validate*Config calls", () => {
  it.each([
    { region: "eu", expected: [], reason: "the definition finds nothing wrong" },
    { region: "fail", expected: ["error: refused"], reason: "the definition's diagnostics are passed on" },
    {
      region: "throw",
      expected: ["error: Unexpected error in ValidateProviderConfig"],
      reason: "a throw becomes a diagnostic",
    },
  ])("ValidateProviderConfig, region $region: $reason", async ({ region, expected }) => {
    const answer = await validateProviderConfig(engineFor(), { config: sent({ region }, configType) });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });

  it("ValidateResourceConfig hands the configuration and the client's capabilities to the resource", async () => {
    const recorded: Recorded = { calls: [] };
    const answer = await validateResourceConfig(engineFor(toyDefinition(recorded)), {
      type_name: "toy_box",
      config: box("a"),
      client_capabilities: { deferral_allowed: false, write_only_attributes_allowed: true },
    });
    expect(answer.diagnostics).toEqual([]);
    expect(recorded.calls).toEqual([
      {
        name: "validate",
        req: {
          config: { name: "a", size: null, id: null, token_wo: null },
          clientCapabilities: { deferralAllowed: false, writeOnlyAttributesAllowed: true },
        },
      },
    ]);
  });

  it.each([
    { call: validateResourceConfig, kind: "resource" },
    { call: validateDataResourceConfig, kind: "data source" },
    { call: validateEphemeralResourceConfig, kind: "ephemeral resource" },
    { call: validateListResourceConfig, kind: "list resource" },
  ])("an unknown $kind type is refused by name", async ({ call, kind }) => {
    const answer = await call(engineFor(), { type_name: "toy_nothing", config: box("a") });
    expect(summaries(answer.diagnostics)).toEqual([`error: Unknown ${kind} type`]);
    expect(answer.diagnostics[0]?.detail).toBe(`This provider has no ${kind} "toy_nothing".`);
  });

  it("a definition without validate accepts any configuration", async () => {
    const answer = await validateDataResourceConfig(engineFor(), {
      type_name: "toy_lookup",
      config: box("fail"),
    });
    expect(answer.diagnostics).toEqual([]);
  });

  it("a configuration the host did not send is an error, not a crash", async () => {
    const answer = await validateListResourceConfig(engineFor(), { type_name: "toy_box" });
    expect(summaries(answer.diagnostics)).toEqual([
      "error: ValidateListResourceConfig: the host sent no configuration",
    ]);
  });
});
