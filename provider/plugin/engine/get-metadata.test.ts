import { describe, expect, it } from "vitest";
import { engineFor } from "./engine.test-support.ts";
import { getMetadata } from "./get-metadata.ts";

describe("GetMetadata", () => {
  const engine = engineFor();

  it("GetMetadata names every resource, data source, ephemeral, list resource and function", async () => {
    const answer = await getMetadata(engine);
    expect(answer.resources).toEqual([{ type_name: "toy_box" }]);
    expect(answer.data_sources).toEqual([{ type_name: "toy_lookup" }]);
    expect(answer.ephemeral_resources).toEqual([{ type_name: "toy_token" }]);
    expect(answer.list_resources).toEqual([{ type_name: "toy_box" }]);
    expect(answer.functions).toEqual([{ name: "double" }]);
    expect(answer.server_capabilities).toMatchObject({ plan_destroy: true, move_resource_state: true });
  });
});
