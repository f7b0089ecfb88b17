import { describe, expect, it } from "vitest";
import { engineFor, identityType, received, summaries } from "./engine.test-support.ts";
import { upgradeResourceIdentity } from "./upgrade-resource-identity.ts";

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("UpgradeResourceIdentity", () => {
  it("reads the stored identity", async () => {
    const answer = await upgradeResourceIdentity(engineFor(), {
      type_name: "toy_box",
      version: 0n,
      raw_identity: { json: json({ id: "a" }), flatmap: {} },
    });
    expect(received(answer.upgraded_identity?.identity_data, identityType)).toEqual({ id: "a" });
  });

  it("refuses a type without an identity", async () => {
    const answer = await upgradeResourceIdentity(engineFor(), { type_name: "toy_lookup", version: 0n });
    expect(summaries(answer.diagnostics)).toEqual(["error: Unknown resource identity type"]);
  });
});
