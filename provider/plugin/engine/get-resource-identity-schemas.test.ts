import { describe, expect, it } from "vitest";
import { engineFor } from "./engine.test-support.ts";
import { getResourceIdentitySchemas } from "./get-resource-identity-schemas.ts";

describe("GetResourceIdentitySchemas", () => {
  const engine = engineFor();

  it("GetResourceIdentitySchemas lists only resources that have an identity", async () => {
    const answer = await getResourceIdentitySchemas(engine);
    expect(Object.keys(answer.identity_schemas ?? {})).toEqual(["toy_box"]);
    expect(answer.identity_schemas?.toy_box?.identity_attributes?.[0]).toMatchObject({
      name: "id",
      required_for_import: true,
    });
  });
});
