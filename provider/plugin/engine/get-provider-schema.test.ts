import { describe, expect, it } from "vitest";
import { engineFor } from "./engine.test-support.ts";
import { getProviderSchema } from "./get-provider-schema.ts";

describe("GetProviderSchema", () => {
  const engine = engineFor();

  it("GetProviderSchema gives each schema with its version, attributes sorted by name", async () => {
    const answer = await getProviderSchema(engine);
    const box = answer.resource_schemas?.toy_box;
    expect(box?.version).toBe(2n);
    expect(box?.block?.attributes?.map((a) => a.name)).toEqual(["id", "name", "size", "token_wo"]);
    expect(box?.block?.attributes?.find((a) => a.name === "token_wo")?.write_only).toBe(true);
    expect(Object.keys(answer.data_source_schemas ?? {})).toEqual(["toy_lookup"]);
    expect(Object.keys(answer.ephemeral_resource_schemas ?? {})).toEqual(["toy_token"]);
    expect(Object.keys(answer.functions ?? {})).toEqual(["double"]);
  });
});
