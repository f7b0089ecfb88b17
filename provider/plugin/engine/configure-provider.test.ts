import { describe, expect, it } from "vitest";
import { configureProvider } from "./configure-provider.ts";
import {
  configType,
  engineFor,
  summaries,
  sent,
  toyDefinition,
  type Recorded,
} from "./engine.test-support.ts";

describe("ConfigureProvider", () => {
  it("hands the configuration, the host's version and capabilities to the definition", async () => {
    const recorded: Recorded = { calls: [] };
    const answer = await configureProvider(engineFor(toyDefinition(recorded)), {
      terraform_version: "1.10.0",
      config: sent({ region: "eu" }, configType),
      client_capabilities: { deferral_allowed: true, write_only_attributes_allowed: false },
    });
    expect(answer.diagnostics).toEqual([]);
    expect(recorded.calls[0]?.req).toEqual({
      config: { region: "eu" },
      terraformVersion: "1.10.0",
      clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: false },
    });
  });

  it("passes the definition's error on", async () => {
    const answer = await configureProvider(engineFor(), {
      terraform_version: "",
      config: sent({ region: "fail" }, configType),
    });
    expect(summaries(answer.diagnostics)).toEqual(["error: refused"]);
  });
});
